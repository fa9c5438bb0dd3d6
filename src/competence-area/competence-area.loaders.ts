import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byId, groupBy, LoaderRegistry } from '../graphql/loader-registry';
import type { CompetenceArea } from './competence-area.entity';
import { CompetenceAreaService } from './competence-area.service';

declare module '../graphql/loader-registry' {
  interface Loaders {
    competenceAreaById: DataLoader<string, CompetenceArea | null>;
    competenceAreaChildren: DataLoader<string, CompetenceArea[]>;
    competenceAreasByResearcher: DataLoader<string, CompetenceArea[]>;
  }
}

@Injectable()
export class CompetenceAreaLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly areas: CompetenceAreaService,
  ) {}

  onModuleInit(): void {
    this.registry.register('competenceAreaById', () => new DataLoader(async (ids) => byId(ids, await this.areas.findByIds(ids))));
    this.registry.register(
      'competenceAreaChildren',
      () => new DataLoader(async (ids) => groupBy(ids, await this.areas.findChildrenOf(ids), (a) => a.parentId ?? '')),
    );
    this.registry.register(
      'competenceAreasByResearcher',
      () =>
        new DataLoader(async (ids) => {
          const map = await this.areas.findByResearcherIds(ids);
          return ids.map((id) => map.get(id) ?? []);
        }),
    );
  }
}
