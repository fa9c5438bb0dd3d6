import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const UPDATE = `mutation($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) {
  id slug givenName familyName title degree orcid region bio keywords languages availableAsSpeaker availableForMedia
  email phone website version status emailVisibility phoneVisibility acceptsNetworkMail
  organization { name } competenceAreas { slug } } }`;

describe('editing one\'s own profile', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('changes only the fields sent and bumps the version', async () => {
    const { token, researcher } = await createAccount(t, { profile: { givenName: 'Kari', familyName: 'Nordmann', bio: 'Uendret' } });
    const res = await t.gql(UPDATE, {
      v: researcher.version,
      input: {
        title: '  Førsteamanuensis ', degree: 'PHD', orcid: 'https://orcid.org/0000-0002-1825-0097', region: 'NORTH',
        keywords: ['gruppeledelse', 'Gruppeledelse', ' diabetes '], languages: ['NB', 'se', 'en'],
        competenceAreas: ['gruppeledelse', 'helsekompetanse'], availableAsSpeaker: true,
        email: 'kari@uit.no', emailVisibility: 'PUBLIC', phone: '+47 77 00 00 00', website: 'https://uit.no/kari',
        acceptsNetworkMail: true,
      },
    }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMyProfile).toMatchObject({
      givenName: 'Kari', title: 'Førsteamanuensis', degree: 'PHD', orcid: '0000-0002-1825-0097', region: 'NORTH',
      bio: 'Uendret', keywords: ['gruppeledelse', 'diabetes'], languages: ['nb', 'se', 'en'],
      availableAsSpeaker: true, availableForMedia: false, email: 'kari@uit.no', emailVisibility: 'PUBLIC',
      phoneVisibility: 'PRIVATE', acceptsNetworkMail: true, version: researcher.version + 1, status: 'DRAFT',
    });
    expect(res.data!.updateMyProfile.competenceAreas.map((a: { slug: string }) => a.slug).sort()).toEqual(['gruppeledelse', 'helsekompetanse']);

    const cleared = await t.gql(UPDATE, { v: researcher.version + 1, input: { title: null, bio: '' } }, token);
    expect(cleared.data!.updateMyProfile).toMatchObject({ title: null, bio: null, degree: 'PHD', version: researcher.version + 2 });
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const { token, researcher } = await createAccount(t);
    await t.gql(UPDATE, { v: researcher.version, input: { title: 'Først' } }, token);
    const stale = await t.gql(UPDATE, { v: researcher.version, input: { title: 'Sist' } }, token);
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: researcher.version + 1 });
    const me = await t.gql('{ me { profile { title version } } }', {}, token);
    expect(me.data!.me.profile).toEqual({ title: 'Først', version: researcher.version + 1 });
  });

  it('gives exactly one success and one CONFLICT for two concurrent edits from the same version', async () => {
    const { token, researcher } = await createAccount(t);
    const [a, b] = await Promise.all([
      t.gql(UPDATE, { v: researcher.version, input: { title: 'Fra fane A', bio: 'A' } }, token),
      t.gql(UPDATE, { v: researcher.version, input: { title: 'Fra fane B', keywords: ['b'] } }, token),
    ]);
    const winners = [a, b].filter((r) => !r.errors);
    const losers = [a, b].filter((r) => r.errors);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(1);
    expect(losers[0].errors![0].extensions!.code).toBe('CONFLICT');
    const me = (await t.gql('{ me { profile { title bio keywords version } } }', {}, token)).data!.me.profile;
    expect(me.version).toBe(researcher.version + 1);
    // All of the winner's fields, none of the loser's.
    expect(me).toEqual(winners[0] === a
      ? { title: 'Fra fane A', bio: 'A', keywords: [], version: researcher.version + 1 }
      : { title: 'Fra fane B', bio: null, keywords: ['b'], version: researcher.version + 1 });
  });

  const long = (n: number) => 'x'.repeat(n);
  it.each<[string, Record<string, unknown>, string]>([
    ['empty given name', { givenName: '  ' }, 'givenName'],
    ['null family name', { familyName: null }, 'familyName'],
    ['too long given name', { givenName: long(101) }, 'givenName'],
    ['NUL in the title', { title: 'Pro\u0000fessor' }, 'title'],
    ['a line break in a one-line field', { familyName: 'Nord\nmann' }, 'familyName'],
    ['a bidi override in the bio', { bio: 'abc\u202edef' }, 'bio'],
    ['too long bio', { bio: long(5001) }, 'bio'],
    ['ORCID with a wrong check digit', { orcid: '0000-0002-1825-0098' }, 'orcid'],
    ['ORCID in the wrong shape', { orcid: '1234' }, 'orcid'],
    ['an email that is not one', { email: 'kari(at)uit.no' }, 'email'],
    ['a javascript: URL', { website: 'javascript:alert(1)' }, 'website'],
    ['an ftp URL', { website: 'ftp://example.no/x' }, 'website'],
    ['a URL without scheme', { website: 'www.uit.no' }, 'website'],
    ['a phone number with letters', { phone: '22 ab 00 00' }, 'phone'],
    ['an unknown language code', { languages: ['nb', 'xx'] }, 'languages'],
    ['a three-letter language code', { languages: ['nob'] }, 'languages'],
    ['too many languages', { languages: Array(21).fill('nb') }, 'languages'],
    ['an unknown competence area', { competenceAreas: ['gruppeledelse', 'finnes-ikke'] }, 'competenceAreas'],
    ['a malformed area slug', { competenceAreas: ['Gruppe ledelse!'] }, 'competenceAreas'],
    ['an unknown organisation', { organizationId: '00000000-0000-4000-8000-000000000000' }, 'organizationId'],
    ['a malformed organisation id', { organizationId: 'oslo' }, 'organizationId'],
    ['an empty keyword', { keywords: ['ok', ' '] }, 'keywords'],
    ['too long keyword', { keywords: [long(61)] }, 'keywords'],
    ['too many keywords', { keywords: Array.from({ length: 31 }, (_, i) => `k${i}`) }, 'keywords'],
    ['null for a yes/no field', { availableAsSpeaker: null }, 'availableAsSpeaker'],
    ['null visibility', { emailVisibility: null }, 'emailVisibility'],
  ])('refuses %s, naming the field, and leaves the profile unchanged', async (_what, input, field) => {
    const { token, researcher } = await createAccount(t, { profile: { givenName: 'Uendret', familyName: 'Profil', bio: 'Før' } });
    const before = (await t.gql('{ me { profile { givenName familyName title bio orcid email website phone languages keywords version competenceAreas { slug } organization { id } } } }', {}, token)).data!.me.profile;
    const res = await t.gql(UPDATE, { v: researcher.version, input: { title: 'Skal ikke lagres', ...input } }, token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const after = (await t.gql('{ me { profile { givenName familyName title bio orcid email website phone languages keywords version competenceAreas { slug } organization { id } } } }', {}, token)).data!.me.profile;
    expect(after).toEqual(before);
  });

  it('refuses a value outside an enum', async () => {
    const { token, researcher } = await createAccount(t);
    const res = await t.gql(UPDATE, { v: researcher.version, input: { degree: 'PROFESSOR' } }, token);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toContain('degree');
  });

  it('refuses an ORCID iD that another profile has', async () => {
    const { token: first, researcher: r1 } = await createAccount(t);
    const { token: second, researcher: r2 } = await createAccount(t);
    expect((await t.gql(UPDATE, { v: r1.version, input: { orcid: '0000-0001-5109-3700' } }, first)).errors).toBeUndefined();
    const dup = await t.gql(UPDATE, { v: r2.version, input: { orcid: '0000000151093700' } }, second);
    expect(dup.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'orcid' });
  });

  it('accepts an organisation by id and every ISO 639-1 code including Northern Sami', async () => {
    const { token, researcher } = await createAccount(t);
    const [org] = await t.dataSource.query(`SELECT id, name FROM organization WHERE name = 'Helse Bergen HF'`);
    const res = await t.gql(UPDATE, { v: researcher.version, input: { organizationId: org.id, languages: ['se', 'nn', 'fi'] } }, token);
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMyProfile).toMatchObject({ organization: { name: 'Helse Bergen HF' }, languages: ['se', 'nn', 'fi'] });
  });

  it('keeps the slug in step with the name until the profile is published, then keeps it stable', async () => {
    const { token, researcher } = await createAccount(t, { profile: { givenName: 'Per', familyName: 'Hansen' } });
    const renamed = await t.gql(UPDATE, { v: researcher.version, input: { givenName: 'Bjørg', familyName: 'Ærø' } }, token);
    expect(renamed.data!.updateMyProfile.slug).toBe('bjorg-aero');
    await t.dataSource.query(`UPDATE researcher SET status = 'PUBLISHED', published_at = now() WHERE id = $1`, [researcher.id]);
    const again = await t.gql(UPDATE, { v: researcher.version + 1, input: { familyName: 'Ås' } }, token);
    expect(again.data!.updateMyProfile).toMatchObject({ slug: 'bjorg-aero', familyName: 'Ås', status: 'PUBLISHED' });
  });

  it('records every change with who, when, which fields, old and new values, visible to the owner and editors only', async () => {
    const { token, researcher } = await createAccount(t, { profile: { givenName: 'Hist', familyName: 'Orikk' } });
    await t.gql(UPDATE, { v: researcher.version, input: { title: 'Lektor', keywords: ['a'], competenceAreas: ['pedagogikk'] } }, token);
    await t.gql(UPDATE, { v: researcher.version + 1, input: { title: 'Dosent' } }, token);
    const HISTORY = `query($id: ID) { profileHistory(id: $id) { at action byOwner actorName note changes { field oldValue newValue } } }`;
    const mine = (await t.gql(HISTORY, {}, token)).data!.profileHistory;
    expect(mine[0]).toMatchObject({ action: 'UPDATED', byOwner: true, actorName: 'Hist Orikk', changes: [{ field: 'title', oldValue: '"Lektor"', newValue: '"Dosent"' }] });
    expect(mine[1].changes).toEqual(expect.arrayContaining([
      { field: 'title', oldValue: null, newValue: '"Lektor"' },
      { field: 'keywords', oldValue: '[]', newValue: '["a"]' },
      { field: 'competenceAreas', oldValue: '[]', newValue: '["pedagogikk"]' },
    ]));
    expect(mine[mine.length - 1].action).toBe('CREATED');
    expect(new Date(mine[0].at).getTime()).toBeGreaterThan(Date.now() - 60_000);

    const { token: editor } = await createAccount(t, { role: Role.EDITOR });
    const { token: other } = await createAccount(t);
    expect((await t.gql(HISTORY, { id: researcher.id }, editor)).data!.profileHistory).toEqual(mine);
    expect((await t.gql(HISTORY, { id: researcher.id }, other)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(HISTORY, { id: researcher.id })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('needs a signed-in account', async () => {
    const res = await t.gql(UPDATE, { v: 1, input: { title: 'x' } });
    expect(res.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
