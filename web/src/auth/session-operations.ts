import { graphql } from '../gql';

// The signed-in account as the pages need it: who, which role, and the profile it owns.
export const SessionAccountFields = graphql(`
  fragment SessionAccount on Account {
    id
    email
    role
    profile {
      id
      slug
      fullName
      status
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      account {
        ...SessionAccount
      }
    }
  }
`);

export const RegisterMutation = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      account {
        ...SessionAccount
      }
    }
  }
`);

export const RefreshTokenMutation = graphql(`
  mutation RefreshSession($refreshToken: String!) {
    refreshToken(refreshToken: $refreshToken) {
      accessToken
      accessTokenExpiresAt
      refreshToken
      account {
        ...SessionAccount
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout($refreshToken: String!) {
    logout(refreshToken: $refreshToken)
  }
`);

export const MeQuery = graphql(`
  query Me {
    me {
      ...SessionAccount
    }
  }
`);
