import { newestFirst } from './publication-candidate';
import { PublicationCandidate } from './registry-import-preview';
import {
  cleanKeywords,
  cleanLine,
  cleanMultiline,
  cleanYear,
  json,
  normalizeDoi,
  TEXT_LIMITS,
} from './registry-text';

/*
 * Reads NVA's JSON (Nasjonalt vitenarkiv, run by Sikt), as described by the OpenAPI files and
 * test fixtures of BIBSYSDEV/nva-cristin-service (docs/cristin-proxy-swagger.yaml,
 * cristin-person/src/test/resources/nvaApiGetPersonResponse.json) and BIBSYSDEV/nva-search-api
 * (docs/openapi.yaml; SimplifiedMutator for the 2024-12-01 result shape). Fields taken:
 *   GET /cristin/person/{id or ORCID iD}: id (the person URI), identifiers[] (CristinIdentifier,
 *     ORCID), names[] (PreferredFirstName/FirstName, PreferredLastName/LastName),
 *     background {nb|no|nn|en}, keywords[].label {nb|nn|en},
 *     affiliations[]: organization (URI), active, role.labels
 *   GET /cristin/organization/{id}: labels|name {nb|nn|en}, partOf[] (up to the institution)
 *   GET /search/resources?contributor=<person URI> (Accept: application/json; version=2024-12-01):
 *     hits[]: identifier, id, mainTitle (else alternativeTitles), publicationDate.year,
 *     publishingDetails.name (journal or book), .series.name, .publisher.name, .doi
 */

/** Bokmål first, as our pages are in Bokmål; then the other Norwegian forms, English, anything. */
export function pickLabel(labels: unknown, max: number): string | null {
  const map = json.object(labels);
  if (!map) return null;
  for (const language of ['nb', 'no', 'nn', 'en']) {
    const label = cleanLine(map[language], max);
    if (label) return label;
  }
  for (const label of Object.values(map)) {
    const cleaned = cleanLine(label, max);
    if (cleaned) return cleaned;
  }
  return null;
}

export interface NvaAffiliation {
  /** Cristin organisation id, e.g. 185.90.0.0 (taken from the URI, never the URI itself). */
  organizationId: string;
  role: string | null;
  active: boolean;
}

export interface NvaPerson {
  cristinPersonId: string;
  /** The URI NVA indexes results under; the contributor filter wants exactly this. */
  personUri: string;
  orcid: string | null;
  givenName: string | null;
  familyName: string | null;
  biography: string | null;
  keywords: string[];
  affiliations: NvaAffiliation[];
}

