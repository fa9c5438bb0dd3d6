import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const STATS = `{ catalogueStatistics { publishedProfiles byCompetenceArea { value label count } byOrganizationKind { value count } } }`;
const ORG_FIELDS = `id name kind aliases parent { id }`;

const counts = (list: Array<{ value: string; count: number }>) => Object.fromEntries(list.map((f) => [f.value, f.count]));

/**
 * The yearly figures are computed from the tables when asked, so an editor's change shows in
 * them at once; the counts and facets of expensive searches are cached per search_state.version,
 * which must go up in the transaction of every change to what searches answer, organisation
 * aliases and merges and the taxonomy included.
 */
describe('the figures and cached search counts follow the editors’ changes at once', () => {
  let t: TestApp;
  let editor: string;
  const version = async (): Promise<number> => Number((await t.dataSource.query(`SELECT version FROM search_state`))[0].version);
  const gql = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await t.gql(query, variables, editor);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  /** Runs `change` and answers whether search_state.version went up by its commit. */
  const bumps = async (change: () => Promise<unknown>): Promise<boolean> => {
    const before = await version();
    await change();
    return (await version()) > before;
  };
  const createOrganization = async (input: Record<string, unknown>) =>
    (await gql(`mutation($input: OrganizationInput!) { createOrganization(input: $input) { ${ORG_FIELDS} } }`, { input })).createOrganization;
  const updateOrganization = (id: string, input: Record<string, unknown>) =>
    gql(`mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { ${ORG_FIELDS} } }`, { id, input });

  beforeAll(async () => {
    t = await createTestApp();
    editor = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(() => t?.close());

  it('organisation aliases, parents, approvals and merges tell the search caches', async () => {
    const oslomet = (await gql(`{ organizations(query: "OsloMet") { id name } }`)).organizations[0];
    expect(await bumps(() => updateOrganization(oslomet.id, { aliases: ['Høgskolen i Oslo'] }))).toBe(true);
    // Saving the same aliases again changes nothing searches answer.
    expect(await bumps(() => updateOrganization(oslomet.id, { aliases: ['Høgskolen i Oslo'] }))).toBe(false);

    let created: { id: string } = { id: '' };
    expect(await bumps(async () => (created = await createOrganization({ name: 'Testsenteret for mestring', kind: 'OTHER', aliases: ['TSM'] })))).toBe(true);
    const trust = (await gql(`{ organizations(query: "Helse Bergen HF") { id name } }`)).organizations.find((o: { name: string }) => o.name === 'Helse Bergen HF');
    expect(await bumps(() => updateOrganization(created.id, { parent: trust.id }))).toBe(true);

    const owner = await createAccount(t);
    const proposed = (await t.gql(`mutation { proposeOrganization(input: { name: "Mestringssenteret i Testdal" }) { id } }`, {}, owner.token)).data!.proposeOrganization;
    expect(await bumps(() => gql(`mutation($id: ID!) { approveOrganization(id: $id) { id } }`, { id: proposed.id }))).toBe(true);

    // A merge of an organisation nobody works at moves no profile: its name becomes an alias.
    const empty = await createOrganization({ name: 'Gamle testsenteret', kind: 'OTHER' });
    expect(await bumps(() => gql(`mutation($from: ID!, $into: ID!) { mergeOrganizations(from: $from, into: $into) { id } }`, { from: empty.id, into: created.id }))).toBe(true);
    expect((await gql(`{ organizations(query: "Gamle testsenteret") { name } }`)).organizations).toEqual([{ name: 'Testsenteret for mestring' }]);
  });

  it('taxonomy changes tell the search caches', async () => {
    expect(await bumps(() => gql(`mutation { createCompetenceArea(input: { name: "Testområde for cache" }) { slug } }`))).toBe(true);
    expect(await bumps(() => gql(`mutation { updateCompetenceArea(slug: "testomrade-for-cache", input: { description: "Nytt" }) { slug } }`))).toBe(true);
    expect(await bumps(() => gql(`mutation { retireCompetenceArea(slug: "testomrade-for-cache") { slug } }`))).toBe(true);
  });

  it('the yearly figures follow area merges and renames and organisation kinds and merges at once', async () => {
    const lms = await createOrganization({ name: 'Teststatistikk LMS', kind: 'LMS_CENTRE' });
    const municipality = await createOrganization({ name: 'Teststatistikk kommune', kind: 'MUNICIPALITY' });
    const before = (await gql(STATS)).catalogueStatistics;
    const kinds = counts(before.byOrganizationKind);
    await createResearcher(t.dataSource, { organizationId: lms.id, areaSlugs: ['barn-og-unge-som-parorende'] });
    await createResearcher(t.dataSource, { organizationId: municipality.id, areaSlugs: ['mestring-og-mestringsstrategier'] });

    let now = (await gql(STATS)).catalogueStatistics;
    expect(counts(now.byOrganizationKind)).toMatchObject({ LMS_CENTRE: kinds.LMS_CENTRE + 1, MUNICIPALITY: kinds.MUNICIPALITY + 1 });
    const areas = counts(now.byCompetenceArea);

    await gql(`mutation { mergeCompetenceAreas(from: "barn-og-unge-som-parorende", into: "mestring-og-mestringsstrategier") { slug } }`);
    await gql(`mutation { updateCompetenceArea(slug: "mestring-og-mestringsstrategier", input: { name: "Mestring (statistikktest)" }) { slug } }`);
    await updateOrganization(municipality.id, { kind: 'HEALTH_TRUST' });
    await gql(`mutation($from: ID!, $into: ID!) { mergeOrganizations(from: $from, into: $into) { id } }`, { from: lms.id, into: municipality.id });

    now = (await gql(STATS)).catalogueStatistics;
    expect(now.publishedProfiles).toBe(before.publishedProfiles + 2);
    const merged = now.byCompetenceArea.find((a: { value: string }) => a.value === 'mestring-og-mestringsstrategier');
    expect(merged).toEqual({ value: 'mestring-og-mestringsstrategier', label: 'Mestring (statistikktest)', count: areas['mestring-og-mestringsstrategier'] + 1 });
    // The merged area is no longer listed: its people are counted under the area it went into.
    expect(now.byCompetenceArea.map((a: { value: string }) => a.value)).not.toContain('barn-og-unge-som-parorende');
    expect(counts(now.byOrganizationKind)).toMatchObject({
      LMS_CENTRE: kinds.LMS_CENTRE,
      MUNICIPALITY: kinds.MUNICIPALITY,
      HEALTH_TRUST: kinds.HEALTH_TRUST + 2,
    });
  });
});
