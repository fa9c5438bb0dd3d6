import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { FieldChange, ProfileChange, ProfileChangeAction } from './profile-change.entity';

/** Records and reads what happened to a profile. */
@Injectable()
export class ProfileHistoryService {
  constructor(@InjectRepository(ProfileChange) private readonly changes: Repository<ProfileChange>) {}

  async record(
    manager: EntityManager,
    entry: { researcherId: string; actorId: string | null; action: ProfileChangeAction; changes?: FieldChange[]; note?: string | null },
  ): Promise<void> {
    await manager.getRepository(ProfileChange).insert({
      researcherId: entry.researcherId,
      actorId: entry.actorId,
      action: entry.action,
      changes: entry.changes ?? [],
      note: entry.note ?? null,
    });
  }

  /** Newest first. */
  forResearcher(researcherId: string, limit = 200): Promise<ProfileChange[]> {
    return this.changes.find({ where: { researcherId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }
}
