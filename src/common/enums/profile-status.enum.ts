import { registerEnumType } from '@nestjs/graphql';

export enum ProfileStatus {
  DRAFT = 'DRAFT',
  PENDING_REVIEW = 'PENDING_REVIEW',
  PUBLISHED = 'PUBLISHED',
  HIDDEN = 'HIDDEN',
}

registerEnumType(ProfileStatus, { name: 'ProfileStatus' });
