/**
 * Reads on a real streaming replica (a private primary and a hot standby made with
 * pg_basebackup), with read-your-writes for the writer. Replay on the standby is paused
 * while the checks run, so it lags for as long as the test needs: what a visitor then sees
 * comes from the standby, and the writer seeing her own change proves her reads went to the
 * primary. Needs the PostgreSQL server binaries (PG_BIN); jest.config.js runs it with the
 * other real-PostgreSQL tests (DATABASE_URL set).
 */
import { Client } from 'pg';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { PrivateCluster } from '../../scripts/lib/private-cluster';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const WINDOW_MS = 3_000;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UPDATE = `mutation($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) { title version } }`;
const READ = `query($s: String!) { researcher(slug: $s) { title version } }`;

describe('reads on a streaming replica, the writer\'s own reads on the primary', () => {
  jest.setTimeout(180_000);
  let primary: PrivateCluster;
  let replica: PrivateCluster;
  let standby: Client;
  let t: TestApp;
  const savedWindow = process.env.DATABASE_READ_YOUR_WRITES_MS;

  beforeAll(async () => {
    primary = await PrivateCluster.create('kk_replica_test', '-c max_connections=40');
    replica = await PrivateCluster.replicaOf(primary);
    process.env.DATABASE_READ_YOUR_WRITES_MS = String(WINDOW_MS);
    // Migrations and reference data are written on the primary and stream to the standby.
    t = await createTestApp({ endpoint: () => new DatabaseEndpoint(primary.url, null, [replica.url]) });
    standby = new Client({ connectionString: replica.url });
    // The last test stops the standby under this client's feet.
    standby.on('error', () => undefined);
    await standby.connect();
  });
  afterAll(async () => {
    await standby?.query('SELECT pg_wal_replay_resume()').catch(() => undefined);
    await standby?.end().catch(() => undefined);
    await t?.close();
    replica?.destroy();
    primary?.destroy();
    if (savedWindow === undefined) delete process.env.DATABASE_READ_YOUR_WRITES_MS;
    else process.env.DATABASE_READ_YOUR_WRITES_MS = savedWindow;
  });

  /** Waits until the standby has replayed everything the primary has written so far. */
  async function caughtUp(): Promise<void> {
    const [{ lsn }] = await t.dataSource.query(`SELECT pg_current_wal_lsn()::text AS lsn`);
    for (let i = 0; i < 200; i++) {
      const { rows } = await standby.query(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [lsn]);
      if (rows[0].done) return;
      await sleep(50);
    }
    throw new Error('the standby did not catch up');
  }

  it('is a real standby', async () => {
    const { rows } = await standby.query('SELECT pg_is_in_recovery() AS recovering');
    expect(rows[0].recovering).toBe(true);
  });

  it('shows the writer her change at once while visitors read the lagging replica; all see it once it catches up', async () => {
    const { token, researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { title: 'Gammel tittel' } });
    await caughtUp();
    await standby.query('SELECT pg_wal_replay_pause()');

    const saved = await t.gql(UPDATE, { v: researcher.version, input: { title: 'Ny tittel' } }, token);
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.updateMyProfile.title).toBe('Ny tittel');

    // The writer, right after her write: the primary.
    const own = await t.gql(READ, { s: researcher.slug }, token);
    expect(own.data!.researcher).toEqual({ title: 'Ny tittel', version: researcher.version + 1 });
    // A visitor: the replica, which has not replayed the change.
    const visitor = await t.gql(READ, { s: researcher.slug });
    expect(visitor.data!.researcher).toEqual({ title: 'Gammel tittel', version: researcher.version });
    // Another signed-in person who wrote nothing reads the replica too.
    const other = await createAccount(t);
    expect((await t.gql(READ, { s: researcher.slug }, other.token)).data!.researcher.title).toBe('Gammel tittel');

    // After the window the writer is back on the replica (still paused, so still the old title).
    await sleep(WINDOW_MS + 500);
    expect((await t.gql(READ, { s: researcher.slug }, token)).data!.researcher.title).toBe('Gammel tittel');

    await standby.query('SELECT pg_wal_replay_resume()');
    await caughtUp();
    expect((await t.gql(READ, { s: researcher.slug })).data!.researcher.title).toBe('Ny tittel');
  });

  it('reads a new account from the primary right after it registered (the token names the writer)', async () => {
    await caughtUp();
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      const REGISTER = `mutation($input: RegisterInput!) { register(input: $input) { accessToken } }`;
      const email = `replika-${Date.now()}@example.no`;
      const input = { email, password: 'Kaffekopp-Elgtråkk-Nordlys-91', givenName: 'Rita', familyName: 'Replika' };
      const registered = await t.gql(REGISTER, { input });
      expect(registered.errors).toBeUndefined();
      // The standby has not seen the account; her first query must not go there.
      const { rows } = await standby.query('SELECT count(*)::int AS n FROM account WHERE email = $1', [email]);
      expect(rows[0].n).toBe(0);
      const me = await t.gql(`{ me { email profile { familyName } } }`, {}, registered.data!.register.accessToken);
      expect(me.data!.me).toEqual({ email, profile: { familyName: 'Replika' } });
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
  });

  it('sends searches to the replica', async () => {
    await caughtUp();
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      const { researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { title: 'Replikaforsker', familyName: 'Speilsen' } });
      const SEARCH = `query { researchers(query: "Speilsen", first: 5) { totalCount edges { node { slug } } } }`;
      expect((await t.gql(SEARCH)).data!.researchers.totalCount).toBe(0);
      await standby.query('SELECT pg_wal_replay_resume()');
      await caughtUp();
      const found = (await t.gql(SEARCH)).data!.researchers;
      expect(found.totalCount).toBe(1);
      expect(found.edges[0].node.slug).toBe(researcher.slug);
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
  });

  it('keeps writes on the primary: a mutation with replay paused succeeds', async () => {
    const { token, researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await standby.query('SELECT pg_wal_replay_pause()');
    try {
      const res = await t.gql(UPDATE, { v: researcher.version, input: { title: 'Skrevet på primær' } }, token);
      expect(res.errors).toBeUndefined();
      const rows: Array<{ title: string }> = await t.dataSource.query(`SELECT title FROM researcher WHERE id = $1`, [researcher.id]);
      expect(rows[0].title).toBe('Skrevet på primær');
    } finally {
      await standby.query('SELECT pg_wal_replay_resume()');
    }
  });

  it('reads from the primary when the replica is down, instead of failing', async () => {
    const { researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { title: 'Uten replika' } });
    replica.ctl('stop');
    const read = await t.gql(READ, { s: researcher.slug });
    expect(read.errors).toBeUndefined();
    expect(read.data!.researcher.title).toBe('Uten replika');
    const search = await t.gql(`query { researchers(query: "mestring", first: 3) { totalCount } }`);
    expect(search.errors).toBeUndefined();
  });
});
