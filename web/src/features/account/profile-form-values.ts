import type { AcademicDegree, HealthRegion, MyProfileFieldsFragment, ProfileInput, Visibility } from '../../gql/graphql';

/** The profile form as the person edits it: text as typed, lists as chosen. */
export interface ProfileValues {
  givenName: string;
  familyName: string;
  title: string;
  degree: AcademicDegree | '';
  orcid: string;
  organizationId: string;
  region: HealthRegion | '';
  bio: string;
  keywords: string;
  languages: string[];
  competenceAreas: string[];
  availableAsSpeaker: boolean;
  availableForMedia: boolean;
  acceptsNetworkMail: boolean;
  email: string;
  emailVisibility: Visibility;
  phone: string;
  phoneVisibility: Visibility;
  website: string;
}

/** Every ProfileInput field the form edits, in the order they appear on the page. */
export const PROFILE_FIELDS = [
  'givenName',
  'familyName',
  'title',
  'degree',
  'orcid',
  'organizationId',
  'region',
  'bio',
  'keywords',
  'languages',
  'competenceAreas',
  'availableAsSpeaker',
  'availableForMedia',
  'acceptsNetworkMail',
  'email',
  'emailVisibility',
  'phone',
  'phoneVisibility',
  'website',
] as const satisfies readonly (keyof ProfileValues)[];

export function fromProfile(p: MyProfileFieldsFragment): ProfileValues {
  return {
    givenName: p.givenName,
    familyName: p.familyName,
    title: p.title ?? '',
    degree: p.degree ?? '',
    orcid: p.orcid ?? '',
    organizationId: p.organization?.id ?? '',
    region: p.region ?? '',
    bio: p.bio ?? '',
    keywords: p.keywords.join(', '),
    languages: p.languages,
    competenceAreas: p.competenceAreas.map((a) => a.slug),
    availableAsSpeaker: p.availableAsSpeaker,
    availableForMedia: p.availableForMedia,
    acceptsNetworkMail: p.acceptsNetworkMail ?? false,
    email: p.email ?? '',
    emailVisibility: p.emailVisibility ?? 'REGISTERED',
    phone: p.phone ?? '',
    phoneVisibility: p.phoneVisibility ?? 'PRIVATE',
    website: p.website ?? '',
  };
}

function toInputValue(field: keyof ProfileValues, values: ProfileValues): unknown {
  const value = values[field];
  if (field === 'keywords') return splitKeywords(values.keywords);
  // An empty choice clears the field; the API takes an empty string as "clear" for text.
  if ((field === 'degree' || field === 'region' || field === 'organizationId') && value === '') return null;
  return value;
}

export function splitKeywords(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((k) => k.trim())
    .filter(Boolean);
}

/** Only what changed since the profile was loaded: absent fields stay as they are. */
export function changedInput(initial: ProfileValues, values: ProfileValues): ProfileInput {
  const input: Record<string, unknown> = {};
  for (const field of PROFILE_FIELDS) {
    const before = toInputValue(field, initial);
    const after = toInputValue(field, values);
    if (JSON.stringify(before) !== JSON.stringify(after)) input[field] = after;
  }
  return input as ProfileInput;
}
