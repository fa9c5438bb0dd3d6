import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { byId, LoaderRegistry } from '../graphql/loader-registry';
import type { Organization } from './organization.entity';
import { OrganizationService } from './organization.service';

declare module '../graphql/loader-registry' {
  interface Loaders {
    organizationById: DataLoader<string, Organization | null>;
  }
}

@Injectable()
export class OrganizationLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly organizations: OrganizationService,
  ) {}

  onModuleInit(): void {
    this.registry.register('organizationById', () => new DataLoader(async (ids) => byId(ids, await this.organizations.findByIds(ids))));
  }
}
