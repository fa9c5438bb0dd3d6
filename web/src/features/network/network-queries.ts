import { graphql } from '../../gql';

/** Largest page the API gives of a member list. */
export const MEMBER_PAGE_SIZE = 500;

export const NetworksQuery = graphql(`
  query Networks {
    networks {
      id
      slug
      name
      description
      applicationsOpen
      memberCount
    }
  }
`);

export const NetworkPageQuery = graphql(`
  query NetworkPage($slug: String!, $first: Int!, $offset: Int!) {
    network(slug: $slug) {
      id
      slug
      name
      description
      criteria
      applicationsOpen
      asksResearchBackground
      memberCount
      viewerCanDecide
      representsRegions
      archivedAt
      regionsWithoutRepresentative
      upcomingEvents: events(upcoming: true) {
        id
        title
        startsAt
        place
        digital
        agenda
        minutesText
        minutesUrl
      }
      pastEvents: events(upcoming: false) {
        id
        title
        startsAt
        place
        digital
        agenda
        minutesText
        minutesUrl
      }
      newsletters {
        id
        subject
        body
        createdAt
      }
      viewerMembership {
        id
        status
        role
        createdAt
        startedOn
      }
      members(first: $first, offset: $offset) {
        id
        role
        representing
        representingRegion
        researcher {
          id
          slug
          fullName
          title
          region
          organization {
            id
            name
          }
        }
      }
    }
  }
`);
