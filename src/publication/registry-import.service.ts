import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, IsNull } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { badUserInput } from '../common/errors/app-errors';
import { mutateReturning } from '../database/sql';
import { Organization } from '../organization/organization.entity';
import { FieldChange, FieldValue, ProfileChangeAction } from '../profile/profile-change.entity';
import { uniqueList } from '../profile/profile-fields';
import { ProfileHistoryService } from '../profile/profile-history.service';
import { ProfileService, staleVersion } from '../profile/profile.service';
import { normalizeOrcid } from '../profile/validation/orcid';
import { NvaClient } from '../registry/nva.client';
import { newestFirst } from '../registry/publication-candidate';
import { OrcidClient } from '../registry/orcid.client';
import { describeEmployment, RegistryImportPreview } from '../registry/registry-import-preview';
import { RegistryError, registryErrorToGraphQL } from '../registry/registry.errors';
import { Researcher } from '../researcher/researcher.entity';
import type { RegistryImportInput } from './dto/registry-import.input';
import { PublicationSource } from './publication-source.enum';
import { Publication } from './publication.entity';
import { PublicationSuggestion } from './publication-suggestion.entity';
import type { PublicationSuggestionType } from './publication-suggestion.type';
import { RegistryLink } from './registry-link.entity';
import { RegistryRefreshService } from './registry-refresh.service';
import { MAX_PUBLICATIONS, MAX_SHOWN } from './publication.service';
import type { RegistryImportPreviewType } from './registry-import.type';

const MAX_KEYWORDS = 30;
const CRISTIN_PERSON_ID = /^\d{1,12}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Source = PublicationSource.ORCID | PublicationSource.NVA;

/**
 * Reading one's record in ORCID or NVA and taking from it only what the owner picks: works
 * become publications, keywords join the profile's, the biography and a matching workplace
 * replace the profile's when asked. The record is read again at import (never trusted from
 * the client), and everything lands in one transaction or not at all.
 */
@Injectable()
export class RegistryImportService {
  constructor(
    private readonly orcid: OrcidClient,
    private readonly nva: NvaClient,
    private readonly profiles: ProfileService,
    private readonly history: ProfileHistoryService,
    private readonly refresh: RegistryRefreshService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async suggestions(viewer: Viewer): Promise<PublicationSuggestionType[]> {
    const profile = await this.profiles.findMine(viewer);
    return (await this.refresh.suggestionsFor(profile.id)).map((s) => ({
      id: s.id,
      source: s.source,
      key: s.externalKey,
      title: s.title,
      year: s.year,
      venue: s.venue,
      doi: s.doi,
    }));
  }

  /** Waves suggestions away for good (they are kept as dismissed, so they do not come back). */
  async dismissSuggestions(viewer: Viewer, ids: string[]): Promise<boolean> {
    const profile = await this.profiles.findMine(viewer);
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length) {
      await this.dataSource.getRepository(PublicationSuggestion).update(
        { researcherId: profile.id, id: In(valid), dismissedAt: IsNull() },
        { dismissedAt: new Date() },
      );
    }
    return true;
  }

  async preview(viewer: Viewer, source: Source, cristinPersonId?: string | null): Promise<RegistryImportPreviewType> {
    const profile = await this.profiles.findMine(viewer);
    const record = await this.read(profile, source, cristinPersonId);
    if (source === PublicationSource.NVA && cristinPersonId?.trim()) {
      // Remember the NVA person looked at, so an import (or the weekly re-read) finds it
      // without the id again; what the record holds now is not news later.
      await this.dataSource.transaction((tx) => this.refresh.link(tx, profile.id, source, record));
    }
    const [existing, workplace] = await Promise.all([this.existing(profile.id), this.matchWorkplace(record)]);
    return {
      source,
      identifier: record.identifier,
      biography: record.biography,
      keywords: record.keywords,
      employments: record.employments.map(describeEmployment),
      works: record.works.map((work) => ({
        ...work,
        imported: existing.keys.has(`${source}:${work.key}`) || (!!work.doi && existing.dois.has(work.doi)),
      })),
      workplace,
    };
  }

