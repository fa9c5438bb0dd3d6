import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';
import { CurrentViewer, Roles } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { CompetenceAreaType } from './competence-area.type';
import { CompetenceAreaInput } from './dto/competence-area.input';
import { TaxonomyService } from './taxonomy.service';

@Resolver(() => CompetenceAreaType)
export class TaxonomyResolver {
  constructor(private readonly taxonomy: TaxonomyService) {}

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => CompetenceAreaType, { description: 'Editors: adds a competence area (under a top-level area, or at the top).' })
  createCompetenceArea(@CurrentViewer() viewer: Viewer, @Args('input') input: CompetenceAreaInput) {
    return this.taxonomy.create(viewer, input);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => CompetenceAreaType, {
    description: 'Editors: renames (Bokmål, English), describes or moves an area (under another top-level area, or to the top).',
  })
  updateCompetenceArea(@CurrentViewer() viewer: Viewer, @Args('slug') slug: string, @Args('input') input: CompetenceAreaInput) {
    return this.taxonomy.update(viewer, slug, input);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => CompetenceAreaType, {
    description: 'Editors: everyone tagged `from` is tagged `into`; `from` stays as a redirect to `into`. Returns `into`.',
  })
  mergeCompetenceAreas(@CurrentViewer() viewer: Viewer, @Args('from') from: string, @Args('into') into: string) {
    return this.taxonomy.merge(viewer, from, into);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => CompetenceAreaType, {
    description: 'Editors: takes an area (and its sub-areas) out of the choices and facets; profiles keep it.',
  })
  retireCompetenceArea(@CurrentViewer() viewer: Viewer, @Args('slug') slug: string) {
    return this.taxonomy.retire(viewer, slug);
  }
}
