import { QueryFailedError } from 'typeorm';
import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { NetworkEvent } from '../../src/network/network-event.entity';
import { Newsletter } from '../../src/network/newsletter.entity';
import { Organization } from '../../src/organization/organization.entity';
import { createMembership, createNetwork, findNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const MEMBERS = `query($slug: String!, $role: MembershipRole, $first: Int, $offset: Int) {
  network(slug: $slug) {
    memberCount
    roleCount: memberCount(role: $role)
    members(role: $role, first: $first, offset: $offset) {
      role status representing motivation researchExperience decisionNote decidedBy
      researcher { familyName email phone }
    }
  }
}`;

describe('networks: what everyone may see', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('describes the seeded networks, their criteria, and which ones take applications', async () => {
    const res = await t.gql(`{ networks { slug criteria applicationsOpen asksResearchBackground viewerCanDecide viewerMembership { id } } }`);
    expect(res.errors).toBeUndefined();
    const bySlug = Object.fromEntries(res.data!.networks.map((n: { slug: string }) => [n.slug, n]));
    expect(bySlug.forskernettverket).toMatchObject({ applicationsOpen: true, asksResearchBackground: true, viewerCanDecide: false, viewerMembership: null });
    expect(bySlug.forskernettverket.criteria).toMatch(/mastergrad eller doktorgrad/);
    expect(bySlug['psykisk-helse-og-rus']).toMatchObject({ applicationsOpen: true, asksResearchBackground: false });
    expect(bySlug.dialogforum).toMatchObject({ applicationsOpen: false });
  });

  it('follows a member renamed, hidden and published again at once, in name order, and pages without gaps', async () => {
    const network = await createNetwork(t.dataSource);
    const people = [];
    for (const familyName of ['Berg', 'Dahl', 'Fossum', 'Holm', 'Lie']) {
      const r = await createResearcher(t.dataSource, { familyName });
      await createMembership(t.dataSource, network, r.id, { status: MembershipStatus.ACTIVE });
      people.push(r);
    }
    const names = async (first = 10, offset = 0) => {
      const res = await t.gql(MEMBERS, { slug: network.slug, first, offset });
      expect(res.errors).toBeUndefined();
      return { count: res.data!.network.memberCount, names: res.data!.network.members.map((m: any) => m.researcher.familyName) };
    };
    expect(await names()).toEqual({ count: 5, names: ['Berg', 'Dahl', 'Fossum', 'Holm', 'Lie'] });

    const researchers = t.dataSource.getRepository('Researcher');
    await researchers.update(people[4].id, { familyName: 'Aasen' });
    await researchers.update(people[1].id, { status: ProfileStatus.HIDDEN });
    expect(await names()).toEqual({ count: 4, names: ['Aasen', 'Berg', 'Fossum', 'Holm'] });
    await researchers.update(people[1].id, { status: ProfileStatus.PUBLISHED });
    const all = await names();
    expect(all).toEqual({ count: 5, names: ['Aasen', 'Berg', 'Dahl', 'Fossum', 'Holm'] });
    const paged = [...(await names(2, 0)).names, ...(await names(2, 2)).names, ...(await names(2, 4)).names];
    expect(paged).toEqual(all.names);
  });

  it('lists and counts only active members with published profiles: never applicants, declined, ended or unpublished', async () => {
    const network = await createNetwork(t.dataSource);
    const add = async (familyName: string, status: MembershipStatus, profileStatus = ProfileStatus.PUBLISHED) => {
      const r = await createResearcher(t.dataSource, { familyName, status: profileStatus });
      await createMembership(t.dataSource, network, r.id, { status });
    };
    await add('Aktiv', MembershipStatus.ACTIVE);
    await add('Søker', MembershipStatus.PENDING);
    await add('Avslått', MembershipStatus.DECLINED);
    await add('Sluttet', MembershipStatus.ENDED);
    await add('Utkast', MembershipStatus.ACTIVE, ProfileStatus.DRAFT);
    await add('TilVurdering', MembershipStatus.ACTIVE, ProfileStatus.PENDING_REVIEW);
    await add('Skjult', MembershipStatus.ACTIVE, ProfileStatus.HIDDEN);

    const res = await t.gql(MEMBERS, { slug: network.slug });
    expect(res.errors).toBeUndefined();
    expect(res.data!.network.memberCount).toBe(1);
    expect(res.data!.network.members.map((m: any) => m.researcher.familyName)).toEqual(['Aktiv']);
    expect(res.data!.network.members[0].status).toBe('ACTIVE');
  });

  it('filters members by role, pages them by family name, and counts per role', async () => {
    const network = await createNetwork(t.dataSource);
    const names = ['Berg', 'Dahl', 'Aas', 'Lie', 'Foss'];
    for (const [i, familyName] of names.entries()) {
      const r = await createResearcher(t.dataSource, { familyName });
      await createMembership(t.dataSource, network, r.id, {
        role: i < 3 ? MembershipRole.RESOURCE_GROUP_MEMBER : MembershipRole.MEMBER,
      });
    }
    const page = async (variables: Record<string, unknown>) => {
      const res = await t.gql(MEMBERS, { slug: network.slug, ...variables });
      expect(res.errors).toBeUndefined();
      return res.data!.network;
    };

    expect((await page({})).members.map((m: any) => m.researcher.familyName)).toEqual(['Aas', 'Berg', 'Dahl', 'Foss', 'Lie']);
    expect((await page({ first: 2, offset: 2 })).members.map((m: any) => m.researcher.familyName)).toEqual(['Dahl', 'Foss']);
    const group = await page({ role: 'RESOURCE_GROUP_MEMBER' });
    expect(group.members.map((m: any) => m.researcher.familyName)).toEqual(['Aas', 'Berg', 'Dahl']);
    expect(group).toMatchObject({ memberCount: 5, roleCount: 3 });
    expect((await page({ role: 'RESOURCE_GROUP_MEMBER', first: 1, offset: 1 })).members.map((m: any) => m.researcher.familyName)).toEqual(['Berg']);
    expect((await page({ offset: 10 })).members).toEqual([]);
  });

  it('refuses page sizes out of bounds, naming the argument', async () => {
    for (const first of [0, 501]) {
      const res = await t.gql(MEMBERS, { slug: 'forskernettverket', first });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
    const res = await t.gql(MEMBERS, { slug: 'forskernettverket', offset: -1 });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'offset' });
  });

  it('shows whom members represent, hides application details and non-public contact details from anonymous viewers', async () => {
    const network = await createNetwork(t.dataSource);
    const bar = await t.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'BAR' });
    const regional = await createResearcher(t.dataSource, {
      familyName: 'Nordmann', email: 'offentlig@example.no', emailVisibility: Visibility.PUBLIC,
      phone: '+47 900 00 000', phoneVisibility: Visibility.PUBLIC,
    });
    const user = await createResearcher(t.dataSource, {
      familyName: 'Olsen', email: 'innlogget@example.no', emailVisibility: Visibility.REGISTERED,
      phone: '+47 911 11 111', phoneVisibility: Visibility.PRIVATE,
    });
    await createMembership(t.dataSource, network, regional.id, {
      representingRegion: HealthRegion.NORTH, motivation: 'Hemmelig motivasjon', researchExperience: 'Hemmelig erfaring', decisionNote: 'Intern merknad',
    });
    await createMembership(t.dataSource, network, user.id, {
      role: MembershipRole.RESOURCE_GROUP_MEMBER, representingOrganizationId: bar.id,
    });

    const res = await t.gql(MEMBERS, { slug: network.slug });
    expect(res.errors).toBeUndefined();
    expect(res.data!.network.members).toEqual([
      {
        role: 'MEMBER', status: 'ACTIVE', representing: 'Helse Nord', motivation: null, researchExperience: null, decisionNote: null, decidedBy: null,
        researcher: { familyName: 'Nordmann', email: 'offentlig@example.no', phone: '+47 900 00 000' },
      },
      {
        role: 'RESOURCE_GROUP_MEMBER', status: 'ACTIVE', representing: 'BAR', motivation: null, researchExperience: null, decisionNote: null, decidedBy: null,
        researcher: { familyName: 'Olsen', email: null, phone: null },
      },
    ]);
  });

  it('refuses every membership operation to anonymous callers', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const operations = [
      `mutation { applyToNetwork(network: "forskernettverket", motivation: "x") { id } }`,
      `mutation { decideMembership(id: "${id}", approve: true) { id } }`,
      `mutation { addNetworkMember(network: "forskernettverket", researcher: "${id}", role: MEMBER) { id } }`,
      `mutation { setMembershipRole(id: "${id}", role: COORDINATOR) { id } }`,
      `mutation { endMembership(id: "${id}") { id } }`,
      `mutation { leaveNetwork(network: "forskernettverket") { id } }`,
      `mutation { createNetwork(input: { slug: "nytt", name: "Nytt nettverk" }) { id } }`,
      `mutation { updateNetwork(slug: "forskernettverket", input: { applicationsOpen: false }) { id } }`,
      `{ pendingApplications(network: "forskernettverket") { id } }`,
      `{ networkMemberships(network: "forskernettverket") { id } }`,
      `{ networkMailingList(network: "forskernettverket") }`,
    ];
    for (const operation of operations) {
      const res = await t.gql(operation);
      expect({ operation, code: res.errors?.[0].extensions?.code }).toEqual({ operation, code: 'UNAUTHENTICATED' });
    }
    const network = await t.gql(`{ network(slug: "forskernettverket") { applicationsOpen } }`);
    expect(network.data!.network.applicationsOpen).toBe(true);
  });

  it('reads members of every network with a fixed number of queries, whatever the role filter and page', async () => {
    const query = `{ networks { slug memberCount resourceCount: memberCount(role: RESOURCE_GROUP_MEMBER)
      members(first: 3) { representing researcher { fullName } network { slug } }
      resource: members(role: RESOURCE_GROUP_MEMBER) { id } } }`;
    const network = await findNetwork(t.dataSource, 'psykisk-helse-og-rus');
    const addMembers = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = await createResearcher(t.dataSource);
        await createMembership(t.dataSource, network, r.id, { role: i % 2 ? MembershipRole.RESOURCE_GROUP_MEMBER : MembershipRole.MEMBER, representingRegion: HealthRegion.WEST });
      }
    };
    await addMembers(2);
    const small = await t.queries.count(() => t.gql(query));
    await addMembers(8);
    const large = await t.queries.count(() => t.gql(query));
    expect(large.result.errors).toBeUndefined();
    const psyk = large.result.data!.networks.find((n: { slug: string }) => n.slug === 'psykisk-helse-og-rus');
    expect(psyk.members).toHaveLength(3);
    expect(psyk).toMatchObject({ memberCount: 10, resourceCount: 5 });
    expect(psyk.resource).toHaveLength(5);
    expect(large.queries.length).toBe(small.queries.length);
  });

  it('reads meetings, newsletter archives and regions without a representative of every network with a fixed number of queries', async () => {
    const query = `{ networks { slug regionsWithoutRepresentative
      events { title } upcoming: events(upcoming: true) { title } past: events(upcoming: false) { title }
      newsletters { subject recipientCount } } }`;
    const day = 86_400_000;
    const slugs: string[] = [];
    const addNetworks = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const network = await createNetwork(t.dataSource, { representsRegions: true });
        slugs.push(network.slug);
        await t.dataSource.getRepository(NetworkEvent).save([
          { networkId: network.id, title: `Møte før ${network.slug}`, startsAt: new Date(Date.now() - day), digital: true },
          { networkId: network.id, title: `Møte etter ${network.slug}`, startsAt: new Date(Date.now() + day), digital: true },
        ]);
        await t.dataSource.getRepository(Newsletter).save({ networkId: network.id, subject: `Brev ${network.slug}`, body: 'Tekst', unsubscribeKey: 'k' });
        const r = await createResearcher(t.dataSource);
        await createMembership(t.dataSource, network, r.id, { role: MembershipRole.LEADER, representingRegion: HealthRegion.NORTH });
      }
    };
    await addNetworks(1);
    const small = await t.queries.count(() => t.gql(query));
    await addNetworks(5);
    const large = await t.queries.count(() => t.gql(query));
    expect(large.result.errors).toBeUndefined();
    const added = large.result.data!.networks.filter((n: { slug: string }) => slugs.includes(n.slug));
    expect(added).toHaveLength(6);
    for (const n of added) {
      expect(n.events.map((e: { title: string }) => e.title)).toEqual([`Møte før ${n.slug}`, `Møte etter ${n.slug}`]);
      expect(n.upcoming).toEqual([{ title: `Møte etter ${n.slug}` }]);
      expect(n.past).toEqual([{ title: `Møte før ${n.slug}` }]);
      expect(n.newsletters).toEqual([{ subject: `Brev ${n.slug}`, recipientCount: null }]);
      expect(n.regionsWithoutRepresentative).toHaveLength(Object.values(HealthRegion).length - 1);
      expect(n.regionsWithoutRepresentative).not.toContain('NORTH');
    }
    const dialog = large.result.data!.networks.find((n: { slug: string }) => n.slug === 'psykisk-helse-og-rus');
    expect(dialog.regionsWithoutRepresentative).toEqual([]);
    expect(large.queries.length).toBe(small.queries.length);
  });
});

