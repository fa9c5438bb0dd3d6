import type { OrganizationKind } from '../../gql/graphql';

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  HEALTH_TRUST: 'Helseforetak',
  MUNICIPALITY: 'Kommune',
  UNIVERSITY: 'Universitet eller høgskole',
  USER_ORGANIZATION: 'Brukerorganisasjon',
  LMS_CENTRE: 'Lærings- og mestringssenter',
  OTHER: 'Annet',
};
