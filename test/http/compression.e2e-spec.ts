import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findWebBuild } from '../../src/web/web-pages';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, type TestApp } from '../support/test-app';
import { listen, rawRequest, type RawResponse, shellScripts } from './http-helpers';

/** The front page's JavaScript as sent (brotli), all of it: the budget in issue 12. */
const FRONT_PAGE_JS_BUDGET = 100_000;

const SEARCH_WITH_FACETS = `
  query Search($query: String) {
    researchers(query: $query, first: 20) {
      totalCount
      edges { highlight node { fullName } }
      facets {
        competenceAreas { value label count }
        networks { value label count }
        regions { value label count }
        degrees { value label count }
        languages { value label count }
      }
    }
  }`;

describe('compressed answers: precompressed pages and scripts, compressed GraphQL', () => {
  let t: TestApp;
  let base: string;
  let root: string;
  const get = (path: string, headers: Record<string, string> = {}) => rawRequest(`${base}${path}`, { headers });

  beforeAll(async () => {
    const built = findWebBuild();
    if (!built) throw new Error('The web pages are not built: run `npm run build:web` (npm test does it for you).');
    root = built;
    t = await createTestApp();
    base = await listen(t);
  });
  afterAll(() => t?.close());

  const varies = (res: RawResponse) => String(res.headers.vary ?? '').toLowerCase().split(/,\s*/).includes('accept-encoding');

  it('sends the page shell as brotli or gzip as asked, uncached, identical once decoded', async () => {
    const plain = readFileSync(join(root, 'index.html'));
    for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['br;q=0.5, gzip', 'br'], ['gzip', 'gzip']] as const) {
      const res = await get('/forsker/kari-nordmann', { accept: 'text/html', 'accept-encoding': accept });
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(varies(res)).toBe(true);
      expect(res.body.length).toBeLessThan(plain.length);
      expect(res.decoded().equals(plain)).toBe(true);
    }
    const identity = await get('/', { accept: 'text/html' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.body.equals(plain)).toBe(true);
  });

  it("sends the front page's scripts as brotli or gzip, immutable, identical once decoded", async () => {
    const shell = (await get('/', { accept: 'text/html' })).body.toString();
    const scripts = shellScripts(shell);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      const plain = await get(src);
      expect(plain.status).toBe(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.equals(readFileSync(join(root, src)))).toBe(true);
      for (const encoding of ['br', 'gzip']) {
        const res = await get(src, { 'accept-encoding': encoding });
        expect({ src, encoding: res.headers['content-encoding'] }).toEqual({ src, encoding });
        expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/);
        expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
        expect(Number(res.headers['content-length'])).toBe(res.body.length);
        expect(varies(res)).toBe(true);
        expect(res.decoded().equals(plain.body)).toBe(true);
      }
    }
  });

  it("keeps the front page's JavaScript under 100 kB as sent", async () => {
    const shell = (await get('/', { accept: 'text/html' })).body.toString();
    let total = 0;
    for (const src of shellScripts(shell)) {
      const res = await get(src, { 'accept-encoding': 'br, gzip' });
      expect(res.headers['content-encoding']).toBe('br');
      total += res.body.length;
    }
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(FRONT_PAGE_JS_BUDGET);
  });

  it('still answers a missing file with 404 and a non-HTML client with no shell', async () => {
    expect((await get('/assets/nothing-here.js', { 'accept-encoding': 'br' })).status).toBe(404);
    expect((await get('/forsker/x', { accept: 'application/json', 'accept-encoding': 'br' })).status).toBe(404);
  });

  it('compresses a search answer with facets, and leaves small answers as they are', async () => {
    const areas = ['gruppeledelse', 'kommunikasjon', 'samhandling', 'helsepedagogikk'];
    for (let i = 0; i < 8; i += 1) {
      await createResearcher(t.dataSource, {
        givenName: `Forsker${i}`,
        familyName: 'Veiledersen',
        bio: 'Arbeider med veiledning av pasienter og pårørende i læring og mestring.',
        languages: i % 2 ? ['nb', 'en'] : ['nb', 'se'],
        areaSlugs: [areas[i % areas.length]],
      });
    }
    const post = (query: string, variables: object, acceptEncoding: string) =>
      rawRequest(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': acceptEncoding },
        body: JSON.stringify({ query, variables }),
      });

    for (const encoding of ['br', 'gzip']) {
      const res = await post(SEARCH_WITH_FACETS, { query: 'veiledning' }, encoding);
      expect(res.status).toBe(200);
      expect(res.headers['content-encoding']).toBe(encoding);
      expect(varies(res)).toBe(true);
      const decoded = res.decoded();
      expect(decoded.length).toBeGreaterThan(1024);
      expect(res.body.length).toBeLessThan(decoded.length);
      const body = JSON.parse(decoded.toString());
      expect(body.errors).toBeUndefined();
      expect(body.data.researchers.totalCount).toBe(8);
      expect(body.data.researchers.facets.competenceAreas.length).toBeGreaterThan(0);
    }

    // Under 1 kB: not worth compressing.
    const small = await post('{ __typename }', {}, 'br, gzip');
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
    expect(small.headers['content-encoding']).toBeUndefined();
  });
});
