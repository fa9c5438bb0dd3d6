import type { AddressInfo } from 'node:net';
import { serverAudits } from 'graphql-http';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * The GraphQL-over-HTTP spec's own audit suite against the real app on a real socket.
 * Every MUST passes; SHOULD and MAY results are printed with the reasons, for the record.
 */
describe('GraphQL over HTTP conformance (graphql-http audits)', () => {
  let t: TestApp;
  let url = '';

  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(() => t?.close());

  it('answers a malformed JSON body with 400 and a GraphQL-shaped error, without parser internals', async () => {
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send('{"query": ');
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    expect(res.text).not.toMatch(/JSON input|SyntaxError|at \w+ \(/);
  });

  it('serves queries over GET (with a preflight header) but refuses mutations over GET', async () => {
    const get = (query: string) =>
      t.http().get('/graphql').query({ query }).set('apollo-require-preflight', 'true').set('accept', 'application/json');
    const query = await get('{ networks { slug } }');
    expect(query.status).toBe(200);
    expect(query.body.data.networks).toHaveLength(3);
    const mutation = await get('mutation { __typename }');
    expect(mutation.status).toBe(405);
    expect(mutation.headers.allow).toBe('POST');
    expect(mutation.body.data).toBeUndefined();
  });

  it('keeps CSRF prevention on: a "simple" request a browser could send cross-site is refused', async () => {
    const plainGet = await t.http().get('/graphql').query({ query: '{ networks { slug } }' });
    expect(plainGet.status).toBe(400);
    expect(plainGet.body.data).toBeUndefined();
    const textPost = await t.http().post('/graphql').set('content-type', 'text/plain').send('{"query":"{ networks { slug } }"}');
    expect(textPost.status).toBe(400);
    expect(textPost.body.data).toBeUndefined();
    const formPost = await t.http().post('/graphql').type('form').send({ query: '{ networks { slug } }' });
    expect(formPost.status).toBe(400);
    expect(formPost.body.data).toBeUndefined();
  });

  for (const audit of serverAudits({ url: () => url })) {
    it(audit.name, async () => {
      const result = await audit.fn();
      if (result.status !== 'ok' && audit.name.startsWith('MUST')) {
        const body = await result.response.text().catch(() => '');
        throw new Error(`${result.reason}\n${result.response.status} ${body}`);
      }
    });
  }
});
