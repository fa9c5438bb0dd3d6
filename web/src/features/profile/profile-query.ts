import { graphql } from '../../gql';

export const ResearcherProfileQuery = graphql(`
  query ResearcherProfile($slug: String!) {
    researcher(slug: $slug) {
      id
      slug
      fullName
      title
      degree
      orcid
      region
      bio
      keywords
      languages
      availableAsSpeaker
      availableForMedia
      acceptsMessages
      acceptedContactPurposes
      mediaTopics
      mediaAvailableUntil
      speakerTopics
      speakerFormats
      travelRegions
      courseLeader
      photoUrl
      email
      phone
      website
      updatedAt
      lastConfirmedAt
      status
      organization {
        id
        name
      }
      competenceAreas {
        slug
        name
        parent {
          slug
          name
        }
      }
      memberships {
        id
        role
        status
        representing
        network {
          slug
          name
        }
      }
      publications {
        id
        title
        year
        venue
        doi
        url
      }
    }
  }
`);

/** Who answers for a network: the way to reach a member whose own address is not shown. */
export const NetworkContactsQuery = graphql(`
  query NetworkContacts($slug: String!) {
    network(slug: $slug) {
      slug
      name
      coordinators: members(role: COORDINATOR, first: 3) {
        id
        researcher {
          slug
          fullName
        }
      }
      leaders: members(role: PROJECT_LEADER, first: 3) {
        id
        researcher {
          slug
          fullName
        }
      }
    }
  }
`);
