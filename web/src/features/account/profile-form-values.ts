import type {
  AcademicDegree,
  ContactPurpose,
  HealthRegion,
  MyProfileFieldsFragment,
  ProfileInput,
  SpeakerFormat,
  Visibility,
} from '../../gql/graphql';

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
  mediaTopics: string;
  /** datetime-local text, '' for not available. */
  mediaAvailableUntil: string;
  speakerTopics: string;
  speakerFormats: SpeakerFormat[];
  travelRegions: HealthRegion[];
  courseLeader: boolean;
  acceptsMessages: boolean;
  acceptedContactPurposes: ContactPurpose[];
  photoVisibility: Visibility;
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
  'mediaTopics',
  'mediaAvailableUntil',
  'speakerTopics',
  'speakerFormats',
  'travelRegions',
  'courseLeader',
  'acceptsMessages',
  'acceptedContactPurposes',
  'photoVisibility',
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
    mediaTopics: p.mediaTopics.join(', '),
    mediaAvailableUntil: toLocalInput(p.mediaAvailableUntil),
    speakerTopics: p.speakerTopics.join('\n'),
    speakerFormats: p.speakerFormats,
    travelRegions: p.travelRegions,
    courseLeader: p.courseLeader,
    acceptsMessages: p.acceptsMessages,
    acceptedContactPurposes: p.acceptedContactPurposes,
    photoVisibility: p.photoVisibility ?? 'PUBLIC',
  };
}

function toInputValue(field: keyof ProfileValues, values: ProfileValues): unknown {
  const value = values[field];
  if (field === 'keywords' || field === 'mediaTopics') return splitKeywords(values[field]);
  if (field === 'speakerTopics') return values.speakerTopics.split('\n').map((t) => t.trim()).filter(Boolean);
  if (field === 'mediaAvailableUntil') return values.mediaAvailableUntil ? new Date(values.mediaAvailableUntil).toISOString() : null;
  // Sets: the order they were ticked in is no change.
  if (field === 'speakerFormats' || field === 'travelRegions' || field === 'acceptedContactPurposes') return [...values[field]].sort();
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

/** An ISO time as the value of an <input type="datetime-local"> (local time, to the minute). */
export function toLocalInput(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (d.getTime() <= Date.now()) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
