import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

describe('running a network: editors and coordinators', () => {
  let t: TestApp;
  let editorToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    editorToken = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(() => t?.close());

  it('lets editors create a network and change its name, description, criteria and whether it takes applications', async () => {
    const created = await t.gql(
      `mutation { createNetwork(input: { slug: "nordisk-nettverk", name: "  Nordisk nettverk  ", description: "Samarbeid i Norden", criteria: "Forskere i Norden" }) {
        slug name description criteria applicationsOpen asksResearchBackground memberCount } }`,
      {},
      editorToken,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createNetwork).toEqual({
      slug: 'nordisk-nettverk', name: 'Nordisk nettverk', description: 'Samarbeid i Norden', criteria: 'Forskere i Norden',
      applicationsOpen: true, asksResearchBackground: false, memberCount: 0,
    });
    const updated = await t.gql(
      `mutation { updateNetwork(slug: "nordisk-nettverk", input: { name: "Nordisk forskernettverk", applicationsOpen: false }) { name description applicationsOpen } }`,
      {},
      editorToken,
    );
    expect(updated.data!.updateNetwork).toEqual({ name: 'Nordisk forskernettverk', description: 'Samarbeid i Norden', applicationsOpen: false });
    const listed = await t.gql(`{ networks { slug } }`);
    expect(listed.data!.networks.map((n: { slug: string }) => n.slug)).toContain('nordisk-nettverk');

    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const closed = await t.gql(`mutation { applyToNetwork(network: "nordisk-nettverk") { id } }`, {}, applicant.token);
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
  });

  it('validates network input and names the offending field', async () => {
    const cases: Array<[string, string]> = [
      [`createNetwork(input: { slug: "Ugyldig slug", name: "Navn" }) { id }`, 'slug'],
      [`createNetwork(input: { slug: "forskernettverket", name: "Dublett" }) { id }`, 'slug'],
      [`createNetwork(input: { slug: "kort-navn", name: "X" }) { id }`, 'name'],
      [`createNetwork(input: { slug: "lang", name: "Navn", description: "${'x'.repeat(5001)}" }) { id }`, 'description'],
      [`updateNetwork(slug: "forskernettverket", input: { name: "   " }) { id }`, 'name'],
    ];
    for (const [mutation, field] of cases) {
      const res = await t.gql(`mutation { ${mutation} }`, {}, editorToken);
      expect({ mutation: mutation.slice(0, 60), error: res.errors?.[0].extensions }).toEqual({
        mutation: mutation.slice(0, 60),
        error: expect.objectContaining({ code: 'BAD_USER_INPUT', field }),
      });
    }
    const missing = await t.gql(`mutation { updateNetwork(slug: "finnes-ikke", input: { name: "Navn" }) { id } }`, {}, editorToken);
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets a coordinator add members by appointment (even to a closed network), with whom they represent', async () => {
    const network = await createNetwork(t.dataSource, { applicationsOpen: false });
    const leader = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, leader.researcher.id, { role: MembershipRole.LEADER });
    const add = (researcher: string, role: string, representing?: Record<string, unknown>) =>
      t.gql(
        `mutation($n: String!, $r: ID!, $role: MembershipRole!, $rep: RepresentationInput) {
          addNetworkMember(network: $n, researcher: $r, role: $role, representing: $rep) { status role startedOn representing representingRegion decidedBy researcher { id } } }`,
        { n: network.slug, r: researcher, role, rep: representing },
        leader.token,
      );
    const regions = ['NORTH', 'CENTRAL', 'WEST', 'SOUTH_EAST'];
    for (const region of regions) {
      const r = await createResearcher(t.dataSource);
      const res = await add(r.id, 'MEMBER', { region });
      expect(res.errors).toBeUndefined();
      expect(res.data!.addNetworkMember).toMatchObject({ status: 'ACTIVE', role: 'MEMBER', representingRegion: region });
      expect(res.data!.addNetworkMember.startedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    const bar = (await t.gql(`{ organizations(query: "BAR") { id shortName } }`)).data!.organizations.find((o: any) => o.shortName === 'BAR');
    const userRep = await createResearcher(t.dataSource);
    const added = await add(userRep.id, 'RESOURCE_GROUP_MEMBER', { organizationId: bar.id });
    expect(added.data!.addNetworkMember).toMatchObject({ role: 'RESOURCE_GROUP_MEMBER', representing: 'BAR', representingRegion: null });

    const twice = await add(userRep.id, 'MEMBER');
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/allerede medlem/) });
    const unknownResearcher = await add('00000000-0000-4000-8000-000000000000', 'MEMBER');
    // Unknown, draft, hidden and disabled are answered alike (test/hardening/appoint-unpublished).
    expect(unknownResearcher.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND' });
    const badId = await add('ikke-en-id', 'MEMBER');
    expect(badId.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'researcher' });
    const badOrg = await add((await createResearcher(t.dataSource)).id, 'MEMBER', { organizationId: '00000000-0000-4000-8000-000000000000' });
    expect(badOrg.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'representing.organizationId' });

    const dialog = await t.gql(`query($n: String!) { network(slug: $n) { memberCount group: memberCount(role: RESOURCE_GROUP_MEMBER) members { representing } } }`, { n: network.slug });
    expect(dialog.data!.network.memberCount).toBe(6);
    expect(dialog.data!.network.group).toBe(1);
    expect(dialog.data!.network.members.map((m: any) => m.representing).sort()).toEqual(
      ['BAR', 'Helse Midt-Norge', 'Helse Nord', 'Helse Sør-Øst', 'Helse Vest', null].sort(),
    );
  });

  it('ends a membership with a note and an end date; the member keeps it in their history', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profile: { givenName: 'Kim', familyName: 'Koordinator' }, profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const member = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const m = await createMembership(t.dataSource, network, member.researcher.id, { startedOn: '2023-02-01' });
    const pending = await createMembership(t.dataSource, network, (await createResearcher(t.dataSource)).id, { status: MembershipStatus.PENDING, startedOn: null });

    const ended = await t.gql(`mutation($id: ID!) { endMembership(id: $id, note: "Gått over i ny stilling") { status startedOn endedOn endNote endedBy } }`, { id: m.id }, coordinator.token);
    expect(ended.errors).toBeUndefined();
    expect(ended.data!.endMembership).toMatchObject({ status: 'ENDED', startedOn: '2023-02-01', endNote: 'Gått over i ny stilling', endedBy: 'Kim Koordinator' });
    expect(ended.data!.endMembership.endedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const twice = await t.gql(`mutation($id: ID!) { endMembership(id: $id) { status } }`, { id: m.id }, coordinator.token);
    expect(twice.errors?.[0].extensions?.code).toBe('CONFLICT');
    const notActive = await t.gql(`mutation($id: ID!) { endMembership(id: $id) { status } }`, { id: pending.id }, coordinator.token);
    expect(notActive.errors?.[0].extensions?.code).toBe('CONFLICT');
    const roleOfEnded = await t.gql(`mutation($id: ID!) { setMembershipRole(id: $id, role: LEADER) { role } }`, { id: m.id }, coordinator.token);
    expect(roleOfEnded.errors?.[0].extensions?.code).toBe('CONFLICT');

    const history = await t.gql(`{ me { profile { memberships { status endNote endedOn network { slug } } } } }`, {}, member.token);
    expect(history.data!.me.profile.memberships).toEqual([
      { status: 'ENDED', endNote: 'Gått over i ny stilling', endedOn: ended.data!.endMembership.endedOn, network: { slug: network.slug } },
    ]);
    const members = await t.gql(`query($n: String!) { network(slug: $n) { memberCount } }`, { n: network.slug });
    expect(members.data!.network.memberCount).toBe(1);
  });

  it('lets a member withdraw a pending application', async () => {
    const network = await createNetwork(t.dataSource);
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await t.gql(`mutation($n: String!) { applyToNetwork(network: $n) { id } }`, { n: network.slug }, applicant.token);
    const withdrawn = await t.gql(`mutation($n: String!) { leaveNetwork(network: $n) { status startedOn endedOn } }`, { n: network.slug }, applicant.token);
    expect(withdrawn.data!.leaveNetwork).toMatchObject({ status: 'ENDED', startedOn: null });
    const pending = await t.gql(`query($n: String!) { pendingApplications(network: $n) { id } }`, { n: network.slug }, editorToken);
    expect(pending.data!.pendingApplications).toEqual([]);
  });
});

