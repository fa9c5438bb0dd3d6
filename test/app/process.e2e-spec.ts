import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnApp, startProcess } from '../support/spawn-app';

const EMBEDDED = { DATABASE_URL: undefined } as const;

async function counts(url: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ networks { slug } competenceAreas { slug } organizations { id } }' }),
  });
  const body = (await res.json()) as { data: { networks: unknown[]; competenceAreas: unknown[]; organizations: unknown[] } };
  return { networks: body.data.networks.length, areas: body.data.competenceAreas.length, organizations: body.data.organizations.length };
}

describe('the service as a process', () => {
  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ DATABASE_URL: 'mysql://localhost/x' }, 'DATABASE_URL'],
    [{ NODE_ENV: 'production', JWT_SECRET: '' }, 'JWT_SECRET'],
  ])('refuses to start with %j and names %s', async (env, variable) => {
    const { output, exited } = startProcess({ ...EMBEDDED, DATA_DIR: join(tmpdir(), 'kk-never-created'), ...env });
    expect(await exited).toBe(1);
    expect(output()).toContain(`${variable}`);
    expect(output()).toMatch(/Invalid environment/);
  });

  it('stops cleanly on SIGTERM and reopens the embedded database with the same reference data', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'kk-proc-'));
    try {
      const first = await spawnApp({ ...EMBEDDED, DATA_DIR: dataDir });
      const before = await counts(first.url);
      expect(before.networks).toBe(3);
      expect(await first.stop('SIGTERM')).toBe(0);

      const second = await spawnApp({ ...EMBEDDED, DATA_DIR: dataDir });
      expect(await counts(second.url)).toEqual(before);
      expect(await second.stop('SIGTERM')).toBe(0);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 400_000);
});
