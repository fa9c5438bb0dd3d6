import { MembershipRole } from '../../src/common/enums/membership.enum';
import { Role } from '../../src/common/enums/role.enum';
import { ReferenceDataSeeder } from '../../src/seed/reference-data.seeder';
import { createAccount } from '../support/factories/account.factory';
import { createMembership, findNetwork } from '../support/factories/network.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const AREAS = `query($all: Boolean) { competenceAreas(includeRetired: $all) { slug name nameEn description retired parent { slug } mergedInto { slug } } }`;
const CREATE = `mutation($input: CompetenceAreaInput!) { createCompetenceArea(input: $input) { slug name nameEn description parent { slug } } }`;
const UPDATE = `mutation($slug: String!, $input: CompetenceAreaInput!) { updateCompetenceArea(slug: $slug, input: $input) { slug name nameEn parent { slug } } }`;
const MERGE = `mutation($from: String!, $into: String!) { mergeCompetenceAreas(from: $from, into: $into) { slug name } }`;
const RETIRE = `mutation($slug: String!) { retireCompetenceArea(slug: $slug) { slug retired } }`;
const SEARCH = `query($areas: [String!]) { researchers(filter: { competenceAreas: $areas }, first: 50) {
  totalCount edges { node { id competenceAreas { slug } } } facets { competenceAreas { value label count } } } }`;
const LOG = `query($action: String) { auditLog(action: $action, first: 100) { totalCount edges { node { actorId action targetId before after } } } }`;

type Area = { slug: string; name: string; nameEn: string; retired: boolean; parent: { slug: string } | null; mergedInto: { slug: string } | null };

