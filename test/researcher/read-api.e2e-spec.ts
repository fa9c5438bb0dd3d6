import { NetworkMembership } from '../../src/network/network-membership.entity';
import { Network } from '../../src/network/network.entity';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

describe('public read API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('serves the seeded taxonomy with both levels and both languages', async () => {
    const res = await t.gql(`{ competenceAreas { slug name nameEn parent { slug } children { slug } } }`);
    expect(res.errors).toBeUndefined();
    const areas = res.data!.competenceAreas as Array<{ slug: string; name: string; nameEn: string; parent: { slug: string } | null; children: { slug: string }[] }>;
    const bySlug = new Map(areas.map((a) => [a.slug, a]));
    expect(bySlug.get('helsepedagogikk')!.children.map((c) => c.slug)).toEqual(
      expect.arrayContaining(['kommunikasjon', 'gruppeledelse', 'pedagogikk', 'mestring-og-mestringsstrategier', 'sykdom-og-diagnose']),
    );
    expect(bySlug.get('barn-og-unge-som-parorende')!.parent).toEqual({ slug: 'familieperspektiv' });
    expect(bySlug.get('barn-og-unge-som-parorende')!.name).toBe('Barn og unge som pårørende');
    for (const slug of ['brukermedvirkning', 'samhandling', 'psykisk-helse-og-rus', 'helsekompetanse', 'digitale-tilbud', 'evaluering-og-effektforskning', 'forskning-og-grunnlagstenkning']) {
      expect(bySlug.get(slug)?.parent).toBeNull();
      expect(bySlug.get(slug)?.nameEn).toBeTruthy();
    }
  });

  it('serves the three networks and finds organisations regardless of æøå', async () => {
    const res = await t.gql(`{ networks { slug name description applicationsOpen }
      tromso: organizations(query: "Tromso") { name region }
      all: organizations { name kind } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.networks.map((n: { slug: string }) => n.slug).sort()).toEqual(['dialogforum', 'forskernettverket', 'psykisk-helse-og-rus']);
    expect(res.data!.tromso.map((o: { name: string }) => o.name)).toContain('Tromsø kommune');
    expect(res.data!.all.length).toBeGreaterThanOrEqual(40);
    for (const name of ['Oslo universitetssykehus HF', 'Helse Bergen HF', 'St. Olavs hospital HF', 'Universitetssykehuset Nord-Norge HF']) {
      expect(res.data!.all.map((o: { name: string }) => o.name)).toContain(name);
    }
  });

  it('shows a published profile by id and by slug, and never an unpublished one', async () => {
    const published = await createResearcher(t.dataSource, { givenName: 'Åse', familyName: 'Løvås', areaSlugs: ['gruppeledelse'] });
    const draft = await createResearcher(t.dataSource, { status: ProfileStatus.DRAFT });
    const query = `query($id: ID, $slug: String) { researcher(id: $id, slug: $slug) { id fullName competenceAreas { slug } } }`;

    expect((await t.gql(query, { id: published.id })).data!.researcher).toMatchObject({ fullName: 'Åse Løvås', competenceAreas: [{ slug: 'gruppeledelse' }] });
    expect((await t.gql(query, { slug: published.slug })).data!.researcher.id).toBe(published.id);
    expect((await t.gql(query, { id: draft.id })).data!.researcher).toBeNull();
    expect((await t.gql(query, { slug: draft.slug })).data!.researcher).toBeNull();
    expect((await t.gql(query, { id: 'not-a-uuid' })).data!.researcher).toBeNull();
    const neither = await t.gql(query, {});
    expect(neither.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('shows contact details to anonymous viewers only when public', async () => {
    const r = await createResearcher(t.dataSource, {
      email: 'offentlig@example.no', emailVisibility: Visibility.PUBLIC,
      phone: '+47 22 00 00 00', phoneVisibility: Visibility.REGISTERED,
    });
    const res = await t.gql(`query($id: ID) { researcher(id: $id) { email phone } }`, { id: r.id });
    expect(res.data!.researcher).toEqual({ email: 'offentlig@example.no', phone: null });
  });

  it('lists only active members with published profiles, and counts them the same way', async () => {
    const network = await t.dataSource.getRepository(Network).findOneByOrFail({ slug: 'dialogforum' });
    const active = await createResearcher(t.dataSource, { familyName: 'Aktiv' });
    const pending = await createResearcher(t.dataSource, { familyName: 'Venter' });
    const hidden = await createResearcher(t.dataSource, { familyName: 'Skjult', status: ProfileStatus.HIDDEN });
    const memberships = t.dataSource.getRepository(NetworkMembership);
    await memberships.save([
      memberships.create({ networkId: network.id, researcherId: active.id, status: MembershipStatus.ACTIVE }),
      memberships.create({ networkId: network.id, researcherId: pending.id, status: MembershipStatus.PENDING }),
      memberships.create({ networkId: network.id, researcherId: hidden.id, status: MembershipStatus.ACTIVE }),
    ]);
    const res = await t.gql(`{ network(slug: "dialogforum") { memberCount members { status researcher { familyName } } } }`);
    expect(res.data!.network).toEqual({ memberCount: 1, members: [{ status: 'ACTIVE', researcher: { familyName: 'Aktiv' } }] });
  });

  it('answers nested reads with a fixed number of queries, however many rows (no N+1)', async () => {
    const network = await t.dataSource.getRepository(Network).findOneByOrFail({ slug: 'forskernettverket' });
    const memberships = t.dataSource.getRepository(NetworkMembership);
    const query = `{ networks { slug memberCount members { role network { slug } researcher { fullName organization { name }
      competenceAreas { slug parent { slug } } memberships { network { name } } } } } }`;

    const addMembers = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const r = await createResearcher(t.dataSource, { organizationName: 'Helse Bergen HF', areaSlugs: ['kommunikasjon', 'samhandling'] });
        await memberships.save(memberships.create({ networkId: network.id, researcherId: r.id, status: MembershipStatus.ACTIVE }));
      }
    };
    await addMembers(2);
    const small = await t.queries.count(() => t.gql(query));
    await addMembers(10);
    const large = await t.queries.count(() => t.gql(query));

    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.networks.find((n: { slug: string }) => n.slug === 'forskernettverket').members.length).toBe(12);
    expect(large.queries.length).toBe(small.queries.length);
    expect(large.queries.length).toBeLessThanOrEqual(10);
  });
});
