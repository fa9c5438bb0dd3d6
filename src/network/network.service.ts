import { Injectable } from '@nestjs/common';
import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../graphql/viewer';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, IsNull, Repository } from 'typeorm';
import { HealthRegion } from '../common/enums/health-region.enum';
import { MembershipRole, MembershipStatus } from '../common/enums/membership.enum';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { badUserInput, notFound } from '../common/errors/app-errors';
import type { CreateNetworkInput } from './dto/create-network.input';
import type { UpdateNetworkInput } from './dto/update-network.input';
import { isUniqueViolation } from '../common/errors/database-errors';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';
import { findByIds } from '../database/by-ids';

export interface MembersPage {
  role: MembershipRole | null;
  first: number;
  offset: number;
}

/** Networks and what the public may see of them. */
@Injectable()
export class NetworkService {
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
  async archive(slug: string): Promise<Network> {
    const network = await this.findBySlugOrFail(slug);
    if (network.archivedAt) return network;
    // Applications stop too: nobody can join an archived network.
    await this.networks.update({ id: network.id, archivedAt: IsNull() }, { archivedAt: new Date(), applicationsOpen: false });
    return this.findBySlugOrFail(slug);
  }

  /** For networks whose members represent health regions: the regions no active, published member represents. */
  async regionsWithoutRepresentative(network: Network): Promise<HealthRegion[]> {
    if (!network.representsRegions) return [];
    // Only members the public list shows count: a draft or hidden profile would otherwise
    // reveal itself as a region's representative on the public page.
    const rows: { region: HealthRegion }[] = await this.dataSource.query(
      `SELECT DISTINCT m.representing_region AS region
         FROM network_membership m JOIN researcher r ON r.id = m.researcher_id
        WHERE m.network_id = $1 AND m.status = $2 AND m.representing_region IS NOT NULL AND r.status = $3`,
      [network.id, MembershipStatus.ACTIVE, ProfileStatus.PUBLISHED],
    );
    const filled = new Set(rows.map((r) => r.region));
    return Object.values(HealthRegion).filter((region) => !filled.has(region));
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
    const end = page.offset + page.first;
    // Ranks each network's members by name so one query pages every network of the batch.
    return this.publicMembers(networkIds, page.role)
      .andWhere(
        `m.id IN (SELECT ranked.id FROM (
           SELECT m2.id, row_number() OVER (
             PARTITION BY m2.network_id ORDER BY r2.family_name, r2.given_name, m2.id) AS rn
             FROM network_membership m2 JOIN researcher r2 ON r2.id = m2.researcher_id
            WHERE m2.network_id = ANY(:networkIds) AND m2.status = :active AND r2.status = :published
              ${page.role ? 'AND m2.role = :role' : ''}
         ) ranked WHERE ranked.rn > :offset AND ranked.rn <= :end)`,
        { offset: page.offset, end },
      )
      .orderBy('r.family_name', 'ASC')
      .addOrderBy('r.given_name', 'ASC')
      .addOrderBy('m.id', 'ASC')
      .getMany();
  }

  async countPublicMembers(networkIds: readonly string[], role: MembershipRole | null): Promise<Map<string, number>> {
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

  private publicMembers(networkIds: readonly string[], role: MembershipRole | null) {
    const query = this.memberships
      .createQueryBuilder('m')
      .innerJoin('m.researcher', 'r')
      .where('m.network_id = ANY(:networkIds)', { networkIds: [...networkIds] })
      .andWhere('m.status = :active', { active: MembershipStatus.ACTIVE })
      .andWhere('r.status = :published', { published: ProfileStatus.PUBLISHED });
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
