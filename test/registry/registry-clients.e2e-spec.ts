import { NvaClient } from '../../src/registry/nva.client';
import { OrcidClient } from '../../src/registry/orcid.client';
import { RegistryHttpClient, RegistryHttpOptions } from '../../src/registry/registry-http-client';
import { RegistryName } from '../../src/registry/registry-import-preview';
import { RegistryError, RegistryErrorCode, registryErrorToGraphQL } from '../../src/registry/registry.errors';
import { StandIn, startNvaStandIn, startOrcidStandIn } from '../support/registry-stand-ins';

const KARI = '0000-0000-0000-001X';
const AIGUL = '0000-0000-0000-0028';
const UNKNOWN = '0000-0000-0000-0036';

// Short pauses keep the file quick; the pace itself is checked with the real interval below.
const fast = (registry: RegistryName, baseUrl: string, options: Partial<RegistryHttpOptions> = {}) =>
  new RegistryHttpClient({ registry, baseUrl, timeoutMs: 1_000, minIntervalMs: 0, initialBackoffMs: 20, maxBackoffMs: 50, ...options });

async function failure(promise: Promise<unknown>): Promise<RegistryError> {
  const error = await promise.then(
    () => null,
    (err: unknown) => err,
  );
  expect(error).toBeInstanceOf(RegistryError);
  return error as RegistryError;
}

