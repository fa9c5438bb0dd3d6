import type { Researcher } from '../researcher/researcher.entity';
import type { ProfileInput } from './dto/profile.input';

/** ProfileInput fields stored as columns of `researcher`, with their column names. */
export const PROFILE_COLUMNS = {
  givenName: 'given_name',
  familyName: 'family_name',
  title: 'title',
  degree: 'degree',
  orcid: 'orcid',
  organizationId: 'organization_id',
  region: 'region',
  bio: 'bio',
  keywords: 'keywords',
  languages: 'languages',
  availableAsSpeaker: 'available_as_speaker',
  availableForMedia: 'available_for_media',
  acceptsNetworkMail: 'accepts_network_mail',
  mediaTopics: 'media_topics',
  mediaAvailableUntil: 'media_available_until',
  speakerTopics: 'speaker_topics',
  speakerFormats: 'speaker_formats',
  travelRegions: 'travel_regions',
  courseLeader: 'course_leader',
  acceptsMessages: 'accepts_messages',
  acceptedContactPurposes: 'accepted_contact_purposes',
  photoVisibility: 'photo_visibility',
  email: 'email',
  emailVisibility: 'email_visibility',
  phone: 'phone',
  phoneVisibility: 'phone_visibility',
  website: 'website',
} as const satisfies Partial<Record<keyof ProfileInput & keyof Researcher, string>>;

export type ProfileColumnField = keyof typeof PROFILE_COLUMNS;

/** Drops repeats (ignoring case) and keeps the first spelling. */
export function uniqueList(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = v.toLocaleLowerCase('nb');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => v === b[i]);
  return (a ?? null) === (b ?? null);
}
