import { JobQueue } from '../../src/jobs/job-queue.service';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { DEFAULT_PASSWORD, createAccount } from '../support/factories/account.factory';
import { createMembership, createNetwork } from '../support/factories/network.factory';
import { createTestApp, TestApp } from '../support/test-app';

const SEND = `mutation($n: String!, $s: String!) { sendNetworkNewsletter(network: $n, subject: $s, body: "Nytt fra nettverket.") { id } }`;
const ERASE = `mutation($p: String!) { deleteMyAccount(password: $p) }`;

/**
 * Newsletters (and profile reminders) leave as durable mail jobs kept in the database. Erasing
 * an account takes the person's address out of them too: a mail still waiting is not sent
 * afterwards, and neither waiting, sent nor archived jobs, nor the keys that make each mail go
 * once, keep the address.
 */
describe('erasure and the mail queue', () => {
  let t: TestApp;
  let editor: string;
  beforeAll(async () => {
    t = await createTestApp();
    editor = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(() => t?.close());

  const traces = async (email: string) => {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM pgboss.job WHERE position($1 IN lower(data::text)) > 0) AS jobs,
              (SELECT count(*)::int FROM pgboss.archive WHERE position($1 IN lower(data::text)) > 0) AS archived,
              (SELECT count(*)::int FROM job_key WHERE position($1 IN lower(key)) > 0) AS keys`,
      [email.toLowerCase()],
    );
    return row as { jobs: number; archived: number; keys: number };
  };

  const member = async () => {
    const network = await createNetwork(t.dataSource);
    const person = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { acceptsNetworkMail: true } });
    await createMembership(t.dataSource, network, person.researcher.id);
    return { network, person };
  };

  it('does not send a waiting newsletter to an erased address, and keeps no trace of it', async () => {
    const { network, person } = await member();
    expect((await t.gql(SEND, { n: network.slug, s: 'Venter i køen' }, editor)).errors).toBeUndefined();
    expect((await traces(person.account.email)).jobs).toBe(1);

    expect(await t.gql(ERASE, { p: DEFAULT_PASSWORD }, person.token)).toEqual({ data: { deleteMyAccount: true } });
    await t.app.get(JobQueue).runDue();
    expect(t.mail.to(person.account.email).filter((m) => m.subject === 'Venter i køen')).toEqual([]);
    expect(await traces(person.account.email)).toEqual({ jobs: 0, archived: 0, keys: 0 });
  });

  it('keeps no trace of newsletters already sent, archived or not', async () => {
    const { network, person } = await member();
    expect((await t.gql(SEND, { n: network.slug, s: 'Allerede sendt' }, editor)).errors).toBeUndefined();
    await t.app.get(JobQueue).runDue();
    await t.mail.waitFor(person.account.email, { subject: /Allerede sendt/ });
    // As pg-boss's supervisor does after a day: completed jobs move to the archive.
    await t.dataSource.query(
      `WITH moved AS (DELETE FROM pgboss.job WHERE state = 'completed' AND position($1 IN lower(data::text)) > 0 RETURNING *)
       INSERT INTO pgboss.archive (id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff,
                                   start_after, started_on, singleton_key, singleton_on, expire_in, created_on, completed_on,
                                   keep_until, output, dead_letter, policy)
       SELECT id, name, priority, data, state, retry_limit, retry_count, retry_delay, retry_backoff,
              start_after, started_on, singleton_key, singleton_on, expire_in, created_on, completed_on,
              keep_until, output, dead_letter, policy FROM moved`,
      [person.account.email.toLowerCase()],
    );
    const second = await member();
    expect((await t.gql(SEND, { n: second.network.slug, s: 'Også sendt' }, editor)).errors).toBeUndefined();
    await t.app.get(JobQueue).runDue();
    await t.mail.waitFor(second.person.account.email, { subject: /Også sendt/ });
    expect((await traces(person.account.email)).archived).toBe(1);

    expect(await t.gql(ERASE, { p: DEFAULT_PASSWORD }, person.token)).toEqual({ data: { deleteMyAccount: true } });
    expect(await traces(person.account.email)).toEqual({ jobs: 0, archived: 0, keys: 0 });
    // Someone else's mail stays where it is.
    expect((await traces(second.person.account.email)).jobs).toBe(1);
  });
});
