import { graphql } from '../../gql';

/** A profile's history as the editors read it, newest first. */
export const ProfileHistoryQuery = graphql(`
  query ProfileHistory($id: ID!) {
    profileHistory(id: $id) {
      id
      at
      action
      byOwner
      actorName
      note
      changes {
        field
        oldValue
        newValue
      }
    }
  }
`);

/** Hide (HIDE) or show again (PUBLISH), with the reason the owner is mailed and the history keeps. */
export const HideOrShowProfileMutation = graphql(`
  mutation HideOrShowProfile($id: ID!, $decision: ReviewDecision!, $note: String) {
    reviewProfile(id: $id, decision: $decision, note: $note) {
      id
      status
      reviewNote
    }
  }
`);