describe('registry clients against local stand-ins', () => {
  let orcid: StandIn;
  let nva: StandIn;

  beforeAll(async () => {
    orcid = await startOrcidStandIn({ etag: true });
    nva = await startNvaStandIn({ lastModified: true });
  });
  afterAll(async () => {
    await orcid.close();
    await nva.close();
  });
  beforeEach(() => {
    orcid.reset();
    nva.reset();
  });

  describe('ORCID', () => {
    it('asks for JSON and reads the record', async () => {
      const preview = await new OrcidClient(fast(RegistryName.ORCID, orcid.url)).fetchPreview(KARI);
      expect(preview.works.map((w) => w.key)).toEqual(['1001', '3001', '2001']);
      expect(preview.keywords).toEqual(['pasientopplæring', 'helsepedagogikk', 'mestring']);
      expect(orcid.requests).toHaveLength(1);
      expect(orcid.requests[0]).toMatchObject({ path: `/v3.0/${KARI}/record`, status: 200 });
      expect(orcid.requests[0].headers.accept).toBe('application/json');
    });

    it('answers XML to a client that does not ask for JSON, as ORCID does', async () => {
      const res = await fetch(`${orcid.url}/${AIGUL}/record`);
      expect(res.headers.get('content-type')).toMatch(/^application\/vnd\.orcid\+xml/);
      expect(await res.text()).toContain('<personal-details:given-names>Айгуль</personal-details:given-names>');
    });

    it('refuses XML where it asked for JSON: unavailable, not a crash', async () => {
      orcid.behave(KARI, { xml: true });
      const error = await failure(new OrcidClient(fast(RegistryName.ORCID, orcid.url)).fetchPreview(KARI));
      expect(error).toMatchObject({ code: RegistryErrorCode.UNAVAILABLE, identifier: KARI });
      expect(error.reason).toMatch(/not JSON/);
    });

    it('names an iD ORCID does not know, without retrying', async () => {
      const error = await failure(new OrcidClient(fast(RegistryName.ORCID, orcid.url)).fetchPreview(UNKNOWN));
      expect(error).toMatchObject({ code: RegistryErrorCode.NOT_FOUND, registry: RegistryName.ORCID, identifier: UNKNOWN });
      expect(orcid.requests).toHaveLength(1);
      const graphql = registryErrorToGraphQL(error);
      expect(graphql.extensions).toMatchObject({ code: 'NOT_FOUND', registry: 'ORCID', identifier: UNKNOWN });
      expect(graphql.message).toContain(UNKNOWN);
    });

    it('retries a 503 with backoff and then reads the record', async () => {
      orcid.behave(KARI, { status: 503, times: 2 });
      const preview = await new OrcidClient(fast(RegistryName.ORCID, orcid.url)).fetchPreview(KARI);
      expect(preview.givenName).toBe('Kari');
      expect(orcid.requests.map((r) => r.status)).toEqual([503, 503, 200]);
    });

    it('gives up after its tries when ORCID keeps failing', async () => {
      orcid.behave(KARI, { status: 503 });
      const error = await failure(new OrcidClient(fast(RegistryName.ORCID, orcid.url, { maxAttempts: 3 })).fetchPreview(KARI));
      expect(error.code).toBe(RegistryErrorCode.UNAVAILABLE);
      expect(orcid.requests).toHaveLength(3);
      expect(registryErrorToGraphQL(error).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', registry: 'ORCID' });
    });

    it('stops waiting for an answer slower than the timeout', async () => {
      orcid.behave(KARI, { delayMs: 5_000 });
      const client = new OrcidClient(fast(RegistryName.ORCID, orcid.url, { timeoutMs: 300, maxAttempts: 1 }));
      const started = Date.now();
      const error = await failure(client.fetchPreview(KARI));
      expect(error.code).toBe(RegistryErrorCode.UNAVAILABLE);
      expect(Date.now() - started).toBeLessThan(4_000);
    });

    it('retries a timeout within the budget of the whole call', async () => {
      orcid.behave(KARI, { delayMs: 5_000, times: 1 });
      const client = new OrcidClient(fast(RegistryName.ORCID, orcid.url, { timeoutMs: 300, budgetMs: 3_000 }));
      expect((await client.fetchPreview(KARI)).familyName).toBe('Nordmann');
      expect(orcid.requests).toHaveLength(2);
    });

    it('opens the breaker after repeated failures and stops asking', async () => {
      orcid.behave('*', { status: 502 });
      const client = new OrcidClient(fast(RegistryName.ORCID, orcid.url, { maxAttempts: 1, breakerThreshold: 3, breakerOpenMs: 60_000 }));
      for (let i = 0; i < 3; i++) await failure(client.fetchPreview(KARI));
      expect(orcid.requests).toHaveLength(3);
      const error = await failure(client.fetchPreview(AIGUL));
      expect(error).toMatchObject({ code: RegistryErrorCode.UNAVAILABLE, reason: expect.stringMatching(/breaker open/) });
      expect(orcid.requests).toHaveLength(3);
    });

    it('asks again after the breaker has been open a while, and closes it on success', async () => {
      orcid.behave('*', { status: 500, times: 2 });
      const client = new OrcidClient(fast(RegistryName.ORCID, orcid.url, { maxAttempts: 1, breakerThreshold: 2, breakerOpenMs: 200 }));
      await failure(client.fetchPreview(KARI));
      await failure(client.fetchPreview(KARI));
      await failure(client.fetchPreview(KARI));
      expect(orcid.requests).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect((await client.fetchPreview(KARI)).givenName).toBe('Kari');
      expect((await client.fetchPreview(AIGUL)).givenName).toBe('Айгуль');
    });

    it('sends the ETag back and reuses its copy on 304', async () => {
      const client = new OrcidClient(fast(RegistryName.ORCID, orcid.url));
      const first = await client.fetchPreview(KARI);
      const second = await client.fetchPreview(KARI);
      expect(second).toEqual(first);
      expect(orcid.requests.map((r) => r.status)).toEqual([200, 304]);
      expect(orcid.requests[0].headers['if-none-match']).toBeUndefined();
      const etag = (await fetch(`${orcid.url}/${KARI}/record`, { headers: { accept: 'application/json' } })).headers.get('etag');
      expect(etag).toBeTruthy();
      expect(orcid.requests[1].headers['if-none-match']).toBe(etag);
    });

    it('keeps at most one request a second', async () => {
      const client = new OrcidClient(
        new RegistryHttpClient({ registry: RegistryName.ORCID, baseUrl: orcid.url, budgetMs: 10_000 }),
      );
      await Promise.all([client.fetchPreview(KARI), client.fetchPreview(AIGUL), client.fetchPreview(KARI)]);
      const times = orcid.requests.map((r) => r.at);
      expect(times).toHaveLength(3);
      // Arrival times on the server. The client lets them go a full second apart (see
      // min-interval-gate.spec); on the way the first one also opens the connection, which the
      // later ones reuse, so allow the transport some jitter. Without the pace all three
      // arrive within a few milliseconds.
      expect(times[1] - times[0]).toBeGreaterThanOrEqual(900);
      expect(times[2] - times[1]).toBeGreaterThanOrEqual(900);
      expect(times[2] - times[0]).toBeGreaterThanOrEqual(1_900);
    });
  });

  describe('NVA', () => {
    it('reads a person with affiliations and keywords, their organisations, and their results', async () => {
      const preview = await new NvaClient(fast(RegistryName.NVA, nva.url)).fetchPreview('1234567');
      expect(preview).toMatchObject({
        registry: RegistryName.NVA,
        cristinPersonId: '1234567',
        orcid: KARI,
        givenName: 'Kari',
        keywords: ['Pasientopplæring', 'Health literacy', 'Brukermedvirkning'],
      });
      expect(preview.employments).toEqual([
        { organization: 'Oslo universitetssykehus HF', unit: 'Avdeling for læring og mestring', role: 'Forsker', startYear: null, endYear: null, current: true },
        // 9997.0.0.0 is unknown to NVA: skipped.
        { organization: 'OsloMet – storbyuniversitetet', unit: null, role: 'Stipendiat', startYear: null, endYear: null, current: false },
      ]);
      expect(preview.works.map((w) => [w.title, w.year, w.doi])).toEqual([
        ['Gruppebasert pasientopplæring: en kvalitativ studie', 2023, '10.5555/lms.2023.001'],
        ['Helsekompetanse hos eldre med kroniske sykdommer', 2021, null],
        ['Coping in everyday life', null, null],
      ]);
      const search = nva.requests.find((r) => r.path.startsWith('/search/resources'))!;
      expect(new URL(search.path, nva.url).searchParams.get('contributor')).toBe(`${nva.url}/cristin/person/1234567`);
      expect(search.headers.accept).toBe('application/json; version=2024-12-01');
    });

    it('finds the person by ORCID iD too', async () => {
      const preview = await new NvaClient(fast(RegistryName.NVA, nva.url)).fetchPreview(KARI);
      expect(preview).toMatchObject({ identifier: KARI, cristinPersonId: '1234567' });
      expect(nva.requests[0].path).toBe(`/cristin/person/${KARI}`);
    });

    it('reads a sparse person with a non-Latin name and no results', async () => {
      const preview = await new NvaClient(fast(RegistryName.NVA, nva.url)).fetchPreview('7654321');
      expect(preview).toMatchObject({ givenName: '明美', familyName: '佐藤', biography: null, keywords: [], employments: [], works: [] });
    });

    it('names a person NVA does not know', async () => {
      const error = await failure(new NvaClient(fast(RegistryName.NVA, nva.url)).fetchPreview('99999999'));
      expect(error).toMatchObject({ code: RegistryErrorCode.NOT_FOUND, registry: RegistryName.NVA, identifier: '99999999' });
      expect(registryErrorToGraphQL(error).message).toContain('99999999');
    });

    it('is unavailable, as a whole, when the result search keeps failing', async () => {
      nva.behave('/search/resources', { status: 503 });
      const error = await failure(new NvaClient(fast(RegistryName.NVA, nva.url, { maxAttempts: 2 })).fetchPreview('1234567'));
      expect(error).toMatchObject({ code: RegistryErrorCode.UNAVAILABLE, identifier: '1234567' });
    });

    it('sends If-Modified-Since back and reuses its copy on 304', async () => {
      const client = new NvaClient(fast(RegistryName.NVA, nva.url));
      const first = await client.fetchPreview('7654321');
      expect(await client.fetchPreview('7654321')).toEqual(first);
      const personRequests = nva.requests.filter((r) => r.path === '/cristin/person/7654321');
      expect(personRequests.map((r) => [r.status, r.headers['if-modified-since'] ?? null])).toEqual([
        [200, null],
        [304, 'Wed, 01 Jan 2025 00:00:00 GMT'],
      ]);
    });

    it('does not call NVA with something that is neither a Cristin id nor an ORCID iD', async () => {
      const error = await failure(new NvaClient(fast(RegistryName.NVA, nva.url)).fetchPreview('../search/resources'));
      expect(error.code).toBe(RegistryErrorCode.NOT_FOUND);
      expect(nva.requests).toHaveLength(0);
    });
  });
});
