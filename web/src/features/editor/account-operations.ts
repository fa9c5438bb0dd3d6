import { graphql } from '../../gql';

export const AccountsQuery = graphql(`
  query Accounts($query: String, $role: Role, $disabled: Boolean, $after: String) {
    accounts(query: $query, role: $role, disabled: $disabled, first: 50, after: $after) {
      totalCount
      edges {
        node {
          id
          email
          role
          disabledAt
          profile {
            slug
            fullName
            status
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

export const SetAccountRoleMutation = graphql(`
  mutation SetAccountRole($id: ID!, $role: Role!) {
    setAccountRole(id: $id, role: $role) {
      id
      role
    }
  }
`);

export const SetAccountDisabledMutation = graphql(`
  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {
    setAccountDisabled(id: $id, disabled: $disabled) {
      id
      disabledAt
    }
  }
`);
