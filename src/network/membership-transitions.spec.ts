import { MembershipStatus } from '../common/enums/membership.enum';
import { membershipOutcome, MembershipStep } from './membership-transitions';

const { PENDING, ACTIVE, DECLINED, ENDED } = MembershipStatus;
const STATUSES = [PENDING, ACTIVE, DECLINED, ENDED];

// Columns: from PENDING, ACTIVE, DECLINED, ENDED; null: refused.
const table: [MembershipStep, (MembershipStatus | null)[]][] = [
  [MembershipStep.APPROVE, [ACTIVE, null, null, null]],
  [MembershipStep.DECLINE, [DECLINED, null, null, null]],
  [MembershipStep.SET_ROLE, [null, ACTIVE, null, null]],
  [MembershipStep.END, [null, ENDED, null, null]],
  [MembershipStep.LEAVE, [ENDED, ENDED, null, null]],
];

describe('membership status transitions', () => {
  it.each(table)('%s from PENDING, ACTIVE, DECLINED, ENDED', (step, expected) => {
    expect(STATUSES.map((from) => membershipOutcome(step, from))).toEqual(expected);
  });

  it('never leaves a declined or ended membership', () => {
    for (const step of Object.values(MembershipStep)) {
      expect([membershipOutcome(step, DECLINED), membershipOutcome(step, ENDED)]).toEqual([null, null]);
    }
  });
});
