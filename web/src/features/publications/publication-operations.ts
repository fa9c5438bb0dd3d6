import { graphql } from '../../gql';

export const MyPublicationFields = graphql(`
  fragment MyPublicationFields on Publication {
    id
    title
    year
    venue
    doi
    url
    source
    shown
    position
  }
`);

export const MyPublicationsQuery = graphql(`
  query MyPublications {
    me {
      id
      profile {
        id
        publications {
          ...MyPublicationFields
        }
      }
    }
  }
`);

export const RegistryPreviewFields = graphql(`
  fragment RegistryPreviewFields on RegistryImportPreview {
    source
    identifier
    biography
    keywords
    employments
    workplace {
      id
      name
    }
    works {
      key
      title
      year
      venue
      doi
      url
      imported
    }
  }
`);

export const PreviewOrcidImportQuery = graphql(`
  query PreviewOrcidImport {
    previewOrcidImport {
      ...RegistryPreviewFields
    }
  }
`);

export const PreviewNvaImportQuery = graphql(`
  query PreviewNvaImport($cristinPersonId: String) {
    previewNvaImport(cristinPersonId: $cristinPersonId) {
      ...RegistryPreviewFields
    }
  }
`);

export const ImportFromOrcidMutation = graphql(`
  mutation ImportFromOrcid($input: RegistryImportInput!) {
    importFromOrcid(input: $input) {
      ...MyProfileFields
    }
  }
`);

export const ImportFromNvaMutation = graphql(`
  mutation ImportFromNva($input: RegistryImportInput!) {
    importFromNva(input: $input) {
      ...MyProfileFields
    }
  }
`);

export const AddMyPublicationMutation = graphql(`
  mutation AddMyPublication($input: PublicationInput!) {
    addMyPublication(input: $input) {
      ...MyPublicationFields
    }
  }
`);

export const UpdateMyPublicationMutation = graphql(`
  mutation UpdateMyPublication($id: ID!, $input: PublicationInput!) {
    updateMyPublication(id: $id, input: $input) {
      ...MyPublicationFields
    }
  }
`);

export const RemoveMyPublicationMutation = graphql(`
  mutation RemoveMyPublication($id: ID!) {
    removeMyPublication(id: $id)
  }
`);

export const OrderMyPublicationsMutation = graphql(`
  mutation OrderMyPublications($ids: [ID!]!) {
    orderMyPublications(ids: $ids) {
      ...MyPublicationFields
    }
  }
`);

export const ShowMyPublicationsMutation = graphql(`
  mutation ShowMyPublications($ids: [ID!]!) {
    showMyPublications(ids: $ids) {
      ...MyPublicationFields
    }
  }
`);

export const MyPublicationSuggestionsQuery = graphql(`
  query MyPublicationSuggestions {
    myPublicationSuggestions {
      id
      source
      key
      title
      year
      venue
      doi
    }
  }
`);

export const DismissPublicationSuggestionsMutation = graphql(`
  mutation DismissPublicationSuggestions($ids: [ID!]!) {
    dismissPublicationSuggestions(ids: $ids)
  }
`);
