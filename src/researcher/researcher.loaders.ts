import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { AccountService } from '../account/account.service';
import { byId, LoaderRegistry } from '../graphql/loader-registry';
import type { Researcher } from './researcher.entity';
import { ResearcherService } from './researcher.service';

declare module '../graphql/loader-registry' {
  interface Loaders {
    researcherById: DataLoader<string, Researcher | null>;
    /** Whether an account has confirmed its login address. */
    addressConfirmedByAccount: DataLoader<string, boolean>;
  }
}

@Injectable()
export class ResearcherLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly researchers: ResearcherService,
    private readonly accounts: AccountService,
  ) {}

  onModuleInit(): void {
    this.registry.register('researcherById', () => new DataLoader(async (ids) => byId(ids, await this.researchers.findByIds(ids))));
    this.registry.register('addressConfirmedByAccount', () => new DataLoader(async (ids) => {
      const confirmed = await this.accounts.confirmedAddressIds(ids);
      return ids.map((id) => confirmed.has(id));
    }));
  }
}
