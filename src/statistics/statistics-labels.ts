import { OrganizationKind } from '../common/enums/organization-kind.enum';

export const NOT_GIVEN = { value: 'NONE', label: 'Ikke oppgitt' };

export const ORGANIZATION_KIND_LABELS: Record<OrganizationKind, string> = {
  [OrganizationKind.HEALTH_TRUST]: 'Helseforetak',
  [OrganizationKind.MUNICIPALITY]: 'Kommune',
  [OrganizationKind.UNIVERSITY]: 'Universitet eller høgskole',
  [OrganizationKind.USER_ORGANIZATION]: 'Brukerorganisasjon',
  [OrganizationKind.LMS_CENTRE]: 'Lærings- og mestringssenter',
  [OrganizationKind.OTHER]: 'Annet',
};
