import { MembershipRole } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork, findNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

describe('running a network: appointments, regions, archiving and meetings', () => {
  let t: TestApp;
  let editorToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    editorToken = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(() => t?.close());

  const appoint = (network: string, researcher: string, token: string, region?: string) =>
    t.gql(
      `mutation($n: String!, $r: ID!, $rep: RepresentationInput) {
        addNetworkMember(network: $n, researcher: $r, role: LEADER, representing: $rep) { status role representingRegion } }`,
      { n: network, r: researcher, rep: region ? { region } : null },
      token,
    );

  it('lets a coordinator appoint to her own network and not to another; the regions left show on the network', async () => {
    const forum = await createNetwork(t.dataSource, { applicationsOpen: false, representsRegions: true });
    const other = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, forum, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const leaderNorth = await createResearcher(t.dataSource, { status: ProfileStatus.PUBLISHED });

    const regions = () =>
      t.gql(`query($n: String!) { network(slug: $n) { representsRegions regionsWithoutRepresentative } }`, { n: forum.slug });
    expect((await regions()).data!.network).toEqual({
      representsRegions: true,
      regionsWithoutRepresentative: ['NORTH', 'CENTRAL', 'WEST', 'SOUTH_EAST'],
    });

    const refused = await appoint(other.slug, leaderNorth.id, coordinator.token);
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await t.gql(`query($n: String!) { network(slug: $n) { memberCount } }`, { n: other.slug })).data!.network.memberCount).toBe(0);

    const appointed = await appoint(forum.slug, leaderNorth.id, coordinator.token, 'NORTH');
    expect(appointed.errors).toBeUndefined();
    expect(appointed.data!.addNetworkMember).toEqual({ status: 'ACTIVE', role: 'LEADER', representingRegion: 'NORTH' });
    expect((await regions()).data!.network.regionsWithoutRepresentative).toEqual(['CENTRAL', 'WEST', 'SOUTH_EAST']);

    // Networks whose members do not represent regions list none.
    const open = await t.gql(`query($n: String!) { network(slug: $n) { regionsWithoutRepresentative } }`, { n: other.slug });
    expect(open.data!.network.regionsWithoutRepresentative).toEqual([]);
    // The seeded Dialogforum represents regions.
    expect((await findNetwork(t.dataSource, 'dialogforum')).representsRegions).toBe(true);
  });

  it('lets editors archive a network: gone from lists and facets, its page kept and marked', async () => {
    const network = await createNetwork(t.dataSource);
    const member = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, member.researcher.id);
    const researcher = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });

    const facetSlugs = async () => {
      const res = await t.gql(`{ researchers(first: 1) { facets { networks { value } } } }`);
      expect(res.errors).toBeUndefined();
      return res.data!.researchers.facets.networks.map((f: { value: string }) => f.value);
    };
    expect(await facetSlugs()).toContain(network.slug);

    const byResearcher = await t.gql(`mutation($s: String!) { archiveNetwork(slug: $s) { id } }`, { s: network.slug }, researcher.token);
    expect(byResearcher.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const archived = await t.gql(`mutation($s: String!) { archiveNetwork(slug: $s) { slug archivedAt applicationsOpen } }`, { s: network.slug }, editorToken);
    expect(archived.errors).toBeUndefined();
    expect(archived.data!.archiveNetwork.archivedAt).toEqual(expect.any(String));
    expect(archived.data!.archiveNetwork.applicationsOpen).toBe(false);

    const slugs = async (token?: string, all = false) =>
      (await t.gql(`query($a: Boolean) { networks(includeArchived: $a) { slug } }`, { a: all }, token)).data!.networks.map((n: { slug: string }) => n.slug);
    expect(await slugs()).not.toContain(network.slug);
    expect(await slugs(researcher.token, true)).not.toContain(network.slug);
    expect(await slugs(editorToken, true)).toContain(network.slug);

    const page = await t.gql(`query($s: String!) { network(slug: $s) { archivedAt memberCount } }`, { s: network.slug });
    expect(page.data!.network).toEqual({ archivedAt: expect.any(String), memberCount: 1 });
    expect(await facetSlugs()).not.toContain(network.slug);
    const apply = await t.gql(`mutation($s: String!) { applyToNetwork(network: $s) { id } }`, { s: network.slug }, researcher.token);
    expect(apply.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
  });

  it('keeps meetings: deciders plan, change and delete them; everyone sees upcoming and past', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const outsider = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const create = (input: Record<string, unknown>, token = coordinator.token) =>
      t.gql(
        `mutation($n: String!, $i: NetworkEventInput!) { createNetworkEvent(network: $n, input: $i) { id title startsAt place digital agenda minutesText minutesUrl } }`,
        { n: network.slug, i: input },
        token,
      );
    const day = 86_400_000;
    const past = await create({ title: 'Vårmøte', startsAt: new Date(Date.now() - 30 * day).toISOString(), place: 'Oslo', agenda: '1. Velkommen' });
    expect(past.errors).toBeUndefined();
    const next = await create({ title: 'Høstmøte', startsAt: new Date(Date.now() + 30 * day).toISOString(), digital: true });
    const later = await create({ title: 'Julemøte', startsAt: new Date(Date.now() + 60 * day).toISOString(), place: 'Bergen', digital: true });
    expect(later.data!.createNetworkEvent).toMatchObject({ place: 'Bergen', digital: true });

    expect((await create({ title: 'Uten sted', startsAt: new Date().toISOString() })).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'place' });
    expect((await create({ title: 'Lenke', startsAt: new Date().toISOString(), digital: true, minutesUrl: 'javascript:alert(1)' })).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'minutesUrl',
    });
    expect((await create({ title: 'Utenfra', startsAt: new Date().toISOString(), digital: true }, outsider.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const updated = await t.gql(
      `mutation($id: ID!, $i: NetworkEventInput!) { updateNetworkEvent(id: $id, input: $i) { title minutesText minutesUrl } }`,
      { id: past.data!.createNetworkEvent.id, i: { title: 'Vårmøte', startsAt: past.data!.createNetworkEvent.startsAt, place: 'Oslo', minutesText: 'Referat: enighet.', minutesUrl: 'https://example.no/referat.pdf' } },
      coordinator.token,
    );
    expect(updated.data!.updateNetworkEvent).toEqual({ title: 'Vårmøte', minutesText: 'Referat: enighet.', minutesUrl: 'https://example.no/referat.pdf' });

    const events = await t.gql(
      `query($n: String!) { network(slug: $n) { upcoming: events(upcoming: true) { title } past: events(upcoming: false) { title minutesText } all: events { title } } }`,
      { n: network.slug },
    );
    expect(events.data!.network).toEqual({
      upcoming: [{ title: 'Høstmøte' }, { title: 'Julemøte' }],
      past: [{ title: 'Vårmøte', minutesText: 'Referat: enighet.' }],
      all: [{ title: 'Vårmøte' }, { title: 'Høstmøte' }, { title: 'Julemøte' }],
    });

    const delByOutsider = await t.gql(`mutation($id: ID!) { deleteNetworkEvent(id: $id) }`, { id: next.data!.createNetworkEvent.id }, outsider.token);
    expect(delByOutsider.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const del = await t.gql(`mutation($id: ID!) { deleteNetworkEvent(id: $id) }`, { id: next.data!.createNetworkEvent.id }, editorToken);
    expect(del).toEqual({ data: { deleteNetworkEvent: true } });
    const missing = await t.gql(`mutation { deleteNetworkEvent(id: "ikke-en-id") }`, {}, editorToken);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
