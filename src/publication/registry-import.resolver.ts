import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { ResearcherType } from '../researcher/researcher.type';
import { RegistryImportInput } from './dto/registry-import.input';
import { PublicationSource } from './publication-source.enum';
import { PublicationSuggestionType } from './publication-suggestion.type';
import { RegistryImportPreviewType } from './registry-import.type';
import { RegistryImportService } from './registry-import.service';

@Resolver()
export class RegistryImportResolver {
  constructor(private readonly imports: RegistryImportService) {}

  @Query(() => RegistryImportPreviewType, {
    description: 'Your ORCID record (the iD on your profile) as it could be imported. Changes nothing.',
  })
  previewOrcidImport(@CurrentViewer() viewer: Viewer) {
    return this.imports.preview(viewer, PublicationSource.ORCID);
  }

  @Mutation(() => ResearcherType, { description: 'Takes what you picked from your ORCID record; nothing else changes.' })
  importFromOrcid(@CurrentViewer() viewer: Viewer, @Args('input') input: RegistryImportInput) {
    return this.imports.import(viewer, PublicationSource.ORCID, input);
  }

  @Query(() => RegistryImportPreviewType, {
    description:
      'Your person in NVA (by Cristin person id or ORCID iD; absent: the iD on your profile, else the person you looked at before). Changes nothing on the profile.',
  })
  previewNvaImport(
    @CurrentViewer() viewer: Viewer,
    @Args('cristinPersonId', { type: () => String, nullable: true }) cristinPersonId?: string | null,
  ) {
    return this.imports.preview(viewer, PublicationSource.NVA, cristinPersonId);
  }

  @Query(() => [PublicationSuggestionType], {
    description: 'Works new in your linked ORCID or NVA records since you imported ("Nytt fra ORCID"); nothing is published unasked.',
  })
  myPublicationSuggestions(@CurrentViewer() viewer: Viewer) {
    return this.imports.suggestions(viewer);
  }

  @Mutation(() => Boolean, { description: 'Dismisses suggestions; they are not suggested again.' })
  dismissPublicationSuggestions(@CurrentViewer() viewer: Viewer, @Args('ids', { type: () => [ID] }) ids: string[]) {
    return this.imports.dismissSuggestions(viewer, ids);
  }

  @Mutation(() => ResearcherType, { description: 'Takes what you picked from NVA; nothing else changes.' })
  importFromNva(@CurrentViewer() viewer: Viewer, @Args('input') input: RegistryImportInput) {
    return this.imports.import(viewer, PublicationSource.NVA, input);
  }
}
