import type { ContactPurpose } from '../../gql/graphql';

export const PURPOSE_LABELS: Record<ContactPurpose, string> = {
  MEDIA: 'Media (intervju, kommentar)',
  SPEAKER: 'Foredrag eller kurs',
  COLLABORATION: 'Samarbeid',
  OTHER: 'Annet',
};

export const PURPOSE_ORDER: ContactPurpose[] = ['MEDIA', 'SPEAKER', 'COLLABORATION', 'OTHER'] as ContactPurpose[];
