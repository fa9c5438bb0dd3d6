import { Args, Context, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ResearcherType } from '../researcher/researcher.type';
import { ProfileInput } from './dto/profile.input';
import { ProfileService } from './profile.service';

@Resolver(() => ResearcherType)
export class ProfileResolver {
  constructor(private readonly profiles: ProfileService) {}

  @Mutation(() => ResearcherType, {
    description: 'Changes the fields sent (absent: unchanged). Fails with CONFLICT if the profile changed since expectedVersion.',
  })
  updateMyProfile(
    @Context() ctx: GraphQLContext,
    @Args('input') input: ProfileInput,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
  ) {
    return this.profiles.updateMine(ctx.req.viewer!, input, expectedVersion);
  }
}
