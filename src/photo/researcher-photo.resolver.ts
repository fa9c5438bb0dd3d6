import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { currentViewer } from '../graphql/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { canSeeContact } from '../researcher/profile-access';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherType } from '../researcher/researcher.type';
import { PhotoFormat, PhotoSize } from './photo-size.enum';
import { PhotoService } from './photo.service';

@Resolver(() => ResearcherType)
export class ResearcherPhotoResolver {
  constructor(private readonly photos: PhotoService) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'The portrait, when there is one and photoVisibility lets this viewer see it; WebP unless JPEG is asked for.',
  })
  async photoUrl(
    @Parent() r: Researcher,
    @Context() ctx: GraphQLContext,
    @Args('size', { type: () => PhotoSize, defaultValue: PhotoSize.MEDIUM }) size: PhotoSize,
    @Args('format', { type: () => PhotoFormat, defaultValue: PhotoFormat.WEBP }) format: PhotoFormat,
  ): Promise<string | null> {
    if (!canSeeContact(r.photoVisibility, r, currentViewer(ctx, { optional: true }))) return null;
    // Batched per request: a page of results asks for its portraits in one query.
    const hash = await ctx.loaders.photoHashByResearcher.load(r.id);
    return hash ? this.photos.url(hash, size, format) : null;
  }
}
