import { AcademicDegree } from '../../src/common/enums/academic-degree.enum';
import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { osloToday } from '../../src/network/membership-helpers';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork, findNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

const FIELDS = `id status role startedOn endedOn representing motivation applicantDegree researchExperience
  decisionNote decidedBy decidedAt endNote endedBy network { slug } researcher { id fullName }`;
const APPLY = `mutation($network: String!, $motivation: String, $degree: AcademicDegree, $researchExperience: String) {
  applyToNetwork(network: $network, motivation: $motivation, degree: $degree, researchExperience: $researchExperience) { ${FIELDS} } }`;
const DECIDE = `mutation($id: ID!, $approve: Boolean!, $note: String) { decideMembership(id: $id, approve: $approve, note: $note) { ${FIELDS} } }`;
const SET_ROLE = `mutation($id: ID!, $role: MembershipRole!, $representing: RepresentationInput) {
  setMembershipRole(id: $id, role: $role, representing: $representing) { ${FIELDS} } }`;
const LEAVE = `mutation($network: String!) { leaveNetwork(network: $network) { ${FIELDS} } }`;
const PENDING = `query($network: String!) { pendingApplications(network: $network) { ${FIELDS} } }`;
const PUBLIC = `query($slug: String!) { network(slug: $slug) { memberCount members { researcher { id } } } }`;
const HISTORY = `{ me { profile { memberships { status role startedOn endedOn decisionNote network { slug } } } } }`;

