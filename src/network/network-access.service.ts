import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../graphql/viewer';
import { MembershipStatus } from '../common/enums/membership.enum';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Role } from '../common/enums/role.enum';
import { forbidden, unauthenticated } from '../common/errors/app-errors';
import { DECIDING_ROLES, mayDecide } from './membership-access';
import { NetworkMembership } from './network-membership.entity';

/** The database side of the deciders rule in membership-access.ts. */
@Injectable()
export class NetworkAccessService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Ids of the networks where these accounts hold a deciding role, per account. */
  async decidingNetworkIds(accountIds: readonly string[], manager?: EntityManager): Promise<Map<string, Set<string>>> {
    const rows: { account_id: string; network_id: string }[] = await (manager ?? this.dataSource.manager).query(
      `SELECT r.account_id, m.network_id
         FROM network_membership m JOIN researcher r ON r.id = m.researcher_id
        WHERE r.account_id = ANY($1::uuid[]) AND m.status = $2 AND m.role = ANY($3::membership_role[]) AND r.status <> $4`,
      [[...accountIds], MembershipStatus.ACTIVE, [...DECIDING_ROLES], ProfileStatus.HIDDEN],
    );
    const result = new Map<string, Set<string>>(accountIds.map((id) => [id, new Set<string>()]));
    for (const row of rows) result.get(row.account_id)?.add(row.network_id);
    return result;
  }

  async canDecide(viewer: Viewer | null | undefined, networkId: string, manager?: EntityManager): Promise<boolean> {
    if (!viewer) return false;
    if (mayDecide(viewer, networkId, new Set())) return true; // editors: no query needed
    const networks = await this.decidingNetworkIds([viewer.accountId], manager);
    return mayDecide(viewer, networkId, networks.get(viewer.accountId) ?? new Set());
  }

  /** Throws unless the viewer may decide for this network. */
  async requireDecider(viewer: Viewer | null | undefined, networkId: string, manager?: EntityManager): Promise<Viewer> {
    if (!viewer) throw unauthenticated();
    if (!(await this.canDecide(viewer, networkId, manager))) {
      throw forbidden('Bare nettverkets koordinatorer, ledere og prosjektledere og redaktørene kan gjøre dette.');
    }
    return viewer;
  }

  /** Account ids of a network's deciders (not the editors), for notifications. */
  async coordinatorAccountIds(networkId: string): Promise<string[]> {
    const rows: { account_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT r.account_id
         FROM network_membership m JOIN researcher r ON r.id = m.researcher_id
        WHERE m.network_id = $1 AND m.status = $2 AND m.role = ANY($3::membership_role[]) AND r.account_id IS NOT NULL
          AND r.status <> $4`,
      [networkId, MembershipStatus.ACTIVE, [...DECIDING_ROLES], ProfileStatus.HIDDEN],
    );
    return rows.map((r) => r.account_id);
  }

  /** Open (pending or active) memberships of these accounts' profiles in these networks. */
  async openMembershipsOfAccounts(
    keys: readonly { accountId: string; networkId: string }[],
  ): Promise<{ accountId: string; membership: NetworkMembership }[]> {
    const rows = await this.dataSource
      .getRepository(NetworkMembership)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.researcher', 'r')
      .where('r.account_id = ANY(:accountIds)', { accountIds: [...new Set(keys.map((k) => k.accountId))] })
      .andWhere('m.network_id = ANY(:networkIds)', { networkIds: [...new Set(keys.map((k) => k.networkId))] })
      .andWhere('m.status IN (:...open)', { open: [MembershipStatus.PENDING, MembershipStatus.ACTIVE] })
      .getMany();
    return rows.map(({ researcher, ...membership }) => ({
      accountId: researcher!.accountId!,
      membership: Object.assign(new NetworkMembership(), membership),
    }));
  }

  /**
   * How deciders are named to members: the name on their profile, else "Redaksjonen" (editors
   * without one). An editor's unpublished profile (every account starts with a draft) counts as
   * none: unpublished profiles are seen only by their owner and the editors.
   */
  async displayNames(accountIds: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; given_name: string | null; family_name: string | null }[] = await this.dataSource.query(
      `SELECT a.id, r.given_name, r.family_name
         FROM account a LEFT JOIN researcher r ON r.account_id = a.id
          AND (r.status = $2 OR a.role NOT IN ($3, $4))
        WHERE a.id = ANY($1::uuid[])`,
      [[...accountIds], ProfileStatus.PUBLISHED, Role.EDITOR, Role.ADMIN],
    );
    return new Map(
      rows.map((r) => [r.id, `${r.given_name ?? ''} ${r.family_name ?? ''}`.trim() || 'Redaksjonen']),
    );
  }
}
