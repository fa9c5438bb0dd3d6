import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

const DECIDE = `mutation($id: ID!) { decideMembership(id: $id, approve: true, note: "Velkommen") { id } }`;
const MINE = `{ me { profile { memberships { decidedBy } } } }`;

/**
 * A member sees who decided on her application. An editor acts for the editorial office: her
 * name is shown only when her own profile is published; an unpublished one (every account has
 * a draft from the start) stays hidden, and the member reads "Redaksjonen".
 */
describe('how an editor who decided is named to the member', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const decidedBy = async (editorStatus: ProfileStatus) => {
    const network = await createNetwork(t.dataSource);
    const editor = await createAccount(t, {
      role: Role.EDITOR,
      profileStatus: editorStatus,
      profile: { givenName: 'Eva', familyName: `Redaktør-${editorStatus}` },
    });
    const applicant = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const application = await createMembership(t.dataSource, network, applicant.researcher.id, { status: MembershipStatus.PENDING });
    expect((await t.gql(DECIDE, { id: application.id }, editor.token)).errors).toBeUndefined();
    const mine = await t.gql<{ me: { profile: { memberships: Array<{ decidedBy: string }> } } }>(MINE, {}, applicant.token);
    expect(mine.errors).toBeUndefined();
    return mine.data!.me.profile.memberships[0].decidedBy;
  };

  it.each([ProfileStatus.DRAFT, ProfileStatus.PENDING_REVIEW, ProfileStatus.HIDDEN])(
    'reads "Redaksjonen" when the editor\'s profile is %s',
    async (status) => {
      expect(await decidedBy(status)).toBe('Redaksjonen');
    },
  );

  it("names the editor whose profile is published", async () => {
    expect(await decidedBy(ProfileStatus.PUBLISHED)).toBe(`Eva Redaktør-${ProfileStatus.PUBLISHED}`);
  });
});

/** The same rule in a profile's history, which the owner reads: who published, hid or rejected it. */
describe("how an editor is named in the history of someone's profile", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const HISTORY = `query($id: ID) { profileHistory(id: $id) { action byOwner actorName } }`;

  const reviewedBy = async (editorStatus: ProfileStatus) => {
    const editor = await createAccount(t, {
      role: Role.EDITOR,
      profileStatus: editorStatus,
      profile: { givenName: 'Eva', familyName: `Redaktør-${editorStatus}` },
    });
    const owner = await createAccount(t, { profileStatus: ProfileStatus.PENDING_REVIEW });
    const review = await t.gql(`mutation($id: ID!) { reviewProfile(id: $id, decision: PUBLISH) { id } }`, { id: owner.researcher.id }, editor.token);
    expect(review.errors).toBeUndefined();
    const seen = async (token: string, id: string | null) => {
      const res = await t.gql<{ profileHistory: Array<{ byOwner: boolean; actorName: string | null }> }>(HISTORY, { id }, token);
      expect(res.errors).toBeUndefined();
      return res.data!.profileHistory.filter((c) => !c.byOwner).map((c) => c.actorName);
    };
    return { byOwner: await seen(owner.token, null), byEditor: await seen(editor.token, owner.researcher.id) };
  };

  it.each([ProfileStatus.DRAFT, ProfileStatus.HIDDEN])(
    'shows the owner "Redaksjonen" when the editor\'s profile is %s, and the editors her name',
    async (status) => {
      const names = await reviewedBy(status);
      expect(names.byOwner).toEqual(['Redaksjonen']);
      expect(names.byEditor).toEqual([`Eva Redaktør-${status}`]);
    },
  );

  it('names the editor whose profile is published to the owner too', async () => {
    const names = await reviewedBy(ProfileStatus.PUBLISHED);
    expect(names.byOwner).toEqual([`Eva Redaktør-${ProfileStatus.PUBLISHED}`]);
  });
});
