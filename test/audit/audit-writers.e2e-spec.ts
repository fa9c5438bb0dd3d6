import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const LOG = `query($actor: ID) { auditLog(actor: $actor, first: 100) { edges { node { actorId actorRole action targetType targetId before after note } } } }`;
const REVIEW = `mutation($id: ID!, $d: ReviewDecision!, $note: String) { reviewProfile(id: $id, decision: $d, note: $note) { status } }`;

type Line = { actorRole: string; action: string; targetType: string; targetId: string; before: unknown; after: unknown; note: string | null };

/** Every editor, admin and coordinator action leaves an audit line: who, what, before and after. */
describe('audit lines for editors’ and coordinators’ actions', () => {
  let t: TestApp;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    admin = (await createAccount(t, { role: Role.ADMIN })).token;
  });
  afterAll(() => t?.close());

  const lines = async (actor: string): Promise<Line[]> =>
    (await t.gql(LOG, { actor }, admin)).data!.auditLog.edges.map(({ node }: { node: Line & { before: string | null; after: string | null } }) => ({
      ...node,
      before: node.before && JSON.parse(node.before),
      after: node.after && JSON.parse(node.after),
    }));

  it('records review decisions: publish, reject, hide with its reason, unhide', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    const { researcher } = await createAccount(t, { profileStatus: ProfileStatus.PENDING_REVIEW });
    await t.gql(REVIEW, { id: researcher.id, d: 'PUBLISH' }, editor.token);
    await t.gql(REVIEW, { id: researcher.id, d: 'HIDE', note: 'Meldt som upassende' }, editor.token);
    await t.gql(REVIEW, { id: researcher.id, d: 'PUBLISH' }, editor.token);
    await t.gql(REVIEW, { id: researcher.id, d: 'REJECT', note: 'Mangler bio' }, editor.token);
    expect((await lines(editor.account.id)).reverse()).toEqual([
      { actorRole: 'EDITOR', action: 'PROFILE_PUBLISHED', targetType: 'Researcher', targetId: researcher.id, before: { status: 'PENDING_REVIEW' }, after: { status: 'PUBLISHED' }, note: null },
      { actorRole: 'EDITOR', action: 'PROFILE_HIDDEN', targetType: 'Researcher', targetId: researcher.id, before: { status: 'PUBLISHED' }, after: { status: 'HIDDEN' }, note: 'Meldt som upassende' },
      { actorRole: 'EDITOR', action: 'PROFILE_PUBLISHED', targetType: 'Researcher', targetId: researcher.id, before: { status: 'HIDDEN' }, after: { status: 'PUBLISHED' }, note: null },
      { actorRole: 'EDITOR', action: 'PROFILE_REJECTED', targetType: 'Researcher', targetId: researcher.id, before: { status: 'PUBLISHED' }, after: { status: 'DRAFT' }, note: 'Mangler bio' },
    ].map((l) => expect.objectContaining(l)));
  });

  it('records a coordinator’s membership decisions and appointments, and an editor’s network changes', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    const network = await createNetwork(t.dataSource);
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const application = await createMembership(t.dataSource, network, applicant.researcher.id, { status: MembershipStatus.PENDING, startedOn: null });
    const declined = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const refused = await createMembership(t.dataSource, network, declined.researcher.id, { status: MembershipStatus.PENDING, startedOn: null });
    const added = await createResearcher(t.dataSource);

    await t.gql(`mutation($id: ID!) { decideMembership(id: $id, approve: true) { status } }`, { id: application.id }, coordinator.token);
    await t.gql(`mutation($id: ID!) { decideMembership(id: $id, approve: false, note: "Oppfyller ikke kriteriene") { status } }`, { id: refused.id }, coordinator.token);
    const addedMembership = (await t.gql(`mutation($n: String!, $r: ID!) { addNetworkMember(network: $n, researcher: $r, role: RESOURCE_GROUP_MEMBER) { id } }`, { n: network.slug, r: added.id }, coordinator.token)).data!.addNetworkMember;
    await t.gql(`mutation($id: ID!) { setMembershipRole(id: $id, role: LEADER) { role } }`, { id: addedMembership.id }, coordinator.token);
    await t.gql(`mutation($id: ID!) { endMembership(id: $id, note: "Sluttet") { status } }`, { id: application.id }, coordinator.token);
    const actions = (await lines(coordinator.account.id)).reverse();
    expect(actions.map((l) => [l.action, l.targetType, l.actorRole])).toEqual([
      ['MEMBERSHIP_APPROVED', 'NetworkMembership', 'RESEARCHER'],
      ['MEMBERSHIP_DECLINED', 'NetworkMembership', 'RESEARCHER'],
      ['MEMBERSHIP_ADDED', 'NetworkMembership', 'RESEARCHER'],
      ['MEMBERSHIP_ROLE_CHANGED', 'NetworkMembership', 'RESEARCHER'],
      ['MEMBERSHIP_ENDED', 'NetworkMembership', 'RESEARCHER'],
    ]);
    expect(actions[0]).toMatchObject({ targetId: application.id, before: { status: 'PENDING' }, after: { status: 'ACTIVE' } });
    expect(actions[1]).toMatchObject({ targetId: refused.id, after: { status: 'DECLINED' }, note: 'Oppfyller ikke kriteriene' });
    expect(actions[3]).toMatchObject({ before: { role: 'RESOURCE_GROUP_MEMBER' }, after: { role: 'LEADER' } });

    await t.gql(`mutation($s: String!) { updateNetwork(slug: $s, input: { applicationsOpen: false }) { slug } }`, { s: network.slug }, editor.token);
    expect((await lines(editor.account.id))[0]).toMatchObject({ action: 'NETWORK_UPDATED', targetId: network.id, before: { applicationsOpen: true }, after: { applicationsOpen: false } });
  });

  it('records archiving a network, and blocking and unblocking a sender for everyone without keeping the address', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    const network = await createNetwork(t.dataSource);
    expect((await t.gql(`mutation($s: String!) { archiveNetwork(slug: $s) { slug } }`, { s: network.slug }, editor.token)).errors).toBeUndefined();
    // Archiving again changes nothing, so writes nothing.
    await t.gql(`mutation($s: String!) { archiveNetwork(slug: $s) { slug } }`, { s: network.slug }, editor.token);
    const address = 'plagsom.avsender@example.org';
    expect((await t.gql(`mutation($e: String) { blockContactSenderForEveryone(senderEmail: $e) }`, { e: address }, editor.token)).errors).toBeUndefined();
    expect((await t.gql(`mutation($e: String!) { unblockContactSenderForEveryone(senderEmail: $e) }`, { e: address }, editor.token)).errors).toBeUndefined();

    const actions = (await lines(editor.account.id)).reverse();
    expect(actions.map((l) => l.action)).toEqual(['NETWORK_ARCHIVED', 'CONTACT_SENDER_BLOCKED', 'CONTACT_SENDER_UNBLOCKED']);
    expect(actions[0]).toMatchObject({ targetType: 'Network', targetId: network.id, before: { archived: false }, after: { archived: true, applicationsOpen: false } });
    expect(actions[1].targetId).toBe(actions[2].targetId);
    expect(JSON.stringify(actions)).not.toContain('plagsom');
  });

  it('writes nothing when the action is refused', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    const { researcher } = await createAccount(t);
    expect((await t.gql(REVIEW, { id: researcher.id, d: 'PUBLISH' }, editor.token)).errors![0].extensions!.code).toBe('CONFLICT');
    expect(await lines(editor.account.id)).toEqual([]);
  });
});
