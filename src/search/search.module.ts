import { Module } from '@nestjs/common';
import { SearchIndexService } from './search-index.service';
import { SearchResolver } from './search.resolver';
import { SearchService } from './search.service';

@Module({
  providers: [SearchService, SearchIndexService, SearchResolver],
  exports: [SearchIndexService],
})
export class SearchModule {}
