import { graphql } from '../../gql';

export const EditorAreasQuery = graphql(`
  query EditorAreas {
    competenceAreas(includeRetired: true) {
      slug
      name
      nameEn
      description
      retired
      parent {
        slug
      }
      mergedInto {
        slug
        name
      }
    }
  }
`);

export const CreateAreaMutation = graphql(`
  mutation CreateArea($input: CompetenceAreaInput!) {
    createCompetenceArea(input: $input) {
      slug
      name
    }
  }
`);

export const UpdateAreaMutation = graphql(`
  mutation UpdateArea($slug: String!, $input: CompetenceAreaInput!) {
    updateCompetenceArea(slug: $slug, input: $input) {
      slug
      name
    }
  }
`);

export const MergeAreasMutation = graphql(`
  mutation MergeAreas($from: String!, $into: String!) {
    mergeCompetenceAreas(from: $from, into: $into) {
      slug
      name
    }
  }
`);

export const RetireAreaMutation = graphql(`
  mutation RetireArea($slug: String!) {
    retireCompetenceArea(slug: $slug) {
      slug
      name
    }
  }
`);
