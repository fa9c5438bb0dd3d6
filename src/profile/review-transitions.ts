import { ProfileStatus } from '../common/enums/profile-status.enum';
import { ReviewDecision } from './dto/review-decision.enum';
import { ProfileChangeAction } from './profile-change.entity';

/** The owner's step: only a draft can be sent for review. */
export const SUBMIT_FROM: readonly ProfileStatus[] = [ProfileStatus.DRAFT];

/** Which statuses each editor's decision may be taken from, and where it leads. */
export const REVIEW_TRANSITIONS: Record<ReviewDecision, { from: ProfileStatus[]; to: ProfileStatus; action: ProfileChangeAction }> = {
  [ReviewDecision.PUBLISH]: {
    from: [ProfileStatus.PENDING_REVIEW, ProfileStatus.HIDDEN],
    to: ProfileStatus.PUBLISHED,
    action: ProfileChangeAction.PUBLISHED,
  },
  [ReviewDecision.REJECT]: {
    from: [ProfileStatus.PENDING_REVIEW, ProfileStatus.PUBLISHED],
    to: ProfileStatus.DRAFT,
    action: ProfileChangeAction.REJECTED,
  },
  [ReviewDecision.HIDE]: {
    from: [ProfileStatus.DRAFT, ProfileStatus.PENDING_REVIEW, ProfileStatus.PUBLISHED],
    to: ProfileStatus.HIDDEN,
    action: ProfileChangeAction.HIDDEN,
  },
};

/** Where a decision takes a profile in this status; null when it may not be taken from it. */
export function reviewOutcome(decision: ReviewDecision, from: ProfileStatus): { to: ProfileStatus; action: ProfileChangeAction } | null {
  const transition = REVIEW_TRANSITIONS[decision];
  return transition.from.includes(from) ? { to: transition.to, action: transition.action } : null;
}

/** Whether the owner may send a profile in this status for review. */
export const maySubmit = (from: ProfileStatus): boolean => SUBMIT_FROM.includes(from);
