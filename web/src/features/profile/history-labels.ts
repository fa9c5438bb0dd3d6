import type { ProfileChangeAction, ProfileStatus } from '../../gql/graphql';

export const CHANGE_ACTION_LABELS: Record<ProfileChangeAction, string> = {
  CREATED: 'Opprettet',
  UPDATED: 'Endret',
  SUBMITTED: 'Sendt til vurdering',
  PUBLISHED: 'Publisert',
  REJECTED: 'Sendt tilbake med merknad',
  HIDDEN: 'Skjult',
  CONFIRMED: 'Bekreftet som oppdatert',
};

const STATUS_LABELS: Record<ProfileStatus, string> = {
  DRAFT: 'utkast',
  PENDING_REVIEW: 'til vurdering',
  PUBLISHED: 'publisert',
  HIDDEN: 'skjult',
};

// The profile's own field names as the history records them; unknown ones are shown as they are.
const FIELD_LABELS: Record<string, string> = {
  status: 'Status',
  givenName: 'Fornavn',
  familyName: 'Etternavn',
  title: 'Stilling',
  degree: 'Utdanning',
  orcid: 'ORCID',
  organizationId: 'Arbeidssted',
  region: 'Helseregion',
  bio: 'Om meg',
  keywords: 'Nøkkelord',
  languages: 'Språk',
  competenceAreas: 'Kompetanseområder',
  availableAsSpeaker: 'Foredragsholder',
  availableForMedia: 'Tilgjengelig for media',
  acceptsNetworkMail: 'E-post fra nettverk',
  mediaTopics: 'Kan kommentere',
  mediaAvailableUntil: 'Tilgjengelig for media til',
  speakerTopics: 'Foredrag',
  speakerFormats: 'Foredragsformat',
  travelRegions: 'Reiser til',
  courseLeader: 'Kursleder',
  acceptsMessages: 'Tar imot meldinger',
  acceptedContactPurposes: 'Meldinger om',
  photoVisibility: 'Hvem ser portrettet',
  email: 'E-post',
  emailVisibility: 'Hvem ser e-posten',
  phone: 'Telefon',
  phoneVisibility: 'Hvem ser telefonnummeret',
  website: 'Nettside',
};

export const fieldLabel = (field: string): string => FIELD_LABELS[field] ?? field;

const MAX_VALUE_LENGTH = 160;

/** A recorded value (JSON) in words: lists joined, yes/no, statuses named, long text cut. */
export function valueText(field: string, json: string | null): string {
  if (json === null) return '(tomt)';
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = json;
  }
  let text: string;
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) text = '(tomt)';
  else if (Array.isArray(value)) text = value.map(String).join(', ');
  else if (typeof value === 'boolean') text = value ? 'ja' : 'nei';
  else if (field === 'status' && typeof value === 'string' && value in STATUS_LABELS) text = STATUS_LABELS[value as ProfileStatus];
  else text = String(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}
