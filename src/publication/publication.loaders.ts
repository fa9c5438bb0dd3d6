import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupBy, LoaderRegistry } from '../graphql/loader-registry';
import type { Publication } from './publication.entity';
import { PublicationService } from './publication.service';

declare module '../graphql/loader-registry' {
  interface Loaders {
    /** Every publication of each researcher, in the order Researcher.publications shows them. */
    publicationsByResearcher: DataLoader<string, Publication[]>;
  }
}

@Injectable()
export class PublicationLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly publications: PublicationService,
  ) {}

  onModuleInit(): void {
    this.registry.register(
      'publicationsByResearcher',
      () => new DataLoader(async (ids) => groupBy(ids, await this.publications.findByResearcherIds(ids), (p) => p.researcherId)),
    );
  }
}
