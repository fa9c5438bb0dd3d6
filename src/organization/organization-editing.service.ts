import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import type { AuditState } from '../audit/audit-entry.entity';
import { AuditService } from '../audit/audit.service';
import { OrganizationKind } from '../common/enums/organization-kind.enum';
import { badUserInput, conflict, notFound } from '../common/errors/app-errors';
import { slugify } from '../common/text/slugify';
import { mutateReturning } from '../database/sql';
import type { Viewer } from '../graphql/viewer';
import type { OrganizationInput } from './dto/organization.input';
import type { OrganizationProposalInput } from './dto/organization-proposal.input';
import { Organization } from './organization.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** How many proposed workplaces one account may have waiting for the editors at a time. */
export const MAX_PENDING_PROPOSALS = 3;

const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

const snapshot = (o: Organization): AuditState => ({
  name: o.name,
  shortName: o.shortName,
  kind: o.kind,
  region: o.region,
  aliases: [...o.aliases],
  parentId: o.parentId,
});

/** The editors' changes to organisations, and researchers' proposals of missing ones. */
@Injectable()
export class OrganizationEditingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async create(viewer: Viewer, input: OrganizationInput): Promise<Organization> {
    const name = this.name(input.name, true)!;
    if (!input.kind) throw badUserInput('kind', 'Velg hva slags organisasjon det er.');
    return this.dataSource.transaction(async (tx) => {
      await this.requireFreeName(tx, name, null);
      const repo = tx.getRepository(Organization);
      const organization = repo.create({
        name,
        slug: await this.freeSlug(tx, name),
        shortName: this.shortName(input.shortName),
        kind: input.kind!,
        region: input.region ?? null,
        aliases: this.aliases(input.aliases, name),
        parentId: input.parent ? (await this.liveParent(tx, input.parent, null)).id : null,
        pendingApproval: false,
      });
      const saved = await repo.save(organization);
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.ORGANIZATION_CREATED,
        targetType: 'Organization',
        targetId: saved.id,
        after: snapshot(saved),
      });
      return saved;
    });
  }

  /** A rename keeps the former name as an alias (unless the aliases are given), so searches for it still work. */
  async update(viewer: Viewer, id: string, input: OrganizationInput): Promise<Organization> {
    return this.dataSource.transaction(async (tx) => {
      const organization = await this.lockLive(tx, id, 'id');
      const before = snapshot(organization);
      if (input.name !== undefined) {
        const name = this.name(input.name, true)!;
        if (name !== organization.name) {
          await this.requireFreeName(tx, name, organization.id);
          if (input.aliases === undefined) organization.aliases = this.aliases([...organization.aliases, organization.name], name);
          organization.name = name;
        }
      }
      if (input.aliases !== undefined) organization.aliases = this.aliases(input.aliases, organization.name);
      if (input.shortName !== undefined) organization.shortName = this.shortName(input.shortName);
      if (input.kind !== undefined) {
        if (!input.kind) throw badUserInput('kind', 'Velg hva slags organisasjon det er.');
        organization.kind = input.kind;
      }
      if (input.region !== undefined) organization.region = input.region ?? null;
      if (input.parent !== undefined) {
        organization.parentId = input.parent ? (await this.liveParent(tx, input.parent, organization)).id : null;
      }
      const saved = await tx.getRepository(Organization).save(organization);
      const after = snapshot(saved);
      const keys = Object.keys(after).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.ORGANIZATION_UPDATED,
        targetType: 'Organization',
        targetId: saved.id,
        before: Object.fromEntries(keys.map((k) => [k, before[k]])),
        after: Object.fromEntries(keys.map((k) => [k, after[k]])),
      });
      return saved;
    });
  }

  /** A proposed workplace becomes one of the catalogue's own. */
  async approve(viewer: Viewer, id: string): Promise<Organization> {
    return this.dataSource.transaction(async (tx) => {
      const organization = await this.lockLive(tx, id, 'id');
      if (!organization.pendingApproval) throw conflict('Organisasjonen er allerede godkjent.');
      organization.pendingApproval = false;
      const saved = await tx.getRepository(Organization).save(organization);
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.ORGANIZATION_APPROVED,
        targetType: 'Organization',
        targetId: saved.id,
        before: { pendingApproval: true, proposedById: organization.proposedById },
        after: { pendingApproval: false },
      });
      return saved;
    });
  }

  /**
   * Everyone at `from` moves to `into`, and so do memberships that represent it and its
   * sub-units. `from` stays as a redirect (its page and filters lead to `into`), and its names
   * become aliases of `into`, so a search for them finds the people.
   */
  async merge(viewer: Viewer, fromId: string, intoId: string): Promise<Organization> {
    if (fromId === intoId) throw badUserInput('into', 'En organisasjon kan ikke slås sammen med seg selv.');
    return this.dataSource.transaction(async (tx) => {
      const from = await this.lockLive(tx, fromId, 'from');
      const into = await this.lockLive(tx, intoId, 'into');
      // The merge reaches into the tables that refer to organisations: the one place that
      // knows what "the same organisation" means must move all of them at once.
      const moved = await mutateReturning<{ id: string }>(
        tx,
        `UPDATE researcher SET organization_id = $2, updated_at = now() WHERE organization_id = $1 RETURNING id`,
        [from.id, into.id],
      );
      await tx.query(`UPDATE network_membership SET representing_organization_id = $2 WHERE representing_organization_id = $1`, [
        from.id,
        into.id,
      ]);
      await tx.query(`UPDATE organization SET parent_id = $2, updated_at = now() WHERE parent_id = $1 AND id <> $2`, [from.id, into.id]);
      if (into.parentId === from.id) into.parentId = from.parentId;
      await tx.query(`UPDATE organization SET merged_into_id = $2, updated_at = now() WHERE merged_into_id = $1`, [from.id, into.id]);
      await tx.query(`UPDATE organization SET merged_into_id = $2, parent_id = NULL, updated_at = now() WHERE id = $1`, [from.id, into.id]);
      const beforeInto = snapshot(into);
      into.aliases = this.aliases([...into.aliases, from.name, ...from.aliases], into.name);
      const saved = await tx.getRepository(Organization).save(into);
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.ORGANIZATION_MERGED,
        targetType: 'Organization',
        targetId: from.id,
        before: { from: snapshot(from), into: beforeInto, people: moved.length },
        after: { mergedInto: into.id, into: snapshot(saved) },
      });
      return saved;
    });
  }

  /**
   * A researcher's missing workplace, waiting for an editor, written through the caller's
   * transaction (which also points the profile at it). A name the catalogue has is refused.
   */
  async propose(tx: EntityManager, proposerId: string, input: OrganizationProposalInput): Promise<Organization> {
    const name = this.name(input.name, true)!;
    // Each proposal waits in the editors' queue: a few at a time per account, so no one
    // account can flood it. The caller has locked the proposer's profile, so two at once count right.
    const waiting: Array<{ n: number }> = await tx.query(
      `SELECT count(*)::int AS n FROM organization WHERE proposed_by_id = $1 AND pending_approval AND merged_into_id IS NULL`,
      [proposerId],
    );
    if (waiting[0].n >= MAX_PENDING_PROPOSALS) {
      throw badUserInput('name', `Du har ${MAX_PENDING_PROPOSALS} forslag som venter på redaksjonen. Vent til de er behandlet.`);
    }
    await this.requireFreeName(tx, name, null);
    const repo = tx.getRepository(Organization);
    return repo.save(
      repo.create({
        name,
        slug: await this.freeSlug(tx, name),
        shortName: null,
        kind: input.kind ?? OrganizationKind.OTHER,
        region: input.region ?? null,
        aliases: [],
        parentId: null,
        pendingApproval: true,
        proposedById: proposerId,
      }),
    );
  }

  private async lockLive(tx: EntityManager, id: string, field: string): Promise<Organization> {
    const organization = UUID.test(id)
      ? await tx.getRepository(Organization).createQueryBuilder('o').setLock('pessimistic_write').where('o.id = :id', { id }).getOne()
      : null;
    if (!organization) throw notFound('Fant ikke organisasjonen.');
    if (organization.mergedIntoId) throw badUserInput(field, 'Organisasjonen er slått sammen med en annen.');
    return organization;
  }

  /** An existing, live organisation that is not `child` or below it. */
  private async liveParent(tx: EntityManager, id: string, child: Organization | null): Promise<Organization> {
    const parent = UUID.test(id) ? await tx.getRepository(Organization).findOneBy({ id }) : null;
    if (!parent || parent.mergedIntoId) throw badUserInput('parent', 'Fant ikke den overordnede organisasjonen.');
    if (child) {
      const rows: Array<{ id: string }> = await tx.query(
        `WITH RECURSIVE up AS (SELECT id, parent_id FROM organization WHERE id = $1
                                UNION SELECT o.id, o.parent_id FROM organization o JOIN up ON o.id = up.parent_id)
         SELECT id FROM up WHERE id = $2`,
        [parent.id, child.id],
      );
      if (rows.length > 0) throw badUserInput('parent', 'En organisasjon kan ikke ligge under seg selv.');
    }
    return parent;
  }

  private async requireFreeName(tx: EntityManager, name: string, exceptId: string | null): Promise<void> {
    const rows: Array<{ name: string }> = await tx.query(
      `SELECT name FROM organization
        WHERE ($2::uuid IS NULL OR id <> $2::uuid) AND merged_into_id IS NULL
          AND (lower(name) = lower($1) OR EXISTS (SELECT 1 FROM unnest(aliases) a WHERE lower(a) = lower($1)))
        LIMIT 1`,
      [name, exceptId],
    );
    if (rows[0]) throw badUserInput('name', `«${name}» finnes allerede (som ${rows[0].name}).`);
  }

  private async freeSlug(tx: EntityManager, name: string): Promise<string> {
    const base = slugify(name) || 'organisasjon';
    const rows: Array<{ slug: string }> = await tx.query(`SELECT slug FROM organization WHERE slug = $1 OR slug LIKE $2`, [
      base,
      `${base}-%`,
    ]);
    const taken = new Set(rows.map((r) => r.slug));
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    return slug;
  }

  private name(value: string | null | undefined, required: boolean): string | null {
    const name = typeof value === 'string' ? clean(value) : '';
    if (CONTROL.test(name)) throw badUserInput('name', 'Navnet inneholder ugyldige tegn.');
    if (name.length < 2 && required) throw badUserInput('name', 'Skriv navnet på organisasjonen.');
    return name || null;
  }

  private shortName(value: string | null | undefined): string | null {
    const short = typeof value === 'string' ? clean(value) : '';
    if (CONTROL.test(short)) throw badUserInput('shortName', 'Forkortelsen inneholder ugyldige tegn.');
    return short || null;
  }

  /** Trimmed, without duplicates (case ignored) or the name itself. */
  private aliases(values: string[] | null | undefined, name: string): string[] {
    const seen = new Map<string, string>();
    for (const raw of values ?? []) {
      const alias = clean(raw);
      if (CONTROL.test(alias)) throw badUserInput('aliases', 'Et annet navn inneholder ugyldige tegn.');
      if (alias && alias.toLowerCase() !== name.toLowerCase()) seen.set(alias.toLowerCase(), alias);
    }
    return [...seen.values()];
  }
}
