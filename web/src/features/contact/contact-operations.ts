import { graphql } from '../../gql';

export const ContactResearcherMutation = graphql(`
  mutation ContactResearcher($researcher: ID!, $input: ContactInput!) {
    contactResearcher(researcher: $researcher, input: $input) {
      status
    }
  }
`);

export const ConfirmContactSenderMutation = graphql(`
  mutation ConfirmContactSender($token: String!) {
    confirmContactSender(token: $token) {
      status
    }
  }
`);

export const MyMessagesQuery = graphql(`
  query MyMessages($first: Int, $after: String) {
    myMessages(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          senderName
          senderEmail
          senderOrganization
          purpose
          subject
          message
          deadline
          receivedAt
          answered
          senderBlocked
        }
      }
    }
  }
`);

export const MarkAnsweredMutation = graphql(`
  mutation MarkContactMessageAnswered($id: ID!, $answered: Boolean!) {
    markContactMessageAnswered(id: $id, answered: $answered) {
      id
      answered
    }
  }
`);

export const BlockSenderMutation = graphql(`
  mutation BlockContactSender($message: ID!, $blocked: Boolean!) {
    blockContactSender(message: $message, blocked: $blocked) {
      id
      senderBlocked
    }
  }
`);

export const ReportAbuseMutation = graphql(`
  mutation ReportContactAbuse($message: ID!, $reason: String) {
    reportContactAbuse(message: $message, reason: $reason) {
      id
    }
  }
`);

export const AbuseReportsQuery = graphql(`
  query ContactAbuseReports($includeHandled: Boolean!) {
    contactAbuseReports(first: 50, includeHandled: $includeHandled) {
      totalCount
      edges {
        node {
          id
          senderName
          senderEmail
          purpose
          subject
          message
          reason
          reportedAt
          handledAt
          senderBlockedForEveryone
        }
      }
    }
  }
`);

export const BlockForEveryoneMutation = graphql(`
  mutation BlockContactSenderForEveryone($report: ID, $senderEmail: String) {
    blockContactSenderForEveryone(report: $report, senderEmail: $senderEmail)
  }
`);

export const UnblockForEveryoneMutation = graphql(`
  mutation UnblockContactSenderForEveryone($senderEmail: String!) {
    unblockContactSenderForEveryone(senderEmail: $senderEmail)
  }
`);

export const MarkReportHandledMutation = graphql(`
  mutation MarkContactAbuseReportHandled($id: ID!) {
    markContactAbuseReportHandled(id: $id) {
      id
    }
  }
`);
