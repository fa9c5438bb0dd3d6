import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../graphql/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { Viewer } from '../graphql/viewer';
import { canViewProfile, hasFullAccess } from '../researcher/profile-access';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherType } from '../researcher/researcher.type';
import { PublicationInput } from './dto/publication.input';
import type { Publication } from './publication.entity';
import { PublicationService, publicationUrl } from './publication.service';
import { PublicationType } from './publication.type';

const toType = (p: Publication): PublicationType => ({
  id: p.id,
  title: p.title,
  year: p.year,
  venue: p.venue,
  doi: p.doi,
  url: publicationUrl(p),
  source: p.source,
  shown: p.shown,
  position: p.position,
});

@Resolver(() => ResearcherType)
export class PublicationResolver {
  constructor(private readonly service: PublicationService) {}

  @ResolveField(() => [PublicationType], {
    description:
      "In the owner's order, else newest first. The owner and editors see all; everyone else the ones the owner shows (at most ten).",
  })
  async publications(@Parent() r: Researcher, @Context() ctx: GraphQLContext): Promise<PublicationType[]> {
    // Reached through a membership, an unpublished profile shows no more than its name.
    if (!canViewProfile(r, ctx.req.viewer)) return [];
    const all = await ctx.loaders.publicationsByResearcher.load(r.id);
    return (hasFullAccess(r, ctx.req.viewer) ? all : all.filter((p) => p.shown)).map(toType);
  }

  @Mutation(() => PublicationType, { description: 'Adds a publication typed by the owner (not shown until picked).' })
  async addMyPublication(@CurrentViewer() viewer: Viewer, @Args('input') input: PublicationInput) {
    return toType(await this.service.addMine(viewer, input));
  }

  @Mutation(() => PublicationType, { description: 'Corrects one of your publications.' })
  async updateMyPublication(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PublicationInput,
  ) {
    return toType(await this.service.updateMine(viewer, id, input));
  }

  @Mutation(() => Boolean, { description: 'Removes one of your publications.' })
  removeMyPublication(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.service.removeMine(viewer, id);
  }

  @Mutation(() => [PublicationType], { description: 'Puts all your publications in this order.' })
  async orderMyPublications(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return (await this.service.orderMine(viewer, ids)).map(toType);
  }

  @Mutation(() => [PublicationType], {
    description: 'Shows exactly these publications (at most ten) on your public profile and hides the others.',
  })
  async showMyPublications(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return (await this.service.showMine(viewer, ids)).map(toType);
  }
}