  async import(viewer: Viewer, source: Source, input: RegistryImportInput): Promise<Researcher> {
    const profile = await this.profiles.findMine(viewer);
    const record = await this.read(profile, source, input.cristinPersonId);

    const byKey = new Map(record.works.map((w) => [w.key, w]));
    const works = [...new Set(input.works ?? [])].map((key) => {
      const work = byKey.get(key);
      if (!work) throw badUserInput('works', `Fant ikke verket ${key} i ${source}.`);
      return work;
    });
    const offered = new Map(record.keywords.map((k) => [k.toLocaleLowerCase('nb'), k]));
    const keywords = (input.keywords ?? []).map((k) => {
      const keyword = offered.get(k.toLocaleLowerCase('nb'));
      if (!keyword) throw badUserInput('keywords', `«${k}» står ikke blant stikkordene i ${source}.`);
      return keyword;
    });
    if (input.biography && !record.biography) throw badUserInput('biography', `${source} har ingen beskrivelse å hente.`);
    const workplace = input.workplace ? await this.matchWorkplace(record) : null;
    if (input.workplace && !workplace) throw badUserInput('workplace', 'Ingen av arbeidsstedene passer med en organisasjon i katalogen.');

    const changes: FieldChange[] = [];
    const assignments: Array<[column: string, value: unknown]> = [];
    const change = (field: string, column: string, old: FieldValue, value: FieldValue) => {
      if (JSON.stringify(old) === JSON.stringify(value)) return;
      changes.push({ field, old, new: value });
      assignments.push([column, value]);
    };
    if (keywords.length) {
      const merged = uniqueList([...profile.keywords, ...keywords]);
      if (merged.length > MAX_KEYWORDS) throw badUserInput('keywords', `Du kan ha høyst ${MAX_KEYWORDS} stikkord.`);
      change('keywords', 'keywords', profile.keywords, merged);
    }
    if (input.biography) change('bio', 'bio', profile.bio, record.biography);
    if (workplace) change('organizationId', 'organization_id', profile.organizationId, workplace.id);

    await this.dataSource.transaction(async (tx) => {
      await this.refresh.link(tx, profile.id, source, record);
      if (works.length) {
        await tx.getRepository(PublicationSuggestion).delete({
          researcherId: profile.id,
          source,
          externalKey: In(works.map((w) => w.key)),
        });
      }
      if (assignments.length) {
        const sets = assignments.map(([column], i) => `"${column}" = $${i + 3}`);
        const updated = await mutateReturning<{ id: string }>(
          tx,
          `UPDATE researcher SET ${sets.join(', ')}, version = version + 1, updated_at = now()
            WHERE id = $1 AND version = $2 RETURNING id`,
          [profile.id, profile.version, ...assignments.map(([, value]) => value)],
        );
        if (updated.length !== 1) {
          const rows: Array<{ version: number }> = await tx.query(`SELECT version FROM researcher WHERE id = $1`, [profile.id]);
          throw staleVersion(rows[0]?.version ?? 0);
        }
        await this.history.record(tx, {
          researcherId: profile.id,
          actorId: viewer.accountId,
          action: ProfileChangeAction.UPDATED,
          changes,
          note: `Hentet fra ${source}`,
        });
      }
      if (works.length) {
        // Serialises imports to one profile, so the duplicate check below sees the other's rows.
        await tx.query(`SELECT 1 FROM researcher WHERE id = $1 FOR NO KEY UPDATE`, [profile.id]);
        const existing = await this.existing(profile.id, tx.getRepository(Publication));
        const fresh = newestFirst(works).filter((w) => !existing.keys.has(`${source}:${w.key}`) && !(w.doi && existing.dois.has(w.doi)));
        if (existing.count + fresh.length > MAX_PUBLICATIONS) {
          throw badUserInput('works', `Du kan ha høyst ${MAX_PUBLICATIONS} publikasjoner.`);
        }
        if (fresh.length) {
          // Picked works are shown (newest first) while there is room among the ten.
          const room = Math.max(0, MAX_SHOWN - existing.shown);
          await tx.getRepository(Publication).insert(
            fresh.map((w, i) => ({
              researcherId: profile.id,
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
      }
    });
    return this.dataSource.getRepository(Researcher).findOneByOrFail({ id: profile.id });
  }

  private async read(
    profile: Researcher,
    source: Source,
    cristinPersonId: string | null | undefined,
  ): Promise<RegistryImportPreview> {
    try {
      if (source === PublicationSource.ORCID) {
        const orcid = profile.orcid ? normalizeOrcid(profile.orcid) : null;
        if (!orcid) throw badUserInput('orcid', 'Legg inn ORCID iD-en din på profilen først.');
        return await this.orcid.fetchPreview(orcid);
      }
      const given = cristinPersonId?.trim();
      if (given && !CRISTIN_PERSON_ID.test(given) && !normalizeOrcid(given)) {
        throw badUserInput('cristinPersonId', 'Oppgi Cristin-personnummeret (bare sifre) eller en ORCID iD.');
      }
      const identifier = given
        ? (normalizeOrcid(given) ?? given)
        : ((profile.orcid ? normalizeOrcid(profile.orcid) : null) ?? (await this.linkedIdentifier(profile.id, source)));
      if (!identifier) {
        throw badUserInput('cristinPersonId', 'Oppgi Cristin-personnummeret ditt, eller legg inn ORCID iD-en din på profilen.');
      }
      return await this.nva.fetchPreview(identifier);
    } catch (err) {
      if (err instanceof RegistryError) throw registryErrorToGraphQL(err);
      throw err;
    }
  }

  private async linkedIdentifier(researcherId: string, source: Source): Promise<string | null> {
    const link = await this.dataSource.getRepository(RegistryLink).findOneBy({ researcherId, source });
    return link?.identifier ?? null;
  }

  private async existing(researcherId: string, repository = this.dataSource.getRepository(Publication)) {
    const rows = await repository.find({ where: { researcherId }, select: { source: true, externalKey: true, doi: true, shown: true } });
    return {
      count: rows.length,
      shown: rows.filter((r) => r.shown).length,
      keys: new Set(rows.filter((r) => r.externalKey).map((r) => `${r.source}:${r.externalKey}`)),
      dois: new Set(rows.map((r) => r.doi).filter((d): d is string => !!d)),
    };
  }

  /** The first current employment whose organisation (or unit) is one of ours, by name or short name. */
  private async matchWorkplace(record: RegistryImportPreview): Promise<Organization | null> {
    const current = record.employments.filter((e) => e.current);
    if (current.length === 0) return null;
    const organizations = await this.dataSource.getRepository(Organization).find();
    const byName = new Map<string, Organization>();
    for (const organization of organizations) {
      for (const name of [organization.name, organization.shortName, ...aliasesOf(organization)]) {
        if (name && !byName.has(fold(name))) byName.set(fold(name), organization);
      }
    }
    for (const employment of current) {
      for (const name of [employment.organization, employment.unit]) {
        const match = name ? byName.get(fold(name)) : undefined;
        if (match) return match;
      }
    }
    return null;
  }
}

/** Organisations may carry aliases (editors keep them); read them when the column is there. */
function aliasesOf(organization: Organization): string[] {
  const aliases = (organization as Organization & { aliases?: unknown }).aliases;
  return Array.isArray(aliases) ? aliases.filter((a): a is string => typeof a === 'string') : [];
}

/** "Oslo universitetssykehus HF" and "oslo universitetssykehus hf." alike; accents and dashes ignored. */
function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase('nb')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
