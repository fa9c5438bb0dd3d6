import { graphql } from '../../gql';

export const AllNetworksQuery = graphql(`
  query AllNetworks {
    networks(includeArchived: true) {
      id
      slug
      name
      description
      criteria
      applicationsOpen
      asksResearchBackground
      representsRegions
      archivedAt
    }
  }
`);

export const CreateNetworkMutation = graphql(`
  mutation CreateNetwork($input: CreateNetworkInput!) {
    createNetwork(input: $input) {
      id
      slug
    }
  }
`);

export const UpdateNetworkMutation = graphql(`
  mutation UpdateNetwork($slug: String!, $input: UpdateNetworkInput!) {
    updateNetwork(slug: $slug, input: $input) {
      id
    }
  }
`);

export const ArchiveNetworkMutation = graphql(`
  mutation ArchiveNetwork($slug: String!) {
    archiveNetwork(slug: $slug) {
      id
      archivedAt
    }
  }
`);
