import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CompetenceAreaService } from '../competence-area/competence-area.service';
import type { CompetenceArea } from '../competence-area/competence-area.entity';
import { NetworkService } from '../network/network.service';
import type { NetworkMembership } from '../network/network-membership.entity';
import type { Network } from '../network/network.entity';
import { OrganizationService } from '../organization/organization.service';
import type { Organization } from '../organization/organization.entity';
import { ResearcherService } from '../researcher/researcher.service';
import type { Researcher } from '../researcher/researcher.entity';

function byId<T extends { id: string }>(keys: readonly string[], rows: T[]): (T | null)[] {
  const map = new Map(rows.map((r) => [r.id, r]));
  return keys.map((k) => map.get(k) ?? null);
}

function groupBy<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = keyOf(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return keys.map((k) => map.get(k) ?? []);
}

/** Per-request batching for every nested field, so a page of results costs a fixed number of queries. */
export interface Loaders {
  organizationById: DataLoader<string, Organization | null>;
  competenceAreaById: DataLoader<string, CompetenceArea | null>;
  competenceAreaChildren: DataLoader<string, CompetenceArea[]>;
  competenceAreasByResearcher: DataLoader<string, CompetenceArea[]>;
  networkById: DataLoader<string, Network | null>;
  researcherById: DataLoader<string, Researcher | null>;
  activeMembershipsByResearcher: DataLoader<string, NetworkMembership[]>;
  allMembershipsByResearcher: DataLoader<string, NetworkMembership[]>;
  publicMembersByNetwork: DataLoader<string, NetworkMembership[]>;
  publicMemberCountByNetwork: DataLoader<string, number>;
}

@Injectable()
export class LoaderFactory {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly areas: CompetenceAreaService,
    private readonly networks: NetworkService,
    private readonly researchers: ResearcherService,
  ) {}

  create(): Loaders {
    return {
      organizationById: new DataLoader(async (ids) => byId(ids, await this.organizations.findByIds(ids))),
      competenceAreaById: new DataLoader(async (ids) => byId(ids, await this.areas.findByIds(ids))),
      competenceAreaChildren: new DataLoader(async (ids) =>
        groupBy(ids, await this.areas.findChildrenOf(ids), (a) => a.parentId ?? ''),
      ),
      competenceAreasByResearcher: new DataLoader(async (ids) => {
        const map = await this.areas.findByResearcherIds(ids);
        return ids.map((id) => map.get(id) ?? []);
      }),
      networkById: new DataLoader(async (ids) => byId(ids, await this.networks.findByIds(ids))),
      researcherById: new DataLoader(async (ids) => byId(ids, await this.researchers.findByIds(ids))),
      activeMembershipsByResearcher: new DataLoader(async (ids) =>
        groupBy(ids, await this.networks.findByResearcherIds(ids, true), (m) => m.researcherId),
      ),
      allMembershipsByResearcher: new DataLoader(async (ids) =>
        groupBy(ids, await this.networks.findByResearcherIds(ids, false), (m) => m.researcherId),
      ),
      publicMembersByNetwork: new DataLoader(async (ids) =>
        groupBy(ids, await this.networks.findPublicMembers(ids), (m) => m.networkId),
      ),
      publicMemberCountByNetwork: new DataLoader(async (ids) => {
        const counts = await this.networks.countPublicMembers(ids);
        return ids.map((id) => counts.get(id) ?? 0);
      }),
    };
  }
}
