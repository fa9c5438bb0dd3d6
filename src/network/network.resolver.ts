import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Roles } from '../graphql/decorators';
import { HealthRegion } from '../common/enums/health-region.enum';
import { isEditor, type Viewer } from '../graphql/viewer';
import { NetworkEventType } from './network-event.type';
import { NewsletterType } from './newsletter.type';
import { viewerMayDecide } from './membership-access';
import { MembershipRole } from '../common/enums/membership.enum';
import { Role } from '../common/enums/role.enum';
import type { GraphQLContext } from '../graphql/graphql-context';
import { CreateNetworkInput } from './dto/create-network.input';
import { MembersArgs } from './dto/members.args';
import { UpdateNetworkInput } from './dto/update-network.input';
import { NetworkMembershipType } from './network-membership.type';
import type { Network } from './network.entity';
import { NetworkService } from './network.service';
import { NetworkType } from './network.type';

@Resolver(() => NetworkType)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Public()
  @Query(() => [NetworkType], { description: 'Networks by name; archived ones only for editors who ask.' })
  networks(
    @CurrentViewer({ optional: true }) viewer: Viewer | null,
    @Args('includeArchived', { type: () => Boolean, nullable: true, description: 'Editors: archived networks too.' })
    includeArchived?: boolean | null,
  ) {
    return this.service.findAll(!!includeArchived && !!viewer && isEditor(viewer));
  }

  @Public()
  @Query(() => NetworkType, { nullable: true })
  network(@Args('slug') slug: string) {
    return this.service.findBySlug(slug.slice(0, 200));
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => NetworkType, { description: 'Editors: a new network.' })
  createNetwork(@CurrentViewer() viewer: Viewer, @Args('input') input: CreateNetworkInput) {
    return this.service.create(viewer, input);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => NetworkType, { description: 'Editors: change name, description, criteria or whether applications are open.' })
  updateNetwork(@CurrentViewer() viewer: Viewer, @Args('slug') slug: string, @Args('input') input: UpdateNetworkInput) {
    return this.service.update(viewer, slug.slice(0, 200), input);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => NetworkType, { description: 'Editors: hide a network from lists and search; its page and history stay.' })
  archiveNetwork(@Args('slug') slug: string, @CurrentViewer() viewer: Viewer) {
    return this.service.archive(viewer, slug.slice(0, 200));
  }

  @ResolveField(() => [HealthRegion], {
    description:
      'For networks whose members represent health regions: the regions without an active representative whose profile is published (as the member list shows).',
  })
  regionsWithoutRepresentative(@Parent() network: Network, @Context() ctx: GraphQLContext) {
    return ctx.loaders.regionsWithoutRepresentativeByNetwork.load(network);
  }

  @ResolveField('events', () => [NetworkEventType], {
    description: 'Meetings: upcoming (soonest first), past (latest first), or all by time when not given.',
  })
  networkEvents(
    @Parent() network: Network,
    @Context() ctx: GraphQLContext,
    @Args('upcoming', { type: () => Boolean, nullable: true }) upcoming?: boolean | null,
  ) {
    return ctx.loaders.eventsByNetwork.load({ networkId: network.id, upcoming: upcoming ?? null });
  }

  @ResolveField(() => [NewsletterType], { description: 'Sent newsletters, newest first.' })
  newsletters(@Parent() network: Network, @Context() ctx: GraphQLContext) {
    return ctx.loaders.newslettersByNetwork.load(network.id);
  }

  @ResolveField(() => Int, { description: 'Active members with published profiles (with the role, when given).' })
  memberCount(
    @Parent() network: Network,
    @Context() ctx: GraphQLContext,
    @Args('role', { type: () => MembershipRole, nullable: true }) role?: MembershipRole | null,
  ) {
    return ctx.loaders.publicMemberCountByNetwork.load({ networkId: network.id, role: role ?? null });
  }

  @ResolveField(() => [NetworkMembershipType], {
    description: 'Active members with published profiles, by family name; filter by role, page with first/offset.',
  })
  members(@Parent() network: Network, @Context() ctx: GraphQLContext, @Args() page: MembersArgs) {
    return ctx.loaders.publicMembersByNetwork.load({
      networkId: network.id,
      role: page.role ?? null,
      first: page.first,
      offset: page.offset,
    });
  }

  @ResolveField(() => Boolean, {
    description: "Whether the viewer may decide on this network's applications, roles and memberships.",
  })
  async viewerCanDecide(@Parent() network: Network, @Context() ctx: GraphQLContext): Promise<boolean> {
    return viewerMayDecide(ctx, network.id);
  }

  @ResolveField(() => NetworkMembershipType, {
    nullable: true,
    description: "The viewer's pending application or active membership in this network.",
  })
  viewerMembership(@Parent() network: Network, @Context() ctx: GraphQLContext) {
    const viewer = ctx.req.viewer;
    if (!viewer) return null;
    return ctx.loaders.openMembershipByAccountAndNetwork.load({ accountId: viewer.accountId, networkId: network.id });
  }
}
