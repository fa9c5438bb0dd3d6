import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CompetenceAreaService } from '../competence-area/competence-area.service';
import type { CompetenceArea } from '../competence-area/competence-area.entity';
import { MembershipRole } from '../common/enums/membership.enum';
import { NetworkAccessService } from '../network/network-access.service';
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
  publicMembersByNetwork: DataLoader<PublicMembersKey, NetworkMembership[], string>;
  publicMemberCountByNetwork: DataLoader<PublicMemberCountKey, number, string>;
  /** Networks each account may decide for (coordinators); editors are handled by the caller. */
  decidingNetworksByAccount: DataLoader<string, ReadonlySet<string>>;
  /** The account's open (pending or active) membership per network. */
  openMembershipByAccountAndNetwork: DataLoader<AccountNetworkKey, NetworkMembership | null, string>;
  /** How a decider is named to members: their profile's name, else the editorial office. */
  deciderNameByAccount: DataLoader<string, string | null>;
}

export interface PublicMemberCountKey {
  networkId: string;
  role: MembershipRole | null;
}

export interface PublicMembersKey extends PublicMemberCountKey {
  first: number;
  offset: number;
}

export interface AccountNetworkKey {
  accountId: string;
  networkId: string;
}

/** Batches keys that share everything but the network id, one query per distinct rest. */
async function byNetworkGroups<K extends { networkId: string }, V>(
  keys: readonly K[],
  load: (networkIds: string[], sample: K) => Promise<Map<string, V>>,
  fallback: V,
): Promise<V[]> {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const { networkId: _n, ...rest } = key;
    const group = JSON.stringify(rest);
    groups.set(group, [...(groups.get(group) ?? []), key]);
  }
  const results = new Map<K, V>();
  for (const group of groups.values()) {
    const values = await load(
      group.map((k) => k.networkId),
      group[0],
    );
    for (const key of group) results.set(key, values.get(key.networkId) ?? fallback);
  }
  return keys.map((k) => results.get(k) ?? fallback);
}

@Injectable()
export class LoaderFactory {
  constructor(
    private readonly organizations: OrganizationService,
    private readonly areas: CompetenceAreaService,
    private readonly networks: NetworkService,
    private readonly networkAccess: NetworkAccessService,
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
      publicMembersByNetwork: new DataLoader(
        (keys) =>
          byNetworkGroups(
            keys,
            async (networkIds, page) => {
              const grouped = groupBy(networkIds, await this.networks.findPublicMembers(networkIds, page), (m) => m.networkId);
              return new Map(networkIds.map((id, i) => [id, grouped[i]]));
            },
            [] as NetworkMembership[],
          ),
        { cacheKeyFn: (k) => JSON.stringify([k.networkId, k.role, k.first, k.offset]) },
      ),
      publicMemberCountByNetwork: new DataLoader(
        (keys) => byNetworkGroups(keys, (networkIds, k) => this.networks.countPublicMembers(networkIds, k.role), 0),
        { cacheKeyFn: (k) => JSON.stringify([k.networkId, k.role]) },
      ),
      decidingNetworksByAccount: new DataLoader(async (accountIds) => {
        const map = await this.networkAccess.decidingNetworkIds(accountIds);
        return accountIds.map((id) => map.get(id) ?? new Set<string>());
      }),
      openMembershipByAccountAndNetwork: new DataLoader(
        async (keys) => {
          const rows = await this.networkAccess.openMembershipsOfAccounts(keys);
          return keys.map(
            (k) => rows.find((m) => m.accountId === k.accountId && m.membership.networkId === k.networkId)?.membership ?? null,
          );
        },
        { cacheKeyFn: (k) => `${k.accountId}:${k.networkId}` },
      ),
      deciderNameByAccount: new DataLoader(async (accountIds) => {
        const names = await this.networkAccess.displayNames(accountIds);
        return accountIds.map((id) => names.get(id) ?? null);
      }),
    };
  }
}
