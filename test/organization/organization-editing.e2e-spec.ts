import { Role } from '../../src/common/enums/role.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { ReferenceDataSeeder } from '../../src/seed/reference-data.seeder';
import { Organization } from '../../src/organization/organization.entity';
import { createAccount } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const FIELDS = `id slug name shortName kind region aliases pendingApproval parent { id name }`;
const LIST = `query($q: String) { organizations(query: $q) { id name } }`;
const ONE = `query($slug: String!) { organization(slug: $slug) { ${FIELDS} } }`;
const CREATE = `mutation($input: OrganizationInput!) { createOrganization(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation($id: ID!, $input: OrganizationInput!) { updateOrganization(id: $id, input: $input) { ${FIELDS} } }`;
const MERGE = `mutation($from: ID!, $into: ID!) { mergeOrganizations(from: $from, into: $into) { ${FIELDS} } }`;
const PROPOSE = `mutation($input: OrganizationProposalInput!) { proposeOrganization(input: $input) { ${FIELDS} } }`;
const PROPOSED = `{ proposedOrganizations { id name } }`;
const APPROVE = `mutation($id: ID!) { approveOrganization(id: $id) { id pendingApproval } }`;
const SEARCH = `query($q: String, $orgs: [ID!]) { researchers(query: $q, filter: { organizations: $orgs }, first: 50) {
  totalCount edges { node { id organization { name } } } facets { organizations { value label count } } } }`;
const LOG = `query($action: String) { auditLog(action: $action, first: 100) { totalCount edges { node { actorId targetId before after } } } }`;

