import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import type { Network } from '../../src/network/network.entity';
import { NetworkMembership } from '../../src/network/network-membership.entity';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

type Actor = 'anonymous' | 'researcher' | 'member' | 'coordinatorHere' | 'leaderHere' | 'coordinatorElsewhere' | 'editor' | 'admin';
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN';

const DECIDERS: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHENTICATED',
  researcher: 'FORBIDDEN',
  member: 'FORBIDDEN',
  coordinatorHere: 'OK',
  leaderHere: 'OK',
  coordinatorElsewhere: 'FORBIDDEN',
  editor: 'OK',
  admin: 'OK',
};
const EDITORS: Record<Actor, Outcome> = { ...DECIDERS, coordinatorHere: 'FORBIDDEN', leaderHere: 'FORBIDDEN' };

interface Operation {
  name: string;
  allowed: Record<Actor, Outcome>;
  /** Makes what the operation acts on, fresh for every attempt, and returns query + variables. */
  prepare(): Promise<{ query: string; variables: Record<string, unknown>; unchanged?: () => Promise<void> }>;
}

describe('who may do what with a network (permission matrix)', () => {
  let t: TestApp;
  let here: Network;
  let elsewhere: Network;
  const tokens: Partial<Record<Actor, string>> = {};

  beforeAll(async () => {
    t = await createTestApp();
    here = await createNetwork(t.dataSource);
    elsewhere = await createNetwork(t.dataSource);
    const signedIn = async (role: Role = Role.RESEARCHER) => createAccount(t, { role, profileStatus: ProfileStatus.PUBLISHED });
    const researcher = await signedIn();
    const member = await signedIn();
    await createMembership(t.dataSource, here, member.researcher.id);
    const coordinatorHere = await signedIn();
    await createMembership(t.dataSource, here, coordinatorHere.researcher.id, { role: MembershipRole.COORDINATOR });
    const leaderHere = await signedIn();
    await createMembership(t.dataSource, here, leaderHere.researcher.id, { role: MembershipRole.LEADER });
    const coordinatorElsewhere = await signedIn();
    await createMembership(t.dataSource, elsewhere, coordinatorElsewhere.researcher.id, { role: MembershipRole.COORDINATOR });
    // An ended coordinatorship gives no power.
    await createMembership(t.dataSource, here, coordinatorElsewhere.researcher.id, {
      role: MembershipRole.COORDINATOR, status: MembershipStatus.ENDED, endedOn: '2024-12-31',
    });
    Object.assign(tokens, {
      researcher: researcher.token,
      member: member.token,
      coordinatorHere: coordinatorHere.token,
      leaderHere: leaderHere.token,
      coordinatorElsewhere: coordinatorElsewhere.token,
      editor: (await signedIn(Role.EDITOR)).token,
      admin: (await signedIn(Role.ADMIN)).token,
    });
  });
  afterAll(() => t?.close());

  const membershipIn = async (network: Network, status: MembershipStatus) => {
    const r = await createResearcher(t.dataSource);
    return createMembership(t.dataSource, network, r.id, { status, startedOn: status === MembershipStatus.ACTIVE ? '2024-01-01' : null });
  };
  const expectStatus = (id: string, status: MembershipStatus, role = MembershipRole.MEMBER) => async () => {
    const row = await t.dataSource.getRepository(NetworkMembership).findOneByOrFail({ id });
    expect({ status: row.status, role: row.role }).toEqual({ status, role });
  };

  const operations: Operation[] = [
    {
      name: 'decideMembership',
      allowed: DECIDERS,
      async prepare() {
        const m = await membershipIn(here, MembershipStatus.PENDING);
        return { query: `mutation($id: ID!) { decideMembership(id: $id, approve: true) { status } }`, variables: { id: m.id }, unchanged: expectStatus(m.id, MembershipStatus.PENDING) };
      },
    },
    {
      name: 'addNetworkMember',
      allowed: DECIDERS,
      async prepare() {
        const r = await createResearcher(t.dataSource);
        return {
          query: `mutation($n: String!, $r: ID!) { addNetworkMember(network: $n, researcher: $r, role: RESOURCE_GROUP_MEMBER, representing: { region: WEST }) { status role representing } }`,
          variables: { n: here.slug, r: r.id },
          unchanged: async () => expect(await t.dataSource.getRepository(NetworkMembership).countBy({ researcherId: r.id })).toBe(0),
        };
      },
    },
    {
      name: 'setMembershipRole',
      allowed: DECIDERS,
      async prepare() {
        const m = await membershipIn(here, MembershipStatus.ACTIVE);
        return { query: `mutation($id: ID!) { setMembershipRole(id: $id, role: COORDINATOR) { role } }`, variables: { id: m.id }, unchanged: expectStatus(m.id, MembershipStatus.ACTIVE) };
      },
    },
    {
      name: 'endMembership',
      allowed: DECIDERS,
      async prepare() {
        const m = await membershipIn(here, MembershipStatus.ACTIVE);
        return { query: `mutation($id: ID!) { endMembership(id: $id, note: "Sluttet i stillingen") { status endNote } }`, variables: { id: m.id }, unchanged: expectStatus(m.id, MembershipStatus.ACTIVE) };
      },
    },
    {
      name: 'pendingApplications',
      allowed: DECIDERS,
      async prepare() {
        return { query: `query($n: String!) { pendingApplications(network: $n) { id } }`, variables: { n: here.slug } };
      },
    },
    {
      name: 'networkMemberships',
      allowed: DECIDERS,
      async prepare() {
        return { query: `query($n: String!) { networkMemberships(network: $n) { id } }`, variables: { n: here.slug } };
      },
    },
    {
      name: 'networkMailingList',
      allowed: DECIDERS,
      async prepare() {
        return { query: `query($n: String!) { networkMailingList(network: $n) }`, variables: { n: here.slug } };
      },
    },
    {
      name: 'updateNetwork',
      allowed: EDITORS,
      async prepare() {
        return { query: `mutation($n: String!) { updateNetwork(slug: $n, input: { criteria: "Nye kriterier" }) { criteria } }`, variables: { n: here.slug } };
      },
    },
    {
      name: 'createNetwork',
      allowed: EDITORS,
      async prepare() {
        const slug = `nytt-${Math.random().toString(36).slice(2, 8)}`;
        return { query: `mutation($s: String!) { createNetwork(input: { slug: $s, name: "Referansegruppe" }) { slug applicationsOpen } }`, variables: { s: slug } };
      },
    },
  ];

  const actors = Object.keys(DECIDERS) as Actor[];
  it.each(operations.flatMap((op) => actors.map((actor) => [op.name, actor, op.allowed[actor], op] as const)))(
    '%s by %s: %s',
    async (_name, actor, expected, op) => {
      const { query, variables, unchanged } = await op.prepare();
      const res = await t.gql(query, variables, tokens[actor]);
      if (expected === 'OK') {
        expect(res.errors).toBeUndefined();
        expect(res.data).toBeTruthy();
      } else {
        expect(res.errors?.[0].extensions?.code).toBe(expected);
        expect(res.data ?? null).toBeNull();
        await unchanged?.();
      }
    },
  );

  it('shows application details to the applicant and this network\'s deciders only', async () => {
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const m = await createMembership(t.dataSource, here, applicant.researcher.id, { motivation: 'Min motivasjon', decisionNote: 'Godkjent i møte' });
    const query = `query($id: ID) { researcher(id: $id) { memberships { motivation decisionNote } } }`;
    const seen = async (token?: string) => (await t.gql(query, { id: applicant.researcher.id }, token)).data!.researcher.memberships[0];
    const details = { motivation: 'Min motivasjon', decisionNote: 'Godkjent i møte' };
    const hidden = { motivation: null, decisionNote: null };
    expect(await seen(applicant.token)).toEqual(details);
    expect(await seen(tokens.coordinatorHere)).toEqual(details);
    expect(await seen(tokens.editor)).toEqual(details);
    expect(await seen(tokens.coordinatorElsewhere)).toEqual(hidden);
    expect(await seen(tokens.member)).toEqual(hidden);
    expect(await seen(undefined)).toEqual(hidden);
    expect(m.id).toBeTruthy();
  });

  it('tells the viewer whether they may decide for a network', async () => {
    const query = `query($n: String!) { network(slug: $n) { viewerCanDecide } }`;
    const can = async (actor: Actor) => (await t.gql(query, { n: here.slug }, tokens[actor])).data!.network.viewerCanDecide;
    expect(await can('coordinatorHere')).toBe(true);
    expect(await can('editor')).toBe(true);
    expect(await can('coordinatorElsewhere')).toBe(false);
    expect(await can('member')).toBe(false);
    expect(await can('anonymous')).toBe(false);
  });

  it('shows contact details in member lists as the profile allows, by who is asking', async () => {
    const network = await createNetwork(t.dataSource);
    const r = await createResearcher(t.dataSource, {
      email: 'registrert@example.no', emailVisibility: Visibility.REGISTERED, phone: '+47 400 00 000', phoneVisibility: Visibility.PRIVATE,
    });
    await createMembership(t.dataSource, network, r.id);
    const query = `query($n: String!) { network(slug: $n) { members { researcher { email phone } } } }`;
    const contact = async (token?: string) => (await t.gql(query, { n: network.slug }, token)).data!.network.members[0].researcher;
    expect(await contact(undefined)).toEqual({ email: null, phone: null });
    expect(await contact(tokens.researcher)).toEqual({ email: 'registrert@example.no', phone: null });
    expect(await contact(tokens.editor)).toEqual({ email: 'registrert@example.no', phone: '+47 400 00 000' });
  });

  it('keeps unpublished members out of public lists, even for members who are signed in', async () => {
    const network = await createNetwork(t.dataSource);
    const draft = await createAccount(t, { profileStatus: ProfileStatus.DRAFT });
    await createMembership(t.dataSource, network, draft.researcher.id);
    const query = `query($n: String!) { network(slug: $n) { memberCount members { id } } }`;
    expect((await t.gql(query, { n: network.slug }, tokens.researcher)).data!.network).toEqual({ memberCount: 0, members: [] });
    expect((await t.gql(query, { n: network.slug }, draft.token)).data!.network).toEqual({ memberCount: 0, members: [] });
  });
});
