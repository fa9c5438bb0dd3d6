import { Module } from '@nestjs/common';
import { SearchIndexService } from './search-index.service';
import { SearchSynonymResolver } from './search-synonym.resolver';
import { SearchSynonymService } from './search-synonym.service';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  providers: [SearchService, SearchIndexService, SearchResolver, SearchSynonymService, SearchSynonymResolver],
  exports: [SearchIndexService],
})
export class SearchModule {}
