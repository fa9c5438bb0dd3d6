import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditState } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { badUserInput, conflict, notFound } from '../common/errors/app-errors';
import { slugify } from '../common/text/slugify';
import { mutateReturning } from '../database/sql';
import type { Viewer } from '../graphql/viewer';
import { CompetenceArea } from './competence-area.entity';
import type { CompetenceAreaInput } from './dto/competence-area.input';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const snapshot = (a: CompetenceArea, parentSlug: string | null): AuditState => ({
  slug: a.slug,
  name: a.name,
  nameEn: a.nameEn,
  parent: parentSlug,
  description: a.description,
});

/**
 * The editors' changes to the taxonomy. Each runs in one transaction with its audit line; the
 * reference-data seeder only ever inserts missing slugs, so none of this is undone at restart.
 */
@Injectable()
export class TaxonomyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, input: CompetenceAreaInput): Promise<CompetenceArea> {
    const name = text(input.name, 'name', 'Skriv et navn.', true)!;
    const nameEn = text(input.nameEn, 'nameEn', 'Skriv et engelsk navn.', false) ?? name;
    const description = text(input.description, 'description', '', false);
    const slug = input.slug ?? slugify(name);
    if (!slug) throw badUserInput('name', 'Navnet må ha minst én bokstav eller ett tall.');
    return this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(CompetenceArea);
      if (await repo.existsBy({ slug })) {
        throw badUserInput(input.slug ? 'slug' : 'name', `Det finnes allerede et område med lenkenavnet «${slug}».`);
      }
      const parent = input.parent ? await this.liveParent(tx, input.parent, null) : null;
      const [{ next }] = await tx.query(`SELECT coalesce(max(position), 0) + 1 AS next FROM competence_area`);
      const area = await repo.save(repo.create({ slug, name, nameEn, description, parentId: parent?.id ?? null, position: next }));
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.COMPETENCE_AREA_CREATED,
        targetType: 'CompetenceArea',
        targetId: slug,
        after: snapshot(area, parent?.slug ?? null),
      });
      return area;
    });
  }

  async update(viewer: Viewer, slug: string, input: CompetenceAreaInput): Promise<CompetenceArea> {
    return this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(CompetenceArea);
      const area = await this.lockLive(tx, slug, 'slug');
      const before = snapshot(area, await this.slugOf(tx, area.parentId));
      if (input.name !== undefined) area.name = text(input.name, 'name', 'Skriv et navn.', true)!;
      if (input.nameEn !== undefined) area.nameEn = text(input.nameEn, 'nameEn', 'Skriv et engelsk navn.', true)!;
      if (input.description !== undefined) area.description = text(input.description, 'description', '', false);
      let parentSlug = before.parent as string | null;
      if (input.parent !== undefined) {
        const parent = input.parent === null ? null : await this.liveParent(tx, input.parent, area);
        // Two levels at most: an area with sub-areas stays at the top.
        if (parent && (await repo.existsBy({ parentId: area.id }))) {
          throw badUserInput('parent', 'Området har underområder og må ligge øverst.');
        }
        area.parentId = parent?.id ?? null;
        parentSlug = parent?.slug ?? null;
      }
      const saved = await repo.save(area);
      const after = snapshot(saved, parentSlug);
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.COMPETENCE_AREA_UPDATED,
        targetType: 'CompetenceArea',
        targetId: slug,
        ...changedFields(before, after),
      });
      return saved;
    });
  }

  /**
   * Tags everyone tagged `from` with `into` instead; `from` stays as a redirect to `into`, so
   * old filters and links still find the people. Sub-areas of `from` move under `into`.
   */
  async merge(viewer: Viewer, fromSlug: string, intoSlug: string): Promise<CompetenceArea> {
    if (fromSlug === intoSlug) throw badUserInput('into', 'Et område kan ikke slås sammen med seg selv.');
    return this.dataSource.transaction(async (tx) => {
      const from = await this.lockLive(tx, fromSlug, 'from');
      const into = await this.lockLive(tx, intoSlug, 'into');
      if (into.retiredAt) throw badUserInput('into', 'Området er tatt ut av bruk.');
      if (into.parentId === from.id) throw badUserInput('into', 'Et område kan ikke slås sammen med sitt eget underområde.');
      const children: Array<{ slug: string }> = await tx.query(
        `SELECT slug FROM competence_area WHERE parent_id = $1 AND merged_into_id IS NULL`,
        [from.id],
      );
      if (children.length > 0 && into.parentId) {
        throw badUserInput('into', 'Området har underområder, og kan bare slås sammen med et område på øverste nivå.');
      }
      const [{ moved }] = await tx.query(
        `WITH tagged AS (
           DELETE FROM researcher_competence_area WHERE competence_area_id = $1 RETURNING researcher_id),
         added AS (
           INSERT INTO researcher_competence_area (researcher_id, competence_area_id)
           SELECT researcher_id, $2 FROM tagged ON CONFLICT DO NOTHING RETURNING researcher_id)
         SELECT count(*)::int AS moved FROM tagged`,
        [from.id, into.id],
      );
      await tx.query(`UPDATE competence_area SET parent_id = $2, updated_at = now() WHERE parent_id = $1 AND merged_into_id IS NULL`, [
        from.id,
        into.id,
      ]);
      // One hop: what pointed at `from` now points at `into` too.
      await tx.query(`UPDATE competence_area SET merged_into_id = $2, updated_at = now() WHERE merged_into_id = $1`, [from.id, into.id]);
      await tx.query(`UPDATE competence_area SET merged_into_id = $2, updated_at = now() WHERE id = $1`, [from.id, into.id]);
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.COMPETENCE_AREA_MERGED,
        targetType: 'CompetenceArea',
        targetId: from.slug,
        before: { slug: from.slug, name: from.name, profiles: moved, subAreas: children.map((c) => c.slug) },
        after: { mergedInto: into.slug },
      });
      return tx.getRepository(CompetenceArea).findOneByOrFail({ id: into.id });
    });
  }

  /** Out of the choices and facets; kept on the profiles that have it, and in history. Sub-areas go too. */
  async retire(viewer: Viewer, slug: string): Promise<CompetenceArea> {
    return this.dataSource.transaction(async (tx) => {
      const area = await this.lockLive(tx, slug, 'slug');
      if (area.retiredAt) throw conflict('Området er allerede tatt ut av bruk.');
      const retired = await mutateReturning<{ slug: string }>(
        tx,
        `UPDATE competence_area SET retired_at = now(), updated_at = now()
          WHERE (id = $1 OR parent_id = $1) AND retired_at IS NULL AND merged_into_id IS NULL RETURNING slug`,
        [area.id],
      );
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.COMPETENCE_AREA_RETIRED,
        targetType: 'CompetenceArea',
        targetId: slug,
        before: { retired: false },
        after: { retired: true, areas: retired.map((r) => r.slug).sort() },
      });
      return tx.getRepository(CompetenceArea).findOneByOrFail({ id: area.id });
    });
  }

  /** The area, locked for this transaction; NOT_FOUND for an unknown or merged slug. */
  private async lockLive(tx: EntityManager, slug: string, field: string): Promise<CompetenceArea> {
    const area = await tx
      .getRepository(CompetenceArea)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.slug = :slug', { slug })
      .getOne();
    if (!area) throw notFound(`Fant ikke kompetanseområdet «${slug}».`);
    if (area.mergedIntoId) throw badUserInput(field, `«${slug}» er slått sammen med et annet område.`);
    return area;
  }

  private async liveParent(tx: EntityManager, slug: string, child: CompetenceArea | null): Promise<CompetenceArea> {
    const parent = await tx.getRepository(CompetenceArea).findOneBy({ slug });
    if (!parent || parent.mergedIntoId || parent.retiredAt) throw badUserInput('parent', `Fant ikke området «${slug}».`);
    if (parent.parentId) throw badUserInput('parent', 'Et underområde kan ikke ha egne underområder (to nivåer).');
    if (child && parent.id === child.id) throw badUserInput('parent', 'Et område kan ikke ligge under seg selv.');
    return parent;
  }

  private async slugOf(tx: EntityManager, id: string | null): Promise<string | null> {
    if (!id) return null;
    return (await tx.getRepository(CompetenceArea).findOneBy({ id }))?.slug ?? null;
  }
}

/** Trims; empty or absent gives null, or BAD_USER_INPUT on `field` when required. */
function text(value: string | null | undefined, field: string, message: string, required: boolean): string | null {
  const trimmed = typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
  if (CONTROL.test(trimmed)) throw badUserInput(field, 'Teksten inneholder ugyldige tegn.');
  if (!trimmed && required) throw badUserInput(field, message);
  return trimmed || null;
}

function changedFields(before: AuditState, after: AuditState): { before: AuditState; after: AuditState } {
  const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])),
    after: Object.fromEntries(keys.map((k) => [k, after[k]])),
  };
}
