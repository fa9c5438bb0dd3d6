import type { ProfileStatus, Visibility } from '../../gql/graphql';

export { DEGREE_LABELS, languageLabel, REGION_LABELS } from '../../ui/labels';

export const STATUS_LABELS: Record<ProfileStatus, string> = {
  DRAFT: 'Utkast',
  PENDING_REVIEW: 'Til vurdering hos redaksjonen',
  PUBLISHED: 'Publisert',
  HIDDEN: 'Skjult av redaksjonen',
};

export const VISIBILITY_LABELS: Record<Visibility, string> = {
  PUBLIC: 'Alle',
  REGISTERED: 'Innloggede brukere',
  PRIVATE: 'Bare meg (og redaksjonen)',
};

/** Languages offered as checkboxes (ISO 639-1); others a profile already has are kept. */
export const OFFERED_LANGUAGES = ['nb', 'nn', 'se', 'en', 'sv', 'da', 'fi', 'de', 'fr', 'es', 'pl', 'ar', 'so', 'ur'];

export function formatDate(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' }) : '';
}
