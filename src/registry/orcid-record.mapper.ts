import {
  PublicationCandidate,
  RegistryEmployment,
  RegistryImportPreview,
  RegistryName,
} from './registry-import-preview';
import { newestFirst } from './publication-candidate';
import {
  cleanKeywords,
  cleanLine,
  cleanMultiline,
  cleanUrl,
  cleanYear,
  json,
  normalizeDoi,
  TEXT_LIMITS,
} from './registry-text';

/*
 * Reads the JSON of ORCID's public API v3.0 `GET /{orcid}/record` (the XML schema is
 * record-3.0.xsd in ORCID/orcid-model; the JSON has the same element names, and wraps simple
 * values as {"value": ...}). Fields taken:
 *   person.name.given-names.value, person.name.family-name.value
 *   person.biography.content
 *   person.keywords.keyword[].content (ordered by display-index, highest first)
 *   activities-summary.employments.affiliation-group[].summaries[].employment-summary:
 *     organization.name, department-name, role-title, start-date.year.value, end-date.year.value
 *   activities-summary.works.group[]: one work per group; its work-summary[] are versions of
 *     it from different sources, the preferred one with the highest display-index:
 *     put-code (the key), title.title.value (else title.translated-title.value),
 *     publication-date.year.value, journal-title.value, url.value,
 *     external-ids.external-id[] with external-id-type "doi" (group-level first, relationship
 *     "self", external-id-normalized.value before external-id-value).
 * Any of these may be missing or null in real records.
 */

type Json = Record<string, unknown>;

const value = (node: unknown): unknown => json.at(node, 'value');

export function mapOrcidRecord(record: unknown, orcid: string): RegistryImportPreview {
  const person = json.at(record, 'person');
  const activities = json.at(record, 'activities-summary');
  return {
    registry: RegistryName.ORCID,
    identifier: orcid,
    givenName: cleanLine(value(json.at(person, 'name', 'given-names')), TEXT_LIMITS.name),
    familyName: cleanLine(value(json.at(person, 'name', 'family-name')), TEXT_LIMITS.name),
    biography: cleanMultiline(json.at(person, 'biography', 'content'), TEXT_LIMITS.biography),
    keywords: cleanKeywords(
      byDisplayIndex(json.array(json.at(person, 'keywords', 'keyword'))).map((k) => json.at(k, 'content')),
    ),
    employments: mapEmployments(json.at(activities, 'employments')),
    works: mapWorks(json.at(activities, 'works')),
  };
}

function displayIndex(item: unknown): number {
  const index = Number(json.at(item, 'display-index'));
  return Number.isFinite(index) ? index : 0;
}

/** Highest display-index first (ORCID's order of preference); stable for ties. */
function byDisplayIndex(items: unknown[]): unknown[] {
  return items
    .map((item, position) => ({ item, position }))
    .sort((a, b) => displayIndex(b.item) - displayIndex(a.item) || a.position - b.position)
    .map(({ item }) => item);
}

function mapEmployments(employments: unknown): RegistryEmployment[] {
  const summaries = json
    .array(json.at(employments, 'affiliation-group'))
    .flatMap((group) => json.array(json.at(group, 'summaries')))
    .map((summary) => json.at(summary, 'employment-summary'));
  const result: RegistryEmployment[] = [];
  for (const summary of summaries) {
    const organization = cleanLine(json.at(summary, 'organization', 'name'), TEXT_LIMITS.organization);
    if (!organization) continue;
    const endYear = cleanYear(value(json.at(summary, 'end-date', 'year')));
    result.push({
      organization,
      unit: cleanLine(json.at(summary, 'department-name'), TEXT_LIMITS.organization),
      role: cleanLine(json.at(summary, 'role-title'), TEXT_LIMITS.role),
      startYear: cleanYear(value(json.at(summary, 'start-date', 'year'))),
      endYear,
      current: endYear === null || endYear >= new Date().getFullYear(),
    });
  }
  // Current posts first, then the most recent start.
  return result
    .sort((a, b) => Number(b.current) - Number(a.current) || (b.startYear ?? 0) - (a.startYear ?? 0))
    .slice(0, TEXT_LIMITS.employments);
}

function doiFrom(externalIds: unknown): string | null {
  const ids = json.array(json.at(externalIds, 'external-id'));
  const dois = ids.filter((id) => String(json.at(id, 'external-id-type') ?? '').toLowerCase() === 'doi');
  // A work's own DOI ("self") beats the DOI of the book or journal it is part of.
  const ordered = [
    ...dois.filter((id) => String(json.at(id, 'external-id-relationship') ?? '').toLowerCase() === 'self'),
    ...dois,
  ];
  for (const id of ordered) {
    const doi = normalizeDoi(value(json.at(id, 'external-id-normalized'))) ?? normalizeDoi(json.at(id, 'external-id-value'));
    if (doi) return doi;
  }
  return null;
}

function titleOf(summary: unknown): string | null {
  return (
    cleanLine(value(json.at(summary, 'title', 'title')), TEXT_LIMITS.title) ??
    cleanLine(value(json.at(summary, 'title', 'translated-title')), TEXT_LIMITS.title)
  );
}

function mapWorks(works: unknown): PublicationCandidate[] {
  const candidates: PublicationCandidate[] = [];
  const seen = new Set<string>();
  for (const group of json.array(json.at(works, 'group'))) {
    const versions = byDisplayIndex(json.array(json.at(group, 'work-summary'))).filter(
      (summary): summary is Json => json.object(summary) !== null,
    );
    const preferred = versions[0];
    if (!preferred) continue;
    const key = cleanLine(preferred['put-code'], 20);
    // The preferred version speaks first; other versions fill what it leaves out.
    const first = <T>(read: (summary: Json) => T | null): T | null => {
      for (const summary of versions) {
        const found = read(summary);
        if (found !== null) return found;
      }
      return null;
    };
    const title = first(titleOf);
    if (!key || !/^\d+$/.test(key) || !title || seen.has(key)) continue;
    seen.add(key);
    const doi = doiFrom(json.at(group, 'external-ids')) ?? first((s) => doiFrom(s['external-ids']));
    candidates.push({
      key,
      title,
      year: first((s) => cleanYear(value(json.at(s, 'publication-date', 'year')))),
      venue: first((s) => cleanLine(value(s['journal-title']), TEXT_LIMITS.venue)),
      doi,
      url: first((s) => cleanUrl(value(s.url))) ?? (doi ? `https://doi.org/${doi}` : null),
    });
    if (candidates.length >= TEXT_LIMITS.works) break;
  }
  return newestFirst(candidates);
}
