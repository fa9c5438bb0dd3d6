import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { isEditor, type Viewer } from '../graphql/viewer';
import { badUserInput, conflict, notFound } from '../common/errors/app-errors';
import { CompetenceArea } from '../competence-area/competence-area.entity';
import { mutateReturning } from '../database/sql';
import { Organization } from '../organization/organization.entity';
import { Researcher } from '../researcher/researcher.entity';
import type { ProfileInput } from './dto/profile.input';
import { FieldChange, FieldValue, ProfileChangeAction } from './profile-change.entity';
import { PROFILE_COLUMNS, ProfileColumnField, sameValue, uniqueList } from './profile-fields';
import { ProfileHistoryService } from './profile-history.service';
import type { ProfileChangeType } from './profile-change.type';
import { hasFullAccess } from '../researcher/profile-access';
import { uniqueViolation } from '../common/errors/database-errors';
import { uniqueSlug } from './slug';

export const staleVersion = (currentVersion: number) =>
  conflict('Profilen er endret et annet sted siden du begynte. Last inn på nytt og prøv igjen.', { currentVersion });

/** The owner's own profile: reading it and changing it. */
@Injectable()
export class ProfileService {
  constructor(
    @InjectRepository(Researcher) private readonly researchers: Repository<Researcher>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly historyService: ProfileHistoryService,
  ) {}

  /** The history of one's own profile, or (editors) of any profile; others learn nothing, not even that it exists. */
  async history(viewer: Viewer, researcherId: string | null): Promise<ProfileChangeType[]> {
    const profile = researcherId
      ? isUUID(researcherId, 'loose')
        ? await this.researchers.findOneBy({ id: researcherId })
        : null
      : await this.findByAccountId(viewer.accountId);
    if (!profile || !hasFullAccess(profile, viewer)) throw notFound('Fant ikke profilen.');
    return this.historyService.describe(profile, isEditor(viewer));
  }

  findByAccountId(accountId: string): Promise<Researcher | null> {
    return this.researchers.findOneBy({ accountId });
  }

  async findMine(viewer: Viewer): Promise<Researcher> {
    const profile = await this.findByAccountId(viewer.accountId);
    if (!profile) throw notFound('Du har ingen profil.');
    return profile;
  }

  /**
   * Applies the fields that were sent, guarded by the version the editor started from: one
   * conditional UPDATE decides, so of two edits from the same version exactly one succeeds
   * and the other changes nothing (CONFLICT).
   */
  async updateMine(viewer: Viewer, input: ProfileInput, expectedVersion: number): Promise<Researcher> {
    const current = await this.findMine(viewer);
    if (current.version !== expectedVersion) throw staleVersion(current.version);

    const changes: FieldChange[] = [];
    const assignments: Array<[column: string, value: unknown]> = [];
    for (const field of Object.keys(PROFILE_COLUMNS) as ProfileColumnField[]) {
      let value = input[field];
      if (value === undefined) continue;
      if (field === 'keywords' || field === 'languages' || field === 'mediaTopics' || field === 'speakerTopics') {
        value = uniqueList(value as string[]);
      }
      // Enum sets are kept in one order, so saving the same choice again changes nothing.
      if (field === 'speakerFormats' || field === 'travelRegions' || field === 'acceptedContactPurposes') {
        value = [...new Set(value as string[])].sort() as typeof value;
      }
      if (sameValue(current[field], value)) continue;
      changes.push({ field, old: (current[field] ?? null) as FieldValue, new: (value ?? null) as FieldValue });
      assignments.push([PROFILE_COLUMNS[field], value]);
    }
    if (input.organizationId) await this.requireOrganization(input.organizationId, viewer);
    const areas = input.competenceAreas ? await this.resolveAreas(input.competenceAreas, current.id) : null;

    try {
      await this.dataSource.transaction(async (tx) => {
        const areaChange = areas ? await this.areaChange(tx, current.id, areas) : null;
        if (areaChange) changes.push(areaChange);
        if (changes.length === 0) return;

        const nameChanged = changes.some((c) => c.field === 'givenName' || c.field === 'familyName');
        // Slugs follow the name until the profile is first published; after that links must keep working.
        if (nameChanged && !current.publishedAt) {
          const slug = await uniqueSlug(
            tx,
            input.givenName ?? current.givenName,
            input.familyName ?? current.familyName,
            current.id,
          );
          if (slug !== current.slug) assignments.push(['slug', slug]);
        }
        const updated = await this.conditionalUpdate(tx, current.id, expectedVersion, assignments);
        if (!updated) throw staleVersion(await this.currentVersion(tx, current.id));

        if (areas && areaChange) await this.replaceAreas(tx, current.id, areas);
        await this.historyService.record(tx, {
          researcherId: current.id,
          actorId: viewer.accountId,
          action: ProfileChangeAction.UPDATED,
          changes,
        });
      });
    } catch (err) {
      if (/\(orcid\)/.test(uniqueViolation(err)?.detail ?? '')) {
        throw badUserInput('orcid', 'Denne ORCID iD-en hører allerede til en annen profil.');
      }
      throw err;
    }
    return this.researchers.findOneByOrFail({ id: current.id });
  }

