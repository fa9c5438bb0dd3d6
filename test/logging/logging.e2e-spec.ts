import type { TestingModuleBuilder } from '@nestjs/testing';
import { MailMessage, MailTransport } from '../../src/mail/mail-transport';
import { LogTransport } from '../../src/mail/smtp-transport';
import { createTestApp, TestApp } from '../support/test-app';
import { LogCapture } from '../support/log-capture';

/** The development mail transport (no SMTP_URL), keeping what it was given so the test knows the links. */
class LoggedMail extends LogTransport {
  readonly sent: MailMessage[] = [];

  override deliver(message: MailMessage & { from: string }): Promise<void> {
    this.sent.push(message);
    return super.deliver(message);
  }
}

// The level production runs at; what must not appear here must not appear in production.
process.env.LOG_LEVEL = 'info';

describe('request logs', () => {
  let t: TestApp;
  const logs = new LogCapture();
  const secrets = {
    email: 'loggfri.person@example.no',
    password: 'Hemmelig-Passord-Som-Ingen-Skal-Se-91',
    phone: '+47 912 34 567',
    search: 'kronisk utmattelse hos ungdom',
  };

  const mail = new LoggedMail();

  beforeAll(async () => {
    t = await createTestApp({
      configure: (builder: TestingModuleBuilder) => logs.configure(builder).overrideProvider(MailTransport).useValue(mail),
    });
    LogCapture.useAppLogger(t);
    logs.clear();
  });
  afterAll(() => t?.close());

  it('leaves out passwords, tokens, private contact values and search text, and tags every line with request id and operation', async () => {
    const registered = await t.gql(
      `mutation Registrer($input: RegisterInput!) { register(input: $input) { accessToken refreshToken account { id } } }`,
      { input: { email: secrets.email, password: secrets.password, givenName: 'Logg', familyName: 'Fri' } },
    );
    expect(registered.errors).toBeUndefined();
    const { accessToken, refreshToken } = registered.data!.register as { accessToken: string; refreshToken: string };

    const login = await t.http().post('/graphql').set('content-type', 'application/json').send({
      query: `mutation { login(email: "${secrets.email}", password: "${secrets.password}") { accessToken } }`,
    });
    expect(login.body.errors).toBeUndefined();

    const edited = await t.gql(
      `mutation Lagre($input: ProfileInput!) { updateMyProfile(input: $input, expectedVersion: 1) { phone } }`,
      { input: { phone: secrets.phone, phoneVisibility: 'PRIVATE' } },
      accessToken,
    );
    expect(edited.errors).toBeUndefined();

    await t.gql(`query Finn($q: String) { organizations(query: $q) { name } }`, { q: secrets.search });
    await t.http().get('/graphql').query({ query: `{ organizations(query: "${secrets.search}") { name } }` })
      .set('apollo-require-preflight', 'true');
    await t.http().post('/graphql').set('content-type', 'application/json').set('x-request-id', 'min-egen-id')
      .send({ query: '{ networks { slug } }' });

    await t.gql(`mutation Glemt { requestPasswordReset(email: "${secrets.email}") }`);
    // Both mails went through the log transport (the verification mail is sent in the background).
    for (let i = 0; i < 100 && mail.sent.length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    const links = mail.sent.map((m) => /https?:\/\/\S+/.exec(m.text)![0]);
    expect(mail.sent.map((m) => m.kind).sort()).toEqual(['reset-password', 'verify-email']);

    const text = logs.text;
    expect(logs.lines.length).toBeGreaterThanOrEqual(6);
    // Mail is logged by kind and subject only: no one-time link or token, no recipient.
    expect(logs.lines.filter((l) => /Mail not sent/.test(String(l.msg))).map((l) => l.msg)).toEqual(
      expect.arrayContaining([expect.stringContaining('verify-email'), expect.stringContaining('reset-password')]),
    );
    for (const link of links) {
      expect(text).not.toContain(link);
      expect(text).not.toContain(new URL(link).searchParams.get('token')!);
      expect(text).not.toContain(encodeURIComponent(new URL(link).searchParams.get('token')!));
    }
    for (const secret of [...Object.values(secrets), 'loggfri.person', accessToken, refreshToken, 'kronisk']) {
      expect(text).not.toContain(secret);
    }
    expect(text).not.toMatch(/authorization|bearer/i);

    for (const line of logs.lines) {
      expect(line.req?.id).toEqual(expect.any(String));
      expect(line).toHaveProperty('operationName');
    }
    expect(logs.lines.map((l) => l.operationName)).toEqual(
      expect.arrayContaining(['Registrer', 'Lagre', 'Finn', 'anonymous']),
    );
    const own = logs.lines.find((l) => l.req?.id === 'min-egen-id');
    expect(own).toMatchObject({ msg: 'request completed', res: { statusCode: 200 } });
    // The request id comes back to the client, to quote when reporting a problem.
    const res = await t.http().post('/graphql').set('content-type', 'application/json').send({ query: '{ networks { slug } }' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
