import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

type Viewer = 'anonymous' | 'owner' | 'other researcher' | 'editor' | 'admin';
const VIEWERS: Viewer[] = ['anonymous', 'owner', 'other researcher', 'editor', 'admin'];

interface World {
  targetProfileId: string;
  targetAccountId: string;
  /** The version of the viewer's own profile. */
  viewerVersion: number;
}
interface Operation {
  query: string;
  variables?: (w: World) => Record<string, unknown>;
  /** The outcome for each viewer: 'ok' or the error code. */
  expect: [anonymous: string, owner: string, other: string, editor: string, admin: string];
}

const OK = 'ok';
const UNAUTH = 'UNAUTHENTICATED';
const FORBID = 'FORBIDDEN';
const BAD = 'BAD_USER_INPUT';

// "owner" is the account that owns the target profile; the others act on it or on their own.
const OPERATIONS: Record<string, Operation> = {
  me: { query: `{ me { id } }`, expect: [OK, OK, OK, OK, OK] },
  exportMyData: { query: `{ exportMyData }`, expect: [UNAUTH, OK, OK, OK, OK] },
  updateMyProfile: {
    query: `mutation($v: Int!) { updateMyProfile(input: { title: "X" }, expectedVersion: $v) { id } }`,
    variables: (w) => ({ v: w.viewerVersion }),
    expect: [UNAUTH, OK, OK, OK, OK],
  },
  submitMyProfileForReview: { query: `mutation { submitMyProfileForReview { id } }`, expect: [UNAUTH, 'CONFLICT', OK, OK, OK] },
  confirmMyProfileIsCurrent: { query: `mutation { confirmMyProfileIsCurrent { id } }`, expect: [UNAUTH, OK, OK, OK, OK] },
  profileHistory: {
    query: `query($id: ID) { profileHistory(id: $id) { action } }`,
    variables: (w) => ({ id: w.targetProfileId }),
    expect: [UNAUTH, OK, 'NOT_FOUND', OK, OK],
  },
  reviewProfile: {
    query: `mutation($id: ID!) { reviewProfile(id: $id, decision: PUBLISH) { status } }`,
    variables: (w) => ({ id: w.targetProfileId }),
    expect: [UNAUTH, FORBID, FORBID, OK, OK],
  },
  pendingProfiles: { query: `{ pendingProfiles { id } }`, expect: [UNAUTH, FORBID, FORBID, OK, OK] },
  unconfirmedProfiles: { query: `{ unconfirmedProfiles { id } }`, expect: [UNAUTH, FORBID, FORBID, OK, OK] },
  setAccountRole: {
    query: `mutation($id: ID!) { setAccountRole(id: $id, role: EDITOR) { role } }`,
    variables: (w) => ({ id: w.targetAccountId }),
    expect: [UNAUTH, FORBID, FORBID, FORBID, OK],
  },
  setAccountDisabled: {
    query: `mutation($id: ID!) { setAccountDisabled(id: $id, disabled: true) { disabledAt } }`,
    variables: (w) => ({ id: w.targetAccountId }),
    expect: [UNAUTH, FORBID, FORBID, FORBID, OK],
  },
  changePassword: { query: `mutation { changePassword(currentPassword: "feil-feil-feil", newPassword: "Ny-Fin-Sommerfugl-2040") { accessToken } }`, expect: [UNAUTH, BAD, BAD, BAD, BAD] },
  deleteMyAccount: { query: `mutation { deleteMyAccount(password: "feil-feil-feil") }`, expect: [UNAUTH, BAD, BAD, BAD, BAD] },
  logoutEverywhere: { query: `mutation { logoutEverywhere }`, expect: [UNAUTH, OK, OK, OK, OK] },
  resendVerificationEmail: { query: `mutation { resendVerificationEmail }`, expect: [UNAUTH, OK, OK, OK, OK] },
  requestPasswordReset: { query: `mutation { requestPasswordReset(email: "noen@example.no") }`, expect: [OK, OK, OK, OK, OK] },
  logout: { query: `mutation { logout(refreshToken: "ukjent") }`, expect: [OK, OK, OK, OK, OK] },
  verifyEmail: { query: `mutation { verifyEmail(token: "ukjent") }`, expect: [BAD, BAD, BAD, BAD, BAD] },
  resetPassword: { query: `mutation { resetPassword(token: "ukjent", newPassword: "Ny-Fin-Sommerfugl-2040") }`, expect: [BAD, BAD, BAD, BAD, BAD] },
  refreshToken: { query: `mutation { refreshToken(refreshToken: "ukjent") { accessToken } }`, expect: [UNAUTH, UNAUTH, UNAUTH, UNAUTH, UNAUTH] },
  login: { query: `mutation { login(email: "ingen@example.no", password: "feil-feil-feil") { accessToken } }`, expect: [UNAUTH, UNAUTH, UNAUTH, UNAUTH, UNAUTH] },
  register: {
    query: `mutation($e: String!) { register(input: { email: $e, givenName: "Ny", familyName: "Person", password: "Lilla-Elefant-Danser-Tango-7" }) { accessToken } }`,
    variables: () => ({ e: `ny.${Math.random().toString(36).slice(2)}@example.no` }),
    expect: [OK, OK, OK, OK, OK],
  },
};

describe('role × operation matrix', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  /** A fresh owner with a profile awaiting review, and a fresh viewer, so no cell depends on another. */
  async function world(viewer: Viewer): Promise<{ w: World; token?: string }> {
    const owner = await createAccount(t, { profileStatus: ProfileStatus.PENDING_REVIEW });
    const base = { targetProfileId: owner.researcher.id, targetAccountId: owner.account.id };
    const as = (v: { token: string; researcher: { version: number } }) => ({ w: { ...base, viewerVersion: v.researcher.version }, token: v.token });
    switch (viewer) {
      case 'anonymous':
        return { w: { ...base, viewerVersion: 1 } };
      case 'owner':
        return as(owner);
      case 'other researcher':
        return as(await createAccount(t));
      case 'editor':
        return as(await createAccount(t, { role: Role.EDITOR }));
      case 'admin':
        return as(await createAccount(t, { role: Role.ADMIN }));
    }
  }

  it.each(Object.entries(OPERATIONS))('%s: anonymous, owner, other researcher, editor, admin', async (_name, op) => {
    const actual: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const [i, viewer] of VIEWERS.entries()) {
      const { w, token } = await world(viewer);
      const res = await t.gql(op.query, op.variables?.(w), token);
      actual[viewer] = res.errors ? String(res.errors[0].extensions?.code) : OK;
      expected[viewer] = op.expect[i];
    }
    expect(actual).toEqual(expected);
  });

  it('lets nobody edit or read the history of a profile through someone else\'s account', async () => {
    const owner = await createAccount(t, { profile: { bio: 'Eierens tekst' } });
    const other = await createAccount(t);
    await t.gql(`mutation { updateMyProfile(input: { bio: "Endret av en annen" }, expectedVersion: ${other.researcher.version}) { id } }`, {}, other.token);
    const [{ bio }] = await t.dataSource.query(`SELECT bio FROM researcher WHERE id = $1`, [owner.researcher.id]);
    expect(bio).toBe('Eierens tekst');
  });
});
