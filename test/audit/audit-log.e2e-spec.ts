import { AuditAction } from '../../src/audit/audit-action';
import { AuditService } from '../../src/audit/audit.service';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const LOG = `query($first: Int, $after: String, $actor: ID, $action: String) {
  auditLog(first: $first, after: $after, actor: $actor, action: $action) {
    totalCount
    edges { cursor node { id at actorId actorRole action targetType targetId before after note } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('the audit log', () => {
  let t: TestApp;
  let admin: { token: string; account: { id: string } };
  let audit: AuditService;

  beforeAll(async () => {
    t = await createTestApp();
    admin = await createAccount(t, { role: Role.ADMIN });
    audit = t.app.get(AuditService);
  });
  afterAll(() => t?.close());

  const write = (actorId: string, action: AuditAction, targetId: string, note: string | null = null) =>
    t.dataSource.transaction((tx) =>
      audit.record(tx, {
        actor: { accountId: actorId, role: 'EDITOR' },
        action,
        targetType: 'CompetenceArea',
        targetId,
        before: { name: 'Gammelt navn' },
        after: { name: 'Nytt navn', tags: ['a', 'b'] },
        note,
      }),
    );

  it('shows admins what was written, newest first, with before and after as JSON', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    await write(editor.account.id, AuditAction.COMPETENCE_AREA_UPDATED, 'kommunikasjon', 'Navnet var misvisende');
    const page = (await t.gql(LOG, { first: 1, actor: editor.account.id }, admin.token)).data!.auditLog;
    expect(page.totalCount).toBe(1);
    expect(page.edges[0].node).toMatchObject({
      actorId: editor.account.id,
      actorRole: 'EDITOR',
      action: 'COMPETENCE_AREA_UPDATED',
      targetType: 'CompetenceArea',
      targetId: 'kommunikasjon',
      note: 'Navnet var misvisende',
    });
    expect(JSON.parse(page.edges[0].node.before)).toEqual({ name: 'Gammelt navn' });
    expect(JSON.parse(page.edges[0].node.after)).toEqual({ name: 'Nytt navn', tags: ['a', 'b'] });
    expect(Date.parse(page.edges[0].node.at)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('pages with opaque cursors and filters by actor and action', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    const other = await createAccount(t, { role: Role.EDITOR });
    for (let i = 1; i <= 5; i += 1) await write(editor.account.id, AuditAction.SEARCH_SYNONYM_SET, `term-${i}`);
    await write(editor.account.id, AuditAction.SEARCH_SYNONYM_REMOVED, 'term-x');
    await write(other.account.id, AuditAction.SEARCH_SYNONYM_SET, 'term-other');

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await t.gql(LOG, { first: 2, after, actor: editor.account.id, action: 'SEARCH_SYNONYM_SET' }, admin.token))
        .data!.auditLog;
      expect(page.totalCount).toBe(5);
      seen.push(...page.edges.map((e: { node: { targetId: string } }) => e.node.targetId));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(['term-5', 'term-4', 'term-3', 'term-2', 'term-1']);

    const removed = (await t.gql(LOG, { action: 'SEARCH_SYNONYM_REMOVED', actor: editor.account.id }, admin.token)).data!.auditLog;
    expect(removed.edges.map((e: { node: { targetId: string } }) => e.node.targetId)).toEqual(['term-x']);
  });

  it('keeps nothing of a change whose transaction fails', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    await expect(
      t.dataSource.transaction(async (tx) => {
        await audit.record(tx, { actor: { accountId: editor.account.id, role: 'EDITOR' }, action: AuditAction.ORGANIZATION_CREATED, targetType: 'Organization', targetId: null });
        throw new Error('the change itself failed');
      }),
    ).rejects.toThrow('the change itself failed');
    expect((await t.gql(LOG, { actor: editor.account.id }, admin.token)).data!.auditLog.totalCount).toBe(0);
  });

  it('is append-only in the database itself: updates, deletes and truncation are refused', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    await write(editor.account.id, AuditAction.COMPETENCE_AREA_RETIRED, 'x');
    await expect(t.dataSource.query(`UPDATE audit_entry SET note = 'endret' WHERE actor_id = $1`, [editor.account.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_entry WHERE actor_id = $1`, [editor.account.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_entry`)).rejects.toThrow(/append-only/);
    expect((await t.gql(LOG, { actor: editor.account.id }, admin.token)).data!.auditLog.totalCount).toBe(1);
  });

  it('is for admins only', async () => {
    const editor = await createAccount(t, { role: Role.EDITOR });
    const researcher = await createAccount(t);
    expect((await t.gql(LOG, {}, editor.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(LOG, {}, researcher.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(LOG, {})).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('names the offending argument', async () => {
    expect((await t.gql(LOG, { first: 0 }, admin.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await t.gql(LOG, { first: 101 }, admin.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect((await t.gql(LOG, { after: 'nonsense' }, admin.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    expect((await t.gql(LOG, { actor: 'not-a-uuid' }, admin.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'actor' });
  });
});
