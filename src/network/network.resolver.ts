import { Args, Context, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { NetworkMembershipType } from './network-membership.type';
import type { Network } from './network.entity';
import { NetworkService } from './network.service';
import { NetworkType } from './network.type';

@Resolver(() => NetworkType)
export class NetworkResolver {
  constructor(private readonly service: NetworkService) {}

  @Public()
  @Query(() => [NetworkType])
  networks() {
    return this.service.findAll();
  }

  @Public()
  @Query(() => NetworkType, { nullable: true })
  network(@Args('slug') slug: string) {
    return this.service.findBySlug(slug.slice(0, 200));
  }

  @ResolveField(() => Int, { description: 'Active members with published profiles.' })
  memberCount(@Parent() network: Network, @Context() ctx: GraphQLContext) {
    return ctx.loaders.publicMemberCountByNetwork.load(network.id);
  }

  @ResolveField(() => [NetworkMembershipType], { description: 'Active members with published profiles.' })
  members(@Parent() network: Network, @Context() ctx: GraphQLContext) {
    return ctx.loaders.publicMembersByNetwork.load(network.id);
  }
}
