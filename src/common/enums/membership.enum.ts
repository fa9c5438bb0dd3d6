import { registerEnumType } from '@nestjs/graphql';

export enum MembershipRole {
  MEMBER = 'MEMBER',
  COORDINATOR = 'COORDINATOR',
  LEADER = 'LEADER',
  PROJECT_LEADER = 'PROJECT_LEADER',
  RESOURCE_GROUP_MEMBER = 'RESOURCE_GROUP_MEMBER',
}

export enum MembershipStatus {
  PENDING = 'PENDING',
  ACTIVE = 'ACTIVE',
  DECLINED = 'DECLINED',
  ENDED = 'ENDED',
}

registerEnumType(MembershipRole, { name: 'MembershipRole' });
registerEnumType(MembershipStatus, { name: 'MembershipStatus' });

export const MEMBERSHIP_ROLE_LABELS: Record<MembershipRole, string> = {
  [MembershipRole.MEMBER]: 'Medlem',
  [MembershipRole.COORDINATOR]: 'Koordinator',
  [MembershipRole.LEADER]: 'Leder',
  [MembershipRole.PROJECT_LEADER]: 'Prosjektleder',
  [MembershipRole.RESOURCE_GROUP_MEMBER]: 'Medlem av ressursgruppen',
};
