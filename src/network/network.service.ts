import { Injectable } from '@nestjs/common';
import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../graphql/viewer';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { HealthRegion } from '../common/enums/health-region.enum';
import { MembershipRole, MembershipStatus } from '../common/enums/membership.enum';
import { badUserInput, notFound } from '../common/errors/app-errors';
import type { CreateNetworkInput } from './dto/create-network.input';
import type { UpdateNetworkInput } from './dto/update-network.input';
import { isUniqueViolation } from '../common/errors/database-errors';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { findByIds } from '../database/by-ids';
import { CACHE_MIN_ROWS, readCatalogueVersion, VersionedCache } from '../database/versioned-cache';

export interface MembersPage {
  role: MembershipRole | null;
  first: number;
  offset: number;
}

/** Networks and what the public may see of them. */
@Injectable()
export class NetworkService {
  /**
   * Member counts of large networks, the same for every visitor: memberships and profile
   * changes bump search_state.version (the search documents hold active memberships), so a
   * kept count is confirmed or recomputed within about a second of a change.
   */
  private readonly memberCounts = new VersionedCache(() => readCatalogueVersion(this.dataSource));

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(Network) private readonly networks: Repository<Network>,
    @InjectRepository(NetworkMembership) private readonly memberships: Repository<NetworkMembership>,
    private readonly audit: AuditService,
  ) {}

  /** Archived networks only when asked (editors' pages). */
  findAll(includeArchived = false): Promise<Network[]> {
    return this.networks.find({ where: includeArchived ? {} : { archivedAt: IsNull() }, order: { name: 'ASC' } });
  }

  /** Hides the network from lists and search facets; its page, members and history stay. */
  async archive(viewer: Viewer, slug: string): Promise<Network> {
    const network = await this.findBySlugOrFail(slug);
    if (network.archivedAt) return network;
    await this.dataSource.transaction(async (tx) => {
      // Applications stop too: nobody can join an archived network.
      const archived = await tx.getRepository(Network).update({ id: network.id, archivedAt: IsNull() }, { archivedAt: new Date(), applicationsOpen: false });
      if (!archived.affected) return;
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.NETWORK_ARCHIVED,
        targetType: 'Network',
        targetId: network.id,
        before: { archived: false, applicationsOpen: network.applicationsOpen },
        after: { archived: true, applicationsOpen: false },
      });
    });
    return this.findBySlugOrFail(slug);
  }

  /**
   * For networks whose members represent health regions: the regions no active member
   * represents, per network id (an empty list for other networks). One query for all.
   */
  async regionsWithoutRepresentative(networks: readonly Network[]): Promise<Map<string, HealthRegion[]>> {
    const result = new Map<string, HealthRegion[]>(networks.map((n) => [n.id, []]));
    const ids = networks.filter((n) => n.representsRegions).map((n) => n.id);
    if (ids.length === 0) return result;
    const rows: { networkId: string; region: HealthRegion }[] = await this.dataSource.query(
      `SELECT DISTINCT network_id AS "networkId", representing_region AS region FROM network_membership
        WHERE network_id = ANY($1::uuid[]) AND status = $2 AND representing_region IS NOT NULL AND member_published`,
      [ids, MembershipStatus.ACTIVE],
    );
    for (const id of ids) {
      const filled = new Set(rows.filter((r) => r.networkId === id).map((r) => r.region));
      result.set(id, Object.values(HealthRegion).filter((region) => !filled.has(region)));
    }
    return result;
  }

  findBySlug(slug: string): Promise<Network | null> {
    return this.networks.findOneBy({ slug });
  }

  async findBySlugOrFail(slug: string): Promise<Network> {
    const network = await this.findBySlug(slug);
    if (!network) throw notFound('Fant ikke nettverket.');
    return network;
  }

  findByIds(ids: readonly string[]): Promise<Network[]> {
    return findByIds(this.networks, ids);
  }

  /** Active memberships of published profiles: what the public may see of a network. */
  findPublicMembers(networkIds: readonly string[], page: MembersPage): Promise<NetworkMembership[]> {
    if (networkIds.length === 1) {
      // One network (a network page): a range of IDX_network_membership_public_by_name.
      return this.publicMembers(networkIds, page.role)
        .orderBy('m.memberFamilyName', 'ASC')
        .addOrderBy('m.memberGivenName', 'ASC')
        .addOrderBy('m.id', 'ASC')
        .offset(page.offset)
        .limit(page.first)
        .getMany();
    }
    const end = page.offset + page.first;
    // Ranks each network's members by name so one query pages every network of the batch.
    return this.publicMembers(networkIds, page.role)
      .andWhere(
        `m.id IN (SELECT ranked.id FROM (
           SELECT m2.id, row_number() OVER (
             PARTITION BY m2.network_id ORDER BY m2.member_family_name, m2.member_given_name, m2.id) AS rn
             FROM network_membership m2
            WHERE m2.network_id = ANY(:networkIds) AND m2.status = :active AND m2.member_published
              ${page.role ? 'AND m2.role = :role' : ''}
         ) ranked WHERE ranked.rn > :offset AND ranked.rn <= :end)`,
        { offset: page.offset, end },
      )
      .orderBy('m.memberFamilyName', 'ASC')
      .addOrderBy('m.memberGivenName', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  async countPublicMembers(networkIds: readonly string[], role: MembershipRole | null): Promise<Map<string, number>> {
    const key = JSON.stringify([[...networkIds].sort(), role]);
    const counts = await this.memberCounts.get(key, async () => {
      // Read before counting: a change committed in between makes the count newer than its
      // version, which only costs one recomputation.
      const version = await readCatalogueVersion(this.dataSource);
      const counted = await this.countPublicMembersNow(networkIds, role);
      return { value: counted, version, cacheable: [...counted.values()].some((n) => n >= CACHE_MIN_ROWS) };
    });
    return new Map(counts);
  }

  private async countPublicMembersNow(networkIds: readonly string[], role: MembershipRole | null): Promise<Map<string, number>> {
    const rows = await this.publicMembers(networkIds, role)
      .select('m.network_id', 'networkId')
      .addSelect('COUNT(*)::int', 'count')
      .groupBy('m.network_id')
      .getRawMany<{ networkId: string; count: number }>();
    return new Map(rows.map((r) => [r.networkId, r.count]));
  }

  /** Memberships of many researchers; `activeOnly` for viewers who may not see history. */
  findByResearcherIds(researcherIds: readonly string[], activeOnly: boolean): Promise<NetworkMembership[]> {
    return this.memberships.find({
      where: {
        researcherId: In([...researcherIds]),
        ...(activeOnly ? { status: MembershipStatus.ACTIVE } : {}),
      },
      order: { createdAt: 'ASC' },
    });
  }

  async create(viewer: Viewer, input: CreateNetworkInput): Promise<Network> {
    const name = requireName(input.name);
    const taken = () => badUserInput('slug', 'Det finnes allerede et nettverk med dette kortnavnet.');
    if (await this.networks.existsBy({ slug: input.slug })) throw taken();
    try {
      return await this.dataSource.transaction(async (tx) => {
        const network = await tx.save(
          this.networks.create({
            slug: input.slug,
            name,
            description: input.description.trim(),
            criteria: input.criteria.trim(),
            applicationsOpen: input.applicationsOpen,
            asksResearchBackground: input.asksResearchBackground,
            representsRegions: input.representsRegions,
          }),
        );
        await this.audit.record(tx, {
          actor: viewer,
          action: AuditAction.NETWORK_CREATED,
          targetType: 'Network',
          targetId: network.id,
          after: networkState(network),
        });
        return network;
      });
    } catch (error) {
      // The only unique column is the slug: a concurrent create took it.
      if (isUniqueViolation(error)) throw taken();
      throw error;
    }
  }

  async update(viewer: Viewer, slug: string, input: UpdateNetworkInput): Promise<Network> {
    return this.dataSource.transaction(async (tx) => {
      const network = await tx.findOneBy(Network, { slug });
      if (!network) throw notFound('Fant ikke nettverket.');
      const before = networkState(network);
      if (input.name != null) network.name = requireName(input.name);
      if (input.description != null) network.description = input.description.trim();
      if (input.criteria != null) network.criteria = input.criteria.trim();
      if (input.applicationsOpen != null) network.applicationsOpen = input.applicationsOpen;
      if (input.asksResearchBackground != null) network.asksResearchBackground = input.asksResearchBackground;
      if (input.representsRegions != null) network.representsRegions = input.representsRegions;
      const saved = await tx.save(network);
      const after = networkState(saved);
      const changed = Object.keys(after).filter((k) => before[k] !== after[k]);
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.NETWORK_UPDATED,
        targetType: 'Network',
        targetId: saved.id,
        before: Object.fromEntries(changed.map((k) => [k, before[k]])),
        after: Object.fromEntries(changed.map((k) => [k, after[k]])),
      });
      return saved;
    });
  }

  /**
   * Active memberships of published profiles: what the public may see of a network. The
   * published state is the membership's copy of the profile's (kept by triggers, in the same
   * transaction as any change of the profile's status).
   */
  private publicMembers(networkIds: readonly string[], role: MembershipRole | null) {
    const query = this.memberships.createQueryBuilder('m');
    if (networkIds.length === 1) query.where('m.network_id = :networkId', { networkId: networkIds[0] });
    else query.where('m.network_id = ANY(:networkIds)', { networkIds: [...networkIds] });
    query.andWhere('m.status = :active', { active: MembershipStatus.ACTIVE }).andWhere('m.member_published');
    return role ? query.andWhere('m.role = :role', { role }) : query;
  }
}

const networkState = (n: Network): Record<string, string | boolean> => ({
  slug: n.slug,
  name: n.name,
  description: n.description,
  criteria: n.criteria,
  applicationsOpen: n.applicationsOpen,
  asksResearchBackground: n.asksResearchBackground,
});

function requireName(raw: string): string {
  const name = raw.trim();
  if (name.length < 2) throw badUserInput('name', 'Navnet må ha minst 2 tegn.');
  return name;
}
