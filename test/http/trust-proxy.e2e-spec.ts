import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Environment, validateEnvironment } from '../../src/config/environment';
import { createTestApp, TestApp } from '../support/test-app';

/** A reverse proxy as a load balancer would be: it appends the client it saw to X-Forwarded-For. */
async function startProxy(target: number): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    // The test names the "client" the balancer saw in a header of its own.
    const client = String(req.headers['x-test-client'] ?? req.socket.remoteAddress);
    const forwarded = req.headers['x-forwarded-for'] ? `${String(req.headers['x-forwarded-for'])}, ${client}` : client;
    const upstream = httpRequest(
      { host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: { ...req.headers, 'x-forwarded-for': forwarded } },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    req.pipe(upstream);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const RESET = JSON.stringify({ query: 'mutation { resetPassword(token: "ikke-en-lenke", newPassword: "Blåbær-Traktor-Sykler-42") }' });

/** One refused reset; `from` binds the client's own address (all of 127.0.0.0/8 is loopback). */
function reset(url: string, headers: Record<string, string>, from = '127.0.0.1'): Promise<string | undefined> {
  return new Promise((done, fail) => {
    const req = httpRequest(
      `${url}/graphql`,
      { method: 'POST', localAddress: from, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => done((JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code));
      },
    );
    req.on('error', fail);
    req.end(RESET);
  });
}

describe.each([
  ['behind one trusted proxy (TRUST_PROXY=1)', '1'],
  ['behind a proxy named by address (TRUST_PROXY=127.0.0.1)', '127.0.0.1'],
  ['without TRUST_PROXY', undefined],
])('rate limits keyed on the client address %s', (_name, trustProxy) => {
  let t: TestApp;
  let proxy: { url: string; server: Server };
  let direct: string;

  beforeAll(async () => {
    const env = validateEnvironment({ ...process.env, ...(trustProxy ? { TRUST_PROXY: trustProxy } : {}) });
    t = await createTestApp({ configure: (b) => b.overrideProvider(Environment).useValue(env) });
    await t.app.listen(0, '127.0.0.1');
    const port = (t.app.getHttpServer().address() as AddressInfo).port;
    direct = `http://127.0.0.1:${port}`;
    proxy = await startProxy(port);
  });
  afterAll(async () => {
    proxy?.server.close();
    await t?.close();
  });

  it('limits each client on its own, and a client cannot choose its bucket with X-Forwarded-For', async () => {
    // passwordResetLink allows 20 an hour per client.
    for (let i = 0; i < 20; i += 1) expect(await reset(proxy.url, { 'x-test-client': '203.0.113.7' })).toBe('BAD_USER_INPUT');
    expect(await reset(proxy.url, { 'x-test-client': '203.0.113.7' })).toBe('RATE_LIMITED');
    // A forged header from the client is only ever a hop the proxy appends to.
    expect(await reset(proxy.url, { 'x-test-client': '203.0.113.7', 'x-forwarded-for': '198.51.100.1' })).toBe('RATE_LIMITED');

    if (trustProxy) {
      // Another visitor behind the same balancer has a bucket of her own.
      expect(await reset(proxy.url, { 'x-test-client': '203.0.113.8' })).toBe('BAD_USER_INPUT');
    }
    if (trustProxy === '127.0.0.1') {
      // A client that reaches the app directly (from 127.0.0.2, not the named proxy) and forges
      // the header is counted by its own socket address, whatever it claims.
      for (let i = 0; i < 20; i += 1) {
        expect(await reset(direct, { 'x-forwarded-for': `198.51.100.${i + 10}` }, '127.0.0.2')).toBe('BAD_USER_INPUT');
      }
      expect(await reset(direct, { 'x-forwarded-for': '198.51.100.99' }, '127.0.0.2')).toBe('RATE_LIMITED');
    }
    if (!trustProxy) {
      // Without TRUST_PROXY every visitor behind the balancer shares its one bucket.
      expect(await reset(proxy.url, { 'x-test-client': '203.0.113.8' })).toBe('RATE_LIMITED');
    }
  });
});
