import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';
import { CurrentViewer, Roles } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { SetSearchSynonymArgs } from './dto/set-search-synonym.args';
import { SearchSynonymService } from './search-synonym.service';
import { SearchSynonymType } from './types/search-synonym.type';

@Resolver(() => SearchSynonymType)
export class SearchSynonymResolver {
  constructor(private readonly synonyms: SearchSynonymService) {}

  @Roles(Role.EDITOR, Role.ADMIN)
  @Query(() => [SearchSynonymType], { description: 'Editors: the synonyms the search applies, by term.' })
  searchSynonyms() {
    return this.synonyms.list();
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => SearchSynonymType, {
    description: 'Editors: a search for the term also finds the expansions, and the other way round (replaces what the term had).',
  })
  setSearchSynonym(@CurrentViewer() viewer: Viewer, @Args() args: SetSearchSynonymArgs) {
    return this.synonyms.set(viewer, args.term, args.expansions);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => Boolean, { description: 'Editors: removes the term and its expansions from the search.' })
  removeSearchSynonym(@CurrentViewer() viewer: Viewer, @Args('term') term: string) {
    return this.synonyms.remove(viewer, term);
  }
}