describe('the life of a network membership', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const publicMemberIds = async (slug: string) => {
    const res = await t.gql(PUBLIC, { slug });
    expect(res.errors).toBeUndefined();
    return { count: res.data!.network.memberCount, ids: res.data!.network.members.map((m: any) => m.researcher.id) };
  };

  it('goes from application to decision, role change, leaving and history, with mail at each decision point', async () => {
    const network = await findNetwork(t.dataSource, 'forskernettverket');
    const coordinator = await createAccount(t, { profile: { givenName: 'Kari', familyName: 'Koordinator' }, profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const applicant = await createAccount(t, {
      profile: { givenName: 'Siri', familyName: 'Søker', degree: AcademicDegree.PHD_IN_PROGRESS },
      profileStatus: ProfileStatus.PUBLISHED,
    });
    const before = await publicMemberIds('forskernettverket');

    // Apply: the researcher network asks for research experience; the degree defaults to the profile's.
    const missing = await t.gql(APPLY, { network: 'forskernettverket', motivation: 'Jeg forsker på pasientopplæring.' }, applicant.token);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'researchExperience' });
    const mailsToCoordinator = t.mail.to(coordinator.account.email).length;
    const applied = await t.gql(
      APPLY,
      { network: 'forskernettverket', motivation: '  Jeg forsker på pasientopplæring.  ', researchExperience: 'Evaluering av LMS-kurs i Helse Vest, 2022–2024.' },
      applicant.token,
    );
    expect(applied.errors).toBeUndefined();
    const application = applied.data!.applyToNetwork;
    expect(application).toMatchObject({
      status: 'PENDING', role: 'MEMBER', startedOn: null, motivation: 'Jeg forsker på pasientopplæring.',
      applicantDegree: 'PHD_IN_PROGRESS', researchExperience: 'Evaluering av LMS-kurs i Helse Vest, 2022–2024.',
      network: { slug: 'forskernettverket' }, researcher: { id: applicant.researcher.id, fullName: 'Siri Søker' },
    });
    const notice = await t.mail.waitFor(coordinator.account.email, { since: mailsToCoordinator, subject: /søknad/i });
    expect(notice.text).toContain('Siri Søker');
    expect(notice.text).toContain('/nettverk/forskernettverket');

    // A second application while one is pending is refused, in Bokmål, and leaves one row.
    const duplicate = await t.gql(APPLY, { network: 'forskernettverket', researchExperience: 'Igjen' }, applicant.token);
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(duplicate.errors?.[0].message).toMatch(/allerede en søknad/);

    // Pending: the coordinator sees the application with degree and experience; the public does not.
    const pending = await t.gql(PENDING, { network: 'forskernettverket' }, coordinator.token);
    expect(pending.data!.pendingApplications).toEqual([expect.objectContaining({
      id: application.id, applicantDegree: 'PHD_IN_PROGRESS', researchExperience: 'Evaluering av LMS-kurs i Helse Vest, 2022–2024.',
    })]);
    expect(await publicMemberIds('forskernettverket')).toEqual(before);

    // Decide: approved, with note and decider; the applicant hears about it; a second decision conflicts.
    const mailsToApplicant = t.mail.to(applicant.account.email).length;
    const decided = await t.gql(DECIDE, { id: application.id, approve: true, note: 'Velkommen!' }, coordinator.token);
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.decideMembership).toMatchObject({
      status: 'ACTIVE', startedOn: osloToday(), decisionNote: 'Velkommen!', decidedBy: 'Kari Koordinator',
    });
    expect(decided.data!.decideMembership.decidedAt).toBeTruthy();
    const approval = await t.mail.waitFor(applicant.account.email, { since: mailsToApplicant, subject: /godkjent/i });
    expect(approval.text).toContain('Velkommen!');
    const again = await t.gql(DECIDE, { id: application.id, approve: false }, coordinator.token);
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    const afterDecision = await publicMemberIds('forskernettverket');
    expect(afterDecision.count).toBe(before.count + 1);
    expect(afterDecision.ids).toContain(applicant.researcher.id);
    const activeAgain = await t.gql(APPLY, { network: 'forskernettverket', researchExperience: 'x' }, applicant.token);
    expect(activeAgain.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/allerede medlem/) });

    // Role change with representation (an organisation), then back to none.
    const bar = (await t.gql(`{ organizations(query: "Barn av rusmisbrukere") { id } }`)).data!.organizations[0];
    const promoted = await t.gql(SET_ROLE, { id: application.id, role: 'RESOURCE_GROUP_MEMBER', representing: { organizationId: bar.id } }, coordinator.token);
    expect(promoted.data!.setMembershipRole).toMatchObject({ role: 'RESOURCE_GROUP_MEMBER', representing: 'BAR', status: 'ACTIVE' });
    const regional = await t.gql(SET_ROLE, { id: application.id, role: 'RESOURCE_GROUP_MEMBER', representing: { region: 'NORTH' } }, coordinator.token);
    expect(regional.data!.setMembershipRole).toMatchObject({ representing: 'Helse Nord' });
    const unchanged = await t.gql(SET_ROLE, { id: application.id, role: 'MEMBER' }, coordinator.token);
    expect(unchanged.data!.setMembershipRole).toMatchObject({ role: 'MEMBER', representing: 'Helse Nord' });
    const both = await t.gql(SET_ROLE, { id: application.id, role: 'MEMBER', representing: { region: 'NORTH', organizationId: bar.id } }, coordinator.token);
    expect(both.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'representing' });

    // Leave: ended today; gone from the public list; kept in the member's own history.
    const left = await t.gql(LEAVE, { network: 'forskernettverket' }, applicant.token);
    expect(left.data!.leaveNetwork).toMatchObject({ status: 'ENDED', endedOn: osloToday(), endedBy: 'Siri Søker' });
    expect(await publicMemberIds('forskernettverket')).toEqual(before);
    const leaveTwice = await t.gql(LEAVE, { network: 'forskernettverket' }, applicant.token);
    expect(leaveTwice.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    // Applying again is allowed; the old membership stays as history for the member and the deciders.
    const reapplied = await t.gql(APPLY, { network: 'forskernettverket', researchExperience: 'Ny periode' }, applicant.token);
    expect(reapplied.data!.applyToNetwork.status).toBe('PENDING');
    const history = await t.gql(HISTORY, {}, applicant.token);
    expect(history.errors).toBeUndefined();
    const mine = history.data!.me.profile.memberships.filter((m: any) => m.network.slug === 'forskernettverket');
    expect(mine).toEqual([
      { status: 'ENDED', role: 'MEMBER', startedOn: osloToday(), endedOn: osloToday(), decisionNote: 'Velkommen!', network: { slug: 'forskernettverket' } },
      { status: 'PENDING', role: 'MEMBER', startedOn: null, endedOn: null, decisionNote: null, network: { slug: 'forskernettverket' } },
    ]);
    const deciders = await t.gql(
      `query($n: String!) { networkMemberships(network: $n, status: [ENDED]) { id researcher { id } } }`,
      { n: 'forskernettverket' },
      coordinator.token,
    );
    expect(deciders.data!.networkMemberships).toEqual([{ id: application.id, researcher: { id: applicant.researcher.id } }]);

    // Others see only active memberships in the researcher's profile.
    const outsider = await createAccount(t);
    const seen = await t.gql(`query($id: ID) { researcher(id: $id) { memberships { status } } }`, { id: applicant.researcher.id }, outsider.token);
    expect(seen.data!.researcher.memberships).toEqual([]);
  });

  it('declines with a note, tells the applicant, and never shows the declined applicant publicly', async () => {
    const network = await createNetwork(t.dataSource);
    const leader = await createAccount(t, { profile: { givenName: 'Pål', familyName: 'Prosjektleder' }, profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, leader.researcher.id, { role: MembershipRole.PROJECT_LEADER });
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const applied = await t.gql(APPLY, { network: network.slug, motivation: 'Interessert' }, applicant.token);
    expect(applied.data!.applyToNetwork).toMatchObject({ status: 'PENDING', applicantDegree: null, researchExperience: null });

    const since = t.mail.to(applicant.account.email).length;
    const declined = await t.gql(DECIDE, { id: applied.data!.applyToNetwork.id, approve: false, note: 'Nettverket er for praktikere.' }, leader.token);
    expect(declined.data!.decideMembership).toMatchObject({ status: 'DECLINED', startedOn: null, decisionNote: 'Nettverket er for praktikere.', decidedBy: 'Pål Prosjektleder' });
    const mail = await t.mail.waitFor(applicant.account.email, { since, subject: /ikke godkjent|avslått/i });
    expect(mail.text).toContain('Nettverket er for praktikere.');

    const list = await t.gql(PUBLIC, { slug: network.slug });
    expect(list.data!.network).toEqual({ memberCount: 1, members: [{ researcher: { id: leader.researcher.id } }] });
    // A declined applicant may apply again later.
    const again = await t.gql(APPLY, { network: network.slug }, applicant.token);
    expect(again.data!.applyToNetwork.status).toBe('PENDING');
  });

  it('refuses applications to closed or unknown networks, without a degree where one is asked for, or with overlong text', async () => {
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const closed = await t.gql(APPLY, { network: 'dialogforum', motivation: 'Gjerne' }, applicant.token);
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'network' });
    const unknown = await t.gql(APPLY, { network: 'finnes-ikke' }, applicant.token);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const noDegree = await t.gql(APPLY, { network: 'forskernettverket', researchExperience: 'Litt' }, applicant.token);
    expect(noDegree.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'degree' });
    const tooLong = await t.gql(APPLY, { network: 'psykisk-helse-og-rus', motivation: 'x'.repeat(4001) }, applicant.token);
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'motivation' });
    const stated = await t.gql(APPLY, { network: 'forskernettverket', degree: 'MASTER', researchExperience: 'Masteroppgave om gruppeundervisning.' }, applicant.token);
    expect(stated.data!.applyToNetwork).toMatchObject({ status: 'PENDING', applicantDegree: 'MASTER' });
  });

  it("mails a new application to this network's coordinators only, or to the editors when it has none", async () => {
    const coordinated = await createNetwork(t.dataSource);
    const other = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, coordinated, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const otherCoordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, other, otherCoordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const editor = await createAccount(t, { role: Role.EDITOR });
    const applicant = await createAccount(t, { profile: { givenName: 'Ola', familyName: 'Nordmann' }, profileStatus: ProfileStatus.PUBLISHED });

    t.mail.clear();
    await t.gql(APPLY, { network: coordinated.slug, motivation: 'Privat begrunnelse' }, applicant.token);
    const notice = await t.mail.waitFor(coordinator.account.email, { subject: /Ny søknad/ });
    expect(notice.subject).toContain(coordinated.name);
    expect(notice.text).toContain('Ola Nordmann');
    expect(notice.text).not.toContain('Privat begrunnelse');
    expect(t.mail.to(otherCoordinator.account.email)).toEqual([]);
    expect(t.mail.to(editor.account.email)).toEqual([]);

    const uncoordinated = await createNetwork(t.dataSource);
    await t.gql(APPLY, { network: uncoordinated.slug }, applicant.token);
    const fallback = await t.mail.waitFor(editor.account.email, { subject: /Ny søknad/ });
    expect(fallback.subject).toContain(uncoordinated.name);
  });

  it('tells a person that a coordinator has added them, with their role', async () => {
    const network = await createNetwork(t.dataSource, { applicationsOpen: false });
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const appointed = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const res = await t.gql(
      `mutation($n: String!, $r: ID!) { addNetworkMember(network: $n, researcher: $r, role: PROJECT_LEADER) { status role } }`,
      { n: network.slug, r: appointed.researcher.id },
      coordinator.token,
    );
    expect(res.data!.addNetworkMember).toEqual({ status: 'ACTIVE', role: 'PROJECT_LEADER' });
    const mail = await t.mail.waitFor(appointed.account.email, { subject: /lagt til/ });
    expect(mail.text).toContain('Prosjektleder');
  });

  it('accepts exactly one of many simultaneous applications and answers the rest with CONFLICT', async () => {
    const network = await createNetwork(t.dataSource);
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const results = await Promise.all(
      Array.from({ length: 6 }, () => t.gql(APPLY, { network: network.slug, motivation: 'Samtidig' }, applicant.token)),
    );
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    for (const r of results.filter((x) => x.errors)) expect(r.errors![0].message).toMatch(/allerede/);
    const rows = await t.dataSource.query(`SELECT status FROM network_membership WHERE network_id = $1`, [network.id]);
    expect(rows).toEqual([{ status: MembershipStatus.PENDING }]);
  });

  it('lets two deciders race on one application: one decision wins, the other gets CONFLICT', async () => {
    const network = await createNetwork(t.dataSource);
    const editor = await createAccount(t, { role: Role.EDITOR });
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.LEADER });
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const id = (await t.gql(APPLY, { network: network.slug }, applicant.token)).data!.applyToNetwork.id;
    const [a, b] = await Promise.all([
      t.gql(DECIDE, { id, approve: true }, editor.token),
      t.gql(DECIDE, { id, approve: false }, coordinator.token),
    ]);
    expect([a, b].map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort()).toEqual(['CONFLICT', 'OK']);
  });
});
