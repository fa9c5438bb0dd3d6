import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import type { Viewer } from '../graphql/viewer';
import { badUserInput, notFound } from '../common/errors/app-errors';
import { ProfileService } from '../profile/profile.service';
import { newestFirst } from '../registry/publication-candidate';
import type { PublicationCandidate } from '../registry/registry-import-preview';
import { cleanUrl, normalizeDoi } from '../registry/registry-text';
import type { PublicationInput } from './dto/publication.input';
import { PublicationSource } from './publication-source.enum';
import { Publication } from './publication.entity';

/** How many publications an owner may pick for the public profile. */
export const MAX_SHOWN = 10;
/** A profile is a showcase, not a bibliography database. */
export const MAX_PUBLICATIONS = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The publications on profiles: the one service that owns the table. */
@Injectable()
export class PublicationService {
  constructor(
    @InjectRepository(Publication) private readonly publications: Repository<Publication>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly profiles: ProfileService,
  ) {}

  /** The owner's order first; not yet ordered ones newest first. */
  findByResearcherIds(researcherIds: readonly string[]): Promise<Publication[]> {
    if (researcherIds.length === 0) return Promise.resolve([]);
    return this.publications
      .createQueryBuilder('p')
      .where('p.researcher_id IN (:...ids)', { ids: [...researcherIds] })
      .orderBy('p.position', 'ASC')
      .addOrderBy('p.year', 'DESC', 'NULLS LAST')
      .addOrderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'ASC')
      .getMany();
  }

  async addMine(viewer: Viewer, input: PublicationInput): Promise<Publication> {
    const profile = await this.profiles.findMine(viewer);
    if ((await this.publications.countBy({ researcherId: profile.id })) >= MAX_PUBLICATIONS) {
      throw badUserInput('input', `Du kan ha høyst ${MAX_PUBLICATIONS} publikasjoner.`);
    }
    // A new publication is shown while there is room among the ten; the owner can hide it.
    const shownCount = await this.publications.countBy({ researcherId: profile.id, shown: true });
    return this.publications.save(
      this.publications.create({
        researcherId: profile.id,
        source: PublicationSource.MANUAL,
        externalKey: null,
        shown: shownCount < MAX_SHOWN,
        position: 0,
        ...fields(input),
      }),
    );
  }

  async updateMine(viewer: Viewer, id: string, input: PublicationInput): Promise<Publication> {
    const publication = await this.findOwned(viewer, id);
    await this.publications.update({ id: publication.id }, fields(input));
    return this.publications.findOneByOrFail({ id: publication.id });
  }

  async removeMine(viewer: Viewer, id: string): Promise<boolean> {
    const publication = await this.findOwned(viewer, id);
    await this.publications.delete({ id: publication.id });
    return true;
  }

  /** Sets the order to `ids`, which must be all of the owner's publications. */
  async orderMine(viewer: Viewer, ids: string[]): Promise<Publication[]> {
    const profile = await this.profiles.findMine(viewer);
    const own = await this.publications.findBy({ researcherId: profile.id });
    const wanted = new Set(ids);
    if (wanted.size !== ids.length || own.length !== ids.length || own.some((p) => !wanted.has(p.id))) {
      throw badUserInput('ids', 'Oppgi alle publikasjonene dine, hver én gang.');
    }
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE publication p SET position = o.position, updated_at = now()
           FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, position)
          WHERE p.id = o.id AND p.researcher_id = $2`,
        [ids, profile.id],
      );
    });
    return this.findByResearcherIds([profile.id]);
  }

  /** Shows exactly these (at most ten) on the public profile and hides the rest. */
  async showMine(viewer: Viewer, ids: string[]): Promise<Publication[]> {
    const profile = await this.profiles.findMine(viewer);
    const wanted = [...new Set(ids)];
    if (wanted.length > MAX_SHOWN) throw badUserInput('ids', `Du kan vise høyst ${MAX_SHOWN} publikasjoner.`);
    const owned = wanted.length
      ? await this.publications.countBy({ researcherId: profile.id, id: In(wanted.filter((id) => UUID.test(id))) })
      : 0;
    if (owned !== wanted.length) throw badUserInput('ids', 'Ukjent publikasjon.');
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `UPDATE publication SET shown = (id = ANY($2::uuid[])), updated_at = now()
          WHERE researcher_id = $1 AND shown IS DISTINCT FROM (id = ANY($2::uuid[]))`,
        [profile.id, wanted],
      );
    });
    return this.findByResearcherIds([profile.id]);
  }

  /** What a profile already holds: registry keys (`SOURCE:key`), DOIs, and how many are shown. */
  async holdings(researcherId: string, manager: EntityManager = this.dataSource.manager) {
    const rows = await manager.getRepository(Publication).find({
      where: { researcherId },
      select: { source: true, externalKey: true, doi: true, shown: true },
    });
    return {
      count: rows.length,
      shown: rows.filter((r) => r.shown).length,
      keys: new Set(rows.filter((r) => r.externalKey).map((r) => `${r.source}:${r.externalKey}`)),
      dois: new Set(rows.map((r) => r.doi).filter((d): d is string => !!d)),
    };
  }

  /**
   * Adds works picked from a registry, in the caller's transaction: none twice (same key, or
   * same DOI from the other registry); shown, newest first, while there is room among the ten.
   */
  async addImported(tx: EntityManager, researcherId: string, source: PublicationSource, works: PublicationCandidate[]): Promise<void> {
    if (works.length === 0) return;
    // Serialises imports to one profile, so the duplicate check below sees the other's rows.
    await tx.query(`SELECT 1 FROM researcher WHERE id = $1 FOR NO KEY UPDATE`, [researcherId]);
    const held = await this.holdings(researcherId, tx);
    const fresh = newestFirst(works).filter((w) => !held.keys.has(`${source}:${w.key}`) && !(w.doi && held.dois.has(w.doi)));
    if (held.count + fresh.length > MAX_PUBLICATIONS) {
      throw badUserInput('works', `Du kan ha høyst ${MAX_PUBLICATIONS} publikasjoner.`);
    }
    if (fresh.length === 0) return;
    const room = Math.max(0, MAX_SHOWN - held.shown);
    await tx.getRepository(Publication).insert(
      fresh.map((w, i) => ({
        researcherId,
        title: w.title,
        year: w.year,
        venue: w.venue,
        doi: w.doi,
        url: w.url,
        source,
        externalKey: w.key,
        shown: i < room,
        position: 0,
      })),
    );
  }

  /** Erasure: the publications of these profiles. */
  async eraseFor(tx: EntityManager, researcherIds: string[]): Promise<void> {
    if (researcherIds.length) await tx.getRepository(Publication).delete({ researcherId: In(researcherIds) });
  }

  private async findOwned(viewer: Viewer, id: string): Promise<Publication> {
    const profile = await this.profiles.findMine(viewer);
    const publication = UUID.test(id) ? await this.publications.findOneBy({ id, researcherId: profile.id }) : null;
    if (!publication) throw notFound('Fant ikke publikasjonen.');
    return publication;
  }
}

function fields(input: PublicationInput): Pick<Publication, 'title' | 'year' | 'venue' | 'doi' | 'url'> {
  const doi = input.doi ? normalizeDoi(input.doi) : null;
  if (input.doi && !doi) throw badUserInput('doi', 'Oppgi en DOI som 10.1234/abc eller https://doi.org/10.1234/abc.');
  const url = input.url ? cleanUrl(input.url) : null;
  if (input.url && !url) throw badUserInput('url', 'Oppgi en nettadresse som begynner med https://.');
  return { title: input.title, year: input.year ?? null, venue: input.venue ?? null, doi, url };
}

/** A publication's link: its own, else its DOI at doi.org. */
export function publicationUrl(publication: Pick<Publication, 'url' | 'doi'>): string | null {
  return publication.url ?? (publication.doi ? `https://doi.org/${publication.doi}` : null);
}
