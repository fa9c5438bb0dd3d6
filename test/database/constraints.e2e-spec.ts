import { QueryFailedError } from 'typeorm';
import { Account } from '../../src/account/account.entity';
import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { NetworkMembership } from '../../src/network/network-membership.entity';
import { Network } from '../../src/network/network.entity';
import { Researcher } from '../../src/researcher/researcher.entity';
import { seedReferenceData } from '../../src/seed/reference-data.seeder';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

/** The database itself refuses bad data, whatever code path writes it. */
describe('database constraints', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  const uniqueViolation = expect.objectContaining({ driverError: expect.objectContaining({ code: '23505' }) });

  it('refuses a second account whose email differs only in case', async () => {
    const accounts = t.dataSource.getRepository(Account);
    await accounts.insert({ email: 'kari.nordmann@example.no', passwordHash: 'x' });
    await expect(accounts.insert({ email: 'Kari.Nordmann@Example.NO', passwordHash: 'y' })).rejects.toEqual(uniqueViolation);
    expect(await accounts.countBy({})).toBe(1);
  });

  it('refuses a duplicate ORCID iD and a duplicate slug', async () => {
    const first = await createResearcher(t.dataSource, { orcid: '0000-0002-1825-0097' });
    await expect(createResearcher(t.dataSource, { orcid: '0000-0002-1825-0097' })).rejects.toEqual(uniqueViolation);
    await expect(createResearcher(t.dataSource, { slug: first.slug })).rejects.toEqual(uniqueViolation);
  });

  it('allows one pending-or-active membership per person and network, and any number of ended ones', async () => {
    const network = await t.dataSource.getRepository(Network).findOneByOrFail({ slug: 'forskernettverket' });
    const r = await createResearcher(t.dataSource);
    const memberships = t.dataSource.getRepository(NetworkMembership);
    const open = { networkId: network.id, researcherId: r.id };
    await memberships.insert({ ...open, status: MembershipStatus.PENDING });
    await expect(memberships.insert({ ...open, status: MembershipStatus.ACTIVE })).rejects.toEqual(uniqueViolation);
    await memberships.update(open, { status: MembershipStatus.ENDED, startedOn: '2025-01-01', endedOn: '2025-06-01' });
    await memberships.insert({ ...open, status: MembershipStatus.DECLINED });
    await memberships.insert({ ...open, status: MembershipStatus.ACTIVE });
    expect(await memberships.countBy(open)).toBe(3);
  });

  it('refuses an end date before the start date', async () => {
    const network = await t.dataSource.getRepository(Network).findOneByOrFail({ slug: 'dialogforum' });
    const r = await createResearcher(t.dataSource);
    await expect(
      t.dataSource.getRepository(NetworkMembership).insert({
        networkId: network.id, researcherId: r.id, status: MembershipStatus.ENDED, startedOn: '2025-06-01', endedOn: '2025-01-01',
      }),
    ).rejects.toEqual(expect.objectContaining({ driverError: expect.objectContaining({ code: '23514' }) }));
  });

  it('refuses values outside the enums', async () => {
    await expect(
      t.dataSource.query(`INSERT INTO account (email, password_hash, role) VALUES ('x@example.no', 'x', 'SUPERUSER')`),
    ).rejects.toBeInstanceOf(QueryFailedError);
    await expect(t.dataSource.query(`UPDATE researcher SET region = 'NARNIA'`)).rejects.toBeInstanceOf(QueryFailedError);
  });

  it('erases the profile and memberships with the account, and keeps organisations when profiles go', async () => {
    const accounts = t.dataSource.getRepository(Account);
    const { identifiers } = await accounts.insert({ email: 'slett.meg@example.no', passwordHash: 'x' });
    const accountId = identifiers[0].id as string;
    const r = await createResearcher(t.dataSource, { accountId, organizationName: 'Helse Bergen HF', areaSlugs: ['kommunikasjon'] });
    const network = await t.dataSource.getRepository(Network).findOneByOrFail({ slug: 'dialogforum' });
    await t.dataSource.getRepository(NetworkMembership).insert({ networkId: network.id, researcherId: r.id, status: MembershipStatus.ACTIVE });

    await accounts.delete({ id: accountId });

    expect(await t.dataSource.getRepository(Researcher).countBy({ id: r.id })).toBe(0);
    expect(await t.dataSource.getRepository(NetworkMembership).countBy({ researcherId: r.id })).toBe(0);
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM researcher_competence_area WHERE researcher_id = $1`, [r.id]);
    expect(count).toBe(0);
    const [{ orgs }] = await t.dataSource.query(`SELECT count(*)::int AS orgs FROM organization WHERE name = 'Helse Bergen HF'`);
    expect(orgs).toBe(1);
  });

  it('seeds reference data idempotently: a second run inserts nothing', async () => {
    const tables = ['organization', 'network', 'competence_area'];
    const snapshot = async () =>
      Promise.all(tables.map(async (tbl) => (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${tbl}`))[0].n as number));
    const before = await snapshot();
    const inserted = await t.dataSource.transaction((tx) => seedReferenceData(tx));
    expect(inserted).toBe(0);
    expect(await snapshot()).toEqual(before);
    expect(before[1]).toBe(3);
  });
});
