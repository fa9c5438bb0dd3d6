import { ProfileStatus } from '../common/enums/profile-status.enum';
import { ReviewDecision } from './dto/review-decision.enum';
import { maySubmit, reviewOutcome } from './review-transitions';

const { DRAFT, PENDING_REVIEW, PUBLISHED, HIDDEN } = ProfileStatus;
const STATUSES = [DRAFT, PENDING_REVIEW, PUBLISHED, HIDDEN];

// Columns: from DRAFT, PENDING_REVIEW, PUBLISHED, HIDDEN; null: refused (CONFLICT).
const table: [ReviewDecision, (ProfileStatus | null)[]][] = [
  [ReviewDecision.PUBLISH, [null, PUBLISHED, null, PUBLISHED]],
  [ReviewDecision.REJECT, [null, DRAFT, DRAFT, null]],
  [ReviewDecision.HIDE, [HIDDEN, HIDDEN, HIDDEN, null]],
];

describe('review status transitions', () => {
  it.each(table)('%s from DRAFT, PENDING_REVIEW, PUBLISHED, HIDDEN', (decision, expected) => {
    expect(STATUSES.map((from) => reviewOutcome(decision, from)?.to ?? null)).toEqual(expected);
  });

  it.each([
    [DRAFT, true],
    [PENDING_REVIEW, false],
    [PUBLISHED, false],
    [HIDDEN, false],
  ])('the owner may submit a %s profile for review: %s', (from, expected) => {
    expect(maySubmit(from)).toBe(expected);
  });
});
