import { AcademicDegree } from '../../src/common/enums/academic-degree.enum';
import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { Role } from '../../src/common/enums/role.enum';
import { CompetenceArea } from '../../src/competence-area/competence-area.entity';
import { NetworkMembership } from '../../src/network/network-membership.entity';
import { Organization } from '../../src/organization/organization.entity';
import { Researcher } from '../../src/researcher/researcher.entity';
import { SearchIndexService } from '../../src/search/search-index.service';
import { createAccount } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { addMembership, names, search } from './search-helpers';

describe('search index: the database keeps every document current', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it('follows profile edits made through updateMyProfile, including areas and organisation', async () => {
    const { researcher, token } = await createAccount(t, {
      profileStatus: ProfileStatus.PUBLISHED,
      profile: { givenName: 'Eirin', familyName: 'Endresen', bio: 'Skriver om søvn.' },
    });
    expect(await names(t, 'søvn')).toEqual(['Eirin Endresen']);
    const org = await t.dataSource.getRepository(Organization).findOneByOrFail({ name: 'St. Olavs hospital HF' });
    const res = await t.gql(
      `mutation($input: ProfileInput!, $v: Int!) { updateMyProfile(input: $input, expectedVersion: $v) { version } }`,
      {
        input: { familyName: 'Ekornes', bio: 'Skriver om ernæring.', competenceAreas: ['gruppeledelse'], organizationId: org.id },
        v: researcher.version,
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(await names(t, 'søvn')).toEqual([]);
    expect(await names(t, 'Endresen')).toEqual([]);
    expect(await names(t, 'ernæring')).toEqual(['Eirin Ekornes']);
    expect(await names(t, 'gruppeledelse')).toEqual(['Eirin Ekornes']);
    expect(await names(t, 'Olavs')).toEqual(['Eirin Ekornes']);
  });

  it('adds and removes profiles as they are published, hidden and deleted', async () => {
    const repo = t.dataSource.getRepository(Researcher);
    const r = await createResearcher(t.dataSource, { givenName: 'Frida', familyName: 'Flatmo', status: ProfileStatus.PENDING_REVIEW });
    expect(await names(t, 'Flatmo')).toEqual([]);
    await repo.update(r.id, { status: ProfileStatus.PUBLISHED });
    expect(await names(t, 'Flatmo')).toEqual(['Frida Flatmo']);
    await repo.update(r.id, { status: ProfileStatus.HIDDEN });
    expect(await names(t, 'Flatmo')).toEqual([]);
    await repo.update(r.id, { status: ProfileStatus.PUBLISHED });
    await repo.delete(r.id);
    expect(await names(t, 'Flatmo')).toEqual([]);
  });

  it('follows memberships: only active ones count for the network filter', async () => {
    const r = await createResearcher(t.dataSource, { givenName: 'Gunn', familyName: 'Gjerde' });
    const filter = { networks: ['psykisk-helse-og-rus'] };
    const m = await addMembership(t.dataSource, r.id, 'psykisk-helse-og-rus', MembershipStatus.PENDING);
    expect(await names(t, 'Gjerde', { filter })).toEqual([]);
    await t.dataSource.getRepository(NetworkMembership).update(m.id, { status: MembershipStatus.ACTIVE });
    expect(await names(t, 'Gjerde', { filter })).toEqual(['Gunn Gjerde']);
    await t.dataSource.getRepository(NetworkMembership).update(m.id, { status: MembershipStatus.ENDED });
    expect(await names(t, 'Gjerde', { filter })).toEqual([]);
  });

  it('follows renamed organisations and competence areas', async () => {
    const r = await createResearcher(t.dataSource, {
      givenName: 'Hege', familyName: 'Hovland', organizationName: 'Helse Bergen HF', areaSlugs: ['pedagogikk'],
    });
    const orgs = t.dataSource.getRepository(Organization);
    const org = await orgs.findOneByOrFail({ name: 'Helse Bergen HF' });
    await orgs.update(org.id, { name: 'Helse Bjørgvin HF' });
    expect(await names(t, 'Bjørgvin')).toEqual(['Hege Hovland']);
    await orgs.update(org.id, { name: 'Helse Bergen HF' });

    const areas = t.dataSource.getRepository(CompetenceArea);
    const area = await areas.findOneByOrFail({ slug: 'pedagogikk' });
    await areas.update(area.id, { name: 'Voksenpedagogikk' });
    expect(await names(t, 'voksenpedagogikk')).toEqual(['Hege Hovland']);
    await areas.update(area.id, { name: 'Pedagogikk' });
    expect(await names(t, 'voksenpedagogikk')).toEqual([]);

    // A manual rebuild changes nothing when the triggers have done their job.
    const before = await search(t, { query: 'Hovland' });
    await t.app.get(SearchIndexService).refresh([r.id]);
    await t.app.get(SearchIndexService).refreshAll();
    expect(await search(t, { query: 'Hovland' })).toEqual(before);
  });

  it('shows signed-in viewers the contact details their role allows, as in a single lookup', async () => {
    const owner = await createAccount(t, {
      profileStatus: ProfileStatus.PUBLISHED,
      profile: {
        givenName: 'Ida', familyName: 'Isaksen', degree: AcademicDegree.PHD, email: 'ida@example.no',
        emailVisibility: Visibility.REGISTERED, phone: '+47 22 11 22 33', phoneVisibility: Visibility.PRIVATE,
      },
    });
    const other = await createAccount(t, {});
    const editor = await createAccount(t, { role: Role.EDITOR });
    const contact = async (token?: string) => (await search(t, { query: 'Isaksen' }, token)).edges[0].node;
    expect(await contact()).toMatchObject({ email: null, phone: null });
    expect(await contact(other.token)).toMatchObject({ email: 'ida@example.no', phone: null });
    expect(await contact(owner.token)).toMatchObject({ email: 'ida@example.no', phone: '+47 22 11 22 33' });
    expect(await contact(editor.token)).toMatchObject({ email: 'ida@example.no', phone: '+47 22 11 22 33' });
  });
});
