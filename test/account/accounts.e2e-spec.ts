import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const ACCOUNTS = `query($q: String, $role: Role, $disabled: Boolean, $first: Int, $after: String) {
  accounts(query: $q, role: $role, disabled: $disabled, first: $first, after: $after) {
    totalCount edges { cursor node { id email role disabledAt profile { fullName } } } pageInfo { hasNextPage endCursor } } }`;
const ROLE = `mutation($id: ID!, $role: Role!) { setAccountRole(id: $id, role: $role) { id role } }`;
const DISABLE = `mutation($id: ID!, $disabled: Boolean!) { setAccountDisabled(id: $id, disabled: $disabled) { id disabledAt } }`;
const LOG = `query($actor: ID) { auditLog(actor: $actor, first: 100) { edges { node { action targetId before after } } } }`;

describe('admins find and manage accounts', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof createAccount>>;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAccount(t, { role: Role.ADMIN, email: 'admin@nklmh.example.no' });
    await createAccount(t, { email: 'kari.nordmann@uio.example.no', profile: { givenName: 'Kari', familyName: 'Nordmann' } });
    await createAccount(t, { email: 'per@ous.example.no', profile: { givenName: 'Per', familyName: 'Ødegård' } });
    await createAccount(t, { email: 'redaktor@nklmh.example.no', role: Role.EDITOR, profile: { givenName: 'Rita', familyName: 'Redaktør' } });
  });
  afterAll(() => t?.close());

  const emails = async (variables: Record<string, unknown>) =>
    (await t.gql(ACCOUNTS, variables, admin.token)).data!.accounts.edges.map((e: { node: { email: string } }) => e.node.email);

  it('finds an account by part of its address or by the name on its profile, accents ignored', async () => {
    expect(await emails({ q: 'kari.nord' })).toEqual(['kari.nordmann@uio.example.no']);
    expect(await emails({ q: 'odegard' })).toEqual(['per@ous.example.no']);
    expect(await emails({ q: 'NKLMH.example' })).toEqual(['admin@nklmh.example.no', 'redaktor@nklmh.example.no']);
    const kari = (await t.gql(ACCOUNTS, { q: 'kari' }, admin.token)).data!.accounts.edges[0].node;
    expect(kari).toMatchObject({ role: 'RESEARCHER', disabledAt: null, profile: { fullName: 'Kari Nordmann' } });
  });

  it('filters by role and state and pages through everyone with cursors', async () => {
    expect(await emails({ role: 'EDITOR' })).toEqual(['redaktor@nklmh.example.no']);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.gql(ACCOUNTS, { first: 2, after }, admin.token)).data!.accounts;
      seen.push(...page.edges.map((e: { node: { email: string } }) => e.node.email));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual([...seen].sort());
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe((await t.gql(ACCOUNTS, {}, admin.token)).data!.accounts.totalCount);
    expect((await t.gql(ACCOUNTS, { after: 'nonsense' }, admin.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await t.gql(ACCOUNTS, { first: 1000 }, admin.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('disabling ends the account’s sessions at once, and it is logged with the role changes', async () => {
    const target = await createAccount(t, { email: 'skal.sperres@example.no' });
    expect((await t.gql('{ me { id } }', {}, target.token)).data!.me.id).toBe(target.account.id);
    const disabled = (await t.gql(DISABLE, { id: target.account.id, disabled: true }, admin.token)).data!.setAccountDisabled;
    expect(disabled.disabledAt).not.toBeNull();
    expect((await t.gql('{ me { id } }', {}, target.token)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect(await emails({ disabled: true })).toEqual(['skal.sperres@example.no']);
    expect(await emails({ disabled: false })).not.toContain('skal.sperres@example.no');

    await t.gql(DISABLE, { id: target.account.id, disabled: false }, admin.token);
    await t.gql(ROLE, { id: target.account.id, role: 'EDITOR' }, admin.token);
    const log = (await t.gql(LOG, { actor: admin.account.id }, admin.token)).data!.auditLog.edges.map((e: { node: Record<string, string> }) => ({
      action: e.node.action,
      targetId: e.node.targetId,
      before: JSON.parse(e.node.before),
      after: JSON.parse(e.node.after),
    }));
    expect(log.slice(0, 3)).toEqual([
      { action: 'ACCOUNT_ROLE_CHANGED', targetId: target.account.id, before: { role: 'RESEARCHER' }, after: { role: 'EDITOR' } },
      { action: 'ACCOUNT_ENABLED', targetId: target.account.id, before: { disabled: true }, after: { disabled: false } },
      { action: 'ACCOUNT_DISABLED', targetId: target.account.id, before: { disabled: false }, after: { disabled: true } },
    ]);
  });

  it('is for admins only', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    const researcher = await createAccount(t);
    expect((await t.gql(ACCOUNTS, {}, editor.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(ACCOUNTS, {}, researcher.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(ACCOUNTS, {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
