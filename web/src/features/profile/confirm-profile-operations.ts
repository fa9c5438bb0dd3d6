import { graphql } from '../../gql';

export const ConfirmProfileByTokenMutation = graphql(`
  mutation ConfirmProfileByToken($token: String!) {
    confirmProfileByToken(token: $token)
  }
`);
