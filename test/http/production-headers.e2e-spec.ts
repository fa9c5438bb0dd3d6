import { findWebBuild } from '../../src/web/web-pages';
import { createTestApp, type TestApp } from '../support/test-app';
import { HELMET_HEADERS, STRICT_CSP } from './http-helpers';

// Read when the app is built (ConfigModule and Apollo), so set before createTestApp.
process.env.NODE_ENV = 'production';
process.env.JWT_SECRET = 'a-production-secret-of-at-least-32-characters';
delete process.env.GRAPHQL_INTROSPECTION;

describe('security headers (helmet) in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    if (!findWebBuild()) throw new Error('The web pages are not built: run `npm run build:web` (npm test does it for you).');
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('adds HSTS to the pages, /graphql and /health, beside the other helmet headers', async () => {
    const answers = {
      '/': t.http().get('/').set('accept', 'text/html'),
      '/graphql': t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ networks { slug } }' }),
      '/health': t.http().get('/health'),
    };
    for (const [name, pending] of Object.entries(answers)) {
      const res = await pending;
      expect({ name, headers: res.headers }).toEqual({
        name,
        headers: expect.objectContaining({
          ...HELMET_HEADERS,
          'content-security-policy': STRICT_CSP,
          'strict-transport-security': 'max-age=31536000; includeSubDomains',
        }),
      });
      expect({ name, poweredBy: res.headers['x-powered-by'] }).toEqual({ name, poweredBy: undefined });
    }
  });

  it('has no GraphiQL page, so GET /graphql asking for HTML keeps the strict policy', async () => {
    const res = await t.http().get('/graphql').set('accept', 'text/html');
    expect(res.text).not.toMatch(/graphiql/i);
    expect(res.headers['content-security-policy']).toBe(STRICT_CSP);
  });
});
