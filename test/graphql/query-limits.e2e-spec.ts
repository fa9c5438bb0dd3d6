import { Lexer, parse, Source, TokenKind } from 'graphql';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { operationCost, QUERY_LIMITS } from '../../src/graphql/query-limits';
import { createTestApp, TestApp } from '../support/test-app';

// Depth 8: researcher > memberships > network > members > researcher > memberships > network > <leaf>.
const depth = (leaf: string) => `researcher(slug: "finnes-ikke") { memberships { network { members { researcher { memberships { network { ${leaf} } } } } } } }`;
const DEPTH_8 = depth('slug');
const DEPTH_9 = depth('members { id }');

function countTokens(query: string): number {
  const lexer = new Lexer(new Source(query));
  let n = 0;
  while (lexer.advance().kind !== TokenKind.EOF) n += 1;
  return n;
}

/** What a rejection must look like: a validation failure that names no number and no rule. */
function expectRejected(res: { status: number; body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } }) {
  expect(res.status).toBe(400);
  expect(res.body.data).toBeUndefined();
  expect(res.body.errors).toHaveLength(1);
  const [error] = res.body.errors!;
  expect(error.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  expect(error.message).toMatch(/for stor eller for sammensatt/);
  expect(error.message).not.toMatch(/\d|depth|alias|directive|token|cost|limit/i);
}

describe('query limits', () => {
  let t: TestApp;
  const post = (body: unknown) => t.http().post('/graphql').set('content-type', 'application/json').send(body as object);
  const accepted = (res: { status: number; body: { errors?: unknown[] } }) => {
    expect(res.body.errors).toBeUndefined();
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  describe('depth', () => {
    it('answers a query 8 levels deep and refuses one 9 levels deep', async () => {
      accepted(await post({ query: `query { ${DEPTH_8} }` }));
      expectRejected(await post({ query: `query { ${DEPTH_9} }` }));
    });

    it('counts fragments, and is not fooled by a fragment, operation or alias named __schema', async () => {
      const viaFragment = `query { ...__schema } fragment __schema on Query { ${DEPTH_9} }`;
      const viaNestedFragment = `query { researcher(slug: "finnes-ikke") { ...__schema } }
        fragment __schema on Researcher { memberships { network { members { researcher { memberships { network { members { id } } } } } } } }`;
      const viaOperation = `query __schema { ${DEPTH_9} }`;
      const viaAlias = `query { __schema: ${DEPTH_9} }`;
      for (const query of [viaFragment, viaNestedFragment, viaOperation, viaAlias]) {
        expectRejected(await post({ query }));
      }
    });
  });

  it('allows 15 aliases and refuses 16', async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: networks { slug }`).join(' ')} }`;
    accepted(await post({ query: aliases(15) }));
    expectRejected(await post({ query: aliases(16) }));
  });

  it('allows 50 directives and refuses 51', async () => {
    // A directive may appear once per location, so each goes on a field of its own.
    const directives = (n: number) => `{ networks { ${'slug @include(if: true) '.repeat(n)} } }`;
    accepted(await post({ query: directives(50) }));
    expectRejected(await post({ query: directives(51) }));
  });

  it('allows 2,000 tokens and refuses more, however the document is laid out', async () => {
    // Many copies of one field trip graphql-js's own overlap budget, so spread fragments instead.
    const tokens = (n: number) => {
      const k = Math.floor((n - 6) / 9);
      const spreads = Array.from({ length: k }, (_, i) => `...F${i}`).join(' ');
      const fragments = Array.from({ length: k }, (_, i) => `fragment F${i} on Network { slug }`).join(' ');
      const query = `query { networks { ${'name '.repeat(n - 6 - 9 * k)}${spreads} } } ${fragments}`;
      expect(countTokens(query)).toBe(n);
      return query;
    };
    accepted(await post({ query: tokens(QUERY_LIMITS.tokens) }));
    expectRejected(await post({ query: tokens(QUERY_LIMITS.tokens + 1) }));
    // A huge document is refused quickly rather than parsed in full.
    const started = Date.now();
    expectRejected(await post({ query: `{ ${'networks { slug } '.repeat(40_000)}}` }));
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  describe('cost', () => {
    // The heaviest page the web client shows: a network with every member's full profile.
    const heaviest = `query Heaviest($slug: String!) {
      network(slug: $slug) { id slug name description criteria applicationsOpen memberCount
        members { id role status startedOn endedOn representing representingRegion
          representingOrganization { id name kind region }
          researcher { id slug givenName familyName fullName title degree orcid bio keywords languages
            region availableAsSpeaker availableForMedia email phone website updatedAt version
            organization { id name shortName kind region }
            competenceAreas { slug name nameEn parent { slug name nameEn } }
            memberships { id role status network { slug name } } } } }
      competenceAreas { slug name nameEn children { slug name nameEn } }
      networks { slug name memberCount }
    }`;

    // The heaviest search: a full page of full profiles with every facet.
    const heaviestSearch = `query Search($q: String, $first: Int) {
      researchers(query: $q, first: $first, orderBy: RELEVANCE) { totalCount
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
        facets { competenceAreas { value label count } networks { value label count } regions { value label count }
          degrees { value label count } languages { value label count } }
        edges { cursor highlight node { id slug givenName familyName fullName title degree orcid bio keywords languages
          region availableAsSpeaker availableForMedia email phone website updatedAt version
          organization { id name shortName kind region }
          competenceAreas { slug name nameEn parent { slug name nameEn } }
          memberships { id role status network { slug name } } } } }
    }`;

    it.each([
      ['a network page with every member', heaviest, { slug: 'forskernettverket' }],
      ['a full search page', heaviestSearch, { q: 'helse', first: 100 }],
    ])('lets the heaviest legitimate query through with room to spare: %s', async (_name, query, variables) => {
      const schema = t.app.get(GraphQLSchemaHost).schema;
      const cost = operationCost(schema, parse(query), variables, undefined)!;
      expect(cost).toBeGreaterThan(1000);
      expect(cost).toBeLessThan(QUERY_LIMITS.cost / 2);
      accepted(await post({ query, variables }));
    });

    it('refuses pages above 100 with BAD_USER_INPUT naming first', async () => {
      const res = await post({ query: heaviestSearch, variables: { q: 'helse', first: 101 } });
      expect(res.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    });

    it('refuses a query whose lists multiply beyond the limit, also when the page sizes come in variables', async () => {
      const paged = `query($n: Int) { researchers(first: $n) { edges { node { memberships { network { members(first: $n) { researcher { id } } } } } } } }`;
      expectRejected(await post({ query: paged, variables: { n: 100 } }));
      accepted(await post({ query: paged, variables: { n: 2 } }));
      const fanOut = `{ networks { members { researcher { memberships { network { members { researcher { competenceAreas { children { slug } } } } } } } } } }`;
      expectRejected(await post({ query: fanOut }));
    });
  });

  describe('HTTP', () => {
    it('accepts a body just under 1 MB and refuses a larger one with 413', async () => {
      accepted(await post({ query: '{ networks { slug } }', variables: { padding: 'x'.repeat(1_000_000) } }));
      const res = await post({ query: '{ networks { slug } }', variables: { padding: 'x'.repeat(1_100_000) } });
      expect(res.status).toBe(413);
      expect(res.body).toEqual({ errors: [{ message: 'Forespørselen er for stor.', extensions: { code: 'BAD_REQUEST' } }] });
    });

    it('does not run batched requests', async () => {
      const res = await post([{ query: '{ networks { slug } }' }, { query: '{ competenceAreas { slug } }' }]);
      expect(res.status).toBe(400);
      expect(JSON.stringify(res.body)).not.toMatch(/forskernettverket/);
    });
  });
});
