import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { MembershipStatus } from '../common/enums/membership.enum';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { NetworkMembership } from './network-membership.entity';
import { Network } from './network.entity';

@Injectable()
export class NetworkService {
  constructor(
    @InjectRepository(Network) private readonly networks: Repository<Network>,
    @InjectRepository(NetworkMembership) private readonly memberships: Repository<NetworkMembership>,
  ) {}

  findAll(): Promise<Network[]> {
    return this.networks.find({ order: { name: 'ASC' } });
  }

  findBySlug(slug: string): Promise<Network | null> {
    return this.networks.findOneBy({ slug });
  }

  findByIds(ids: readonly string[]): Promise<Network[]> {
    return this.networks.findBy({ id: In([...ids]) });
  }

  /** Active memberships of published profiles: what the public may see of a network. */
  findPublicMembers(networkIds: readonly string[]): Promise<NetworkMembership[]> {
    return this.publicMembers(networkIds).orderBy('r.family_name', 'ASC').addOrderBy('r.given_name', 'ASC').getMany();
  }

  async countPublicMembers(networkIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.publicMembers(networkIds)
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

  private publicMembers(networkIds: readonly string[]) {
    return this.memberships
      .createQueryBuilder('m')
      .innerJoin('m.researcher', 'r')
      .where('m.network_id = ANY(:networkIds)', { networkIds: [...networkIds] })
      .andWhere('m.status = :active', { active: MembershipStatus.ACTIVE })
      .andWhere('r.status = :published', { published: ProfileStatus.PUBLISHED });
  }
}
