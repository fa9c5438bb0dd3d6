import { Role } from '../../src/common/enums/role.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const PROPOSE = `mutation($input: OrganizationProposalInput!) { proposeOrganization(input: $input) { id name } }`;
const CREATE = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { id name } }`;
const AREA = `mutation($input: CompetenceAreaInput!) { createCompetenceArea(input: $input) { slug } }`;

// Text that looks like a real organisation but is not the same string: a zero-width space,
// a right-to-left override, a soft hyphen, a line separator, a Hangul filler.
const LOOKALIKES = [
  'Oslo universitetssykehus\u200B HF',
  'Helse Bergen HF\u202E',
  'St. Olavs hos\u00ADpital HF',
  'Helse Nord\u2028 RHF',
  'FFO\u3164',
];

/**
 * Organisation and competence-area names are shown on public pages and in search facets, and a
 * proposal comes from any signed-in researcher, before an editor has looked at it: invisible
 * and formatting characters are refused there as in people's names, so nobody can pass a
 * lookalike off as an organisation the catalogue already has.
 */
describe('organisation and competence-area names without invisible characters', () => {
  let t: TestApp;
  let editor: string;
  beforeAll(async () => {
    t = await createTestApp();
    editor = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(() => t?.close());

  const organizationsNamed = async (name: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM organization WHERE name = $1`, [name]))[0].n as number;

  it.each(LOOKALIKES)('refuses the proposal %j, naming the field, and stores nothing', async (name) => {
    const researcher = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const res = await t.gql(PROPOSE, { input: { name } }, researcher.token);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await organizationsNamed(name)).toBe(0);
    const profile = await t.dataSource.query(`SELECT organization_id FROM researcher WHERE id = $1`, [researcher.researcher.id]);
    expect(profile[0].organization_id).toBeNull();
  });

  it.each([
    ['name', { name: 'Nytt\u200B senter' }],
    ['shortName', { name: 'Nytt senter for mestring', shortName: 'NSM\u202E' }],
    ['aliases', { name: 'Nytt senter for læring', aliases: ['Gammelt\u00AD senter'] }],
  ])('refuses an editor\'s organisation with an invisible character in %s', async (field, input) => {
    const res = await t.gql(CREATE, { input: { kind: 'OTHER', ...input } }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await organizationsNamed(input.name)).toBe(0);
  });

  it.each([
    ['name', { name: 'Pasient\u200Bsikkerhet', nameEn: 'Patient safety' }],
    ['nameEn', { name: 'Pasientsikkerhet', nameEn: 'Patient\u202E safety' }],
  ])('refuses a competence area with an invisible character in %s', async (field, input) => {
    const res = await t.gql(AREA, { input }, editor);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    const rows = await t.dataSource.query(`SELECT count(*)::int AS n FROM competence_area WHERE name_en LIKE 'Patient%'`);
    expect(rows[0].n).toBe(0);
  });

  it('keeps real names in every script', async () => {
    const researcher = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const res = await t.gql(PROPOSE, { input: { name: 'Sámi allaskuvla – Sámi University of Applied Sciences' } }, researcher.token);
    expect(res.errors).toBeUndefined();
    expect(res.data?.proposeOrganization.name).toBe('Sámi allaskuvla – Sámi University of Applied Sciences');
  });
});
