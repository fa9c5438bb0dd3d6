import type { DataSource } from 'typeorm';
import { MembershipRole, MembershipStatus } from '../../../src/common/enums/membership.enum';
import { NetworkMembership } from '../../../src/network/network-membership.entity';
import { Network } from '../../../src/network/network.entity';

export const findNetwork = (dataSource: DataSource, slug: string): Promise<Network> =>
  dataSource.getRepository(Network).findOneByOrFail({ slug });

let sequence = 0;

/** A network of its own for a test, so counts are not shared with other tests. */
export async function createNetwork(dataSource: DataSource, fields: Partial<Network> = {}): Promise<Network> {
  sequence += 1;
  const repo = dataSource.getRepository(Network);
  return repo.save(
    repo.create({
      slug: `testnettverk-${sequence}-${Date.now().toString(36)}`,
      name: `Testnettverk ${sequence}`,
      description: 'Et nettverk for tester.',
      criteria: 'Alle kan søke.',
      applicationsOpen: true,
      ...fields,
    }),
  );
}

/** Inserts a membership row directly (active member unless told otherwise). */
export async function createMembership(
  dataSource: DataSource,
  network: Network,
  researcherId: string,
  fields: Partial<NetworkMembership> = {},
): Promise<NetworkMembership> {
  const repo = dataSource.getRepository(NetworkMembership);
  return repo.save(
    repo.create({
      networkId: network.id,
      researcherId,
      role: MembershipRole.MEMBER,
      status: MembershipStatus.ACTIVE,
      startedOn: '2024-01-15',
      ...fields,
    }),
  );
}
