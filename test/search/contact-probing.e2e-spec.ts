import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { createAccount } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const PROBE = `
  query Probe($query: String) {
    researchers(query: $query, first: 100) {
      totalCount
      edges { highlight node { id fullName email phone } }
      facets {
        competenceAreas { value count }
        networks { value count }
        regions { value count }
        degrees { value count }
        languages { value count }
      }
    }
  }`;

const NO_FACETS = { competenceAreas: [], networks: [], regions: [], degrees: [], languages: [] };

/** Contact values a viewer may not see must not be confirmable by searching for them either. */
describe('search cannot probe contact details', () => {
  let t: TestApp;
  let registeredToken: string;
  const viewers = () => ({ anonymous: undefined, registered: registeredToken });

  // Everything private: the login address, the profile address and the phone. No value holds
  // a name, since finding someone by a name in their address would be right.
  const hidden = {
    login: 'postboks.innlogging@example.no',
    email: 'skjult.postkasse@example.org',
    phone: '+47 41 23 45 67',
  };
  // Address private, phone for registered users only.
  const halfHidden = { email: 'lukket.adresse@example.org', phone: '+47 93 87 65 43' };

  beforeAll(async () => {
    t = await createTestApp();
    registeredToken = (await createAccount(t)).token;
    const shared = {
      bio: 'Forsker på mestring og pasientopplæring.', region: HealthRegion.WEST,
      areaSlugs: ['helsepedagogikk'], languages: ['nb'],
    };
    await createAccount(t, {
      email: hidden.login,
      profileStatus: ProfileStatus.PUBLISHED,
      profile: {
        ...shared, givenName: 'Solfrid', familyName: 'Tjernagel',
        email: hidden.email, emailVisibility: Visibility.PRIVATE, phone: hidden.phone, phoneVisibility: Visibility.PRIVATE,
      },
    });
    await createResearcher(t.dataSource, {
      ...shared, givenName: 'Torleif', familyName: 'Tjernagel',
      email: halfHidden.email, emailVisibility: Visibility.PRIVATE, phone: halfHidden.phone, phoneVisibility: Visibility.REGISTERED,
    });
    // Someone with public contact details, so a probe has something it could wrongly match.
    await createResearcher(t.dataSource, {
      ...shared, givenName: 'Oddny', familyName: 'Åpen', region: HealthRegion.NORTH,
      email: 'oddny.aapen@example.org', emailVisibility: Visibility.PUBLIC, phone: '+47 22 33 44 55', phoneVisibility: Visibility.PUBLIC,
    });
  });
  afterAll(() => t?.close());

  async function probe(query: string, token?: string) {
    const res = await t.gql(PROBE, { query }, token);
    expect(res.errors).toBeUndefined();
    return res.data!.researchers as { totalCount: number; edges: { highlight: string | null; node: Record<string, unknown> }[]; facets: unknown };
  }

  /** Every way someone might type a contact value, each with a look-alike that belongs to nobody (and has no stop words). */
  function probesFor(value: string): [string, string][] {
    if (value.includes('@')) {
      const [local, domain] = value.split('@');
      return [
        [value, `fiktiv.kasse@${domain}`],
        [local, 'fiktiv.kasse'],
        [local.replace('.', ' '), 'fiktiv kasse'],
        [`"${value}"`, `"fiktiv.kasse@${domain}"`],
      ];
    }
    const digits = value.replace(/\D/g, '');
    return [
      [value, '+47 40 00 00 01'],
      [digits.slice(2), '40000001'],
      [digits, '4740000001'],
      [value.replace('+47 ', ''), '40 00 00 01'],
    ];
  }

  const cases: { field: string; value: string; viewers: ('anonymous' | 'registered')[] }[] = [
    { field: 'private login address', value: hidden.login, viewers: ['anonymous', 'registered'] },
    { field: 'private profile address', value: hidden.email, viewers: ['anonymous', 'registered'] },
    { field: 'private phone', value: hidden.phone, viewers: ['anonymous', 'registered'] },
    { field: 'private address beside a registered-only phone', value: halfHidden.email, viewers: ['anonymous', 'registered'] },
    { field: 'registered-only phone', value: halfHidden.phone, viewers: ['anonymous'] },
  ];

  it('finds the people by name, without their hidden contact details', async () => {
    const anonymous = await probe('Tjernagel');
    expect(anonymous.totalCount).toBe(2);
    expect(anonymous.edges.map((e) => [e.node.fullName, e.node.email, e.node.phone]).sort()).toEqual([
      ['Solfrid Tjernagel', null, null],
      ['Torleif Tjernagel', null, null],
    ]);
    const registered = await probe('Tjernagel', registeredToken);
    expect(registered.edges.find((e) => e.node.fullName === 'Torleif Tjernagel')?.node.phone).toBe(halfHidden.phone);
    const highlights = anonymous.edges.map((e) => e.highlight ?? '').join(' ');
    for (const value of [hidden.login, hidden.email, hidden.phone, halfHidden.email, halfHidden.phone]) {
      expect(highlights).not.toContain(value.split('@')[0]);
    }
  });

  for (const c of cases) {
    for (const viewer of c.viewers) {
      it(`finds nobody by a ${c.field}, as ${viewer}, and counts and facets nothing`, async () => {
        const token = viewers()[viewer];
        for (const [value, lookAlike] of probesFor(c.value)) {
          const hit = await probe(value, token);
          expect({ value, totalCount: hit.totalCount, edges: hit.edges, facets: hit.facets }).toEqual({
            value, totalCount: 0, edges: [], facets: NO_FACETS,
          });
          // Knowing the name does not help confirm the value: the answer is the one for a value nobody has.
          expect({ value, answer: await probe(`Tjernagel ${value}`, token) }).toEqual({
            value, answer: await probe(`Tjernagel ${lookAlike}`, token),
          });
        }
      });
    }
  }
});