describe('editors curate the competence taxonomy', () => {
  let t: TestApp;
  let editor: Awaited<ReturnType<typeof createAccount>>;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    editor = await createAccount(t, { role: Role.EDITOR });
    admin = (await createAccount(t, { role: Role.ADMIN })).token;
  });
  afterAll(() => t?.close());

  const areas = async (all = false): Promise<Area[]> => (await t.gql(AREAS, { all })).data!.competenceAreas;
  const audit = async (action: string) => (await t.gql(LOG, { action }, admin)).data!.auditLog;

  it('adds an area under a top-level one, renames it in both languages and moves it to the top, with an audit line each', async () => {
    const created = await t.gql(CREATE, { input: { name: 'Pasientsikkerhet', nameEn: 'Patient safety', parent: 'helsepedagogikk', description: 'Trygg opplæring' } }, editor.token);
    expect(created.data!.createCompetenceArea).toEqual({ slug: 'pasientsikkerhet', name: 'Pasientsikkerhet', nameEn: 'Patient safety', description: 'Trygg opplæring', parent: { slug: 'helsepedagogikk' } });
    const renamed = await t.gql(UPDATE, { slug: 'pasientsikkerhet', input: { name: 'Pasient- og brukersikkerhet', nameEn: 'Patient and user safety' } }, editor.token);
    expect(renamed.data!.updateCompetenceArea).toEqual({ slug: 'pasientsikkerhet', name: 'Pasient- og brukersikkerhet', nameEn: 'Patient and user safety', parent: { slug: 'helsepedagogikk' } });
    const moved = await t.gql(UPDATE, { slug: 'pasientsikkerhet', input: { parent: null } }, editor.token);
    expect(moved.data!.updateCompetenceArea.parent).toBeNull();
    expect((await areas()).find((a) => a.slug === 'pasientsikkerhet')).toMatchObject({ name: 'Pasient- og brukersikkerhet', parent: null });

    const lines = (await audit('COMPETENCE_AREA_UPDATED')).edges.filter((e: { node: { targetId: string } }) => e.node.targetId === 'pasientsikkerhet');
    expect(lines.map((e: { node: { before: string; after: string } }) => [JSON.parse(e.node.before), JSON.parse(e.node.after)])).toEqual([
      [{ parent: 'helsepedagogikk' }, { parent: null }],
      [{ name: 'Pasientsikkerhet', nameEn: 'Patient safety' }, { name: 'Pasient- og brukersikkerhet', nameEn: 'Patient and user safety' }],
    ]);
    expect(lines[0].node.actorId).toBe(editor.account.id);
    expect((await audit('COMPETENCE_AREA_CREATED')).edges[0].node).toMatchObject({ targetId: 'pasientsikkerhet', actorId: editor.account.id });
  });

  it('keeps to two levels and refuses what does not fit, naming the field', async () => {
    const code = async (q: string, v: Record<string, unknown>) => (await t.gql(q, v, editor.token)).errors?.[0]?.extensions;
    expect(await code(UPDATE, { slug: 'helsepedagogikk', input: { parent: 'samhandling' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parent' });
    expect(await code(CREATE, { input: { name: 'Dypt', parent: 'kommunikasjon' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parent' });
    expect(await code(CREATE, { input: { name: 'Kommunikasjon' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await code(CREATE, { input: { nameEn: 'No Norwegian name' } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await code(CREATE, { input: { name: 'x'.repeat(101) } })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(await code(UPDATE, { slug: 'finnes-ikke', input: { name: 'Nytt' } })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await code(MERGE, { from: 'samhandling', into: 'samhandling' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'into' });
  });

  it('merges: everyone tagged `from` is tagged `into`, and the old slug still finds both groups', async () => {
    const fromPeople = [await createResearcher(t.dataSource, { areaSlugs: ['evaluering-og-effektforskning'] }), await createResearcher(t.dataSource, { areaSlugs: ['evaluering-og-effektforskning'] })];
    const intoPeople = [await createResearcher(t.dataSource, { areaSlugs: ['forskning-og-grunnlagstenkning'] })];
    const both = await createResearcher(t.dataSource, { areaSlugs: ['evaluering-og-effektforskning', 'forskning-og-grunnlagstenkning'] });
    const merged = await t.gql(MERGE, { from: 'evaluering-og-effektforskning', into: 'forskning-og-grunnlagstenkning' }, editor.token);
    expect(merged.data!.mergeCompetenceAreas.slug).toBe('forskning-og-grunnlagstenkning');

    const everyone = [...fromPeople, ...intoPeople, both].map((r) => r.id).sort();
    for (const slug of ['evaluering-og-effektforskning', 'forskning-og-grunnlagstenkning']) {
      const found = (await t.gql(SEARCH, { areas: [slug] })).data!.researchers;
      expect(found.edges.map((e: { node: { id: string } }) => e.node.id).sort()).toEqual(everyone);
      for (const e of found.edges) expect(e.node.competenceAreas).toEqual([{ slug: 'forskning-og-grunnlagstenkning' }]);
    }
    // Offered no more: only a search that names the old slug lists it, as its own selection.
    const facets = (await t.gql(SEARCH, { areas: ['forskning-og-grunnlagstenkning'] })).data!.researchers.facets.competenceAreas;
    expect(facets.map((f: { value: string }) => f.value)).not.toContain('evaluering-og-effektforskning');
    expect((await areas()).map((a) => a.slug)).not.toContain('evaluering-og-effektforskning');
    expect((await areas(true)).find((a) => a.slug === 'evaluering-og-effektforskning')!.mergedInto).toEqual({ slug: 'forskning-og-grunnlagstenkning' });
    expect(JSON.parse((await audit('COMPETENCE_AREA_MERGED')).edges[0].node.before)).toMatchObject({ slug: 'evaluering-og-effektforskning', profiles: 3 });
    // A merged area is history: it cannot be changed or merged again.
    expect((await t.gql(MERGE, { from: 'evaluering-og-effektforskning', into: 'samhandling' }, editor.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });

  it('merges a top-level area with sub-areas into another top-level one, the sub-areas moving along', async () => {
    await t.gql(CREATE, { input: { name: 'Familie og nettverk' } }, editor.token);
    expect((await t.gql(MERGE, { from: 'familieperspektiv', into: 'kommunikasjon' }, editor.token)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'into' });
    await t.gql(CREATE, { input: { name: 'Likepersonsarbeid', parent: 'familieperspektiv' } }, editor.token);
    expect((await t.gql(MERGE, { from: 'familieperspektiv', into: 'familie-og-nettverk' }, editor.token)).errors).toBeUndefined();
    const children = (await areas()).filter((a) => a.parent?.slug === 'familie-og-nettverk').map((a) => a.slug).sort();
    expect(children).toEqual(['barn-og-unge-som-parorende', 'likepersonsarbeid', 'parorende']);
  });

  it('retires: out of the choices and facets, kept on the profiles that have it', async () => {
    const person = await createResearcher(t.dataSource, { areaSlugs: ['digitale-tilbud', 'samhandling'] });
    expect((await t.gql(RETIRE, { slug: 'digitale-tilbud' }, editor.token)).data!.retireCompetenceArea).toEqual({ slug: 'digitale-tilbud', retired: true });
    expect((await areas()).map((a) => a.slug)).not.toContain('digitale-tilbud');
    expect((await areas(true)).find((a) => a.slug === 'digitale-tilbud')!.retired).toBe(true);
    const found = (await t.gql(SEARCH, { areas: ['samhandling'] })).data!.researchers;
    expect(found.facets.competenceAreas.map((f: { value: string }) => f.value)).not.toContain('digitale-tilbud');
    expect(found.edges.find((e: { node: { id: string } }) => e.node.id === person.id).node.competenceAreas.map((a: { slug: string }) => a.slug).sort()).toEqual(['digitale-tilbud', 'samhandling']);
    expect((await t.gql(RETIRE, { slug: 'digitale-tilbud' }, editor.token)).errors![0].extensions!.code).toBe('CONFLICT');
  });

  it('shows a new label in search facets at once', async () => {
    await createResearcher(t.dataSource, { areaSlugs: ['helsekompetanse'] });
    await t.gql(UPDATE, { slug: 'helsekompetanse', input: { name: 'Helsekompetanse og helseforståelse' } }, editor.token);
    const facets = (await t.gql(SEARCH, { areas: ['helsekompetanse'] })).data!.researchers.facets.competenceAreas;
    expect(facets.find((f: { value: string }) => f.value === 'helsekompetanse').label).toBe('Helsekompetanse og helseforståelse');
  });

  it('leaves the editors’ changes alone when the app starts again', async () => {
    await t.gql(UPDATE, { slug: 'gruppeledelse', input: { name: 'Ledelse av grupper', parent: 'brukermedvirkning' } }, editor.token);
    await t.gql(MERGE, { from: 'pedagogikk', into: 'kommunikasjon' }, editor.token);
    await t.gql(RETIRE, { slug: 'mestring-og-mestringsstrategier' }, editor.token);
    const before = await areas(true);

    // What every start runs after the migrations: the reference-data seeder.
    await t.app.get(ReferenceDataSeeder).onApplicationBootstrap();

    const after = await areas(true);
    expect(after).toEqual(before);
    expect(after.find((a) => a.slug === 'gruppeledelse')).toMatchObject({ name: 'Ledelse av grupper', parent: { slug: 'brukermedvirkning' } });
    expect(after.find((a) => a.slug === 'pedagogikk')!.mergedInto).toEqual({ slug: 'kommunikasjon' });
    expect(after.find((a) => a.slug === 'mestring-og-mestringsstrategier')!.retired).toBe(true);
  });

  it('writes the audit line in the same transaction: a change that fails leaves none, and a failing line undoes the change', async () => {
    const count = async () => (await t.gql(LOG, {}, admin)).data!.auditLog.totalCount;
    const lines = await count();
    expect((await t.gql(UPDATE, { slug: 'samhandling', input: { parent: 'finnes-ikke' } }, editor.token)).errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(await count()).toBe(lines);

    await t.dataSource.query(`CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await t.dataSource.query(`CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()`);
    try {
      const failed = await t.gql(UPDATE, { slug: 'samhandling', input: { name: 'Skal ikke lagres' } }, editor.token);
      expect(failed.errors![0].extensions!.code).toBe('INTERNAL_SERVER_ERROR');
    } finally {
      await t.dataSource.query(`DROP TRIGGER test_refuse_audit ON audit_entry`);
      await t.dataSource.query(`DROP FUNCTION test_refuse_audit()`);
    }
    expect((await areas()).find((a) => a.slug === 'samhandling')!.name).toBe('Samhandling');
    expect(await count()).toBe(lines);
  });

  it('is for editors and admins: researchers, coordinators and anonymous callers may not', async () => {
    const researcher = await createAccount(t);
    const coordinator = await createAccount(t);
    await createMembership(t.dataSource, await findNetwork(t.dataSource, 'forskernettverket'), coordinator.researcher.id, { role: MembershipRole.COORDINATOR });
    const calls: Array<[string, Record<string, unknown>]> = [
      [CREATE, { input: { name: 'Forbudt' } }],
      [UPDATE, { slug: 'samhandling', input: { name: 'Forbudt' } }],
      [MERGE, { from: 'samhandling', into: 'brukermedvirkning' }],
      [RETIRE, { slug: 'samhandling' }],
    ];
    for (const [query, variables] of calls) {
      expect((await t.gql(query, variables, researcher.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await t.gql(query, variables, coordinator.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await t.gql(query, variables)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
    expect((await t.gql(UPDATE, { slug: 'samhandling', input: { name: 'Samhandling på tvers' } }, admin)).data!.updateCompetenceArea.name).toBe('Samhandling på tvers');
  });
});
