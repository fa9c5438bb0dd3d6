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

export type ProfileStatus =
  | 'DRAFT'
  | 'HIDDEN'
  | 'PENDING_REVIEW'
  | 'PUBLISHED';

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

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'RESEARCHER';

export type MyMembershipsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyMembershipsQuery = { me: { id: string, role: Role, profile: { id: string, slug: string, fullName: string, degree: AcademicDegree | null, status: ProfileStatus | null, memberships: Array<{ id: string, status: MembershipStatus, role: MembershipRole, createdAt: string, startedOn: string | null, endedOn: string | null, decidedAt: string | null, decisionNote: string | null, endNote: string | null, network: { slug: string } }> } | null } | null };

export type ApplyToNetworkMutationVariables = Exact<{
  network: string;
  motivation?: string | null | undefined;
  degree?: AcademicDegree | null | undefined;
  researchExperience?: string | null | undefined;
}>;


export type ApplyToNetworkMutation = { applyToNetwork: { id: string, status: MembershipStatus } };

export type LeaveNetworkMutationVariables = Exact<{
  network: string;
}>;


export type LeaveNetworkMutation = { leaveNetwork: { id: string, status: MembershipStatus } };

export type PendingApplicationsQueryVariables = Exact<{
  network: string;
}>;


export type PendingApplicationsQuery = { pendingApplications: Array<{ id: string, createdAt: string, motivation: string | null, applicantDegree: AcademicDegree | null, researchExperience: string | null, researcher: { id: string, fullName: string, title: string | null, region: HealthRegion | null, organization: { id: string, name: string } | null } }> };

export type DecideMembershipMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  note?: string | null | undefined;
}>;


export type DecideMembershipMutation = { decideMembership: { id: string, status: MembershipStatus } };

export type NetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type NetworksQuery = { networks: Array<{ id: string, slug: string, name: string, description: string, applicationsOpen: boolean, memberCount: number }> };

export type NetworkPageQueryVariables = Exact<{
  slug: string;
  first: number;
  offset: number;
}>;


export type NetworkPageQuery = { network: { id: string, slug: string, name: string, description: string, criteria: string, applicationsOpen: boolean, asksResearchBackground: boolean, memberCount: number, viewerCanDecide: boolean, viewerMembership: { id: string, status: MembershipStatus, role: MembershipRole, createdAt: string, startedOn: string | null } | null, members: Array<{ id: string, role: MembershipRole, representing: string | null, representingRegion: HealthRegion | null, researcher: { id: string, slug: string, fullName: string, title: string | null, region: HealthRegion | null, organization: { id: string, name: string } | null } }> } | null };

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

export const MyMembershipsDocument = new TypedDocumentString(`
    query MyMemberships {
  me {
    id
    role
    profile {
      id
      slug
      fullName
      degree
      status
      memberships {
        id
        status
        role
        createdAt
        startedOn
        endedOn
        decidedAt
        decisionNote
        endNote
        network {
          slug
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<MyMembershipsQuery, MyMembershipsQueryVariables>;
export const ApplyToNetworkDocument = new TypedDocumentString(`
    mutation ApplyToNetwork($network: String!, $motivation: String, $degree: AcademicDegree, $researchExperience: String) {
  applyToNetwork(
    network: $network
    motivation: $motivation
    degree: $degree
    researchExperience: $researchExperience
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ApplyToNetworkMutation, ApplyToNetworkMutationVariables>;
export const LeaveNetworkDocument = new TypedDocumentString(`
    mutation LeaveNetwork($network: String!) {
  leaveNetwork(network: $network) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<LeaveNetworkMutation, LeaveNetworkMutationVariables>;
export const PendingApplicationsDocument = new TypedDocumentString(`
    query PendingApplications($network: String!) {
  pendingApplications(network: $network) {
    id
    createdAt
    motivation
    applicantDegree
    researchExperience
    researcher {
      id
      fullName
      title
      region
      organization {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PendingApplicationsQuery, PendingApplicationsQueryVariables>;
export const DecideMembershipDocument = new TypedDocumentString(`
    mutation DecideMembership($id: ID!, $approve: Boolean!, $note: String) {
  decideMembership(id: $id, approve: $approve, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideMembershipMutation, DecideMembershipMutationVariables>;
export const NetworksDocument = new TypedDocumentString(`
    query Networks {
  networks {
    id
    slug
    name
    description
    applicationsOpen
    memberCount
  }
}
    `) as unknown as TypedDocumentString<NetworksQuery, NetworksQueryVariables>;
export const NetworkPageDocument = new TypedDocumentString(`
    query NetworkPage($slug: String!, $first: Int!, $offset: Int!) {
  network(slug: $slug) {
    id
    slug
    name
    description
    criteria
    applicationsOpen
    asksResearchBackground
    memberCount
    viewerCanDecide
    viewerMembership {
      id
      status
      role
      createdAt
      startedOn
    }
    members(first: $first, offset: $offset) {
      id
      role
      representing
      representingRegion
      researcher {
        id
        slug
        fullName
        title
        region
        organization {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkPageQuery, NetworkPageQueryVariables>;
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