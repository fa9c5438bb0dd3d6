import { createTestApp, TestApp } from '../support/test-app';
import { createAccount } from '../support/factories/account.factory';

describe('control characters in arguments', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it.each([
    ['network(slug:)', '{ network(slug: "a\\u0000b") { id } }', 'slug'],
    ['researcher(slug:)', '{ researcher(slug: "a\\u0000b") { id } }', 'slug'],
    ['organizations(query:)', '{ organizations(query: "Oslo\\u0000") { id } }', 'query'],
    ['researchers(query:)', '{ researchers(query: "diabetes\\u0007") { totalCount } }', 'query'],
    ['researchers(filter:)', '{ researchers(filter: { languages: ["no", "n\\u0000b"] }) { totalCount } }', 'filter.languages'],
  ])('%s with a control character is BAD_USER_INPUT naming the argument, not a database error', async (_name, query, field) => {
    const res = await t.gql(query);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(res.errors?.[0].message).toBe('Teksten inneholder ugyldige tegn.');
  });

  it('refuses them in variables too, and in a mutation changes nothing', async () => {
    const res = await t.gql('query($s: String!) { network(slug: $s) { id } }', { s: 'forsker\u0000nettverket' });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });

    const { token } = await createAccount(t);
    const edit = await t.gql(
      'mutation($input: ProfileInput!) { updateMyProfile(input: $input, expectedVersion: 1) { bio } }',
      { input: { bio: 'Om meg\u0000' } },
      token,
    );
    expect(edit.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'bio' });
    const me = await t.gql<{ me: { profile: { bio: string | null } } }>('{ me { profile { bio } } }', {}, token);
    expect(me.data?.me.profile.bio).toBeNull();
  });

  it('keeps line breaks and tabs where text may span lines', async () => {
    const { token } = await createAccount(t);
    const edit = await t.gql<{ updateMyProfile: { bio: string } }>(
      'mutation($input: ProfileInput!) { updateMyProfile(input: $input, expectedVersion: 1) { bio } }',
      { input: { bio: 'Første linje.\nAndre linje.' } },
      token,
    );
    expect(edit.errors).toBeUndefined();
    expect(edit.data?.updateMyProfile.bio).toBe('Første linje.\nAndre linje.');
  });
});
