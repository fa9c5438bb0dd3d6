import { MembershipRole } from '../common/enums/membership.enum';
import { Role } from '../common/enums/role.enum';
import type { Viewer } from '../graphql/viewer';
import { DECIDING_ROLES, mayDecide } from './membership-access';

const NETWORK = 'n-1';
const OTHER_NETWORK = 'n-2';

const viewer = (role: Role): Viewer => ({ accountId: `a-${role}`, role });

// Who asks, where they hold a deciding role, and whether they may decide for NETWORK.
const table: [string, Viewer | null, string[], boolean][] = [
  ['anonymous', null, [], false],
  ['a researcher with no deciding role', viewer(Role.RESEARCHER), [], false],
  ['a researcher deciding for this network', viewer(Role.RESEARCHER), [NETWORK], true],
  ['a researcher deciding for another network only', viewer(Role.RESEARCHER), [OTHER_NETWORK], false],
  ['an editor', viewer(Role.EDITOR), [], true],
  ['an admin', viewer(Role.ADMIN), [], true],
];

describe('who may decide a membership', () => {
  it.each(table)('%s', (_who, asking, decidingFor, expected) => {
    expect(mayDecide(asking, NETWORK, new Set(decidingFor))).toBe(expected);
  });

  it.each([
    [MembershipRole.MEMBER, false],
    [MembershipRole.COORDINATOR, true],
    [MembershipRole.LEADER, true],
    [MembershipRole.PROJECT_LEADER, true],
    [MembershipRole.RESOURCE_GROUP_MEMBER, false],
  ])('the role %s decides: %s', (role, expected) => {
    expect(DECIDING_ROLES.includes(role)).toBe(expected);
  });
});
