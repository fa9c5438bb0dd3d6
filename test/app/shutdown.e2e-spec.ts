import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { spawnApp, SpawnedApp } from '../support/spawn-app';
import { createTestDatabase, usesRealPostgres } from '../support/test-database';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A request whose body arrives in two parts, the second when the test says so. Resolves once
 * the server has read the headers (it answers `100 Continue`), so the request is in flight.
 */
async function slowRequest(url: string, query: string): Promise<{ finish: () => void; response: Promise<{ status: number; body: any }> }> {
  const { hostname, port } = new URL(url);
  const body = JSON.stringify({ query });
  const socket: Socket = connect(Number(port), hostname);
  let raw = '';
  let continued: () => void = () => undefined;
  const headersRead = new Promise<void>((resolve) => (continued = resolve));
  socket.on('data', (d) => {
    raw += d;
    if (/^HTTP\/1\.1 100 /.test(raw)) continued();
  });
  const response = new Promise<{ status: number; body: any }>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = raw.replace(/^HTTP\/1\.1 100 [^\r]*\r\n\r\n/, '').split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d+)/.exec(head)?.[1]);
      let text = rest.join('\r\n\r\n');
      // Chunked transfer: keep the chunk data only.
      if (/transfer-encoding: chunked/i.test(head)) text = text.split('\r\n').filter((_, i) => i % 2 === 1).join('');
      resolve({ status, body: text ? JSON.parse(text) : null });
    });
  });
  socket.write(
    `POST /graphql HTTP/1.1\r\nHost: ${hostname}:${port}\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nExpect: 100-continue\r\nConnection: close\r\n\r\n`,
  );
  await Promise.race([headersRead, response]);
  socket.write(body.slice(0, 10));
  return { finish: () => socket.write(body.slice(10)), response };
}

/** Resolves once nothing listens on the app's port any more. */
async function refusesConnections(url: string): Promise<boolean> {
  for (let i = 0; i < 200; i++) {
    const refused = await fetch(`${url}/health`).then(() => false, () => true);
    if (refused) return true;
    await sleep(25);
  }
  return false;
}

describe('graceful shutdown', () => {
  let dataDir: string | undefined;
  let databaseUrl: string | undefined;
  let app: SpawnedApp | undefined;

  beforeAll(async () => {
    // (On PostgreSQL the folder holds only the generated JWT secret.)
    dataDir = mkdtempSync(join(tmpdir(), 'kk-shutdown-'));
    if (usesRealPostgres()) databaseUrl = (await createTestDatabase()).url;
  });
  afterAll(async () => {
    await app?.stop('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('on SIGTERM finishes the requests in flight, refuses new connections, closes the pool and exits 0', async () => {
    app = await spawnApp({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, LOG_LEVEL: 'info' });
    const spawned = app;
    try {
      await shutDownDuringSlowRequests(spawned);
    } catch (err) {
      // What the process said is the first thing to read when this fails.
      throw new Error(`${(err as Error).message}\n--- app output ---\n${spawned.output()}`, { cause: err });
    }
    app = undefined;
  }, 300_000);

  async function shutDownDuringSlowRequests(app: SpawnedApp): Promise<void> {

    // A slow client: the request is in flight while its body trickles in.
    const slowClient = await slowRequest(app.url, '{ networks { slug } }');
    // On PostgreSQL also a slow database: the request waits for a lock the test holds.
    let blocker: Client | undefined;
    let slowDatabase: Promise<Response> | undefined;
    if (databaseUrl) {
      blocker = new Client({ connectionString: databaseUrl });
      await blocker.connect();
      await blocker.query('BEGIN');
      await blocker.query('LOCK TABLE network IN ACCESS EXCLUSIVE MODE');
      slowDatabase = fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ networks { slug name } }' }),
      });
      let waiting = false;
      for (let i = 0; i < 200 && !waiting; i++) {
        const { rows } = await blocker.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kompetansekatalogen' AND wait_event_type = 'Lock'`,
        );
        waiting = rows.length > 0;
        if (!waiting) await sleep(25);
      }
      expect(waiting).toBe(true);
    }

    const exited = app.stop('SIGTERM');
    expect(await refusesConnections(app.url)).toBe(true);
    // Log lines reach the pipe asynchronously (stdout is written through a buffer at info):
    // the line may arrive a moment after the listener closed.
    for (let i = 0; i < 100 && !/SIGTERM received: shutting down/.test(app.output()); i++) await sleep(50);
    expect(app.output()).toMatch(/SIGTERM received: shutting down/);
    expect(app.output()).not.toMatch(/Database connections closed/);

    slowClient.finish();
    if (blocker && slowDatabase) {
      await blocker.query('ROLLBACK');
      await blocker.end();
      const res = await slowDatabase;
      expect(res.status).toBe(200);
      expect(((await res.json()) as { data: { networks: unknown[] } }).data.networks).toHaveLength(3);
    }
    const answered = await slowClient.response;
    expect(answered.status).toBe(200);
    expect(answered.body.data.networks).toHaveLength(3);

    expect(await exited).toBe(0);
    const output = app.output();
    // The pool is closed after the last answer, as the last step before exiting.
    expect(output).toMatch(/Database connections closed/);
    if (databaseUrl) {
      const check = new Client({ connectionString: databaseUrl });
      await check.connect();
      const { rows } = await check.query(
        `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'kompetansekatalogen'`,
      );
      await check.end();
      expect(rows).toEqual([]);
    }
  }
});
