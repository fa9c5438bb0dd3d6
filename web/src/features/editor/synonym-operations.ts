import { graphql } from '../../gql';

export const SearchSynonymsQuery = graphql(`
  query SearchSynonyms {
    searchSynonyms {
      term
      expansions
    }
  }
`);

export const SetSearchSynonymMutation = graphql(`
  mutation SetSearchSynonym($term: String!, $expansions: [String!]!) {
    setSearchSynonym(term: $term, expansions: $expansions) {
      term
      expansions
    }
  }
`);

export const RemoveSearchSynonymMutation = graphql(`
  mutation RemoveSearchSynonym($term: String!) {
    removeSearchSynonym(term: $term)
  }
`);
