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
      email
      phone
      website
      updatedAt
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
        startedOn
        network {
          slug
          name
        }
      }
    }
  }
`);
