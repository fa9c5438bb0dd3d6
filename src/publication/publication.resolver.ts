import { Args, Context, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/graphql-context';
import { hasFullAccess } from '../researcher/profile-access';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherType } from '../researcher/researcher.type';
import { PublicationInput } from './dto/publication.input';
import type { Publication } from './publication.entity';
import { PublicationService, publicationUrl } from './publication.service';
import { PublicationType } from './publication.type';

// One loader per request, kept beside the request rather than in the shared loader list.
const loaders = new WeakMap<object, DataLoader<string, Publication[]>>();

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
    let loader = loaders.get(ctx.req);
    if (!loader) {
      loader = new DataLoader(async (ids: readonly string[]) => {
        const rows = await this.service.findByResearcherIds(ids);
        return ids.map((id) => rows.filter((p) => p.researcherId === id));
      });
      loaders.set(ctx.req, loader);
    }
    const all = await loader.load(r.id);
    return (hasFullAccess(r, ctx.req.viewer) ? all : all.filter((p) => p.shown)).map(toType);
  }

  @Mutation(() => PublicationType, { description: 'Adds a publication typed by the owner (not shown until picked).' })
  async addMyPublication(@Context() ctx: GraphQLContext, @Args('input') input: PublicationInput) {
    return toType(await this.service.addMine(ctx.req.viewer!, input));
  }

  @Mutation(() => PublicationType, { description: 'Corrects one of your publications.' })
  async updateMyPublication(
    @Context() ctx: GraphQLContext,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: PublicationInput,
  ) {
    return toType(await this.service.updateMine(ctx.req.viewer!, id, input));
  }

  @Mutation(() => Boolean, { description: 'Removes one of your publications.' })
  removeMyPublication(@Context() ctx: GraphQLContext, @Args('id', { type: () => ID }) id: string) {
    return this.service.removeMine(ctx.req.viewer!, id);
  }

  @Mutation(() => [PublicationType], { description: 'Puts all your publications in this order.' })
  async orderMyPublications(@Context() ctx: GraphQLContext, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return (await this.service.orderMine(ctx.req.viewer!, ids)).map(toType);
  }

  @Mutation(() => [PublicationType], {
    description: 'Shows exactly these publications (at most ten) on your public profile and hides the others.',
  })
  async showMyPublications(@Context() ctx: GraphQLContext, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return (await this.service.showMine(ctx.req.viewer!, ids)).map(toType);
  }
}
