import { MembershipStatus } from '../common/enums/membership.enum';

/** What can happen to a membership, by whom: deciders approve, decline, re-role and end; the member leaves. */
export enum MembershipStep {
  APPROVE = 'APPROVE',
  DECLINE = 'DECLINE',
  SET_ROLE = 'SET_ROLE',
  END = 'END',
  LEAVE = 'LEAVE',
}

const { PENDING, ACTIVE, DECLINED, ENDED } = MembershipStatus;

/** Which statuses each step may be taken from, and where it leads. */
export const MEMBERSHIP_TRANSITIONS: Record<MembershipStep, { from: readonly MembershipStatus[]; to: MembershipStatus }> = {
  [MembershipStep.APPROVE]: { from: [PENDING], to: ACTIVE },
  [MembershipStep.DECLINE]: { from: [PENDING], to: DECLINED },
  [MembershipStep.SET_ROLE]: { from: [ACTIVE], to: ACTIVE },
  [MembershipStep.END]: { from: [ACTIVE], to: ENDED },
  // Leaving a network, or withdrawing a pending application.
  [MembershipStep.LEAVE]: { from: [PENDING, ACTIVE], to: ENDED },
};

/** Where a step takes a membership in this status; null when it may not be taken from it. */
export function membershipOutcome(step: MembershipStep, from: MembershipStatus): MembershipStatus | null {
  const transition = MEMBERSHIP_TRANSITIONS[step];
  return transition.from.includes(from) ? transition.to : null;
}
