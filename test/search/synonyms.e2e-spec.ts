import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

const LIST = `{ searchSynonyms { term expansions } }`;
const SET = `mutation($term: String!, $expansions: [String!]!) { setSearchSynonym(term: $term, expansions: $expansions) { term expansions } }`;
const REMOVE = `mutation($term: String!) { removeSearchSynonym(term: $term) }`;
const SEARCH = `query($q: String!) { researchers(query: $q, first: 50) { edges { node { id } } } }`;
const LOG = `query($action: String) { auditLog(action: $action, first: 10) { totalCount edges { node { targetId before after } } } }`;

describe('editors keep the search synonyms', () => {
  let t: TestApp;
  let editor: string;
  let admin: string;

  beforeAll(async () => {
    t = await createTestApp();
    editor = (await createAccount(t, { role: Role.EDITOR })).token;
    admin = (await createAccount(t, { role: Role.ADMIN })).token;
  });
  afterAll(() => t?.close());

  const ids = async (q: string) => (await t.gql(SEARCH, { q })).data!.researchers.edges.map((e: { node: { id: string } }) => e.node.id);

  it('comes with the ones the field uses, both ways', async () => {
    const list: Array<{ term: string; expansions: string[] }> = (await t.gql(LIST, {}, editor)).data!.searchSynonyms;
    const of = (term: string) => list.find((s) => s.term === term)?.expansions;
    expect(of('NK LMS')).toContain('NK LMH');
    expect(of('LMS')).toContain('lærings- og mestringssenter');
    expect(of('KOLS')).toContain('kronisk obstruktiv lungesykdom');
    expect(of('LMT')).toContain('lærings- og mestringstjeneste');

    const lmt = await createResearcher(t.dataSource, { bio: 'Leder en kommunal lærings- og mestringstjeneste.' });
    const nk = await createResearcher(t.dataSource, { bio: 'Rådgiver ved NK LMH.' });
    expect(await ids('LMT')).toContain(lmt.id);
    expect(await ids('NK LMS')).toContain(nk.id);
  });

  it('a search for the term finds the expansions once set, and no longer once removed', async () => {
    const person = await createResearcher(t.dataSource, { bio: 'Forsker på opplæring ved diabetes type 2.' });
    expect(await ids('sukkersyke')).not.toContain(person.id);
    const set = (await t.gql(SET, { term: ' Sukkersyke ', expansions: ['diabetes', 'diabetes', 'Diabetes mellitus'] }, editor)).data!.setSearchSynonym;
    expect(set).toEqual({ term: 'Sukkersyke', expansions: ['diabetes', 'Diabetes mellitus'].sort() });
    expect(await ids('sukkersyke')).toContain(person.id);
    const line = (await t.gql(LOG, { action: 'SEARCH_SYNONYM_SET' }, admin)).data!.auditLog.edges[0].node;
    expect([line.targetId, line.before, JSON.parse(line.after)]).toEqual(['Sukkersyke', null, { expansions: ['diabetes', 'Diabetes mellitus'] }]);

    expect((await t.gql(REMOVE, { term: 'sukkersyke' }, editor)).data!.removeSearchSynonym).toBe(true);
    expect(await ids('sukkersyke')).not.toContain(person.id);
    expect((await t.gql(REMOVE, { term: 'sukkersyke' }, editor)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(LOG, { action: 'SEARCH_SYNONYM_REMOVED' }, admin)).data!.auditLog.totalCount).toBe(1);
  });

  it('names the field it refuses', async () => {
    const refused = async (v: Record<string, unknown>) => (await t.gql(SET, v, editor)).errors![0].extensions;
    expect(await refused({ term: '   ', expansions: ['x'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'term' });
    expect(await refused({ term: 'KOLS', expansions: [] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expansions' });
    expect(await refused({ term: 'KOLS', expansions: ['kols'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expansions' });
    expect(await refused({ term: 'x'.repeat(101), expansions: ['y'] })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'term' });
  });

  it('is for editors and admins only', async () => {
    const researcher = await createAccount(t);
    for (const [query, variables] of [[LIST, {}], [SET, { term: 'a', expansions: ['b'] }], [REMOVE, { term: 'KOLS' }]] as const) {
      expect((await t.gql(query, variables, researcher.token)).errors![0].extensions!.code).toBe('FORBIDDEN');
      expect((await t.gql(query, variables)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    }
  });
});
