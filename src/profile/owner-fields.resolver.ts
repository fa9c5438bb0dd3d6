import { Context, GraphQLISODateTime, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Visibility } from '../common/enums/visibility.enum';
import type { GraphQLContext } from '../graphql/graphql-context';
import { hasFullAccess } from '../researcher/profile-access';
import { isStale, lastConfirmed, STALE_AFTER_MONTHS } from './profile-freshness';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherType } from '../researcher/researcher.type';

const OWNER_ONLY = 'Only the owner and editors see this; null for everyone else.';

/** Fields of a profile that only its owner and the editors may see. */
@Resolver(() => ResearcherType)
export class OwnerFieldsResolver {
  @ResolveField(() => ProfileStatus, { nullable: true, description: OWNER_ONLY })
  status(@Parent() r: Researcher, @Context() ctx: GraphQLContext): ProfileStatus | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.status : null;
  }

  @ResolveField(() => String, { nullable: true, description: `The editors' note on the last review. ${OWNER_ONLY}` })
  reviewNote(@Parent() r: Researcher, @Context() ctx: GraphQLContext): string | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.reviewNote : null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: `When the owner last confirmed the profile is current. ${OWNER_ONLY}` })
  confirmedAt(@Parent() r: Researcher, @Context() ctx: GraphQLContext): Date | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.confirmedAt : null;
  }

  @ResolveField(() => GraphQLISODateTime, {
    nullable: true,
    description: `When the profile was last confirmed as current (or published, if never confirmed). Everyone sees it once that is ${STALE_AFTER_MONTHS} months ago or more (the profile then ranks lower in search); the owner and editors always.`,
  })
  lastConfirmedAt(@Parent() r: Researcher, @Context() ctx: GraphQLContext): Date | null {
    const at = lastConfirmed(r);
    return hasFullAccess(r, ctx.req.viewer) || (r.status === ProfileStatus.PUBLISHED && isStale(at)) ? at : null;
  }

  @ResolveField(() => GraphQLISODateTime, { nullable: true, description: `When the profile was first published. ${OWNER_ONLY}` })
  publishedAt(@Parent() r: Researcher, @Context() ctx: GraphQLContext): Date | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.publishedAt : null;
  }

  @ResolveField(() => Visibility, { nullable: true, description: OWNER_ONLY })
  emailVisibility(@Parent() r: Researcher, @Context() ctx: GraphQLContext): Visibility | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.emailVisibility : null;
  }

  @ResolveField(() => Visibility, { nullable: true, description: OWNER_ONLY })
  phoneVisibility(@Parent() r: Researcher, @Context() ctx: GraphQLContext): Visibility | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.phoneVisibility : null;
  }

  @ResolveField(() => Visibility, { nullable: true, description: `Who sees the portrait. ${OWNER_ONLY}` })
  photoVisibility(@Parent() r: Researcher, @Context() ctx: GraphQLContext): Visibility | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.photoVisibility : null;
  }

  @ResolveField(() => Boolean, { nullable: true, description: `Consent to mail from the networks. ${OWNER_ONLY}` })
  acceptsNetworkMail(@Parent() r: Researcher, @Context() ctx: GraphQLContext): boolean | null {
    return hasFullAccess(r, ctx.req.viewer) ? r.acceptsNetworkMail : null;
  }
}
