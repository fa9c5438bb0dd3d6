import { registerEnumType } from '@nestjs/graphql';

/** Why someone writes to a researcher through the contact relay. */
export enum ContactPurpose {
  MEDIA = 'MEDIA',
  SPEAKER = 'SPEAKER',
  COLLABORATION = 'COLLABORATION',
  OTHER = 'OTHER',
}

registerEnumType(ContactPurpose, { name: 'ContactPurpose' });

export const ALL_CONTACT_PURPOSES = Object.values(ContactPurpose);

export const CONTACT_PURPOSE_LABELS: Record<ContactPurpose, string> = {
  [ContactPurpose.MEDIA]: 'Media',
  [ContactPurpose.SPEAKER]: 'Foredrag og kurs',
  [ContactPurpose.COLLABORATION]: 'Samarbeid',
  [ContactPurpose.OTHER]: 'Annet',
};
