import { graphql } from '../../gql';

export const EditorOrganizationFields = graphql(`
  fragment EditorOrganizationFields on Organization {
    id
    slug
    name
    shortName
    kind
    region
    aliases
    pendingApproval
    parent {
      id
      name
    }
  }
`);

export const EditorOrganizationsQuery = graphql(`
  query EditorOrganizations {
    organizations {
      ...EditorOrganizationFields
    }
    proposedOrganizations {
      ...EditorOrganizationFields
    }
  }
`);

export const CreateOrganizationMutation = graphql(`
  mutation CreateOrganization($input: OrganizationInput!) {
    createOrganization(input: $input) {
      id
      name
    }
  }
`);

export const UpdateOrganizationMutation = graphql(`
  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      id
      name
    }
  }
`);

export const MergeOrganizationsMutation = graphql(`
  mutation MergeOrganizations($from: ID!, $into: ID!) {
    mergeOrganizations(from: $from, into: $into) {
      id
      name
    }
  }
`);

export const ApproveOrganizationMutation = graphql(`
  mutation ApproveOrganization($id: ID!) {
    approveOrganization(id: $id) {
      id
      name
    }
  }
`);