describe('the newsletter mailing list', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('lists active members who accepted network mail, as CSV safe to open in a spreadsheet', async () => {
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const add = async (fields: Parameters<typeof createResearcher>[1], status = MembershipStatus.ACTIVE) => {
      const r = await createResearcher(t.dataSource, fields);
      await createMembership(t.dataSource, network, r.id, { status, startedOn: status === MembershipStatus.ACTIVE ? '2024-01-01' : null });
    };
    await add({ givenName: 'Kari', familyName: 'Berg, Nordmann', email: 'kari@example.no', acceptsNetworkMail: true });
    await add({ givenName: '=HYPERLINK("http://evil")', familyName: 'Angriper "A"', email: 'a@example.no', acceptsNetworkMail: true });
    await add({ givenName: 'Uten', familyName: 'Samtykke', email: 'nei@example.no', acceptsNetworkMail: false });
    await add({ givenName: 'Søker', familyName: 'Venter', email: 'venter@example.no', acceptsNetworkMail: true }, MembershipStatus.PENDING);
    await add({ givenName: 'Tidligere', familyName: 'Medlem', email: 'tidligere@example.no', acceptsNetworkMail: true }, MembershipStatus.ENDED);
    await add({ givenName: 'Ingen', familyName: 'Adresse', email: null, acceptsNetworkMail: true });
    // A member without a contact address on the profile gets mail at the login address.
    const loginOnly = await createAccount(t, { profile: { givenName: 'Åse', familyName: 'Øyen', acceptsNetworkMail: true, email: null }, profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, loginOnly.researcher.id);

    const res = await t.gql(`query($n: String!) { networkMailingList(network: $n) }`, { n: network.slug }, coordinator.token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.networkMailingList).toBe(
      [
        '"Fornavn","Etternavn","E-post","Rolle"',
        `"'=HYPERLINK(""http://evil"")","Angriper ""A""","a@example.no","Medlem"`,
        '"Kari","Berg, Nordmann","kari@example.no","Medlem"',
        `"Åse","Øyen","${loginOnly.account.email}","Medlem"`,
        '',
      ].join('\r\n'),
    );
  });
});
