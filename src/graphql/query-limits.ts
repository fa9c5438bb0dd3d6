import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  type GraphQLSchema,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { ApolloDriverConfig } from '@nestjs/apollo';

// Typed through the driver: it sees @apollo/server's ESM declarations, this CommonJS project the CJS ones.
type ApolloServerPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

/**
 * What one GraphQL request may ask for. The numbers never reach clients: a rejection says
 * only that the query is too large, so probing for the edges gains nothing.
 */
export const QUERY_LIMITS = {
  depth: 8,
  aliases: 15,
  directives: 50,
  tokens: 2000,
  /** Sized against the heaviest query the web pages send (see test/hardening/query-limits.e2e-spec.ts). */
  cost: 100_000,
  /** The largest page any list field accepts; larger `first` values are refused by the field. */
  maxPageSize: 100,
  /** What a list without a `first` argument is assumed to hold when costing it. */
  unpagedListSize: 5,
} as const;

const MESSAGE = 'Spørringen er for stor eller for sammensatt. Del den opp i mindre spørringer.';

/** The one rejection for every limit: a validation failure, HTTP 400, with no numbers in it. */
export function queryTooComplex(): GraphQLError {
  return new GraphQLError(MESSAGE, {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } },
  });
}

// Armor's rules throw their own English error by default; report ours instead.
const armorOptions = {
  exposeLimits: false,
  propagateOnRejection: false,
  onReject: [(context: ValidationContext | null) => context?.reportError(queryTooComplex())],
};

/** Depth, alias and directive limits, run by Apollo with the standard validation rules. */
export function queryLimitValidationRules(): ValidationRule[] {
  return [
    // Only a *field* named __schema is skipped (introspection); an operation or fragment
    // named __schema is counted like any other (the armor < 2.4 bypass).
    maxDepthRule({ n: QUERY_LIMITS.depth, ignoreIntrospection: true, ...armorOptions }),
    maxAliasesRule({ n: QUERY_LIMITS.aliases, ...armorOptions }),
    maxDirectivesRule({ n: QUERY_LIMITS.directives, ...armorOptions }),
  ] as ValidationRule[];
}

/**
 * A field costs 1 plus its children; a list costs its children times the page it asks for
 * (`first`, with defaults and variables applied), or {@link QUERY_LIMITS.unpagedListSize}.
 * Introspection is free here, as in the depth limit: it is off in production and bounded
 * by the token limit.
 */
const listAwareEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (type.name.startsWith('__') || field.name.startsWith('__')) return 0;
  const returnsList = isListType(getNullableType(field.type));
  const isConnection = getNamedType(field.type).name.endsWith('Connection');
  if (typeof args.first === 'number' && (returnsList || isConnection)) {
    // Pages above the maximum are refused by the field itself, with BAD_USER_INPUT naming
    // `first`; cost them at the maximum so that clearer error is the one the client sees.
    return 1 + childComplexity * Math.min(Math.max(1, args.first), QUERY_LIMITS.maxPageSize);
  }
  // A connection's edges are its page, already counted by the connection's `first`.
  const isPageOfConnection = type.name.endsWith('Connection');
  return 1 + (returnsList && !isPageOfConnection ? childComplexity * QUERY_LIMITS.unpagedListSize : childComplexity);
};

// Costs per parsed document (Apollo keeps one DocumentNode per query text, so the same page's
// queries share it) and per operation name and variables shape.
const costs = new WeakMap<object, Map<string, number | null>>();
const MAX_SHAPES_PER_DOCUMENT = 64;

/**
 * What of the variables can change the cost: numbers (`first`), booleans (@include/@skip),
 * null against absent (defaults); a string or list counts by its kind only.
 */
function variablesShape(value: unknown): string {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(variablesShape).join(',')}]`;
  if (typeof value === 'object') {
    return `{${Object.keys(value as object)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${variablesShape((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return typeof value;
}

/** {@link operationCost}, computed once per document, operation and variables shape. */
export function cachedOperationCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  let byShape = costs.get(query);
  if (!byShape) costs.set(query, (byShape = new Map()));
  const key = `${operationName ?? ''}|${variablesShape(variables ?? {})}`;
  const known = byShape.get(key);
  if (known !== undefined) return known;
  const cost = operationCost(schema, query, variables, operationName);
  if (byShape.size >= MAX_SHAPES_PER_DOCUMENT) byShape.clear();
  byShape.set(key, cost);
  return cost;
}

/** The cost of one operation with its variables, or null when the variables do not fit the operation. */
export function operationCost(
  schema: GraphQLSchema,
  query: Parameters<typeof getComplexity>[0]['query'],
  variables: Record<string, unknown> | undefined,
  operationName: string | undefined,
): number | null {
  try {
    return getComplexity({ schema, query, variables, operationName, estimators: [listAwareEstimator] });
  } catch {
    // Bad variables: execution rejects them with a proper BAD_USER_INPUT, and runs nothing.
    return null;
  }
}

// graphql-js's own message when `parseOptions.maxTokens` stops the lexer (it says "more that").
const TOKEN_LIMIT_MESSAGE = /^Syntax Error: Document contains more th\w+ \d+ tokens/;

/** Parser options: graphql-js stops lexing at the token limit, so a huge document costs no more than a small one. */
export const queryLimitParseOptions = { maxTokens: QUERY_LIMITS.tokens };

/**
 * The cost limit, checked once the operation and its variables are known, and the token
 * limit's parse error dressed as the common rejection (Apollo lets no hook before parsing
 * answer a request).
 */
export function queryLimitsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          const cost = cachedOperationCost(schema, document, request.variables, request.operationName ?? undefined);
          if (cost !== null && cost > QUERY_LIMITS.cost) throw queryTooComplex();
        },
        async willSendResponse({ errors, response }) {
          if (!errors?.some((e) => TOKEN_LIMIT_MESSAGE.test(e.message))) return;
          const { message, extensions } = queryTooComplex();
          response.body = { kind: 'single', singleResult: { errors: [{ message, extensions: { code: extensions.code } }] } };
          response.http.status = 400;
        },
      };
    },
  };
}
