import { graphql } from '../../gql';

export const OrganizationPageQuery = graphql(`
  query OrganizationPage($slug: String!) {
    organization(slug: $slug) {
      id
      slug
      name
      shortName
      kind
      region
      aliases
      parent {
        slug
        name
      }
    }
  }
`);

export const OrganizationResearchersQuery = graphql(`
  query OrganizationResearchers($id: ID!, $after: String) {
    researchers(filter: { organizations: [$id] }, orderBy: NAME, first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          slug
          fullName
          title
          competenceAreas {
            slug
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
