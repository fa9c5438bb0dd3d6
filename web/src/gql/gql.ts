/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ResearcherProfile($slug: String!) {\n    researcher(slug: $slug) {\n      id\n      slug\n      fullName\n      title\n      degree\n      orcid\n      region\n      bio\n      keywords\n      languages\n      availableAsSpeaker\n      availableForMedia\n      email\n      phone\n      website\n      updatedAt\n      organization {\n        id\n        name\n      }\n      competenceAreas {\n        slug\n        name\n        parent {\n          slug\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        status\n        representing\n        network {\n          slug\n          name\n        }\n      }\n    }\n  }\n": typeof types.ResearcherProfileDocument,
    "\n  query NetworkContacts($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      coordinators: members(role: COORDINATOR, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n      leaders: members(role: PROJECT_LEADER, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.NetworkContactsDocument,
    "\n  query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {\n    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          slug\n          fullName\n          title\n          availableAsSpeaker\n          availableForMedia\n          region\n          organization {\n            id\n            name\n          }\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        competenceAreas {\n          value\n          label\n          count\n        }\n        regions {\n          value\n          label\n          count\n        }\n        networks {\n          value\n          label\n          count\n        }\n        degrees {\n          value\n          label\n          count\n        }\n        languages {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.SearchResearchersDocument,
    "\n  query CompetenceAreaTree {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n": typeof types.CompetenceAreaTreeDocument,
};
const documents: Documents = {
    "\n  query ResearcherProfile($slug: String!) {\n    researcher(slug: $slug) {\n      id\n      slug\n      fullName\n      title\n      degree\n      orcid\n      region\n      bio\n      keywords\n      languages\n      availableAsSpeaker\n      availableForMedia\n      email\n      phone\n      website\n      updatedAt\n      organization {\n        id\n        name\n      }\n      competenceAreas {\n        slug\n        name\n        parent {\n          slug\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        status\n        representing\n        network {\n          slug\n          name\n        }\n      }\n    }\n  }\n": types.ResearcherProfileDocument,
    "\n  query NetworkContacts($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      coordinators: members(role: COORDINATOR, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n      leaders: members(role: PROJECT_LEADER, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n    }\n  }\n": types.NetworkContactsDocument,
    "\n  query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {\n    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          slug\n          fullName\n          title\n          availableAsSpeaker\n          availableForMedia\n          region\n          organization {\n            id\n            name\n          }\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        competenceAreas {\n          value\n          label\n          count\n        }\n        regions {\n          value\n          label\n          count\n        }\n        networks {\n          value\n          label\n          count\n        }\n        degrees {\n          value\n          label\n          count\n        }\n        languages {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n": types.SearchResearchersDocument,
    "\n  query CompetenceAreaTree {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n": types.CompetenceAreaTreeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearcherProfile($slug: String!) {\n    researcher(slug: $slug) {\n      id\n      slug\n      fullName\n      title\n      degree\n      orcid\n      region\n      bio\n      keywords\n      languages\n      availableAsSpeaker\n      availableForMedia\n      email\n      phone\n      website\n      updatedAt\n      organization {\n        id\n        name\n      }\n      competenceAreas {\n        slug\n        name\n        parent {\n          slug\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        status\n        representing\n        network {\n          slug\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ResearcherProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkContacts($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      coordinators: members(role: COORDINATOR, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n      leaders: members(role: PROJECT_LEADER, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {\n    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          slug\n          fullName\n          title\n          availableAsSpeaker\n          availableForMedia\n          region\n          organization {\n            id\n            name\n          }\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        competenceAreas {\n          value\n          label\n          count\n        }\n        regions {\n          value\n          label\n          count\n        }\n        networks {\n          value\n          label\n          count\n        }\n        degrees {\n          value\n          label\n          count\n        }\n        languages {\n          value\n          label\n          count\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').SearchResearchersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetenceAreaTree {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').CompetenceAreaTreeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