const PERSON_URI = /^https?:\/\/[^/\s]+\/(?:[^\s?#]*\/)?cristin\/person\/(\d{1,12})$/;
const ORGANIZATION_ID = /\/(?:cristin\/organization|units)\/(\d+(?:\.\d+){3})$/;

/** Null when the answer is not a person we can use (no Cristin id at all). */
export function mapNvaPerson(person: unknown, fallbackBaseUrl: string): NvaPerson | null {
  const identifiers = json.array(json.at(person, 'identifiers'));
  const identifier = (type: string) =>
    cleanLine(json.at(identifiers.find((i) => json.at(i, 'type') === type), 'value'), 40);
  const id = cleanLine(json.at(person, 'id'), 300);
  const uriMatch = id ? PERSON_URI.exec(id) : null;
  const cristinPersonId = identifier('CristinIdentifier') ?? uriMatch?.[1] ?? null;
  if (!cristinPersonId || !/^\d{1,12}$/.test(cristinPersonId)) return null;

  const names = json.array(json.at(person, 'names'));
  const name = (...types: string[]) => {
    for (const type of types) {
      const found = cleanLine(json.at(names.find((n) => json.at(n, 'type') === type), 'value'), TEXT_LIMITS.name);
      if (found) return found;
    }
    return null;
  };
  const orcid = identifier('ORCID');

  return {
    cristinPersonId,
    personUri: uriMatch && uriMatch[1] === cristinPersonId ? id! : `${fallbackBaseUrl}/cristin/person/${cristinPersonId}`,
    orcid: orcid && /^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/.test(orcid) ? orcid : null,
    givenName: name('PreferredFirstName', 'FirstName'),
    familyName: name('PreferredLastName', 'LastName'),
    biography: biographyFrom(json.at(person, 'background')),
    keywords: cleanKeywords(
      json.array(json.at(person, 'keywords')).map((k) => pickLabel(json.at(k, 'label'), TEXT_LIMITS.keyword)),
    ),
    affiliations: json
      .array(json.at(person, 'affiliations'))
      .map((affiliation): NvaAffiliation | null => {
        const organization = cleanLine(json.at(affiliation, 'organization'), 300);
        const match = organization ? ORGANIZATION_ID.exec(organization) : null;
        if (!match) return null;
        return {
          organizationId: match[1],
          role: pickLabel(json.at(affiliation, 'role', 'labels'), TEXT_LIMITS.role),
          active: json.at(affiliation, 'active') === true,
        };
      })
      .filter((a): a is NvaAffiliation => a !== null),
  };
}

function biographyFrom(background: unknown): string | null {
  const map = json.object(background);
  if (!map) return null;
  for (const language of ['nb', 'no', 'nn', 'en', ...Object.keys(map)]) {
    const text = cleanMultiline(map[language], TEXT_LIMITS.biography);
    if (text) return text;
  }
  return null;
}

export interface NvaOrganization {
  /** The unit's own name. */
  name: string;
  /** The institution it belongs to (top of partOf), or its own name when it is the top. */
  institution: string;
}

export function mapNvaOrganization(organization: unknown): NvaOrganization | null {
  const nameOf = (org: unknown) =>
    pickLabel(json.at(org, 'labels'), TEXT_LIMITS.organization) ?? pickLabel(json.at(org, 'name'), TEXT_LIMITS.organization);
  const name = nameOf(organization);
  if (!name) return null;
  let top: unknown = organization;
  // partOf nests upwards to the institution; bounded, as the data is not ours.
  for (let depth = 0; depth < 10; depth++) {
    const parent = json.array(json.at(top, 'partOf'))[0];
    if (!json.object(parent)) break;
    top = parent;
  }
  return { name, institution: nameOf(top) ?? name };
}

export function mapNvaResults(body: unknown): PublicationCandidate[] {
  const candidates: PublicationCandidate[] = [];
  const seen = new Set<string>();
  for (const hit of json.array(json.at(body, 'hits'))) {
    const id = cleanLine(json.at(hit, 'id'), 300);
    const key = cleanLine(json.at(hit, 'identifier'), 100) ?? (id ? id.split('/').pop() ?? null : null);
    if (!key || !/^[\w-]{1,100}$/.test(key) || seen.has(key)) continue;
    const title =
      cleanLine(json.at(hit, 'mainTitle'), TEXT_LIMITS.title) ??
      Object.values(json.object(json.at(hit, 'alternativeTitles')) ?? {})
        .map((t) => cleanLine(t, TEXT_LIMITS.title))
        .find((t): t is string => t !== null) ??
      null;
    if (!title) continue;
    seen.add(key);
    const details = json.at(hit, 'publishingDetails');
    const doi = normalizeDoi(json.at(details, 'doi'));
    candidates.push({
      key,
      title,
      year: cleanYear(json.at(hit, 'publicationDate', 'year')),
      venue:
        cleanLine(json.at(details, 'name'), TEXT_LIMITS.venue) ??
        cleanLine(json.at(details, 'series', 'name'), TEXT_LIMITS.venue) ??
        cleanLine(json.at(details, 'publisher', 'name'), TEXT_LIMITS.venue),
      doi,
      // NVA's public landing page for a result is /registration/<identifier>.
      url: `https://nva.sikt.no/registration/${encodeURIComponent(key)}`,
    });
    if (candidates.length >= TEXT_LIMITS.works) break;
  }
  return newestFirst(candidates);
}
