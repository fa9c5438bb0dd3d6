import { BROWSER_TEST_TIMEOUT, checkPage, createWebApp, type WebApp } from '../support/browser';

/** The same app serves the pages at / and the API beside them; the pages pass axe at both widths. */
jest.setTimeout(BROWSER_TEST_TIMEOUT);

describe('web pages served by the app', () => {
  let w: WebApp;

  beforeAll(async () => {
    w = await createWebApp();
  });

  afterAll(async () => {
    await w?.close();
  });

  it('answers / and client-side routes with the page shell, with a content security policy', async () => {
    for (const path of ['/', '/forsker/kari-nordmann', '/nettverk/forskernettverket']) {
      const res = await w.http().get(path).set('accept', 'text/html');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      expect(res.text).toContain('<div id="root">');
      expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });

  it('leaves /graphql and /health to the API', async () => {
    const gql = await w.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ networks { slug } }' });
    expect(gql.body.data.networks.length).toBeGreaterThan(0);
    const health = await w.http().get('/health').set('accept', 'text/html');
    expect(health.headers['content-type']).toMatch(/json/);
    const ready = await w.http().get('/health/ready').set('accept', 'text/html');
    expect(ready.headers['content-type']).toMatch(/json/);
    // GraphQL over GET still reaches Apollo (which refuses it without a preflight header).
    const get = await w.http().get('/graphql?query=%7B__typename%7D').set('accept', 'text/html');
    expect(get.text).not.toContain('<div id="root">');
  });

  it('serves built assets with long caching, and 404s missing files instead of the shell', async () => {
    const shell = await w.http().get('/').set('accept', 'text/html');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(shell.text)![1];
    const asset = await w.http().get(script);
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await w.http().get('/assets/nothing-here.js')).status).toBe(404);
    expect((await w.http().get('/forsker/x').set('accept', 'application/json')).status).toBe(404);
  });

  it('shows the front page in a real browser, clean by axe at phone and desktop width', async () => {
    const page = await w.newPage();
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: 'Finn en ekspert' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /treff/ }).waitFor();
    expect(await page.title()).toBe('Finn en ekspert – Kompetansekatalogen');
    await checkPage(page, 'forside');
  });

  it('shows a page for an unknown address', async () => {
    const page = await w.newPage('phone');
    await page.goto('/finnes-ikke');
    await page.getByRole('heading', { level: 1, name: 'Fant ikke siden' }).waitFor();
    await checkPage(page, 'ukjent-side');
  });
});
