import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $actor: ID, $action: String) {
    auditLog(first: $first, after: $after, actor: $actor, action: $action) {
      totalCount
      edges {
        cursor
        node {
          id
          at
          actorId
          actorRole
          action
          targetType
          targetId
          before
          after
          note
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
