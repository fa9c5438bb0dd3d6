import { graphql } from '../../gql';

export const ReviewProfileFields = graphql(`
  fragment ReviewProfileFields on Researcher {
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
    email
    phone
    website
    status
    reviewNote
    updatedAt
    confirmedAt
    publishedAt
    availableAsSpeaker
    availableForMedia
    organization {
      id
      name
    }
    competenceAreas {
      slug
      name
    }
  }
`);

export const EditorQueuesQuery = graphql(`
  query EditorQueues {
    pendingProfiles(first: 100) {
      ...ReviewProfileFields
    }
    unconfirmedProfiles(first: 100, months: 12) {
      ...ReviewProfileFields
    }
    profileFreshness {
      published
      current
      firstReminder
      secondReminder
      stale
    }
  }
`);

export const ReviewProfileMutation = graphql(`
  mutation ReviewProfile($id: ID!, $decision: ReviewDecision!, $note: String) {
    reviewProfile(id: $id, decision: $decision, note: $note) {
      ...ReviewProfileFields
    }
  }
`);
