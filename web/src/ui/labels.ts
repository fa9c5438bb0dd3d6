import type { AcademicDegree, HealthRegion, MembershipRole, SpeakerFormat } from '../gql/graphql';

// Bokmål labels for the API's enums (the API sends values; facets carry their own labels).
export const REGION_LABELS: Record<HealthRegion, string> = {
  NORTH: 'Helse Nord',
  CENTRAL: 'Helse Midt-Norge',
  WEST: 'Helse Vest',
  SOUTH_EAST: 'Helse Sør-Øst',
};

export const DEGREE_LABELS: Record<AcademicDegree, string> = {
  BACHELOR: 'Bachelor',
  MASTER: 'Master',
  PHD: 'Ph.d.',
  MASTER_IN_PROGRESS: 'Masterstudent',
  PHD_IN_PROGRESS: 'Ph.d.-kandidat',
  OTHER: 'Annen utdanning',
};

export const ROLE_LABELS: Record<MembershipRole, string> = {
  MEMBER: 'Medlem',
  COORDINATOR: 'Koordinator',
  LEADER: 'Leder',
  PROJECT_LEADER: 'Prosjektleder',
  RESOURCE_GROUP_MEMBER: 'Medlem av ressursgruppen',
};

// Browsers differ in which language names they know in Bokmål (Northern Sami is often missing).
const LANGUAGE_LABELS: Record<string, string> = {
  nb: 'Norsk bokmål',
  nn: 'Norsk nynorsk',
  no: 'Norsk',
  se: 'Nordsamisk',
  sv: 'Svensk',
  da: 'Dansk',
  fi: 'Finsk',
  en: 'Engelsk',
  de: 'Tysk',
  fr: 'Fransk',
  es: 'Spansk',
  pl: 'Polsk',
  ar: 'Arabisk',
  so: 'Somali',
  ur: 'Urdu',
};

let languageNames: Intl.DisplayNames | null | undefined;

/** "nb" → "Norsk bokmål", "se" → "Nordsamisk"; the code itself when no name is known. */
export function languageLabel(code: string): string {
  if (LANGUAGE_LABELS[code]) return LANGUAGE_LABELS[code];
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['nb'], { type: 'language' });
    } catch {
      languageNames = null;
    }
  }
  const name = languageNames?.of(code);
  return name && name !== code ? name.charAt(0).toLocaleUpperCase('nb') + name.slice(1) : code;
}

export const SPEAKER_FORMAT_LABELS: Record<SpeakerFormat, string> = {
  IN_PERSON: 'Fysisk oppmøte',
  DIGITAL: 'Digitalt',
};

/**
 * "Tilgjengelig for media nå / i dag / denne uka" from mediaAvailableUntil (null once lapsed):
 * "i dag" when it runs out later today, "denne uka" within the week, "nå" otherwise.
 */
export function mediaAvailability(until: string | null | undefined, now = new Date()): string | null {
  if (!until) return null;
  const end = new Date(until);
  if (end.getTime() <= now.getTime()) return null;
  const endOfToday = new Date(now);
  endOfToday.setHours(23, 59, 59, 999);
  if (end.getTime() <= endOfToday.getTime()) return 'Tilgjengelig for media i dag';
  const endOfWeek = new Date(endOfToday);
  endOfWeek.setDate(endOfWeek.getDate() + ((7 - endOfWeek.getDay()) % 7));
  if (end.getTime() <= endOfWeek.getTime()) return 'Tilgjengelig for media denne uka';
  return 'Tilgjengelig for media nå';
}
