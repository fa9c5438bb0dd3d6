import { findWebBuild } from '../../src/web/web-pages';
import { createTestApp, type TestApp } from '../support/test-app';
import { cspDirectives, HELMET_HEADERS, STRICT_CSP } from './http-helpers';

describe('security headers (helmet) outside production', () => {
  let t: TestApp;

  beforeAll(async () => {
    if (!findWebBuild()) throw new Error('The web pages are not built: run `npm run build:web` (npm test does it for you).');
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const answers = () => ({
    'the front page': t.http().get('/').set('accept', 'text/html'),
    'a page address': t.http().get('/forsker/kari-nordmann').set('accept', 'text/html'),
    'a built file': t.http().get('/favicon.svg'),
    'a missing file': t.http().get('/assets/nothing-here.js'),
    'a GraphQL answer': t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ networks { slug } }' }),
    'a GraphQL error': t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ nope }' }),
    'a refused body': t.http().post('/graphql').set('content-type', 'application/json').send('{"query": '),
    '/health': t.http().get('/health'),
    '/health/ready': t.http().get('/health/ready'),
  });

  it('puts helmet headers and the strict policy on every answer, and no X-Powered-By', async () => {
    for (const [name, pending] of Object.entries(answers())) {
      const res = await pending;
      expect({ name, status: res.status, headers: res.headers }).toEqual({
        name,
        status: expect.any(Number),
        headers: expect.objectContaining({ ...HELMET_HEADERS, 'content-security-policy': STRICT_CSP }),
      });
      expect({ name, poweredBy: res.headers['x-powered-by'] }).toEqual({ name, poweredBy: undefined });
      // HSTS only in production (see production-headers.e2e-spec.ts): over plain http on a
      // developer's machine it would pin localhost to https.
      expect({ name, hsts: res.headers['strict-transport-security'] }).toEqual({ name, hsts: undefined });
    }
  });

  it('keeps GraphiQL working: its page may load what it needs, and only that page', async () => {
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    expect(res.status).toBe(200);
    expect(res.text).toContain('GraphiQL');
    const csp = cspDirectives(res.headers['content-security-policy']);
    const origin = (url: string) => new URL(url).origin;
    // Every script and stylesheet the page names is allowed, and so are its inline script and style.
    const scripts = [...res.text.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => origin(m[1]));
    const styles = [...res.text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => origin(m[1]));
    expect(scripts.length).toBeGreaterThan(0);
    expect(styles.length).toBeGreaterThan(0);
    for (const o of scripts) expect(csp.get('script-src')).toContain(o);
    for (const o of styles) expect(csp.get('style-src')).toContain(o);
    expect(res.text).toMatch(/<script>\s*const fetcher/);
    expect(csp.get('script-src')).toContain("'unsafe-inline'");
    expect(csp.get('style-src')).toContain("'unsafe-inline'");
    // It talks to /graphql on its own origin; nothing may frame it.
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(res.headers).toMatchObject(HELMET_HEADERS);
    expect(res.headers['x-powered-by']).toBeUndefined();

    // A query over GET asking for JSON is no GraphiQL page: the strict policy.
    const get = await t.http().get('/graphql?query=%7B__typename%7D').set('accept', 'application/json');
    expect(get.headers['content-security-policy']).toBe(STRICT_CSP);
  });
});
