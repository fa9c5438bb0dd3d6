import { graphql } from '../../gql';

export const NetworkAdminQuery = graphql(`
  query NetworkAdmin($slug: String!) {
    network(slug: $slug) {
      id
      slug
      name
      representsRegions
      archivedAt
      viewerCanDecide
      regionsWithoutRepresentative
    }
    networkMemberships(network: $slug, first: 500) {
      id
      role
      status
      startedOn
      endedOn
      representing
      representingRegion
      representingOrganization {
        id
      }
      endNote
      decidedBy
      endedBy
      researcher {
        id
        fullName
      }
    }
  }
`);

export const CatalogueSearchQuery = graphql(`
  query CatalogueSearch($query: String!) {
    researchers(query: $query, first: 10) {
      edges {
        node {
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
  }
`);

export const OrganizationsQuery = graphql(`
  query AdminOrganizations {
    organizations {
      id
      name
    }
  }
`);

export const AddNetworkMemberMutation = graphql(`
  mutation AddNetworkMember($network: String!, $researcher: ID!, $role: MembershipRole!, $representing: RepresentationInput) {
    addNetworkMember(network: $network, researcher: $researcher, role: $role, representing: $representing) {
      id
    }
  }
`);

export const SetMembershipRoleMutation = graphql(`
  mutation SetMembershipRole($id: ID!, $role: MembershipRole!, $representing: RepresentationInput) {
    setMembershipRole(id: $id, role: $role, representing: $representing) {
      id
      role
      representing
    }
  }
`);

export const EndMembershipMutation = graphql(`
  mutation EndMembership($id: ID!, $note: String) {
    endMembership(id: $id, note: $note) {
      id
      status
    }
  }
`);

export const MailingListQuery = graphql(`
  query MailingList($network: String!) {
    networkMailingList(network: $network)
  }
`);

export const SendNewsletterMutation = graphql(`
  mutation SendNewsletter($network: String!, $subject: String!, $body: String!) {
    sendNetworkNewsletter(network: $network, subject: $subject, body: $body) {
      id
      recipientCount
    }
  }
`);

export const CreateNetworkEventMutation = graphql(`
  mutation CreateNetworkEvent($network: String!, $input: NetworkEventInput!) {
    createNetworkEvent(network: $network, input: $input) {
      id
    }
  }
`);

export const UpdateNetworkEventMutation = graphql(`
  mutation UpdateNetworkEvent($id: ID!, $input: NetworkEventInput!) {
    updateNetworkEvent(id: $id, input: $input) {
      id
    }
  }
`);

export const DeleteNetworkEventMutation = graphql(`
  mutation DeleteNetworkEvent($id: ID!) {
    deleteNetworkEvent(id: $id)
  }
`);

export const NetworkEventsQuery = graphql(`
  query NetworkEvents($slug: String!) {
    network(slug: $slug) {
      id
      events {
        id
        title
        startsAt
        place
        digital
        agenda
        minutesText
        minutesUrl
      }
    }
  }
`);

export const SubscribeMutation = graphql(`
  mutation SubscribeToNetworkNews($network: String!, $email: String!) {
    subscribeToNetworkNews(network: $network, email: $email)
  }
`);

export const ConfirmSubscriptionMutation = graphql(`
  mutation ConfirmNewsSubscription($token: String!) {
    confirmNewsSubscription(token: $token)
  }
`);

export const UnsubscribeMutation = graphql(`
  mutation UnsubscribeFromNetworkNews($token: String!) {
    unsubscribeFromNetworkNews(token: $token)
  }
`);
