import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../graphql/viewer';
import { badUserInput } from '../common/errors/app-errors';
import type { Organization } from '../organization/organization.entity';
import { OrganizationService } from '../organization/organization.service';
import { uniqueList } from '../profile/profile-fields';
import { ProfileService } from '../profile/profile.service';
import { normalizeOrcid } from '../common/validation/orcid';
import { NvaClient } from '../registry/nva.client';
import { OrcidClient } from '../registry/orcid.client';
import { describeEmployment, RegistryImportPreview } from '../registry/registry-import-preview';
import { RegistryError, registryErrorToGraphQL } from '../registry/registry.errors';
import { Researcher } from '../researcher/researcher.entity';
import type { RegistryImportInput } from './dto/registry-import.input';
import { PublicationSource } from './publication-source.enum';
import type { PublicationSuggestionType } from './publication-suggestion.type';
import { RegistryRefreshService } from './registry-refresh.service';
import { PublicationService } from './publication.service';
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
    private readonly publications: PublicationService,
    private readonly organizations: OrganizationService,
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
    await this.refresh.dismiss(profile.id, ids.filter((id) => UUID.test(id)));
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
    const [existing, workplace] = await Promise.all([this.publications.holdings(profile.id), this.matchWorkplace(record)]);
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

    const fields: Parameters<ProfileService['applyInTransaction']>[3] = {};
    if (keywords.length) {
      const merged = uniqueList([...profile.keywords, ...keywords]);
      if (merged.length > MAX_KEYWORDS) throw badUserInput('keywords', `Du kan ha høyst ${MAX_KEYWORDS} stikkord.`);
      fields.keywords = merged;
    }
    if (input.biography) fields.bio = record.biography;
    if (workplace) fields.organizationId = workplace.id;

    await this.dataSource.transaction(async (tx) => {
      await this.refresh.link(tx, profile.id, source, record);
      await this.refresh.clearSuggestions(tx, profile.id, source, works.map((w) => w.key));
      await this.profiles.applyInTransaction(tx, viewer, profile, fields, `Hentet fra ${source}`);
      await this.publications.addImported(tx, profile.id, source, works);
    });
    return this.profiles.findMine(viewer);
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
        : ((profile.orcid ? normalizeOrcid(profile.orcid) : null) ?? (await this.refresh.linkedIdentifier(profile.id, source)));
      if (!identifier) {
        throw badUserInput('cristinPersonId', 'Oppgi Cristin-personnummeret ditt, eller legg inn ORCID iD-en din på profilen.');
      }
      return await this.nva.fetchPreview(identifier);
    } catch (err) {
      if (err instanceof RegistryError) throw registryErrorToGraphQL(err);
      throw err;
    }
  }

  /** The first current employment whose organisation (or unit) is one of ours, by name or short name. */
  private async matchWorkplace(record: RegistryImportPreview): Promise<Organization | null> {
    const current = record.employments.filter((e) => e.current);
    if (current.length === 0) return null;
    const organizations = await this.organizations.find();
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
