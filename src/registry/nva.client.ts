import { mapNvaOrganization, mapNvaPerson, mapNvaResults, NvaAffiliation, NvaOrganization } from './nva-record.mapper';
import { RegistryHttpClient } from './registry-http-client';
import { NvaImportPreview, RegistryEmployment, RegistryName } from './registry-import-preview';
import { RegistryError, RegistryErrorCode } from './registry.errors';
import { TEXT_LIMITS } from './registry-text';

const CRISTIN_PERSON_ID = /^\d{1,12}$/;
const ORCID = /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/;
/** Affiliations whose organisation we look up (one request each, a second apart). */
const MAX_ORGANIZATION_LOOKUPS = 4;
const RESULTS_PAGE_SIZE = 100;

/**
 * NVA's public REST API: the person (by Cristin person id or ORCID iD, which
 * `/cristin/person/{id}` both accept), the names of their organisations, and their results.
 */
export class NvaClient {
  constructor(private readonly http: RegistryHttpClient) {}

  async fetchPreview(identifier: string): Promise<NvaImportPreview> {
    if (!CRISTIN_PERSON_ID.test(identifier) && !ORCID.test(identifier)) {
      throw new RegistryError(RegistryErrorCode.NOT_FOUND, RegistryName.NVA, identifier, 'not a Cristin person id or ORCID iD');
    }
    const { body } = await this.http.getJson({
      path: `/cristin/person/${encodeURIComponent(identifier)}`,
      accept: 'application/json',
      identifier,
    });
    const person = mapNvaPerson(body, this.http.baseUrl);
    if (!person) {
      throw new RegistryError(RegistryErrorCode.UNAVAILABLE, RegistryName.NVA, identifier, 'person answer without a Cristin id');
    }

    const employments = await this.employments(person.affiliations);
    const results = await this.http.getJson({
      path: `/search/resources?${new URLSearchParams({
        contributor: person.personUri,
        size: String(RESULTS_PAGE_SIZE),
        from: '0',
        sort: 'publication_date:desc',
        aggregation: 'none',
      })}`,
      // The documented, simplified result shape; without the version NVA answers its legacy one.
      accept: 'application/json; version=2024-12-01',
      identifier,
    });

    return {
      registry: RegistryName.NVA,
      identifier,
      cristinPersonId: person.cristinPersonId,
      orcid: person.orcid,
      givenName: person.givenName,
      familyName: person.familyName,
      biography: person.biography,
      keywords: person.keywords,
      employments,
      works: mapNvaResults(results.body),
    };
  }

  private async employments(affiliations: NvaAffiliation[]): Promise<RegistryEmployment[]> {
    // Current affiliations first; a person can have a long history in Cristin.
    const ordered = [...affiliations].sort((a, b) => Number(b.active) - Number(a.active));
    const organizations = new Map<string, NvaOrganization | null>();
    const employments: RegistryEmployment[] = [];
    for (const affiliation of ordered) {
      if (!organizations.has(affiliation.organizationId)) {
        if (organizations.size >= MAX_ORGANIZATION_LOOKUPS) continue;
        organizations.set(affiliation.organizationId, await this.organization(affiliation.organizationId));
      }
      const organization = organizations.get(affiliation.organizationId);
      if (!organization) continue;
      employments.push({
        organization: organization.institution,
        unit: organization.name === organization.institution ? null : organization.name,
        role: affiliation.role,
        startYear: null,
        endYear: null,
        current: affiliation.active,
      });
      if (employments.length >= TEXT_LIMITS.employments) break;
    }
    return employments;
  }

  /** A unit NVA no longer knows is skipped; a failing NVA fails the whole preview. */
  private async organization(organizationId: string): Promise<NvaOrganization | null> {
    try {
      const { body } = await this.http.getJson({
        path: `/cristin/organization/${encodeURIComponent(organizationId)}`,
        accept: 'application/json',
        identifier: organizationId,
      });
      return mapNvaOrganization(body);
    } catch (err) {
      if (err instanceof RegistryError && err.code === RegistryErrorCode.NOT_FOUND) return null;
      throw err;
    }
  }
}
