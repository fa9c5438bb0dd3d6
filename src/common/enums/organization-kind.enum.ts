import { registerEnumType } from '@nestjs/graphql';

export enum OrganizationKind {
  HEALTH_TRUST = 'HEALTH_TRUST',
  MUNICIPALITY = 'MUNICIPALITY',
  UNIVERSITY = 'UNIVERSITY',
  USER_ORGANIZATION = 'USER_ORGANIZATION',
  LMS_CENTRE = 'LMS_CENTRE',
  OTHER = 'OTHER',
}

registerEnumType(OrganizationKind, { name: 'OrganizationKind' });
