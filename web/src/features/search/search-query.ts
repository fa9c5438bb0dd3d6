import { graphql } from '../../gql';

export const SEARCH_PAGE_SIZE = 20;

export const SearchResearchersQuery = graphql(`
  query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {
    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        highlight
        node {
          id
          slug
          fullName
          title
          availableAsSpeaker
          availableForMedia
          mediaAvailableUntil
          courseLeader
          speakerFormats
          photoUrl(size: SMALL)
          region
          organization {
            id
            name
          }
          competenceAreas {
            slug
            name
          }
        }
      }
      facets {
        competenceAreas {
          value
          label
          count
        }
        regions {
          value
          label
          count
        }
        networks {
          value
          label
          count
        }
        degrees {
          value
          label
          count
        }
        languages {
          value
          label
          count
        }
        organizations {
          value
          label
          count
        }
        speakerFormats {
          value
          count
        }
        travelRegions {
          value
          count
        }
        courseLeaderCount
        availableForMediaNowCount
      }
    }
  }
`);

export const CompetenceAreaTreeQuery = graphql(`
  query CompetenceAreaTree {
    competenceAreas {
      slug
      name
      parent {
        slug
      }
    }
  }
`);
