import { SUBSCRIBE_LIMIT } from '../../src/network/network-news.resolver';
import { createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

/**
 * Anyone may ask for a network's newsletter, and each request mails a confirmation link to the
 * address given. Per address there is one mail every few minutes; per client there is a limit
 * too, so nobody can make the catalogue mail a long list of strangers.
 */
describe('asking for newsletters for many addresses from one client', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const subscribe = (network: string, email: string) =>
    t.gql(`mutation($n: String!, $e: String!) { subscribeToNetworkNews(network: $n, email: $e) }`, { n: network, e: email });

  it('is refused with RATE_LIMITED past the limit, and mails nobody more', async () => {
    const network = await createNetwork(t.dataSource);
    for (let i = 0; i < SUBSCRIBE_LIMIT.limit; i += 1) {
      expect(await subscribe(network.slug, `mottaker${i}@example.org`)).toEqual({ data: { subscribeToNetworkNews: true } });
    }
    await t.mail.waitFor(`mottaker${SUBSCRIBE_LIMIT.limit - 1}@example.org`);
    const refused = await subscribe(network.slug, 'en-til@example.org');
    expect(refused.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM network_news_subscription WHERE email = 'en-til@example.org'`);
    expect(rows[0].n).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(t.mail.to('en-til@example.org')).toEqual([]);
  });
});
