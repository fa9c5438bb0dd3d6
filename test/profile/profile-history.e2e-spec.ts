import { MembershipRole, MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

const HISTORY = `query($id: ID) { profileHistory(id: $id) { action byOwner actorName note changes { field oldValue newValue } } }`;
const REVIEW = `mutation($id: ID!, $d: ReviewDecision!, $note: String) { reviewProfile(id: $id, decision: $d, note: $note) { status } }`;
const AUDIT = `query($action: String) { auditLog(action: $action, first: 10) { edges { node { action actorId targetId note before after } } } }`;

/** Another profile's history: the editors read it (hide and unhide with a reason); nobody else learns anything. */
describe('a profile’s history for the editors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('an editor hides a profile with a reason and shows it again; the history and the audit log say who, what and why', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR, profile: { givenName: 'Eli', familyName: 'Redaktør' } });
    const admin = await createAccount(t, { role: Role.ADMIN });
    const owner = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const id = owner.researcher.id;

    expect((await t.gql(REVIEW, { id, d: 'HIDE', note: 'Meldt inn som upassende' }, editor.token)).data!.reviewProfile.status).toBe('HIDDEN');
    expect((await t.gql(REVIEW, { id, d: 'PUBLISH', note: 'Rettet av eieren' }, editor.token)).data!.reviewProfile.status).toBe('PUBLISHED');

    const history = (await t.gql(HISTORY, { id }, editor.token)).data!.profileHistory;
    expect(history.slice(0, 2)).toEqual([
      { action: 'PUBLISHED', byOwner: false, actorName: 'Eli Redaktør', note: 'Rettet av eieren', changes: [{ field: 'status', oldValue: '"HIDDEN"', newValue: '"PUBLISHED"' }] },
      { action: 'HIDDEN', byOwner: false, actorName: 'Eli Redaktør', note: 'Meldt inn som upassende', changes: [{ field: 'status', oldValue: '"PUBLISHED"', newValue: '"HIDDEN"' }] },
    ]);
    // The owner reads the same history of her own profile; the editor, whose own profile is not
    // published, is named as the editorial team.
    expect((await t.gql(HISTORY, {}, owner.token)).data!.profileHistory.slice(0, 2)).toEqual(
      history.slice(0, 2).map((change: object) => ({ ...change, actorName: 'Redaksjonen' })),
    );

    const hidden = (await t.gql(AUDIT, { action: 'PROFILE_HIDDEN' }, admin.token)).data!.auditLog.edges.map((e: { node: object }) => e.node);
    expect(hidden).toContainEqual({
      action: 'PROFILE_HIDDEN',
      actorId: editor.account.id,
      targetId: id,
      note: 'Meldt inn som upassende',
      before: JSON.stringify({ status: 'PUBLISHED' }),
      after: JSON.stringify({ status: 'HIDDEN' }),
    });
  });

  it('a researcher, a coordinator of the owner’s network and an anonymous visitor cannot read another’s history', async () => {
    const owner = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.DRAFT });
    const researcher = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const coordinator = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const network = await createNetwork(t.dataSource);
    await createMembership(t.dataSource, network, coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    await createMembership(t.dataSource, network, owner.researcher.id);
    // A coordinator decides on applicants, and still does not read their profile's history.
    await createMembership(t.dataSource, network, applicant.researcher.id, { status: MembershipStatus.PENDING, startedOn: null });

    for (const target of [owner, applicant]) {
      for (const viewer of [researcher, coordinator]) {
        const res = await t.gql(HISTORY, { id: target.researcher.id }, viewer.token);
        expect(res.data).toBeNull();
        expect(res.errors![0].extensions!.code).toBe('NOT_FOUND');
      }
      const anonymous = await t.gql(HISTORY, { id: target.researcher.id });
      expect(anonymous.data).toBeNull();
      expect(anonymous.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    // The same answer as for a profile that does not exist: nothing tells them it does.
    const unknown = await t.gql(HISTORY, { id: '00000000-0000-4000-8000-000000000000' }, coordinator.token);
    expect(unknown.errors![0].extensions!.code).toBe('NOT_FOUND');
    expect(unknown.errors![0].message).toBe((await t.gql(HISTORY, { id: owner.researcher.id }, coordinator.token)).errors![0].message);
  });
});
