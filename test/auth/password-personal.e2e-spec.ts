import { createTestApp, TestApp } from '../support/test-app';

const REGISTER = 'mutation($i: RegisterInput!) { register(input: $i) { account { email } } }';

describe('a password built on the person\'s own name or address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('is refused at registration with a message that says why, and no account is made', async () => {
    const res = await t.gql(REGISTER, { i: { email: 'grete.gran@example.no', password: 'GreteGran2024', givenName: 'Grete', familyName: 'Gran' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(res.errors?.[0].message).toMatch(/navnet eller e-postadressen/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM account WHERE email = 'grete.gran@example.no'`);
    expect(n).toBe(0);
  });

  it('is accepted for a person with another name', async () => {
    const res = await t.gql(REGISTER, { i: { email: 'ola.nordmann@example.no', password: 'GreteGran2024', givenName: 'Ola', familyName: 'Nordmann' } });
    expect(res.errors).toBeUndefined();
  });
});
