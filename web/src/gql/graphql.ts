/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcademicDegree =
  | 'BACHELOR'
  | 'MASTER'
  | 'MASTER_IN_PROGRESS'
  | 'OTHER'
  | 'PHD'
  | 'PHD_IN_PROGRESS';

export type HealthRegion =
  | 'CENTRAL'
  | 'NORTH'
  | 'SOUTH_EAST'
  | 'WEST';

export type MembershipRole =
  | 'COORDINATOR'
  | 'LEADER'
  | 'MEMBER'
  | 'PROJECT_LEADER'
  | 'RESOURCE_GROUP_MEMBER';

export type MembershipStatus =
  | 'ACTIVE'
  | 'DECLINED'
  | 'ENDED'
  | 'PENDING';

export type ResearcherFilter = {
  availableAsSpeaker?: boolean | null | undefined;
  availableForMedia?: boolean | null | undefined;
  /** Competence-area slugs; an area also matches its sub-areas. */
  competenceAreas?: Array<string> | null | undefined;
  degrees?: Array<AcademicDegree> | null | undefined;
  /** ISO 639-1 codes, e.g. nb, en, se. */
  languages?: Array<string> | null | undefined;
  /** Network slugs; only active memberships count. */
  networks?: Array<string> | null | undefined;
  regions?: Array<HealthRegion> | null | undefined;
};

export type ResearcherOrder =
  /** Family name, then given name, in Norwegian alphabetical order. */
  | 'NAME'
  /** Most recently updated profile first. */
  | 'RECENTLY_UPDATED'
  /** Best match first (names, then areas and keywords, then title and organisation, then bio). Without a query: by name. */
  | 'RELEVANCE';

export type ResearcherProfileQueryVariables = Exact<{
  slug: string;
}>;


export type ResearcherProfileQuery = { researcher: { id: string, slug: string, fullName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, email: string | null, phone: string | null, website: string | null, updatedAt: string, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string, parent: { slug: string, name: string } | null }>, memberships: Array<{ id: string, role: MembershipRole, status: MembershipStatus, representing: string | null, network: { slug: string, name: string } }> } | null };

export type NetworkContactsQueryVariables = Exact<{
  slug: string;
}>;


export type NetworkContactsQuery = { network: { slug: string, name: string, coordinators: Array<{ id: string, researcher: { slug: string, fullName: string } }>, leaders: Array<{ id: string, researcher: { slug: string, fullName: string } }> } | null };

export type SearchResearchersQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ResearcherFilter | null | undefined;
  orderBy?: ResearcherOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchResearchersQuery = { researchers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, highlight: string | null, node: { id: string, slug: string, fullName: string, title: string | null, availableAsSpeaker: boolean, availableForMedia: boolean, region: HealthRegion | null, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string }> } }>, facets: { competenceAreas: Array<{ value: string, label: string, count: number }>, regions: Array<{ value: string, label: string, count: number }>, networks: Array<{ value: string, label: string, count: number }>, degrees: Array<{ value: string, label: string, count: number }>, languages: Array<{ value: string, label: string, count: number }> } } };

export type CompetenceAreaTreeQueryVariables = Exact<{ [key: string]: never; }>;


export type CompetenceAreaTreeQuery = { competenceAreas: Array<{ slug: string, name: string, parent: { slug: string } | null }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ResearcherProfileDocument = new TypedDocumentString(`
    query ResearcherProfile($slug: String!) {
  researcher(slug: $slug) {
    id
    slug
    fullName
    title
    degree
    orcid
    region
    bio
    keywords
    languages
    availableAsSpeaker
    availableForMedia
    email
    phone
    website
    updatedAt
    organization {
      id
      name
    }
    competenceAreas {
      slug
      name
      parent {
        slug
        name
      }
    }
    memberships {
      id
      role
      status
      representing
      network {
        slug
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ResearcherProfileQuery, ResearcherProfileQueryVariables>;
export const NetworkContactsDocument = new TypedDocumentString(`
    query NetworkContacts($slug: String!) {
  network(slug: $slug) {
    slug
    name
    coordinators: members(role: COORDINATOR, first: 3) {
      id
      researcher {
        slug
        fullName
      }
    }
    leaders: members(role: PROJECT_LEADER, first: 3) {
      id
      researcher {
        slug
        fullName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkContactsQuery, NetworkContactsQueryVariables>;
export const SearchResearchersDocument = new TypedDocumentString(`
    query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {
  researchers(
    query: $query
    filter: $filter
    orderBy: $orderBy
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      highlight
      node {
        id
        slug
        fullName
        title
        availableAsSpeaker
        availableForMedia
        region
        organization {
          id
          name
        }
        competenceAreas {
          slug
          name
        }
      }
    }
    facets {
      competenceAreas {
        value
        label
        count
      }
      regions {
        value
        label
        count
      }
      networks {
        value
        label
        count
      }
      degrees {
        value
        label
        count
      }
      languages {
        value
        label
        count
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SearchResearchersQuery, SearchResearchersQueryVariables>;
export const CompetenceAreaTreeDocument = new TypedDocumentString(`
    query CompetenceAreaTree {
  competenceAreas {
    slug
    name
    parent {
      slug
    }
  }
}
    `) as unknown as TypedDocumentString<CompetenceAreaTreeQuery, CompetenceAreaTreeQueryVariables>;