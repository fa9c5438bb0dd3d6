import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const STATS = `query($year: Int) {
  catalogueStatistics(year: $year) {
    year publishedProfiles
    byRegion { value label count }
    byCompetenceArea { value label count }
    byOrganizationKind { value label count }
    profilesByMonth { month newProfiles updatedProfiles unconfirmedProfiles }
    networkMembers { network networkName role roleLabel count }
    applicationsDecided applicationsApproved applicationsDeclined medianDaysToDecision
  }
}`;

const counts = (list: Array<{ value: string; count: number }>) => Object.fromEntries(list.map((f) => [f.value, f.count]));

describe('the yearly figures', () => {
  let t: TestApp;
  let editor: string;

  /** Sets when a profile was created and first published, and its status now. */
  const dated = (id: string, created: string, published: string | null, status: ProfileStatus) =>
    t.dataSource.query(`UPDATE researcher SET created_at = $2, published_at = $3, status = $4 WHERE id = $1`, [id, created, published, status]);
  const history = (id: string, action: string, at: string, changes: unknown[] = []) =>
    t.dataSource.query(`INSERT INTO profile_change (researcher_id, action, changes, created_at) VALUES ($1, $2, $3, $4)`, [
      id,
      action,
      JSON.stringify(changes),
      at,
    ]);
  const statusChange = (from: string, to: string) => [{ field: 'status', old: from, new: to }];
  const membership = async (network: string, researcherId: string, fields: Record<string, string | null>) => {
    const [{ id: networkId }] = await t.dataSource.query(`SELECT id FROM network WHERE slug = $1`, [network]);
    await t.dataSource.query(
      `INSERT INTO network_membership (network_id, researcher_id, role, status, started_on, ended_on, created_at, decided_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [networkId, researcherId, fields.role ?? 'MEMBER', fields.status, fields.startedOn ?? null, fields.endedOn ?? null, fields.createdAt, fields.decidedAt ?? null],
    );
  };

  beforeAll(async () => {
    t = await createTestApp();
    editor = (await createAccount(t, { role: Role.EDITOR })).token;

    // Published all year; in a health trust in the north; one edit in April.
    const a = await createResearcher(t.dataSource, { region: null, areaSlugs: ['gruppeledelse'], organizationName: 'Universitetssykehuset Nord-Norge HF' });
    await dated(a.id, '2025-03-01T12:00:00Z', '2025-03-10T12:00:00Z', ProfileStatus.PUBLISHED);
    await t.dataSource.query(`UPDATE researcher SET region = 'NORTH' WHERE id = $1`, [a.id]);
    await history(a.id, 'UPDATED', '2025-04-02T12:00:00Z', [{ field: 'bio', old: null, new: 'Ny' }]);
    // Published in May, hidden the next February: still counts at the end of 2025.
    const b = await createResearcher(t.dataSource, { region: 'WEST' as never, areaSlugs: ['kommunikasjon', 'brukermedvirkning'] });
    await dated(b.id, '2025-05-01T12:00:00Z', '2025-05-02T12:00:00Z', ProfileStatus.HIDDEN);
    await history(b.id, 'HIDDEN', '2026-02-01T12:00:00Z', statusChange('PUBLISHED', 'HIDDEN'));
    // Published in June, hidden in November: new in June, gone by the end of the year.
    const c = await createResearcher(t.dataSource, { region: 'SOUTH_EAST' as never, areaSlugs: ['kommunikasjon'] });
    await dated(c.id, '2025-06-01T12:00:00Z', '2025-06-03T12:00:00Z', ProfileStatus.HIDDEN);
    await history(c.id, 'HIDDEN', '2025-11-01T12:00:00Z', statusChange('PUBLISHED', 'HIDDEN'));
    // Published only in 2026, and a draft: neither counts for 2025.
    const d = await createResearcher(t.dataSource, { region: 'NORTH' as never });
    await dated(d.id, '2026-01-10T12:00:00Z', '2026-01-15T12:00:00Z', ProfileStatus.PUBLISHED);
    const e = await createResearcher(t.dataSource, { region: 'NORTH' as never, status: ProfileStatus.DRAFT, publishedAt: null });
    await dated(e.id, '2025-02-01T12:00:00Z', null, ProfileStatus.DRAFT);
    // An owner who published in January 2024 and confirmed only in June 2025.
    const { researcher: f } = await createAccount(t, { profile: { region: 'CENTRAL' as never } });
    await dated(f.id, '2024-01-10T12:00:00Z', '2024-01-10T12:00:00Z', ProfileStatus.PUBLISHED);
    await history(f.id, 'CONFIRMED', '2025-06-15T12:00:00Z');

    await membership('dialogforum', a.id, { role: 'LEADER', status: 'ACTIVE', startedOn: '2025-02-01', createdAt: '2025-01-20T12:00:00Z', decidedAt: '2025-01-20T11:59:59Z' });
    await membership('dialogforum', b.id, { status: 'ENDED', startedOn: '2024-05-01', endedOn: '2025-10-01', createdAt: '2024-05-01T12:00:00Z' });
    await membership('forskernettverket', c.id, { status: 'ENDED', startedOn: '2024-05-01', endedOn: '2026-03-01', createdAt: '2024-05-01T12:00:00Z' });
    // Applications: approved after 10 days, declined after 20.
    await membership('forskernettverket', d.id, { status: 'ACTIVE', startedOn: '2025-09-11', createdAt: '2025-09-01T12:00:00Z', decidedAt: '2025-09-11T12:00:00Z' });
    await membership('forskernettverket', e.id, { status: 'DECLINED', createdAt: '2025-10-01T12:00:00Z', decidedAt: '2025-10-21T12:00:00Z' });
  });
  afterAll(() => t?.close());

  it('counts the catalogue as it stood at the end of the year, by region, area and kind of workplace', async () => {
    const stats = (await t.gql(STATS, { year: 2025 }, editor)).data!.catalogueStatistics;
    expect(stats.year).toBe(2025);
    expect(stats.publishedProfiles).toBe(3);
    expect(stats.byRegion).toEqual([
      { value: 'NORTH', label: 'Helse Nord', count: 1 },
      { value: 'CENTRAL', label: 'Helse Midt-Norge', count: 1 },
      { value: 'WEST', label: 'Helse Vest', count: 1 },
      { value: 'SOUTH_EAST', label: 'Helse Sør-Øst', count: 0 },
    ]);
    expect(counts(stats.byCompetenceArea)).toMatchObject({ helsepedagogikk: 2, gruppeledelse: 1, kommunikasjon: 1, brukermedvirkning: 1, samhandling: 0 });
    expect(stats.byCompetenceArea.find((f: { value: string }) => f.value === 'helsepedagogikk').label).toBe('Helsepedagogikk');
    expect(counts(stats.byOrganizationKind)).toEqual({ HEALTH_TRUST: 1, MUNICIPALITY: 0, UNIVERSITY: 0, USER_ORGANIZATION: 0, LMS_CENTRE: 0, OTHER: 0, NONE: 2 });
  });

  it('gives new, updated and unconfirmed profiles month by month', async () => {
    const months = (await t.gql(STATS, { year: 2025 }, editor)).data!.catalogueStatistics.profilesByMonth;
    expect(months.map((m: { month: string }) => m.month)).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`));
    expect(months.map((m: { newProfiles: number }) => m.newProfiles)).toEqual([0, 0, 1, 0, 1, 1, 0, 0, 0, 0, 0, 0]);
    expect(months.map((m: { updatedProfiles: number }) => m.updatedProfiles)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0]);
    // Only profiles with an owner are asked to confirm: F, until it confirmed in June.
    expect(months.map((m: { unconfirmedProfiles: number }) => m.unconfirmedProfiles)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
  });

  it('gives network members by network and role, and how applications were decided', async () => {
    const stats = (await t.gql(STATS, { year: 2025 }, editor)).data!.catalogueStatistics;
    expect(stats.networkMembers).toEqual([
      { network: 'dialogforum', networkName: 'Dialogforum', role: 'LEADER', roleLabel: 'Leder', count: 1 },
      { network: 'forskernettverket', networkName: expect.stringMatching(/^Forskernettverk/), role: 'MEMBER', roleLabel: 'Medlem', count: 2 },
    ]);
    expect(stats).toMatchObject({ applicationsDecided: 2, applicationsApproved: 1, applicationsDeclined: 1, medianDaysToDecision: 15 });
  });

  it('defaults to the current year, up to the current month, and refuses years it cannot report on', async () => {
    const now = (await t.gql(STATS, {}, editor)).data!.catalogueStatistics;
    const year = Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', year: 'numeric' }).format(new Date()));
    expect(now.year).toBe(year);
    expect(now.profilesByMonth.length).toBe(Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', month: 'numeric' }).format(new Date())));
    for (const bad of [1999, year + 1]) {
      expect((await t.gql(STATS, { year: bad }, editor)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    }
  });

  it('is for editors and admins only', async () => {
    const admin = await createAccount(t, { role: Role.ADMIN });
    expect((await t.gql(STATS, { year: 2025 }, admin.token)).data!.catalogueStatistics.publishedProfiles).toBe(3);
    const researcher = await createAccount(t);
    expect((await t.gql(STATS, { year: 2025 }, researcher.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(STATS, { year: 2025 })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
