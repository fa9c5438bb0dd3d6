import type { DataSource } from 'typeorm';
import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { NetworkMembership } from '../../src/network/network-membership.entity';
import { Network } from '../../src/network/network.entity';
import type { TestApp } from '../support/test-app';

export const SEARCH = `
  query Search($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {
    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      edges { cursor highlight node { id fullName email phone } }
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    }
  }`;

export const FACETS = `
  query Facets($query: String, $filter: ResearcherFilter) {
    researchers(query: $query, filter: $filter, first: 0) {
      totalCount
      facets {
        competenceAreas { value label count }
        networks { value label count }
        regions { value label count }
        degrees { value label count }
        languages { value label count }
      }
    }
  }`;

export interface Edge {
  cursor: string;
  highlight: string | null;
  node: { id: string; fullName: string; email: string | null; phone: string | null };
}

export interface Connection {
  totalCount: number;
  edges: Edge[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

/** Runs a search that must succeed and returns the connection. */
export async function search(t: TestApp, variables: Record<string, unknown>, token?: string): Promise<Connection> {
  const res = await t.gql<{ researchers: Connection }>(SEARCH, variables, token);
  if (res.errors) throw new Error(`search failed: ${JSON.stringify(res.errors)}`);
  return res.data!.researchers;
}

/** Full names of the hits, in order. */
export async function names(t: TestApp, query: string | null, extra: Record<string, unknown> = {}): Promise<string[]> {
  const result = await search(t, { query, first: 100, ...extra });
  return result.edges.map((e) => e.node.fullName);
}

export async function addMembership(
  dataSource: DataSource,
  researcherId: string,
  networkSlug: string,
  status: MembershipStatus,
): Promise<NetworkMembership> {
  const network = await dataSource.getRepository(Network).findOneByOrFail({ slug: networkSlug });
  const repo = dataSource.getRepository(NetworkMembership);
  return repo.save(repo.create({ networkId: network.id, researcherId, status }));
}
