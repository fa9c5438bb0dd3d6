import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../graphql/graphql-context';
import { ResearcherType } from '../researcher/researcher.type';
import { RegistryImportInput } from './dto/registry-import.input';
import { PublicationSource } from './publication-source.enum';
import { RegistryImportPreviewType } from './registry-import.type';
import { RegistryImportService } from './registry-import.service';

@Resolver()
export class RegistryImportResolver {
  constructor(private readonly imports: RegistryImportService) {}

  @Query(() => RegistryImportPreviewType, {
    description: 'Your ORCID record (the iD on your profile) as it could be imported. Changes nothing.',
  })
  previewOrcidImport(@Context() ctx: GraphQLContext) {
    return this.imports.preview(ctx.req.viewer!, PublicationSource.ORCID);
  }

  @Mutation(() => ResearcherType, { description: 'Takes what you picked from your ORCID record; nothing else changes.' })
  importFromOrcid(@Context() ctx: GraphQLContext, @Args('input') input: RegistryImportInput) {
    return this.imports.import(ctx.req.viewer!, PublicationSource.ORCID, input);
  }

  @Query(() => RegistryImportPreviewType, {
    description: 'Your person in NVA (by Cristin person id or ORCID iD; absent: the iD on your profile). Changes nothing.',
  })
  previewNvaImport(
    @Context() ctx: GraphQLContext,
    @Args('cristinPersonId', { type: () => String, nullable: true }) cristinPersonId?: string | null,
  ) {
    return this.imports.preview(ctx.req.viewer!, PublicationSource.NVA, cristinPersonId);
  }

  @Mutation(() => ResearcherType, { description: 'Takes what you picked from NVA; nothing else changes.' })
  importFromNva(@Context() ctx: GraphQLContext, @Args('input') input: RegistryImportInput) {
    return this.imports.import(ctx.req.viewer!, PublicationSource.NVA, input);
  }
}
