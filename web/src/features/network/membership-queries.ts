import { graphql } from '../../gql';

/** The signed-in researcher's profile and every membership they have had (history included). */
export const MyMembershipsQuery = graphql(`
  query MyMemberships {
    me {
      id
      role
      profile {
        id
        slug
        fullName
        degree
        status
        memberships {
          id
          status
          role
          createdAt
          startedOn
          endedOn
          decidedAt
          decisionNote
          endNote
          network {
            slug
          }
        }
      }
    }
  }
`);

export const ApplyToNetworkMutation = graphql(`
  mutation ApplyToNetwork($network: String!, $motivation: String, $degree: AcademicDegree, $researchExperience: String) {
    applyToNetwork(network: $network, motivation: $motivation, degree: $degree, researchExperience: $researchExperience) {
      id
      status
    }
  }
`);

export const LeaveNetworkMutation = graphql(`
  mutation LeaveNetwork($network: String!) {
    leaveNetwork(network: $network) {
      id
      status
    }
  }
`);

export const PendingApplicationsQuery = graphql(`
  query PendingApplications($network: String!) {
    pendingApplications(network: $network) {
      id
      createdAt
      addressConfirmed
      motivation
      applicantDegree
      researchExperience
      researcher {
        id
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
`);

export const DecideMembershipMutation = graphql(`
  mutation DecideMembership($id: ID!, $approve: Boolean!, $note: String) {
    decideMembership(id: $id, approve: $approve, note: $note) {
      id
      status
    }
  }
`);
