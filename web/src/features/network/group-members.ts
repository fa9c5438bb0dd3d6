import type { HealthRegion, MembershipRole, NetworkPageQuery } from '../../gql/graphql';
import { REGION_LABELS, REGION_ORDER, ROLE_HEADINGS, ROLE_ORDER } from './labels';

export type Member = NonNullable<NetworkPageQuery['network']>['members'][number];

export type Grouping = 'rolle' | 'region';

export interface MemberGroup {
  key: string;
  heading: string;
  members: Member[];
}

/** The region a member stands for: the one they represent (Dialogforum), else their own. */
export const memberRegion = (m: Member): HealthRegion | null | undefined => m.representingRegion ?? m.researcher.region;

/** Members by role (leaders first) or by health region (north to south, then those without one). */
export function groupMembers(members: Member[], by: Grouping): MemberGroup[] {
  if (by === 'rolle') {
    return ROLE_ORDER.map((role: MembershipRole) => ({
      key: role,
      heading: ROLE_HEADINGS[role],
      members: members.filter((m) => m.role === role),
    })).filter((g) => g.members.length > 0);
  }
  const groups: MemberGroup[] = REGION_ORDER.map((region: HealthRegion) => ({
    key: region,
    heading: REGION_LABELS[region],
    members: members.filter((m) => memberRegion(m) === region),
  }));
  groups.push({ key: 'ingen', heading: 'Uten helseregion', members: members.filter((m) => !memberRegion(m)) });
  return groups.filter((g) => g.members.length > 0);
}

export function parseGrouping(search: string): Grouping {
  return new URLSearchParams(search).get('vis') === 'region' ? 'region' : 'rolle';
}