describe('networks: what the database itself guarantees', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const violation = (error: unknown) => (error as QueryFailedError & { driverError: { code: string; constraint?: string } }).driverError;

  it('allows one open (pending or active) membership per person and network, any number of past ones', async () => {
    const network = await createNetwork(t.dataSource);
    const r = await createResearcher(t.dataSource);
    await createMembership(t.dataSource, network, r.id, { status: MembershipStatus.ENDED, endedOn: '2024-06-01' });
    await createMembership(t.dataSource, network, r.id, { status: MembershipStatus.DECLINED, startedOn: null });
    await createMembership(t.dataSource, network, r.id, { status: MembershipStatus.PENDING, startedOn: null });

    for (const status of [MembershipStatus.PENDING, MembershipStatus.ACTIVE]) {
      const error = await createMembership(t.dataSource, network, r.id, { status }).catch((e: unknown) => e);
      expect(violation(error)).toMatchObject({ code: '23505', constraint: 'UQ_network_membership_open' });
    }
    const other = await createNetwork(t.dataSource);
    await expect(createMembership(t.dataSource, other, r.id, { status: MembershipStatus.ACTIVE })).resolves.toBeDefined();
  });

  it('refuses a membership that represents both a region and an organisation, or ends before it starts', async () => {
    const network = await createNetwork(t.dataSource);
    const org = await t.dataSource.getRepository(Organization).findOneByOrFail({ shortName: 'BAR' });
    const both = await createMembership(t.dataSource, network, (await createResearcher(t.dataSource)).id, {
      representingRegion: HealthRegion.WEST, representingOrganizationId: org.id,
    }).catch((e: unknown) => e);
    expect(violation(both)).toMatchObject({ code: '23514', constraint: 'CHK_network_membership_representing' });

    const backwards = await createMembership(t.dataSource, network, (await createResearcher(t.dataSource)).id, {
      status: MembershipStatus.ENDED, startedOn: '2024-05-01', endedOn: '2024-04-01',
    }).catch((e: unknown) => e);
    expect(violation(backwards)).toMatchObject({ code: '23514', constraint: 'CHK_network_membership_dates' });
  });
});
