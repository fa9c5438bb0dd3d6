import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { PasswordService } from '../../src/account/password.service';
import { EmbeddedDatabase } from '../../src/database/embedded-database';
import { createTestDatabase, usesRealPostgres } from '../support/test-database';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const PASSWORD = 'Gul-Sykkel-Over-Broa-77';

/** `npm run create-editor -- ...` as an operator types it, with only the given environment. */
async function createEditor(env: Record<string, string>, ...args: string[]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL' && k !== 'DATA_DIR'));
  try {
    const { stdout, stderr } = await run('npm', ['run', '--silent', 'create-editor', '--', ...args], {
      cwd: ROOT,
      env: { ...clean, LOG_LEVEL: 'warn', ...env },
      // Each run compiles the app with ts-node and opens the database: slow on a busy machine.
      timeout: 240_000,
    });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? 1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

interface Row { email: string; role: string; password_hash: string; email_verified_at: Date | null; profiles: number }

async function accountsIn(url: string): Promise<Row[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<Row>(
      `SELECT a.email, a.role, a.password_hash, a.email_verified_at,
              (SELECT count(*)::int FROM researcher r WHERE r.account_id = a.id) AS profiles
         FROM account a ORDER BY a.email`,
    );
    return rows;
  } finally {
    await client.end();
  }
}

async function expectEditors(rows: Row[]) {
  expect(rows.map((r) => [r.email, r.role, r.profiles])).toEqual([
    ['redaktor@example.no', 'EDITOR', 1],
    ['sjef@example.no', 'ADMIN', 1],
  ]);
  for (const row of rows) {
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await new PasswordService().verify(row.password_hash, PASSWORD)).toBe(true);
    expect(row.email_verified_at).toBeInstanceOf(Date);
  }
}

describe('npm run create-editor', () => {
  jest.setTimeout(600_000);

  it('makes an editor and an admin in the embedded database with no server running, and refuses a weak password', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kk-create-editor-'));
    try {
      const env = { DATA_DIR: dataDir };
      const editor = await createEditor(env, '--email', 'Redaktor@Example.no', '--password', PASSWORD);
      expect({ code: editor.code, stderr: editor.code === 0 ? '' : editor.stderr }).toEqual({ code: 0, stderr: '' });
      expect(editor.stdout).toContain('redaktor@example.no');
      expect((await createEditor(env, '--email', 'sjef@example.no', '--password', PASSWORD, '--role', 'admin')).code).toBe(0);
      const weak = await createEditor(env, '--email', 'svak@example.no', '--password', 'passord123');
      expect(weak.code).toBe(1);
      expect(weak.stderr).toContain('--password');

      const db = await EmbeddedDatabase.start({ dataDir });
      try {
        await expectEditors(await accountsIn(db.url));
      } finally {
        await db.stop();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it(`makes editors in the database named by DATABASE_URL (${usesRealPostgres() ? 'PostgreSQL' : 'embedded, over its socket'})`, async () => {
    const endpoint = await createTestDatabase();
    try {
      const env = { DATABASE_URL: endpoint.url };
      expect((await createEditor(env, '--email', 'redaktor@example.no', '--password', PASSWORD)).code).toBe(0);
      expect((await createEditor(env, '--email', 'sjef@example.no', '--password', PASSWORD, '--role', 'ADMIN')).code).toBe(0);
      await expectEditors(await accountsIn(endpoint.url));
    } finally {
      await endpoint.embedded?.stop();
    }
  });
});
