/**
 * A backup taken while profiles are being edited restores to a catalogue that answers the
 * same searches. PostgreSQL: pg_dump/pg_restore (what `npm run backup`/`restore` run);
 * embedded: the logical dump through the running database's socket.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { logicalDump, logicalRestore, pgDump, pgRestore } from '../../src/database/backup';
import { DatabaseEndpoint } from '../../src/database/database-endpoint';
import { seedDemoResearchers } from '../../src/seed/demo-seeder';
import { createAccount } from '../support/factories/account.factory';
import { usesRealPostgres } from '../support/test-database';
import { createTestApp, TestApp } from '../support/test-app';
import { FACETS, SEARCH } from '../search/search-helpers';

const UPDATE = `mutation($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) { title version } }`;
// A word per writer and edit ("skriv" + letters), so each edit is a search of its own.
const word = (writer: number, edit: number) => `skriv${String.fromCharCode(97 + writer)}${[...String(edit)].map((d) => String.fromCharCode(103 + Number(d))).join('')}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('backup under writes and restore', () => {
  jest.setTimeout(300_000);
  let source: TestApp;
  let restored: TestApp;
  let dir: string;
  const savedSecret = process.env.JWT_SECRET;

  beforeAll(async () => {
    // passport keeps one 'jwt' strategy per process: the second app's replaces the first's,
    // so both apps must sign with one key for the source's tokens to stay valid.
    process.env.JWT_SECRET = 'backup-test-signing-key-0123456789abcdef';
    dir = mkdtempSync(join(tmpdir(), 'kk-backup-test-'));
    source = await createTestApp();
    await seedDemoResearchers(source.dataSource, 150, { seed: 16 });
  });
  afterAll(async () => {
    await source?.close();
    await restored?.close();
    rmSync(dir, { recursive: true, force: true });
    if (savedSecret === undefined) delete process.env.JWT_SECRET;
    else process.env.JWT_SECRET = savedSecret;
  });

  const urlOf = (t: TestApp) => t.app.get(DatabaseEndpoint).url;

  it('restores a consistent snapshot that answers every search like the source', async () => {
    const writers = await Promise.all(
      [0, 1, 2].map((i) => createAccount(source, { profileStatus: ProfileStatus.PUBLISHED, profile: { title: `Tittel ${word(i, 0)}`, keywords: ['mestring'] } })),
    );
    const acked = writers.map(() => 0);
    let stop = false;
    const loops = writers.map(async (w, i) => {
      let version = w.researcher.version;
      for (let k = 1; !stop; k++) {
        const res = await source.gql(UPDATE, { v: version, input: { title: `Tittel ${word(i, k)}` } }, w.token);
        if (res.errors) throw new Error(JSON.stringify(res.errors));
        version = res.data!.updateMyProfile.version;
        acked[i] = k;
      }
    });
    // Edits before, during and after the backup.
    while (acked.some((n) => n < 2)) await sleep(20);
    const before = [...acked];
    const file = join(dir, usesRealPostgres() ? 'backup.dump' : 'backup.jsonl.gz');
    if (usesRealPostgres()) await pgDump(urlOf(source), file);
    else await logicalDump(urlOf(source), file);
    const after = [...acked];
    while (acked.some((n, i) => n < after[i] + 2)) await sleep(20);
    stop = true;
    await Promise.all(loops);

    restored = await createTestApp();
    if (usesRealPostgres()) await pgRestore(urlOf(restored), file);
    else await logicalRestore(urlOf(restored), file);

    // Each writer's title in the backup is one of her edits from around the backup's moment.
    const titles: string[] = [];
    for (const [i, w] of writers.entries()) {
      const [row] = await restored.dataSource.query(`SELECT title FROM researcher WHERE id = $1`, [w.researcher.id]);
      const k = [...Array(after[i] + 2).keys()].find((n) => row.title === `Tittel ${word(i, n)}`);
      expect(k).toBeDefined();
      expect(k!).toBeGreaterThanOrEqual(before[i]);
      expect(k!).toBeLessThanOrEqual(after[i] + 1);
      titles.push(row.title);
    }
    // Bring the source back to the backup's titles (through the API, so its index follows),
    // then both must answer alike.
    for (const [i, w] of writers.entries()) {
      const [{ version }] = await source.dataSource.query(`SELECT version FROM researcher WHERE id = $1`, [w.researcher.id]);
      const res = await source.gql(UPDATE, { v: version, input: { title: titles[i] } }, w.token);
      expect(res.errors).toBeUndefined();
    }
    const queries: Array<string | null> = [null, 'mestring', 'diabetes', 'læring', 'gruppeledelse', ...titles.map((t) => t.split(' ')[1])];
    for (const query of queries) {
      const a = await source.gql(SEARCH, { query, first: 50 });
      const b = await restored.gql(SEARCH, { query, first: 50 });
      expect(b.errors).toBeUndefined();
      expect(b.data).toEqual(a.data);
      expect((await restored.gql(FACETS, { query })).data).toEqual((await source.gql(FACETS, { query })).data);
    }
    for (const t of titles) {
      expect((await restored.gql(SEARCH, { query: t.split(' ')[1], first: 5 })).data!.researchers.totalCount).toBe(1);
    }
    // The restored catalogue takes writes (sequences and the search triggers work).
    const fresh = await createAccount(restored, { profileStatus: ProfileStatus.PUBLISHED, profile: { title: 'Etter gjenoppretting' } });
    const edited = await restored.gql(UPDATE, { v: fresh.researcher.version, input: { title: 'Tittel skrivetter' } }, fresh.token);
    expect(edited.errors).toBeUndefined();
    expect((await restored.gql(SEARCH, { query: 'skrivetter', first: 5 })).data!.researchers.totalCount).toBe(1);
  });
});
