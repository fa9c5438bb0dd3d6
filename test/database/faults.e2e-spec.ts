/**
 * Database faults: connections killed by the server, the database unreachable, and no
 * acknowledged write lost. Real PostgreSQL only (pg_terminate_backend, and a TCP proxy in
 * front of a server in another process); jest.config.js leaves this file out of the
 * embedded run, see PG_ONLY there.
 */
import { Client } from 'pg';
import type { Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { createAccount } from '../support/factories/account.factory';
import { TcpProxy } from '../support/tcp-proxy';
import { createTestApp, GraphQLResponse, TestApp } from '../support/test-app';

const serverUrl = process.env.KK_TEST_SERVER_URL;
if (!serverUrl) throw new Error('faults.e2e-spec.ts needs a real PostgreSQL: run it with DATABASE_URL set.');

const APP = 'kompetansekatalogen';
const NETWORKS = '{ networks { slug memberCount } }';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('database faults', () => {
  let t: TestApp;
  let proxy: TcpProxy;
  let directUrl: string;
  let admin: Client;
  let database: string;

  beforeAll(async () => {
    const server = new URL(serverUrl);
    proxy = await TcpProxy.start(server.hostname, Number(server.port || 5432));
    t = await createTestApp({
      endpoint: (created) => {
        directUrl = created.url;
        return new DatabaseEndpoint(proxy.route(created.url), null);
      },
    });
    database = new URL(directUrl).pathname.slice(1);
    admin = new Client({ connectionString: directUrl, application_name: 'kk-fault-test' });
    await admin.connect();
  });
  afterAll(async () => {
    await admin?.end();
    await t?.close();
    await proxy?.close();
  });

  async function appBackends(): Promise<number[]> {
    const { rows } = await admin.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name = $2',
      [database, APP],
    );
    return rows.map((r) => r.pid);
  }

  /** Terminates every app connection (and, if asked, waits until the server has let them all go). */
  async function killAppConnections(wait = true): Promise<number> {
    const { rows } = await admin.query<{ pid: number }>(
      // The call in the select list, so it runs only on the rows the filter kept.
      `SELECT pid, pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND application_name = $2`,
      [database, APP],
    );
    for (let i = 0; wait && i < 100 && rows.length > 0; i++) {
      const left = await appBackends();
      if (!rows.some((r) => left.includes(r.pid))) break;
      await sleep(20);
    }
    return rows.length;
  }

  const ok = (res: GraphQLResponse) => {
    expect(res.errors).toBeUndefined();
    expect(res.data!.networks).toHaveLength(3);
  };

  it('gives the pool a connection timeout and an error listener', () => {
    const pool = (t.dataSource.driver as PostgresDriver).master as Pool & { options: { connectionTimeoutMillis?: number } };
    expect(pool.options.connectionTimeoutMillis).toBeGreaterThan(0);
    expect(pool.listenerCount('error')).toBeGreaterThanOrEqual(1);
  });

  it('serves the next requests after the database killed every app connection, without a restart', async () => {
    for (let round = 0; round < 3; round++) {
      // Fill the pool with several idle connections, then have the server kill them all.
      (await Promise.all(Array.from({ length: 6 }, () => t.gql(NETWORKS)))).forEach(ok);
      expect((await appBackends()).length).toBeGreaterThanOrEqual(2);
      // Without waiting: the first reads may meet connections whose death is still on its way.
      expect(await killAppConnections(round === 0)).toBeGreaterThanOrEqual(2);

      ok(await t.gql(NETWORKS));
      (await Promise.all(Array.from({ length: 8 }, () => t.gql(NETWORKS)))).forEach(ok);
      expect((await t.http().get('/health/ready')).status).toBe(200);
    }
  });

  it('while the database is unreachable: not ready, still alive, masked errors; recovers by itself', async () => {
    const { token } = await createAccount(t);
    ok(await t.gql(NETWORKS));
    await proxy.cut();
    try {
      expect((await t.http().get('/health')).status).toBe(200);
      const ready = await t.http().get('/health/ready');
      expect(ready.status).toBe(503);
      expect(JSON.stringify(ready.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/i);

      for (const res of [
        await t.gql(NETWORKS),
        await t.gql('{ me { email } }', {}, token),
        await t.gql('mutation { updateMyProfile(input: { title: "Nede" }, expectedVersion: 1) { title } }', {}, token),
      ]) {
        expect(res.data ?? null).toBeNull();
        expect(res.errors).toEqual([
          expect.objectContaining({ message: expect.stringMatching(/midlertidig utilgjengelig/), extensions: { code: 'SERVICE_UNAVAILABLE' } }),
        ]);
        expect(JSON.stringify(res)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack|connect|terminated|timeout/i);
      }
    } finally {
      await proxy.restore();
    }
    // No restart: the pool connects again on the next request.
    let ready = 0;
    for (let i = 0; i < 50 && ready !== 200; i++) {
      ready = (await t.http().get('/health/ready')).status;
      if (ready !== 200) await sleep(100);
    }
    expect(ready).toBe(200);
    ok(await t.gql(NETWORKS));
    expect((await t.gql<{ me: { email: string } }>('{ me { email } }', {}, token)).data!.me.email).toMatch(/@example\.no$/);
  });

  it('never loses an acknowledged profile edit while connections are killed and the database drops away', async () => {
    const EDITS = 10;
    const editors = await Promise.all(Array.from({ length: 4 }, () => createAccount(t)));
    const acknowledged = new Map<string, string[]>();
    const refusals = new Set<unknown>();

    // Faults follow progress, not the clock: after every third acknowledged edit the server
    // kills the app's connections, or the network to it drops for a moment, while the
    // other editors' requests are in flight.
    let acks = 0;
    let faults = 0;
    let faulting = Promise.resolve();
    const fault = async () => {
      faults += 1;
      if (faults % 2 === 0) {
        await proxy.cut();
        await sleep(30);
        await proxy.restore();
      } else {
        await killAppConnections(false);
      }
    };

    // Each editor behaves like a client: an edit that fails is tried again (on the version
    // it reads now) until the service confirms it.
    const edit = async (token: string, id: string) => {
      acknowledged.set(id, []);
      for (let i = 0; i < EDITS; i++) {
        const title = `Tittel ${id.slice(0, 8)} nr. ${i}`;
        for (let attempt = 0; attempt < 50; attempt++) {
          const me = await t.gql<{ me: { profile: { version: number } } }>('{ me { profile { version } } }', {}, token);
          const version = me.data?.me?.profile?.version;
          if (version === undefined) continue;
          const res = await t.gql(
            'mutation Lagre($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) { title } }',
            { input: { title }, v: version },
            token,
          );
          if (!res.data?.updateMyProfile) {
            res.errors?.forEach((e) => refusals.add(e.extensions?.code));
            continue;
          }
          acknowledged.get(id)!.push(title);
          acks += 1;
          if (acks % 3 === 0) faulting = faulting.then(fault);
          break;
        }
      }
    };

    try {
      await Promise.all(editors.map(({ token, researcher }) => edit(token, researcher.id)));
    } finally {
      await faulting;
      await proxy.restore();
    }
    expect(faults).toBeGreaterThanOrEqual(10);
    // Failed edits were told so with a code to retry on (CONFLICT: an edit whose answer was lost got in).
    expect([...refusals].filter((code) => code !== 'SERVICE_UNAVAILABLE' && code !== 'CONFLICT')).toEqual([]);

    for (const { researcher } of editors) {
      const acked = acknowledged.get(researcher.id)!;
      expect(acked).toHaveLength(EDITS);
      const { rows: history } = await admin.query<{ title: string }>(
        `SELECT c->>'new' AS title FROM profile_change, jsonb_array_elements(changes) c
          WHERE researcher_id = $1 AND c->>'field' = 'title'`,
        [researcher.id],
      );
      // Every edit a client was told succeeded is in the database, and the profile shows the last.
      expect(history.map((h) => h.title)).toEqual(expect.arrayContaining(acked));
      const { rows } = await admin.query<{ title: string | null }>('SELECT title FROM researcher WHERE id = $1', [researcher.id]);
      expect(rows[0].title).toBe(acked.at(-1));
    }
  });
});
