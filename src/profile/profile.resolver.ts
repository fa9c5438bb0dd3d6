import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Roles } from '../graphql/decorators';
import { Role } from '../common/enums/role.enum';
import { badUserInput } from '../common/errors/app-errors';
import type { Viewer } from '../graphql/viewer';
import { ResearcherType } from '../researcher/researcher.type';
import { ProfileInput } from './dto/profile.input';
import { ReviewDecision } from './dto/review-decision.enum';
import { ProfileChangeType } from './profile-change.type';
import { ProfileFreshnessType } from './profile-freshness.type';
import { ProfileReviewService } from './profile-review.service';
import { ProfileService } from './profile.service';

const bounded = (field: string, value: number, min: number, max: number): number => {
  if (!Number.isInteger(value) || value < min || value > max) throw badUserInput(field, `Oppgi et tall fra ${min} til ${max}.`);
  return value;
};

@Resolver(() => ResearcherType)
export class ProfileResolver {
  constructor(
    private readonly profiles: ProfileService,
    private readonly review: ProfileReviewService,
  ) {}

  @Mutation(() => ResearcherType, {
    description: 'Changes the fields sent (absent: unchanged). Fails with CONFLICT if the profile changed since expectedVersion.',
  })
  updateMyProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('input') input: ProfileInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ) {
    return this.profiles.updateMine(viewer, input, expectedVersion);
  }

  @Mutation(() => ResearcherType, { description: 'DRAFT → PENDING_REVIEW: asks the editors to publish the profile.' })
  submitMyProfileForReview(@CurrentViewer() viewer: Viewer) {
    return this.review.submitMine(viewer);
  }

  @Mutation(() => ResearcherType, { description: 'Records that the owner has checked the profile is current.' })
  confirmMyProfileIsCurrent(@CurrentViewer() viewer: Viewer) {
    return this.review.confirmMine(viewer);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => ResearcherType, {
    description: 'Editors: PUBLISH, REJECT (back to DRAFT; a note is required) or HIDE (a reason is required). The owner is told by mail.',
  })
  reviewProfile(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('decision', { type: () => ReviewDecision }) decision: ReviewDecision,
    @Args('note', { type: () => String, nullable: true }) note?: string | null,
  ) {
    return this.review.review(viewer, id, decision, note);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Query(() => [ResearcherType], { description: 'Editors: profiles waiting for review, oldest first.' })
  pendingProfiles(@Args('first', { type: () => Int, defaultValue: 100 }) first: number) {
    return this.review.pending(bounded('first', first, 1, 500));
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Query(() => [ResearcherType], {
    description: 'Editors: published profiles their owners have not confirmed as current for `months` months.',
  })
  unconfirmedProfiles(
    @Args('months', { type: () => Int, defaultValue: 12 }) months: number,
    @Args('first', { type: () => Int, defaultValue: 100 }) first: number,
  ) {
    return this.review.unconfirmedSince(bounded('months', months, 1, 120), bounded('first', first, 1, 500));
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Query(() => ProfileFreshnessType, { description: 'Editors: how current the published profiles are (reminders at 11 and 12 months).' })
  profileFreshness() {
    return this.review.freshness();
  }

  @Query(() => [ProfileChangeType], {
    description: "A profile's history, newest first: your own (no id), or any profile for editors.",
  })
  profileHistory(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID, nullable: true }) id?: string | null) {
    return this.profiles.history(viewer, id ?? null);
  }
}
