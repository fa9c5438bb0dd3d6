/** The registries this catalogue reads from. */
export enum RegistryName {
  ORCID = 'ORCID',
  NVA = 'NVA',
}

/** One work offered for import; `key` is the registry's own id for it (ORCID put-code, NVA identifier). */
export interface PublicationCandidate {
  key: string;
  title: string;
  year: number | null;
  venue: string | null;
  /** Bare DOI ("10.1234/abc"), lower-cased; link it as https://doi.org/<doi>. */
  doi: string | null;
  /** The work's own landing page when the registry names one. */
  url: string | null;
}

/** An employment or affiliation as the registry states it; `organization` is the top-level name. */
export interface RegistryEmployment {
  organization: string;
  unit: string | null;
  role: string | null;
  startYear: number | null;
  endYear: number | null;
  current: boolean;
}

/** What a registry holds about a person, cleaned and bounded, before the owner picks anything. */
export interface RegistryImportPreview {
  registry: RegistryName;
  /** The identifier the record was read with (ORCID iD, Cristin person id). */
  identifier: string;
  givenName: string | null;
  familyName: string | null;
  biography: string | null;
  keywords: string[];
  employments: RegistryEmployment[];
  works: PublicationCandidate[];
}

/** The preview from NVA also names the Cristin person it found (looked up by ORCID iD, say). */
export interface NvaImportPreview extends RegistryImportPreview {
  cristinPersonId: string;
  orcid: string | null;
}

/** "Forsker, Avdeling for X, Universitetet i Oslo (2019–)": one line for the owner to recognise. */
export function describeEmployment(employment: RegistryEmployment): string {
  const parts = [employment.role, employment.unit, employment.organization].filter((p): p is string => !!p);
  const years =
    employment.startYear || employment.endYear
      ? ` (${employment.startYear ?? ''}–${employment.endYear ?? ''})`
      : '';
  return `${parts.join(', ')}${years}`;
}
