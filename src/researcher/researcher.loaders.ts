import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byId, LoaderRegistry } from '../graphql/loader-registry';
import type { Researcher } from './researcher.entity';
import { ResearcherService } from './researcher.service';

declare module '../graphql/loader-registry' {
  interface Loaders {
    researcherById: DataLoader<string, Researcher | null>;
  }
}

@Injectable()
export class ResearcherLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly researchers: ResearcherService,
  ) {}

  onModuleInit(): void {
    this.registry.register('researcherById', () => new DataLoader(async (ids) => byId(ids, await this.researchers.findByIds(ids))));
  }
}