describe('editors keep the organisations', () => {
  let t: TestApp;
  let editor: Awaited<ReturnType<typeof createAccount>>;
  let admin: string;
  const org = (name: string) => t.dataSource.getRepository(Organization).findOneByOrFail({ name });

  beforeAll(async () => {
    t = await createTestApp();
    editor = await createAccount(t, { role: Role.EDITOR });
    admin = (await createAccount(t, { role: Role.ADMIN })).token;
  });
  afterAll(() => t?.close());

  it('seeds the bodies the service works with: the regional health authorities, the ministry, FHI', async () => {
    const names = (await t.gql(LIST, {})).data!.organizations.map((o: { name: string }) => o.name);
    for (const name of ['Helse Sør-Øst RHF', 'Helse Vest RHF', 'Helse Midt-Norge RHF', 'Helse Nord RHF', 'Helse- og omsorgsdepartementet', 'Folkehelseinstituttet']) {
      expect(names).toContain(name);
    }
    const lms = (await t.gql(ONE, { slug: 'laerings-og-mestringssenteret-oslo-universitetssykehus' })).data!.organization;
    expect(lms.parent.name).toBe('Oslo universitetssykehus HF');
  });

  it('finds an organisation by a former name once an editor adds it as an alias, in the list and in the search box', async () => {
    const oslomet = await org('OsloMet – storbyuniversitetet');
    const person = await createResearcher(t.dataSource, { organizationName: oslomet.name, givenName: 'Olav', familyName: 'Osloby' });
    expect((await t.gql(LIST, { q: 'Høgskolen i Oslo' })).data!.organizations).toEqual([]);
    const updated = await t.gql(UPDATE, { id: oslomet.id, input: { aliases: ['Høgskolen i Oslo og Akershus', 'HiOA'] } }, editor.token);
    expect(updated.data!.updateOrganization.aliases).toEqual(['Høgskolen i Oslo og Akershus', 'HiOA']);
    expect((await t.gql(LIST, { q: 'Høgskolen i Oslo' })).data!.organizations.map((o: { name: string }) => o.name)).toEqual([oslomet.name]);
    expect((await t.gql(LIST, { q: 'hioa' })).data!.organizations.map((o: { name: string }) => o.name)).toEqual([oslomet.name]);
    const found = (await t.gql(SEARCH, { q: 'Høgskolen i Oslo og Akershus' })).data!.researchers;
    expect(found.edges.map((e: { node: { id: string } }) => e.node.id)).toContain(person.id);
  });

  it('creates one with a parent, renames it keeping the former name, and logs both', async () => {
    const trust = await org('Helse Bergen HF');
    const created = await t.gql(CREATE, { input: { name: 'Lærings- og mestringssenteret, Haraldsplass', kind: 'LMS_CENTRE', region: 'WEST', parent: trust.id } }, editor.token);
    const lms = created.data!.createOrganization;
    expect(lms).toMatchObject({ slug: 'laerings-og-mestringssenteret-haraldsplass', kind: 'LMS_CENTRE', region: 'WEST', parent: { id: trust.id }, pendingApproval: false, aliases: [] });
    const renamed = (await t.gql(UPDATE, { id: lms.id, input: { name: 'LMS Haraldsplass' } }, editor.token)).data!.updateOrganization;
    expect(renamed).toMatchObject({ name: 'LMS Haraldsplass', slug: lms.slug, aliases: ['Lærings- og mestringssenteret, Haraldsplass'] });
    const line = (await t.gql(LOG, { action: 'ORGANIZATION_UPDATED' }, admin)).data!.auditLog.edges[0].node;
    expect(line.targetId).toBe(lms.id);
    expect(JSON.parse(line.before)).toEqual({ name: 'Lærings- og mestringssenteret, Haraldsplass', aliases: [] });
    expect((await t.gql(LOG, { action: 'ORGANIZATION_CREATED' }, admin)).data!.auditLog.edges[0].node.actorId).toBe(editor.account.id);

    const code = async (q: string, v: Record<string, unknown>) => (await t.gql(q, v, editor.token)).errors?.[0]?.extensions;
    expect(await code(CREATE, { input: { name: 'Helse Bergen HF', kind: 'HEALTH_TRUST' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await code(CREATE, { input: { name: 'Uten type' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'kind' });
    expect(await code(UPDATE, { id: trust.id, input: { parent: lms.id } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parent' });
    expect(await code(UPDATE, { id: '00000000-0000-4000-8000-000000000000', input: { name: 'X y' } })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('merges: the people move, the old page leads to the new one, the old names find them', async () => {
    const from = (await t.gql(CREATE, { input: { name: 'Gamle Sykehus HF', kind: 'HEALTH_TRUST', region: 'NORTH' } }, editor.token)).data!.createOrganization;
    const into = await org('Universitetssykehuset Nord-Norge HF');
    const moved = await createResearcher(t.dataSource, { givenName: 'Mona', familyName: 'Mover', organizationId: from.id });
    const merged = (await t.gql(MERGE, { from: from.id, into: into.id }, editor.token)).data!.mergeOrganizations;
    expect(merged.id).toBe(into.id);
    expect(merged.aliases).toContain('Gamle Sykehus HF');
    expect((await t.gql(ONE, { slug: from.slug })).data!.organization.id).toBe(into.id);
    expect((await t.gql(LIST, {})).data!.organizations.map((o: { id: string }) => o.id)).not.toContain(from.id);
    const byOldFilter = (await t.gql(SEARCH, { orgs: [from.id] })).data!.researchers;
    expect(byOldFilter.edges.map((e: { node: { id: string; organization: { name: string } } }) => [e.node.id, e.node.organization.name])).toContainEqual([moved.id, into.name]);
    expect(JSON.parse((await t.gql(LOG, { action: 'ORGANIZATION_MERGED' }, admin)).data!.auditLog.edges[0].node.before).people).toBe(1);
  });

  it('filters search by organisation and counts the organisations as a facet', async () => {
    const ous = await org('Oslo universitetssykehus HF');
    const ahus = await org('Akershus universitetssykehus HF');
    await createResearcher(t.dataSource, { organizationName: ous.name });
    await createResearcher(t.dataSource, { organizationName: ous.name });
    await createResearcher(t.dataSource, { organizationName: ahus.name });
    const result = (await t.gql(SEARCH, { orgs: [ous.id] })).data!.researchers;
    expect(result.totalCount).toBe(2);
    const facet = Object.fromEntries(result.facets.organizations.map((f: { value: string; count: number }) => [f.value, f.count]));
    // The dimension's own selection is ignored, so the user can widen it.
    expect(facet[ous.id]).toBe(2);
    expect(facet[ahus.id]).toBe(1);
    expect(result.facets.organizations.find((f: { value: string }) => f.value === ous.id).label).toBe(ous.name);
  });

  it('lets a researcher propose a missing workplace, shown on the profile until an editor approves it', async () => {
    const researcher = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const proposed = (await t.gql(PROPOSE, { input: { name: 'Lærings- og mestringssenteret i Indre Østfold', kind: 'LMS_CENTRE', region: 'SOUTH_EAST' } }, researcher.token)).data!.proposeOrganization;
    expect(proposed).toMatchObject({ pendingApproval: true, name: 'Lærings- og mestringssenteret i Indre Østfold' });
    expect((await t.gql(`{ me { profile { organization { name } } } }`, {}, researcher.token)).data!.me.profile.organization.name).toBe(proposed.name);
    expect((await t.gql(LIST, { q: 'Indre Østfold' })).data!.organizations).toEqual([]);
    expect((await t.gql(PROPOSED, {}, editor.token)).data!.proposedOrganizations.map((o: { id: string }) => o.id)).toContain(proposed.id);
    expect((await t.gql(PROPOSED, {}, researcher.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
    expect((await t.gql(APPROVE, { id: proposed.id }, editor.token)).data!.approveOrganization.pendingApproval).toBe(false);
    expect((await t.gql(LIST, { q: 'Indre Østfold' })).data!.organizations.map((o: { id: string }) => o.id)).toEqual([proposed.id]);

    // A proposal for a workplace the list already has is merged into it: the person moves.
    const other = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const duplicate = (await t.gql(PROPOSE, { input: { name: 'St. Olavs hospital (Trondheim)' } }, other.token)).data!.proposeOrganization;
    const stolav = await org('St. Olavs hospital HF');
    await t.gql(MERGE, { from: duplicate.id, into: stolav.id }, editor.token);
    expect((await t.gql(`{ me { profile { organization { name } } } }`, {}, other.token)).data!.me.profile.organization.name).toBe(stolav.name);
    expect((await t.gql(PROPOSE, { input: { name: 'St. Olavs hospital HF' } }, other.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
  });

  it('leaves renamed and merged organisations alone when the app starts again', async () => {
    const molde = await org('Høgskolen i Molde');
    await t.gql(UPDATE, { id: molde.id, input: { name: 'Høgskolen i Molde – vitenskapelig høgskole i logistikk' } }, editor.token);
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM organization`);
    // What every start runs after the migrations: the reference-data seeder.
    await t.app.get(ReferenceDataSeeder).onApplicationBootstrap();
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM organization`)).toEqual(before);
    expect((await t.gql(LIST, { q: 'Høgskolen i Molde' })).data!.organizations.map((o: { id: string }) => o.id)).toEqual([molde.id]);
  });

  it('is for editors and admins: researchers and anonymous callers may not', async () => {
    const researcher = await createAccount(t);
    const ous = await org('Oslo universitetssykehus HF');
    const calls: Array<[string, Record<string, unknown>]> = [
      [CREATE, { input: { name: 'Forbudt org', kind: 'OTHER' } }],
      [UPDATE, { id: ous.id, input: { aliases: ['Rikshospitalet'] } }],
      [MERGE, { from: ous.id, into: ous.id }],
      [APPROVE, { id: ous.id }],
      [PROPOSED, {}],
    ];
    for (const [query, variables] of calls) {
      expect((await t.gql(query, variables, researcher.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await t.gql(query, variables)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect((await t.gql(PROPOSE, { input: { name: 'Anonym arbeidsplass' } })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