  /**
   * Fields taken from a registry record (keywords, biography, workplace), in the caller's
   * transaction, guarded by the version the caller read; recorded in the history with `note`.
   * Fields equal to the current value are left out; nothing to change leaves the row alone.
   */
  async applyInTransaction(
    tx: EntityManager,
    viewer: Viewer,
    profile: Researcher,
    fields: Partial<Pick<Researcher, 'bio' | 'keywords' | 'organizationId'>>,
    note: string,
  ): Promise<void> {
    const changes: FieldChange[] = [];
    const assignments: Array<[string, unknown]> = [];
    for (const field of Object.keys(fields) as Array<keyof typeof fields>) {
      const value = fields[field];
      if (value === undefined || sameValue(profile[field], value)) continue;
      changes.push({ field, old: (profile[field] ?? null) as FieldValue, new: (value ?? null) as FieldValue });
      assignments.push([PROFILE_COLUMNS[field], value]);
    }
    if (changes.length === 0) return;
    if (!(await this.conditionalUpdate(tx, profile.id, profile.version, assignments))) {
      throw staleVersion(await this.currentVersion(tx, profile.id));
    }
    await this.historyService.record(tx, {
      researcherId: profile.id,
      actorId: viewer.accountId,
      action: ProfileChangeAction.UPDATED,
      changes,
      note,
    });
  }

  /** UPDATE ... WHERE version = expected: true when it applied. Always bumps the version. */
  private async conditionalUpdate(
    tx: EntityManager,
    id: string,
    expectedVersion: number,
    assignments: Array<[string, unknown]>,
  ): Promise<boolean> {
    const sets = assignments.map(([column], i) => `"${column}" = $${i + 3}`);
    sets.push('version = version + 1', 'updated_at = now()');
    const rows = await mutateReturning<{ id: string }>(
      tx,
      `UPDATE researcher SET ${sets.join(', ')} WHERE id = $1 AND version = $2 RETURNING id`,
      [id, expectedVersion, ...assignments.map(([, value]) => value)],
    );
    return rows.length === 1;
  }

  private async currentVersion(tx: EntityManager, id: string): Promise<number> {
    const rows: Array<{ version: number }> = await tx.query(`SELECT version FROM researcher WHERE id = $1`, [id]);
    return rows[0]?.version ?? 0;
  }

  /** A listed organisation, or a proposal of the viewer's own (shown on the profile until decided). */
  private async requireOrganization(id: string, viewer: Viewer): Promise<void> {
    const organization = isUUID(id, 'loose') ? await this.dataSource.getRepository(Organization).findOneBy({ id }) : null;
    const usable =
      organization && !organization.mergedIntoId && (!organization.pendingApproval || organization.proposedById === viewer.accountId);
    if (!usable) throw badUserInput('organizationId', 'Ukjent organisasjon.');
  }

  /**
   * Slugs to areas: a merged area's slug stands for the area it was merged into; a retired
   * area may stay on a profile that has it, but not be chosen anew.
   */
  private async resolveAreas(slugs: string[], researcherId: string): Promise<CompetenceArea[]> {
    const wanted = uniqueList(slugs);
    const repo = this.dataSource.getRepository(CompetenceArea);
    const found = await repo.findBy({ slug: In(wanted) });
    const unknown = wanted.filter((slug) => !found.some((a) => a.slug === slug));
    if (unknown.length > 0) throw badUserInput('competenceAreas', `Ukjent kompetanseområde: ${unknown.join(', ')}.`);
    const targets = await repo.findBy({ id: In(found.map((a) => a.mergedIntoId).filter((id): id is string => !!id)) });
    const resolved = wanted.map((slug) => {
      const area = found.find((a) => a.slug === slug)!;
      return area.mergedIntoId ? (targets.find((t) => t.id === area.mergedIntoId) ?? area) : area;
    });
    const held: Array<{ id: string }> = await this.dataSource.query(
      `SELECT competence_area_id AS id FROM researcher_competence_area WHERE researcher_id = $1`,
      [researcherId],
    );
    const retired = resolved.filter((a) => a.retiredAt && !held.some((h) => h.id === a.id));
    if (retired.length > 0) {
      throw badUserInput('competenceAreas', `Kompetanseområdet er tatt ut av bruk: ${retired.map((a) => a.name).join(', ')}.`);
    }
    return [...new Map(resolved.map((a) => [a.id, a])).values()];
  }

  private async areaChange(tx: EntityManager, researcherId: string, areas: CompetenceArea[]): Promise<FieldChange | null> {
    const rows: Array<{ slug: string }> = await tx.query(
      `SELECT a.slug FROM researcher_competence_area rca JOIN competence_area a ON a.id = rca.competence_area_id
        WHERE rca.researcher_id = $1 ORDER BY a.slug`,
      [researcherId],
    );
    const before = rows.map((r) => r.slug);
    const after = areas.map((a) => a.slug).sort();
    return sameValue(before, after) ? null : { field: 'competenceAreas', old: before, new: after };
  }

  private async replaceAreas(tx: EntityManager, researcherId: string, areas: CompetenceArea[]): Promise<void> {
    await tx.query(`DELETE FROM researcher_competence_area WHERE researcher_id = $1`, [researcherId]);
    if (areas.length > 0) {
      await tx.query(
        `INSERT INTO researcher_competence_area (researcher_id, competence_area_id) SELECT $1, unnest($2::uuid[])`,
        [researcherId, areas.map((a) => a.id)],
      );
    }
  }

  /** Erasure: ids of the account's profiles, to be removed with {@link deleteProfiles}. */
  async profileIdsOf(manager: EntityManager, accountId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await manager.query(`SELECT id FROM researcher WHERE account_id = $1`, [accountId]);
    return rows.map((r) => r.id);
  }

  /** Erasure: the profiles and their competence areas (memberships and history go first). */
  async deleteProfiles(manager: EntityManager, researcherIds: string[]): Promise<void> {
    await manager.query(`DELETE FROM researcher_competence_area WHERE researcher_id = ANY($1::uuid[])`, [researcherIds]);
    await manager.query(`DELETE FROM researcher WHERE id = ANY($1::uuid[])`, [researcherIds]);
  }
}
