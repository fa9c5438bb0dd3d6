import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { MembershipRole } from '../common/enums/membership.enum';
import { byId, groupBy, LoaderRegistry } from '../graphql/loader-registry';
import { HealthRegion } from '../common/enums/health-region.enum';
import { NetworkAccessService } from './network-access.service';
import type { NetworkEvent } from './network-event.entity';
import { NetworkEventService } from './network-event.service';
import { NetworkNewsService } from './network-news.service';
import type { Newsletter } from './newsletter.entity';
import type { NetworkMembership } from './network-membership.entity';
import type { Network } from './network.entity';
import { NetworkService } from './network.service';

declare module '../graphql/loader-registry' {
  interface Loaders {
    networkById: DataLoader<string, Network | null>;
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
    /** `Network.events(upcoming)`: each network's meetings. */
    eventsByNetwork: DataLoader<NetworkEventsKey, NetworkEvent[], string>;
    /** `Network.newsletters`: each network's archive of sent newsletters. */
    newslettersByNetwork: DataLoader<string, Newsletter[]>;
    /** `Network.regionsWithoutRepresentative`, keyed by the network (its flag decides). */
    regionsWithoutRepresentativeByNetwork: DataLoader<Network, HealthRegion[], string>;
  }
}

export interface PublicMemberCountKey {
  networkId: string;
  role: MembershipRole | null;
}

export interface PublicMembersKey extends PublicMemberCountKey {
  first: number;
  offset: number;
}

export interface NetworkEventsKey {
  networkId: string;
  upcoming: boolean | null;
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
export class NetworkLoaders implements OnModuleInit {
  constructor(
    private readonly registry: LoaderRegistry,
    private readonly networks: NetworkService,
    private readonly networkAccess: NetworkAccessService,
    private readonly events: NetworkEventService,
    private readonly news: NetworkNewsService,
  ) {}

  onModuleInit(): void {
    const r = this.registry;
    r.register('networkById', () => new DataLoader(async (ids) => byId(ids, await this.networks.findByIds(ids))));
    r.register(
      'activeMembershipsByResearcher',
      () => new DataLoader(async (ids) => groupBy(ids, await this.networks.findByResearcherIds(ids, true), (m) => m.researcherId)),
    );
    r.register(
      'allMembershipsByResearcher',
      () => new DataLoader(async (ids) => groupBy(ids, await this.networks.findByResearcherIds(ids, false), (m) => m.researcherId)),
    );
    r.register(
      'publicMembersByNetwork',
      () =>
        new DataLoader(
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
    );
    r.register(
      'publicMemberCountByNetwork',
      () =>
        new DataLoader(
          (keys) => byNetworkGroups(keys, (networkIds, k) => this.networks.countPublicMembers(networkIds, k.role), 0),
          { cacheKeyFn: (k) => JSON.stringify([k.networkId, k.role]) },
        ),
    );
    r.register(
      'decidingNetworksByAccount',
      () =>
        new DataLoader(async (accountIds) => {
          const map = await this.networkAccess.decidingNetworkIds(accountIds);
          return accountIds.map((id) => map.get(id) ?? new Set<string>());
        }),
    );
    r.register(
      'openMembershipByAccountAndNetwork',
      () =>
        new DataLoader(
          async (keys) => {
            const rows = await this.networkAccess.openMembershipsOfAccounts(keys);
            return keys.map(
              (k) => rows.find((m) => m.accountId === k.accountId && m.membership.networkId === k.networkId)?.membership ?? null,
            );
          },
          { cacheKeyFn: (k) => `${k.accountId}:${k.networkId}` },
        ),
    );
    r.register(
      'deciderNameByAccount',
      () =>
        new DataLoader(async (accountIds) => {
          const names = await this.networkAccess.displayNames(accountIds);
          return accountIds.map((id) => names.get(id) ?? null);
        }),
    );
    r.register(
      'eventsByNetwork',
      () =>
        new DataLoader(
          (keys) =>
            byNetworkGroups(
              keys,
              async (networkIds, k) => {
                const lists = await this.events.listForNetworks(networkIds, k.upcoming);
                return new Map(networkIds.map((id, i) => [id, lists[i]]));
              },
              [] as NetworkEvent[],
            ),
          { cacheKeyFn: (k) => JSON.stringify([k.networkId, k.upcoming]) },
        ),
    );
    r.register('newslettersByNetwork', () => new DataLoader((ids) => this.news.archives(ids)));
    r.register(
      'regionsWithoutRepresentativeByNetwork',
      () =>
        new DataLoader(
          async (networks) => {
            const map = await this.networks.regionsWithoutRepresentative(networks);
            return networks.map((n) => map.get(n.id) ?? []);
          },
          { cacheKeyFn: (n) => n.id },
        ),
    );
  }
}
