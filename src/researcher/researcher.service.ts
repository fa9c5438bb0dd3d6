import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Viewer } from '../graphql/viewer';
import { badUserInput } from '../common/errors/app-errors';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Researcher } from './researcher.entity';
import { canViewProfile } from './profile-access';
import { findByIds } from '../database/by-ids';


@Injectable()
export class ResearcherService {
  constructor(@InjectRepository(Researcher) private readonly researchers: Repository<Researcher>) {}

  findByIds(ids: readonly string[]): Promise<Researcher[]> {
    return findByIds(this.researchers, ids);
  }

  findByAccountId(accountId: string): Promise<Researcher | null> {
    return this.researchers.findOneBy({ accountId });
  }

  /** A profile by id or slug, or null when it does not exist or the viewer may not see it. */
  async findVisible(key: { id?: string | null; slug?: string | null }, viewer: Viewer | null | undefined) {
    if (!key.id && !key.slug) throw badUserInput('id', 'Oppgi id eller slug.');
    if (key.id && !isUUID(key.id, 'loose')) return null;
    const profile = await this.researchers.findOneBy(key.id ? { id: key.id } : { slug: key.slug! });
    return profile && canViewProfile(profile, viewer) ? profile : null;
  }

  /**
   * A profile others may act on (appoint to a network, say): published, and not owned by a
   * disabled account. Unknown, draft, hidden and disabled all come back null alike, so the
   * answer tells nothing about profiles the caller may not see.
   */
  async findPublishedOfEnabledAccount(id: string): Promise<Researcher | null> {
    if (!isUUID(id, 'loose')) return null;
    return this.researchers
      .createQueryBuilder('r')
      .leftJoin('r.account', 'a')
      .where('r.id = :id AND r.status = :published AND a.disabled_at IS NULL', { id, published: ProfileStatus.PUBLISHED })
      .getOne();
  }
}
