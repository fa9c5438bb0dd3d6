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

/** Every field optional on update (absent: unchanged). `parent: null` moves the area to the top level. */
export type CompetenceAreaInput = {
  description?: string | null | undefined;
  /** Label in Norwegian Bokmål. */
  name?: string | null | undefined;
  /** Label in English. */
  nameEn?: string | null | undefined;
  /** Slug of a top-level area; null for the top level. */
  parent?: string | null | undefined;
  /** On create only: the slug (made from the name when absent). */
  slug?: string | null | undefined;
};

export type ContactInput = {
  /** When the sender needs an answer by (e.g. a press deadline). */
  deadline?: string | null | undefined;
  message: string;
  purpose: ContactPurpose;
  senderEmail: string;
  senderName: string;
  senderOrganization?: string | null | undefined;
  subject: string;
};

export type ContactPurpose =
  | 'COLLABORATION'
  | 'MEDIA'
  | 'OTHER'
  | 'SPEAKER';

export type ContactStatus =
  | 'AWAITING_CONFIRMATION'
  | 'SENT';

export type CreateNetworkInput = {
  applicationsOpen?: boolean;
  /** Applications must state degree and research experience. */
  asksResearchBackground?: boolean;
  /** Who may join. */
  criteria?: string;
  description?: string;
  name: string;
  /** Members represent health regions, one each (as in Dialogforum). */
  representsRegions?: boolean;
  /** URL name: lower-case letters, digits and hyphens. Cannot be changed later. */
  slug: string;
};

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

export type NetworkEventInput = {
  agenda?: string;
  digital?: boolean;
  /** The minutes as text. */
  minutesText?: string | null | undefined;
  /** A link to the minutes (http or https). */
  minutesUrl?: string | null | undefined;
  place?: string | null | undefined;
  startsAt: string;
  title: string;
};

/** Every field optional on update (absent: unchanged). */
export type OrganizationInput = {
  /** Former and other names ("Høgskolen i Oslo" for OsloMet); a search for one finds the organisation. */
  aliases?: Array<string> | null | undefined;
  kind?: OrganizationKind | null | undefined;
  name?: string | null | undefined;
  /** The organisation this one is part of (an LMS under its health trust); null for none. */
  parent?: string | number | null | undefined;
  region?: HealthRegion | null | undefined;
  /** An abbreviation, e.g. OUS. */
  shortName?: string | null | undefined;
};

export type OrganizationKind =
  | 'HEALTH_TRUST'
  | 'LMS_CENTRE'
  | 'MUNICIPALITY'
  | 'OTHER'
  | 'UNIVERSITY'
  | 'USER_ORGANIZATION';

/** A workplace missing from the list, proposed by a researcher. */
export type OrganizationProposalInput = {
  /** OTHER when absent. */
  kind?: OrganizationKind | null | undefined;
  name: string;
  region?: HealthRegion | null | undefined;
};

export type ProfileChangeAction =
  | 'CONFIRMED'
  | 'CREATED'
  | 'HIDDEN'
  | 'PUBLISHED'
  | 'REJECTED'
  | 'SUBMITTED'
  | 'UPDATED';

export type ProfileInput = {
  /** What people may write about. */
  acceptedContactPurposes?: Array<ContactPurpose> | null | undefined;
  /** Whether people may write through the site (contactResearcher). */
  acceptsMessages?: boolean | null | undefined;
  /** Consent to newsletters and mail from the networks one belongs to. */
  acceptsNetworkMail?: boolean | null | undefined;
  availableAsSpeaker?: boolean | null | undefined;
  availableForMedia?: boolean | null | undefined;
  bio?: string | null | undefined;
  /** Competence area slugs. */
  competenceAreas?: Array<string> | null | undefined;
  /** Leads courses ("kursleder"). */
  courseLeader?: boolean | null | undefined;
  degree?: AcademicDegree | null | undefined;
  /** Contact address shown on the profile (by its visibility). */
  email?: string | null | undefined;
  emailVisibility?: Visibility | null | undefined;
  familyName?: string | null | undefined;
  givenName?: string | null | undefined;
  keywords?: Array<string> | null | undefined;
  /** ISO 639-1 codes, e.g. nb, nn, en, se. */
  languages?: Array<string> | null | undefined;
  /** "Available for media now" until this moment (it lapses by itself); null clears it. */
  mediaAvailableUntil?: string | null | undefined;
  /** What she can comment on for the media: up to 10 short phrases, ranked high in search. */
  mediaTopics?: Array<string> | null | undefined;
  /** ORCID iD; checked with its ISO 7064 11,2 check character. */
  orcid?: string | null | undefined;
  organizationId?: string | number | null | undefined;
  phone?: string | null | undefined;
  phoneVisibility?: Visibility | null | undefined;
  /** Who sees the portrait (PUBLIC by default). */
  photoVisibility?: Visibility | null | undefined;
  region?: HealthRegion | null | undefined;
  speakerFormats?: Array<SpeakerFormat> | null | undefined;
  /** Talk titles. */
  speakerTopics?: Array<string> | null | undefined;
  /** Job title, e.g. "førsteamanuensis". */
  title?: string | null | undefined;
  /** Health regions she travels to for talks and courses. */
  travelRegions?: Array<HealthRegion> | null | undefined;
  website?: string | null | undefined;
};

export type ProfileStatus =
  | 'DRAFT'
  | 'HIDDEN'
  | 'PENDING_REVIEW'
  | 'PUBLISHED';

export type PublicationInput = {
  /** A DOI, bare or as a doi.org link. */
  doi?: string | null | undefined;
  title: string;
  url?: string | null | undefined;
  venue?: string | null | undefined;
  year?: number | null | undefined;
};

/** ORCID or NVA (imported, with the registry key), or MANUAL (typed by the owner). */
export type PublicationSource =
  | 'MANUAL'
  | 'NVA'
  | 'ORCID';

export type RegisterInput = {
  email: string;
  familyName: string;
  givenName: string;
  password: string;
};

export type RegistryImportInput = {
  /** Replace your description with the biography from the registry. */
  biography?: boolean | null | undefined;
  /** NVA only: a Cristin person id or ORCID iD; absent: the iD on your profile, else the person last previewed. */
  cristinPersonId?: string | null | undefined;
  /** Keywords from the preview to add to yours. */
  keywords?: Array<string> | null | undefined;
  /** Take the offered workplace (RegistryImportPreview.workplace). */
  workplace?: boolean | null | undefined;
  /** Keys of the works to add (PublicationCandidate.key). */
  works?: Array<string> | null | undefined;
};

export type RepresentationInput = {
  organizationId?: string | number | null | undefined;
  region?: HealthRegion | null | undefined;
};

export type ResearcherFilter = {
  availableAsSpeaker?: boolean | null | undefined;
  availableForMedia?: boolean | null | undefined;
  /** Available for media now: mediaAvailableUntil is still ahead. */
  availableForMediaNow?: boolean | null | undefined;
  /** Competence-area slugs; an area also matches its sub-areas. */
  competenceAreas?: Array<string> | null | undefined;
  /** Leads courses ("kursleder"). */
  courseLeader?: boolean | null | undefined;
  degrees?: Array<AcademicDegree> | null | undefined;
  /** ISO 639-1 codes, e.g. nb, en, se. */
  languages?: Array<string> | null | undefined;
  /** Network slugs; only active memberships count. */
  networks?: Array<string> | null | undefined;
  /** Workplaces (organisation ids); a merged one finds the people moved on. */
  organizations?: Array<string | number> | null | undefined;
  regions?: Array<HealthRegion> | null | undefined;
  /** Speaks in any of these formats. */
  speakerFormats?: Array<SpeakerFormat> | null | undefined;
  /** Travels to any of these health regions for talks and courses. */
  travelRegions?: Array<HealthRegion> | null | undefined;
};

export type ResearcherOrder =
  /** Family name, then given name, in Norwegian alphabetical order. */
  | 'NAME'
  /** Most recently updated profile first. */
  | 'RECENTLY_UPDATED'
  /** Best match first (names, then areas and keywords, then title and organisation, then bio). Without a query: by name. */
  | 'RELEVANCE';

export type ReviewDecision =
  /** Take the profile out of the directory. */
  | 'HIDE'
  /** Show the profile in the directory. */
  | 'PUBLISH'
  /** Back to DRAFT, with a note saying what to change. */
  | 'REJECT';

export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'RESEARCHER';

export type SpeakerFormat =
  | 'DIGITAL'
  | 'IN_PERSON';

export type UpdateNetworkInput = {
  applicationsOpen?: boolean | null | undefined;
  asksResearchBackground?: boolean | null | undefined;
  criteria?: string | null | undefined;
  description?: string | null | undefined;
  name?: string | null | undefined;
  representsRegions?: boolean | null | undefined;
};

export type Visibility =
  | 'PRIVATE'
  | 'PUBLIC'
  | 'REGISTERED';

export type SessionAccountFragment = { id: string, email: string, role: Role, profile: { id: string, slug: string, fullName: string, status: ProfileStatus | null } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string, role: Role, profile: { id: string, slug: string, fullName: string, status: ProfileStatus | null } | null } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterInput;
}>;


export type RegisterMutation = { register: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string, role: Role, profile: { id: string, slug: string, fullName: string, status: ProfileStatus | null } | null } } };

export type RefreshSessionMutationVariables = Exact<{
  refreshToken: string;
}>;


export type RefreshSessionMutation = { refreshToken: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string, role: Role, profile: { id: string, slug: string, fullName: string, status: ProfileStatus | null } | null } } };

export type LogoutMutationVariables = Exact<{
  refreshToken: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role, profile: { id: string, slug: string, fullName: string, status: ProfileStatus | null } | null } | null };

export type MyProfileFieldsFragment = { id: string, slug: string, fullName: string, givenName: string, familyName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsNetworkMail: boolean | null, email: string | null, emailVisibility: Visibility | null, phone: string | null, phoneVisibility: Visibility | null, website: string | null, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, photoVisibility: Visibility | null, photoUrl: string | null, status: ProfileStatus | null, reviewNote: string | null, confirmedAt: string | null, publishedAt: string | null, updatedAt: string, version: number, organization: { id: string, name: string, kind: OrganizationKind, pendingApproval: boolean } | null, competenceAreas: Array<{ slug: string }> };

export type MyProfileQueryVariables = Exact<{ [key: string]: never; }>;


export type MyProfileQuery = { me: { id: string, email: string, role: Role, emailVerifiedAt: string | null, profile: { id: string, slug: string, fullName: string, givenName: string, familyName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsNetworkMail: boolean | null, email: string | null, emailVisibility: Visibility | null, phone: string | null, phoneVisibility: Visibility | null, website: string | null, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, photoVisibility: Visibility | null, photoUrl: string | null, status: ProfileStatus | null, reviewNote: string | null, confirmedAt: string | null, publishedAt: string | null, updatedAt: string, version: number, organization: { id: string, name: string, kind: OrganizationKind, pendingApproval: boolean } | null, competenceAreas: Array<{ slug: string }> } | null } | null };

export type ProfileChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProfileChoicesQuery = { competenceAreas: Array<{ slug: string, name: string, parent: { slug: string } | null }>, organizations: Array<{ id: string, name: string, kind: OrganizationKind, region: HealthRegion | null }> };

export type UpdateMyProfileMutationVariables = Exact<{
  input: ProfileInput;
  expectedVersion: number;
}>;


export type UpdateMyProfileMutation = { updateMyProfile: { id: string, slug: string, fullName: string, givenName: string, familyName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsNetworkMail: boolean | null, email: string | null, emailVisibility: Visibility | null, phone: string | null, phoneVisibility: Visibility | null, website: string | null, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, photoVisibility: Visibility | null, photoUrl: string | null, status: ProfileStatus | null, reviewNote: string | null, confirmedAt: string | null, publishedAt: string | null, updatedAt: string, version: number, organization: { id: string, name: string, kind: OrganizationKind, pendingApproval: boolean } | null, competenceAreas: Array<{ slug: string }> } };

export type SubmitMyProfileMutationVariables = Exact<{ [key: string]: never; }>;


export type SubmitMyProfileMutation = { submitMyProfileForReview: { id: string, slug: string, fullName: string, givenName: string, familyName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsNetworkMail: boolean | null, email: string | null, emailVisibility: Visibility | null, phone: string | null, phoneVisibility: Visibility | null, website: string | null, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, photoVisibility: Visibility | null, photoUrl: string | null, status: ProfileStatus | null, reviewNote: string | null, confirmedAt: string | null, publishedAt: string | null, updatedAt: string, version: number, organization: { id: string, name: string, kind: OrganizationKind, pendingApproval: boolean } | null, competenceAreas: Array<{ slug: string }> } };

export type ConfirmMyProfileMutationVariables = Exact<{ [key: string]: never; }>;


export type ConfirmMyProfileMutation = { confirmMyProfileIsCurrent: { id: string, slug: string, fullName: string, givenName: string, familyName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsNetworkMail: boolean | null, email: string | null, emailVisibility: Visibility | null, phone: string | null, phoneVisibility: Visibility | null, website: string | null, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, photoVisibility: Visibility | null, photoUrl: string | null, status: ProfileStatus | null, reviewNote: string | null, confirmedAt: string | null, publishedAt: string | null, updatedAt: string, version: number, organization: { id: string, name: string, kind: OrganizationKind, pendingApproval: boolean } | null, competenceAreas: Array<{ slug: string }> } };

export type ExportMyDataQueryVariables = Exact<{ [key: string]: never; }>;


export type ExportMyDataQuery = { exportMyData: string };

export type DeleteMyAccountMutationVariables = Exact<{
  password: string;
}>;


export type DeleteMyAccountMutation = { deleteMyAccount: boolean };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, account: { id: string, email: string, role: Role, profile: { id: string, slug: string, fullName: string, status: ProfileStatus | null } | null } } };

export type ProposeOrganizationMutationVariables = Exact<{
  input: OrganizationProposalInput;
}>;


export type ProposeOrganizationMutation = { proposeOrganization: { id: string, name: string } };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  newPassword: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: boolean };

export type ResendVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationMutation = { resendVerificationEmail: boolean };

export type ContactResearcherMutationVariables = Exact<{
  researcher: string | number;
  input: ContactInput;
}>;


export type ContactResearcherMutation = { contactResearcher: { status: ContactStatus } };

export type ConfirmContactSenderMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmContactSenderMutation = { confirmContactSender: { status: ContactStatus } };

export type MyMessagesQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MyMessagesQuery = { myMessages: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, senderName: string, senderEmail: string, senderOrganization: string | null, purpose: ContactPurpose, subject: string, message: string, deadline: string | null, receivedAt: string, answered: boolean, senderBlocked: boolean } }> } };

export type MarkContactMessageAnsweredMutationVariables = Exact<{
  id: string | number;
  answered: boolean;
}>;


export type MarkContactMessageAnsweredMutation = { markContactMessageAnswered: { id: string, answered: boolean } };

export type BlockContactSenderMutationVariables = Exact<{
  message: string | number;
  blocked: boolean;
}>;


export type BlockContactSenderMutation = { blockContactSender: { id: string, senderBlocked: boolean } };

export type ReportContactAbuseMutationVariables = Exact<{
  message: string | number;
  reason?: string | null | undefined;
}>;


export type ReportContactAbuseMutation = { reportContactAbuse: { id: string } };

export type ContactAbuseReportsQueryVariables = Exact<{
  includeHandled: boolean;
}>;


export type ContactAbuseReportsQuery = { contactAbuseReports: { totalCount: number, edges: Array<{ node: { id: string, senderName: string, senderEmail: string, purpose: ContactPurpose, subject: string, message: string, reason: string | null, reportedAt: string, handledAt: string | null, senderBlockedForEveryone: boolean } }> } };

export type BlockContactSenderForEveryoneMutationVariables = Exact<{
  report?: string | number | null | undefined;
  senderEmail?: string | null | undefined;
}>;


export type BlockContactSenderForEveryoneMutation = { blockContactSenderForEveryone: boolean };

export type UnblockContactSenderForEveryoneMutationVariables = Exact<{
  senderEmail: string;
}>;


export type UnblockContactSenderForEveryoneMutation = { unblockContactSenderForEveryone: boolean };

export type MarkContactAbuseReportHandledMutationVariables = Exact<{
  id: string | number;
}>;


export type MarkContactAbuseReportHandledMutation = { markContactAbuseReportHandled: { id: string } };

export type AccountsQueryVariables = Exact<{
  query?: string | null | undefined;
  role?: Role | null | undefined;
  disabled?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountsQuery = { accounts: { totalCount: number, edges: Array<{ node: { id: string, email: string, role: Role, disabledAt: string | null, profile: { slug: string, fullName: string, status: ProfileStatus | null } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type SetAccountRoleMutationVariables = Exact<{
  id: string | number;
  role: Role;
}>;


export type SetAccountRoleMutation = { setAccountRole: { id: string, role: Role } };

export type SetAccountDisabledMutationVariables = Exact<{
  id: string | number;
  disabled: boolean;
}>;


export type SetAccountDisabledMutation = { setAccountDisabled: { id: string, disabledAt: string | null } };

export type AuditLogQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  actor?: string | number | null | undefined;
  action?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { totalCount: number, edges: Array<{ cursor: string, node: { id: string, at: string, actorId: string | null, actorRole: string | null, action: string, targetType: string, targetId: string | null, before: string | null, after: string | null, note: string | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ReviewProfileFieldsFragment = { id: string, slug: string, fullName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, email: string | null, loginAddressConfirmed: boolean | null, phone: string | null, website: string | null, status: ProfileStatus | null, reviewNote: string | null, updatedAt: string, confirmedAt: string | null, publishedAt: string | null, availableAsSpeaker: boolean, availableForMedia: boolean, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string }> };

export type EditorQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorQueuesQuery = { pendingProfiles: Array<{ id: string, slug: string, fullName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, email: string | null, loginAddressConfirmed: boolean | null, phone: string | null, website: string | null, status: ProfileStatus | null, reviewNote: string | null, updatedAt: string, confirmedAt: string | null, publishedAt: string | null, availableAsSpeaker: boolean, availableForMedia: boolean, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string }> }>, unconfirmedProfiles: Array<{ id: string, slug: string, fullName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, email: string | null, loginAddressConfirmed: boolean | null, phone: string | null, website: string | null, status: ProfileStatus | null, reviewNote: string | null, updatedAt: string, confirmedAt: string | null, publishedAt: string | null, availableAsSpeaker: boolean, availableForMedia: boolean, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string }> }>, profileFreshness: { published: number, current: number, firstReminder: number, secondReminder: number, stale: number } };

export type ReviewProfileMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type ReviewProfileMutation = { reviewProfile: { id: string, slug: string, fullName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, email: string | null, loginAddressConfirmed: boolean | null, phone: string | null, website: string | null, status: ProfileStatus | null, reviewNote: string | null, updatedAt: string, confirmedAt: string | null, publishedAt: string | null, availableAsSpeaker: boolean, availableForMedia: boolean, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string }> } };

export type AllNetworksQueryVariables = Exact<{ [key: string]: never; }>;


export type AllNetworksQuery = { networks: Array<{ id: string, slug: string, name: string, description: string, criteria: string, applicationsOpen: boolean, asksResearchBackground: boolean, representsRegions: boolean, archivedAt: string | null }> };

export type CreateNetworkMutationVariables = Exact<{
  input: CreateNetworkInput;
}>;


export type CreateNetworkMutation = { createNetwork: { id: string, slug: string } };

export type UpdateNetworkMutationVariables = Exact<{
  slug: string;
  input: UpdateNetworkInput;
}>;


export type UpdateNetworkMutation = { updateNetwork: { id: string } };

export type ArchiveNetworkMutationVariables = Exact<{
  slug: string;
}>;


export type ArchiveNetworkMutation = { archiveNetwork: { id: string, archivedAt: string | null } };

export type EditorOrganizationFieldsFragment = { id: string, slug: string, name: string, shortName: string | null, kind: OrganizationKind, region: HealthRegion | null, aliases: Array<string>, pendingApproval: boolean, parent: { id: string, name: string } | null };

export type EditorOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorOrganizationsQuery = { organizations: Array<{ id: string, slug: string, name: string, shortName: string | null, kind: OrganizationKind, region: HealthRegion | null, aliases: Array<string>, pendingApproval: boolean, parent: { id: string, name: string } | null }>, proposedOrganizations: Array<{ id: string, slug: string, name: string, shortName: string | null, kind: OrganizationKind, region: HealthRegion | null, aliases: Array<string>, pendingApproval: boolean, parent: { id: string, name: string } | null }> };

export type CreateOrganizationMutationVariables = Exact<{
  input: OrganizationInput;
}>;


export type CreateOrganizationMutation = { createOrganization: { id: string, name: string } };

export type UpdateOrganizationMutationVariables = Exact<{
  id: string | number;
  input: OrganizationInput;
}>;


export type UpdateOrganizationMutation = { updateOrganization: { id: string, name: string } };

export type MergeOrganizationsMutationVariables = Exact<{
  from: string | number;
  into: string | number;
}>;


export type MergeOrganizationsMutation = { mergeOrganizations: { id: string, name: string } };

export type ApproveOrganizationMutationVariables = Exact<{
  id: string | number;
}>;


export type ApproveOrganizationMutation = { approveOrganization: { id: string, name: string } };

export type CatalogueStatisticsQueryVariables = Exact<{
  year?: number | null | undefined;
}>;


export type CatalogueStatisticsQuery = { catalogueStatistics: { year: number, publishedProfiles: number, applicationsDecided: number, applicationsApproved: number, applicationsDeclined: number, medianDaysToDecision: number | null, byRegion: Array<{ value: string, label: string, count: number }>, byCompetenceArea: Array<{ value: string, label: string, count: number }>, byOrganizationKind: Array<{ value: string, label: string, count: number }>, profilesByMonth: Array<{ month: string, newProfiles: number, updatedProfiles: number, unconfirmedProfiles: number }>, networkMembers: Array<{ network: string, networkName: string, role: MembershipRole, roleLabel: string, count: number }> } };

export type SearchSynonymsQueryVariables = Exact<{ [key: string]: never; }>;


export type SearchSynonymsQuery = { searchSynonyms: Array<{ term: string, expansions: Array<string> }> };

export type SetSearchSynonymMutationVariables = Exact<{
  term: string;
  expansions: Array<string> | string;
}>;


export type SetSearchSynonymMutation = { setSearchSynonym: { term: string, expansions: Array<string> } };

export type RemoveSearchSynonymMutationVariables = Exact<{
  term: string;
}>;


export type RemoveSearchSynonymMutation = { removeSearchSynonym: boolean };

export type EditorAreasQueryVariables = Exact<{ [key: string]: never; }>;


export type EditorAreasQuery = { competenceAreas: Array<{ slug: string, name: string, nameEn: string, description: string | null, retired: boolean, parent: { slug: string } | null, mergedInto: { slug: string, name: string } | null }> };

export type CreateAreaMutationVariables = Exact<{
  input: CompetenceAreaInput;
}>;


export type CreateAreaMutation = { createCompetenceArea: { slug: string, name: string } };

export type UpdateAreaMutationVariables = Exact<{
  slug: string;
  input: CompetenceAreaInput;
}>;


export type UpdateAreaMutation = { updateCompetenceArea: { slug: string, name: string } };

export type MergeAreasMutationVariables = Exact<{
  from: string;
  into: string;
}>;


export type MergeAreasMutation = { mergeCompetenceAreas: { slug: string, name: string } };

export type RetireAreaMutationVariables = Exact<{
  slug: string;
}>;


export type RetireAreaMutation = { retireCompetenceArea: { slug: string, name: string } };

export type NetworkAdminQueryVariables = Exact<{
  slug: string;
}>;


export type NetworkAdminQuery = { network: { id: string, slug: string, name: string, representsRegions: boolean, archivedAt: string | null, viewerCanDecide: boolean, regionsWithoutRepresentative: Array<HealthRegion> } | null, networkMemberships: Array<{ id: string, role: MembershipRole, status: MembershipStatus, startedOn: string | null, endedOn: string | null, representing: string | null, representingRegion: HealthRegion | null, endNote: string | null, decidedBy: string | null, endedBy: string | null, representingOrganization: { id: string } | null, researcher: { id: string, fullName: string } }> };

export type CatalogueSearchQueryVariables = Exact<{
  query: string;
}>;


export type CatalogueSearchQuery = { researchers: { edges: Array<{ node: { id: string, fullName: string, title: string | null, region: HealthRegion | null, organization: { id: string, name: string } | null } }> } };

export type AdminOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminOrganizationsQuery = { organizations: Array<{ id: string, name: string }> };

export type AddNetworkMemberMutationVariables = Exact<{
  network: string;
  researcher: string | number;
  role: MembershipRole;
  representing?: RepresentationInput | null | undefined;
}>;


export type AddNetworkMemberMutation = { addNetworkMember: { id: string } };

export type SetMembershipRoleMutationVariables = Exact<{
  id: string | number;
  role: MembershipRole;
  representing?: RepresentationInput | null | undefined;
}>;


export type SetMembershipRoleMutation = { setMembershipRole: { id: string, role: MembershipRole, representing: string | null } };

export type EndMembershipMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type EndMembershipMutation = { endMembership: { id: string, status: MembershipStatus } };

export type MailingListQueryVariables = Exact<{
  network: string;
}>;


export type MailingListQuery = { networkMailingList: string };

export type SendNewsletterMutationVariables = Exact<{
  network: string;
  subject: string;
  body: string;
}>;


export type SendNewsletterMutation = { sendNetworkNewsletter: { id: string, recipientCount: number | null } };

export type CreateNetworkEventMutationVariables = Exact<{
  network: string;
  input: NetworkEventInput;
}>;


export type CreateNetworkEventMutation = { createNetworkEvent: { id: string } };

export type UpdateNetworkEventMutationVariables = Exact<{
  id: string | number;
  input: NetworkEventInput;
}>;


export type UpdateNetworkEventMutation = { updateNetworkEvent: { id: string } };

export type DeleteNetworkEventMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteNetworkEventMutation = { deleteNetworkEvent: boolean };

export type NetworkEventsQueryVariables = Exact<{
  slug: string;
}>;


export type NetworkEventsQuery = { network: { id: string, events: Array<{ id: string, title: string, startsAt: string, place: string | null, digital: boolean, agenda: string, minutesText: string | null, minutesUrl: string | null }> } | null };

export type SubscribeToNetworkNewsMutationVariables = Exact<{
  network: string;
  email: string;
}>;


export type SubscribeToNetworkNewsMutation = { subscribeToNetworkNews: boolean };

export type ConfirmNewsSubscriptionMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmNewsSubscriptionMutation = { confirmNewsSubscription: boolean };

export type UnsubscribeFromNetworkNewsMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeFromNetworkNewsMutation = { unsubscribeFromNetworkNews: boolean };

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


export type PendingApplicationsQuery = { pendingApplications: Array<{ id: string, createdAt: string, addressConfirmed: boolean | null, motivation: string | null, applicantDegree: AcademicDegree | null, researchExperience: string | null, researcher: { id: string, fullName: string, title: string | null, region: HealthRegion | null, organization: { id: string, name: string } | null } }> };

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


export type NetworkPageQuery = { network: { id: string, slug: string, name: string, description: string, criteria: string, applicationsOpen: boolean, asksResearchBackground: boolean, memberCount: number, viewerCanDecide: boolean, representsRegions: boolean, archivedAt: string | null, regionsWithoutRepresentative: Array<HealthRegion>, upcomingEvents: Array<{ id: string, title: string, startsAt: string, place: string | null, digital: boolean, agenda: string, minutesText: string | null, minutesUrl: string | null }>, pastEvents: Array<{ id: string, title: string, startsAt: string, place: string | null, digital: boolean, agenda: string, minutesText: string | null, minutesUrl: string | null }>, newsletters: Array<{ id: string, subject: string, body: string, createdAt: string }>, viewerMembership: { id: string, status: MembershipStatus, role: MembershipRole, createdAt: string, startedOn: string | null } | null, members: Array<{ id: string, role: MembershipRole, representing: string | null, representingRegion: HealthRegion | null, researcher: { id: string, slug: string, fullName: string, title: string | null, region: HealthRegion | null, organization: { id: string, name: string } | null } }> } | null };

export type OrganizationPageQueryVariables = Exact<{
  slug: string;
}>;


export type OrganizationPageQuery = { organization: { id: string, slug: string, name: string, shortName: string | null, kind: OrganizationKind, region: HealthRegion | null, aliases: Array<string>, parent: { slug: string, name: string } | null } | null };

export type OrganizationResearchersQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type OrganizationResearchersQuery = { researchers: { totalCount: number, edges: Array<{ node: { id: string, slug: string, fullName: string, title: string | null, competenceAreas: Array<{ slug: string, name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ConfirmProfileByTokenMutationVariables = Exact<{
  token: string;
}>;


export type ConfirmProfileByTokenMutation = { confirmProfileByToken: boolean };

export type ProfileHistoryQueryVariables = Exact<{
  id: string | number;
}>;


export type ProfileHistoryQuery = { profileHistory: Array<{ id: string, at: string, action: ProfileChangeAction, byOwner: boolean, actorName: string | null, note: string | null, changes: Array<{ field: string, oldValue: string | null, newValue: string | null }> }> };

export type HideOrShowProfileMutationVariables = Exact<{
  id: string | number;
  decision: ReviewDecision;
  note?: string | null | undefined;
}>;


export type HideOrShowProfileMutation = { reviewProfile: { id: string, status: ProfileStatus | null, reviewNote: string | null } };

export type ResearcherProfileQueryVariables = Exact<{
  slug: string;
}>;


export type ResearcherProfileQuery = { researcher: { id: string, slug: string, fullName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, photoUrl: string | null, email: string | null, phone: string | null, website: string | null, updatedAt: string, lastConfirmedAt: string | null, status: ProfileStatus | null, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string, parent: { slug: string, name: string } | null }>, memberships: Array<{ id: string, role: MembershipRole, status: MembershipStatus, representing: string | null, network: { slug: string, name: string } }>, publications: Array<{ id: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null }> } | null };

export type NetworkContactsQueryVariables = Exact<{
  slug: string;
}>;


export type NetworkContactsQuery = { network: { slug: string, name: string, coordinators: Array<{ id: string, researcher: { slug: string, fullName: string } }>, leaders: Array<{ id: string, researcher: { slug: string, fullName: string } }> } | null };

export type MyPublicationFieldsFragment = { id: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, source: PublicationSource, shown: boolean, position: number };

export type MyPublicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPublicationsQuery = { me: { id: string, profile: { id: string, publications: Array<{ id: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, source: PublicationSource, shown: boolean, position: number }> } | null } | null };

export type RegistryPreviewFieldsFragment = { source: PublicationSource, identifier: string, biography: string | null, keywords: Array<string>, employments: Array<string>, workplace: { id: string, name: string } | null, works: Array<{ key: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, imported: boolean }> };

export type PreviewOrcidImportQueryVariables = Exact<{ [key: string]: never; }>;


export type PreviewOrcidImportQuery = { previewOrcidImport: { source: PublicationSource, identifier: string, biography: string | null, keywords: Array<string>, employments: Array<string>, workplace: { id: string, name: string } | null, works: Array<{ key: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, imported: boolean }> } };

export type PreviewNvaImportQueryVariables = Exact<{
  cristinPersonId?: string | null | undefined;
}>;


export type PreviewNvaImportQuery = { previewNvaImport: { source: PublicationSource, identifier: string, biography: string | null, keywords: Array<string>, employments: Array<string>, workplace: { id: string, name: string } | null, works: Array<{ key: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, imported: boolean }> } };

export type ImportFromOrcidMutationVariables = Exact<{
  input: RegistryImportInput;
}>;


export type ImportFromOrcidMutation = { importFromOrcid: { id: string, slug: string, fullName: string, givenName: string, familyName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsNetworkMail: boolean | null, email: string | null, emailVisibility: Visibility | null, phone: string | null, phoneVisibility: Visibility | null, website: string | null, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, photoVisibility: Visibility | null, photoUrl: string | null, status: ProfileStatus | null, reviewNote: string | null, confirmedAt: string | null, publishedAt: string | null, updatedAt: string, version: number, organization: { id: string, name: string, kind: OrganizationKind, pendingApproval: boolean } | null, competenceAreas: Array<{ slug: string }> } };

export type ImportFromNvaMutationVariables = Exact<{
  input: RegistryImportInput;
}>;


export type ImportFromNvaMutation = { importFromNva: { id: string, slug: string, fullName: string, givenName: string, familyName: string, title: string | null, degree: AcademicDegree | null, orcid: string | null, region: HealthRegion | null, bio: string | null, keywords: Array<string>, languages: Array<string>, availableAsSpeaker: boolean, availableForMedia: boolean, acceptsNetworkMail: boolean | null, email: string | null, emailVisibility: Visibility | null, phone: string | null, phoneVisibility: Visibility | null, website: string | null, mediaTopics: Array<string>, mediaAvailableUntil: string | null, speakerTopics: Array<string>, speakerFormats: Array<SpeakerFormat>, travelRegions: Array<HealthRegion>, courseLeader: boolean, acceptsMessages: boolean, acceptedContactPurposes: Array<ContactPurpose>, photoVisibility: Visibility | null, photoUrl: string | null, status: ProfileStatus | null, reviewNote: string | null, confirmedAt: string | null, publishedAt: string | null, updatedAt: string, version: number, organization: { id: string, name: string, kind: OrganizationKind, pendingApproval: boolean } | null, competenceAreas: Array<{ slug: string }> } };

export type AddMyPublicationMutationVariables = Exact<{
  input: PublicationInput;
}>;


export type AddMyPublicationMutation = { addMyPublication: { id: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, source: PublicationSource, shown: boolean, position: number } };

export type UpdateMyPublicationMutationVariables = Exact<{
  id: string | number;
  input: PublicationInput;
}>;


export type UpdateMyPublicationMutation = { updateMyPublication: { id: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, source: PublicationSource, shown: boolean, position: number } };

export type RemoveMyPublicationMutationVariables = Exact<{
  id: string | number;
}>;


export type RemoveMyPublicationMutation = { removeMyPublication: boolean };

export type OrderMyPublicationsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type OrderMyPublicationsMutation = { orderMyPublications: Array<{ id: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, source: PublicationSource, shown: boolean, position: number }> };

export type ShowMyPublicationsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type ShowMyPublicationsMutation = { showMyPublications: Array<{ id: string, title: string, year: number | null, venue: string | null, doi: string | null, url: string | null, source: PublicationSource, shown: boolean, position: number }> };

export type MyPublicationSuggestionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPublicationSuggestionsQuery = { myPublicationSuggestions: Array<{ id: string, source: PublicationSource, key: string, title: string, year: number | null, venue: string | null, doi: string | null }> };

export type DismissPublicationSuggestionsMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type DismissPublicationSuggestionsMutation = { dismissPublicationSuggestions: boolean };

export type SearchResearchersQueryVariables = Exact<{
  query?: string | null | undefined;
  filter?: ResearcherFilter | null | undefined;
  orderBy?: ResearcherOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchResearchersQuery = { researchers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, highlight: string | null, node: { id: string, slug: string, fullName: string, title: string | null, availableAsSpeaker: boolean, availableForMedia: boolean, mediaAvailableUntil: string | null, courseLeader: boolean, speakerFormats: Array<SpeakerFormat>, photoUrl: string | null, region: HealthRegion | null, organization: { id: string, name: string } | null, competenceAreas: Array<{ slug: string, name: string }> } }>, facets: { courseLeaderCount: number, availableForMediaNowCount: number, competenceAreas: Array<{ value: string, label: string, count: number }>, regions: Array<{ value: string, label: string, count: number }>, networks: Array<{ value: string, label: string, count: number }>, degrees: Array<{ value: string, label: string, count: number }>, languages: Array<{ value: string, label: string, count: number }>, organizations: Array<{ value: string, label: string, count: number }>, speakerFormats: Array<{ value: string, count: number }>, travelRegions: Array<{ value: string, count: number }> } } };

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
export const SessionAccountFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"SessionAccount"}) as unknown as TypedDocumentString<SessionAccountFragment, unknown>;
export const MyProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment MyProfileFields on Researcher {
  id
  slug
  fullName
  givenName
  familyName
  title
  degree
  orcid
  region
  bio
  keywords
  languages
  availableAsSpeaker
  availableForMedia
  acceptsNetworkMail
  email
  emailVisibility
  phone
  phoneVisibility
  website
  mediaTopics
  mediaAvailableUntil
  speakerTopics
  speakerFormats
  travelRegions
  courseLeader
  acceptsMessages
  acceptedContactPurposes
  photoVisibility
  photoUrl(size: MEDIUM)
  status
  reviewNote
  confirmedAt
  publishedAt
  updatedAt
  version
  organization {
    id
    name
    kind
    pendingApproval
  }
  competenceAreas {
    slug
  }
}
    `, {"fragmentName":"MyProfileFields"}) as unknown as TypedDocumentString<MyProfileFieldsFragment, unknown>;
export const ReviewProfileFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewProfileFields on Researcher {
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
  email
  loginAddressConfirmed
  phone
  website
  status
  reviewNote
  updatedAt
  confirmedAt
  publishedAt
  availableAsSpeaker
  availableForMedia
  organization {
    id
    name
  }
  competenceAreas {
    slug
    name
  }
}
    `, {"fragmentName":"ReviewProfileFields"}) as unknown as TypedDocumentString<ReviewProfileFieldsFragment, unknown>;
export const EditorOrganizationFieldsFragmentDoc = new TypedDocumentString(`
    fragment EditorOrganizationFields on Organization {
  id
  slug
  name
  shortName
  kind
  region
  aliases
  pendingApproval
  parent {
    id
    name
  }
}
    `, {"fragmentName":"EditorOrganizationFields"}) as unknown as TypedDocumentString<EditorOrganizationFieldsFragment, unknown>;
export const MyPublicationFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"MyPublicationFields"}) as unknown as TypedDocumentString<MyPublicationFieldsFragment, unknown>;
export const RegistryPreviewFieldsFragmentDoc = new TypedDocumentString(`
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
    `, {"fragmentName":"RegistryPreviewFields"}) as unknown as TypedDocumentString<RegistryPreviewFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const RefreshSessionDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<RefreshSessionMutation, RefreshSessionMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($refreshToken: String!) {
  logout(refreshToken: $refreshToken)
}
    `) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SessionAccount
  }
}
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
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const MyProfileDocument = new TypedDocumentString(`
    query MyProfile {
  me {
    id
    email
    role
    emailVerifiedAt
    profile {
      ...MyProfileFields
    }
  }
}
    fragment MyProfileFields on Researcher {
  id
  slug
  fullName
  givenName
  familyName
  title
  degree
  orcid
  region
  bio
  keywords
  languages
  availableAsSpeaker
  availableForMedia
  acceptsNetworkMail
  email
  emailVisibility
  phone
  phoneVisibility
  website
  mediaTopics
  mediaAvailableUntil
  speakerTopics
  speakerFormats
  travelRegions
  courseLeader
  acceptsMessages
  acceptedContactPurposes
  photoVisibility
  photoUrl(size: MEDIUM)
  status
  reviewNote
  confirmedAt
  publishedAt
  updatedAt
  version
  organization {
    id
    name
    kind
    pendingApproval
  }
  competenceAreas {
    slug
  }
}`) as unknown as TypedDocumentString<MyProfileQuery, MyProfileQueryVariables>;
export const ProfileChoicesDocument = new TypedDocumentString(`
    query ProfileChoices {
  competenceAreas {
    slug
    name
    parent {
      slug
    }
  }
  organizations {
    id
    name
    kind
    region
  }
}
    `) as unknown as TypedDocumentString<ProfileChoicesQuery, ProfileChoicesQueryVariables>;
export const UpdateMyProfileDocument = new TypedDocumentString(`
    mutation UpdateMyProfile($input: ProfileInput!, $expectedVersion: Int!) {
  updateMyProfile(input: $input, expectedVersion: $expectedVersion) {
    ...MyProfileFields
  }
}
    fragment MyProfileFields on Researcher {
  id
  slug
  fullName
  givenName
  familyName
  title
  degree
  orcid
  region
  bio
  keywords
  languages
  availableAsSpeaker
  availableForMedia
  acceptsNetworkMail
  email
  emailVisibility
  phone
  phoneVisibility
  website
  mediaTopics
  mediaAvailableUntil
  speakerTopics
  speakerFormats
  travelRegions
  courseLeader
  acceptsMessages
  acceptedContactPurposes
  photoVisibility
  photoUrl(size: MEDIUM)
  status
  reviewNote
  confirmedAt
  publishedAt
  updatedAt
  version
  organization {
    id
    name
    kind
    pendingApproval
  }
  competenceAreas {
    slug
  }
}`) as unknown as TypedDocumentString<UpdateMyProfileMutation, UpdateMyProfileMutationVariables>;
export const SubmitMyProfileDocument = new TypedDocumentString(`
    mutation SubmitMyProfile {
  submitMyProfileForReview {
    ...MyProfileFields
  }
}
    fragment MyProfileFields on Researcher {
  id
  slug
  fullName
  givenName
  familyName
  title
  degree
  orcid
  region
  bio
  keywords
  languages
  availableAsSpeaker
  availableForMedia
  acceptsNetworkMail
  email
  emailVisibility
  phone
  phoneVisibility
  website
  mediaTopics
  mediaAvailableUntil
  speakerTopics
  speakerFormats
  travelRegions
  courseLeader
  acceptsMessages
  acceptedContactPurposes
  photoVisibility
  photoUrl(size: MEDIUM)
  status
  reviewNote
  confirmedAt
  publishedAt
  updatedAt
  version
  organization {
    id
    name
    kind
    pendingApproval
  }
  competenceAreas {
    slug
  }
}`) as unknown as TypedDocumentString<SubmitMyProfileMutation, SubmitMyProfileMutationVariables>;
export const ConfirmMyProfileDocument = new TypedDocumentString(`
    mutation ConfirmMyProfile {
  confirmMyProfileIsCurrent {
    ...MyProfileFields
  }
}
    fragment MyProfileFields on Researcher {
  id
  slug
  fullName
  givenName
  familyName
  title
  degree
  orcid
  region
  bio
  keywords
  languages
  availableAsSpeaker
  availableForMedia
  acceptsNetworkMail
  email
  emailVisibility
  phone
  phoneVisibility
  website
  mediaTopics
  mediaAvailableUntil
  speakerTopics
  speakerFormats
  travelRegions
  courseLeader
  acceptsMessages
  acceptedContactPurposes
  photoVisibility
  photoUrl(size: MEDIUM)
  status
  reviewNote
  confirmedAt
  publishedAt
  updatedAt
  version
  organization {
    id
    name
    kind
    pendingApproval
  }
  competenceAreas {
    slug
  }
}`) as unknown as TypedDocumentString<ConfirmMyProfileMutation, ConfirmMyProfileMutationVariables>;
export const ExportMyDataDocument = new TypedDocumentString(`
    query ExportMyData {
  exportMyData
}
    `) as unknown as TypedDocumentString<ExportMyDataQuery, ExportMyDataQueryVariables>;
export const DeleteMyAccountDocument = new TypedDocumentString(`
    mutation DeleteMyAccount($password: String!) {
  deleteMyAccount(password: $password)
}
    `) as unknown as TypedDocumentString<DeleteMyAccountMutation, DeleteMyAccountMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    accessToken
    accessTokenExpiresAt
    refreshToken
    account {
      ...SessionAccount
    }
  }
}
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
}`) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const ProposeOrganizationDocument = new TypedDocumentString(`
    mutation ProposeOrganization($input: OrganizationProposalInput!) {
  proposeOrganization(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ProposeOrganizationMutation, ProposeOrganizationMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $newPassword: String!) {
  resetPassword(token: $token, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationDocument = new TypedDocumentString(`
    mutation ResendVerification {
  resendVerificationEmail
}
    `) as unknown as TypedDocumentString<ResendVerificationMutation, ResendVerificationMutationVariables>;
export const ContactResearcherDocument = new TypedDocumentString(`
    mutation ContactResearcher($researcher: ID!, $input: ContactInput!) {
  contactResearcher(researcher: $researcher, input: $input) {
    status
  }
}
    `) as unknown as TypedDocumentString<ContactResearcherMutation, ContactResearcherMutationVariables>;
export const ConfirmContactSenderDocument = new TypedDocumentString(`
    mutation ConfirmContactSender($token: String!) {
  confirmContactSender(token: $token) {
    status
  }
}
    `) as unknown as TypedDocumentString<ConfirmContactSenderMutation, ConfirmContactSenderMutationVariables>;
export const MyMessagesDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyMessagesQuery, MyMessagesQueryVariables>;
export const MarkContactMessageAnsweredDocument = new TypedDocumentString(`
    mutation MarkContactMessageAnswered($id: ID!, $answered: Boolean!) {
  markContactMessageAnswered(id: $id, answered: $answered) {
    id
    answered
  }
}
    `) as unknown as TypedDocumentString<MarkContactMessageAnsweredMutation, MarkContactMessageAnsweredMutationVariables>;
export const BlockContactSenderDocument = new TypedDocumentString(`
    mutation BlockContactSender($message: ID!, $blocked: Boolean!) {
  blockContactSender(message: $message, blocked: $blocked) {
    id
    senderBlocked
  }
}
    `) as unknown as TypedDocumentString<BlockContactSenderMutation, BlockContactSenderMutationVariables>;
export const ReportContactAbuseDocument = new TypedDocumentString(`
    mutation ReportContactAbuse($message: ID!, $reason: String) {
  reportContactAbuse(message: $message, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReportContactAbuseMutation, ReportContactAbuseMutationVariables>;
export const ContactAbuseReportsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<ContactAbuseReportsQuery, ContactAbuseReportsQueryVariables>;
export const BlockContactSenderForEveryoneDocument = new TypedDocumentString(`
    mutation BlockContactSenderForEveryone($report: ID, $senderEmail: String) {
  blockContactSenderForEveryone(report: $report, senderEmail: $senderEmail)
}
    `) as unknown as TypedDocumentString<BlockContactSenderForEveryoneMutation, BlockContactSenderForEveryoneMutationVariables>;
export const UnblockContactSenderForEveryoneDocument = new TypedDocumentString(`
    mutation UnblockContactSenderForEveryone($senderEmail: String!) {
  unblockContactSenderForEveryone(senderEmail: $senderEmail)
}
    `) as unknown as TypedDocumentString<UnblockContactSenderForEveryoneMutation, UnblockContactSenderForEveryoneMutationVariables>;
export const MarkContactAbuseReportHandledDocument = new TypedDocumentString(`
    mutation MarkContactAbuseReportHandled($id: ID!) {
  markContactAbuseReportHandled(id: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<MarkContactAbuseReportHandledMutation, MarkContactAbuseReportHandledMutationVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($query: String, $role: Role, $disabled: Boolean, $after: String) {
  accounts(
    query: $query
    role: $role
    disabled: $disabled
    first: 50
    after: $after
  ) {
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
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const SetAccountRoleDocument = new TypedDocumentString(`
    mutation SetAccountRole($id: ID!, $role: Role!) {
  setAccountRole(id: $id, role: $role) {
    id
    role
  }
}
    `) as unknown as TypedDocumentString<SetAccountRoleMutation, SetAccountRoleMutationVariables>;
export const SetAccountDisabledDocument = new TypedDocumentString(`
    mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {
  setAccountDisabled(id: $id, disabled: $disabled) {
    id
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<SetAccountDisabledMutation, SetAccountDisabledMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const EditorQueuesDocument = new TypedDocumentString(`
    query EditorQueues {
  pendingProfiles(first: 100) {
    ...ReviewProfileFields
  }
  unconfirmedProfiles(first: 100, months: 12) {
    ...ReviewProfileFields
  }
  profileFreshness {
    published
    current
    firstReminder
    secondReminder
    stale
  }
}
    fragment ReviewProfileFields on Researcher {
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
  email
  loginAddressConfirmed
  phone
  website
  status
  reviewNote
  updatedAt
  confirmedAt
  publishedAt
  availableAsSpeaker
  availableForMedia
  organization {
    id
    name
  }
  competenceAreas {
    slug
    name
  }
}`) as unknown as TypedDocumentString<EditorQueuesQuery, EditorQueuesQueryVariables>;
export const ReviewProfileDocument = new TypedDocumentString(`
    mutation ReviewProfile($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewProfile(id: $id, decision: $decision, note: $note) {
    ...ReviewProfileFields
  }
}
    fragment ReviewProfileFields on Researcher {
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
  email
  loginAddressConfirmed
  phone
  website
  status
  reviewNote
  updatedAt
  confirmedAt
  publishedAt
  availableAsSpeaker
  availableForMedia
  organization {
    id
    name
  }
  competenceAreas {
    slug
    name
  }
}`) as unknown as TypedDocumentString<ReviewProfileMutation, ReviewProfileMutationVariables>;
export const AllNetworksDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<AllNetworksQuery, AllNetworksQueryVariables>;
export const CreateNetworkDocument = new TypedDocumentString(`
    mutation CreateNetwork($input: CreateNetworkInput!) {
  createNetwork(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CreateNetworkMutation, CreateNetworkMutationVariables>;
export const UpdateNetworkDocument = new TypedDocumentString(`
    mutation UpdateNetwork($slug: String!, $input: UpdateNetworkInput!) {
  updateNetwork(slug: $slug, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateNetworkMutation, UpdateNetworkMutationVariables>;
export const ArchiveNetworkDocument = new TypedDocumentString(`
    mutation ArchiveNetwork($slug: String!) {
  archiveNetwork(slug: $slug) {
    id
    archivedAt
  }
}
    `) as unknown as TypedDocumentString<ArchiveNetworkMutation, ArchiveNetworkMutationVariables>;
export const EditorOrganizationsDocument = new TypedDocumentString(`
    query EditorOrganizations {
  organizations {
    ...EditorOrganizationFields
  }
  proposedOrganizations {
    ...EditorOrganizationFields
  }
}
    fragment EditorOrganizationFields on Organization {
  id
  slug
  name
  shortName
  kind
  region
  aliases
  pendingApproval
  parent {
    id
    name
  }
}`) as unknown as TypedDocumentString<EditorOrganizationsQuery, EditorOrganizationsQueryVariables>;
export const CreateOrganizationDocument = new TypedDocumentString(`
    mutation CreateOrganization($input: OrganizationInput!) {
  createOrganization(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateOrganizationMutation, CreateOrganizationMutationVariables>;
export const UpdateOrganizationDocument = new TypedDocumentString(`
    mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {
  updateOrganization(id: $id, input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateOrganizationMutation, UpdateOrganizationMutationVariables>;
export const MergeOrganizationsDocument = new TypedDocumentString(`
    mutation MergeOrganizations($from: ID!, $into: ID!) {
  mergeOrganizations(from: $from, into: $into) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<MergeOrganizationsMutation, MergeOrganizationsMutationVariables>;
export const ApproveOrganizationDocument = new TypedDocumentString(`
    mutation ApproveOrganization($id: ID!) {
  approveOrganization(id: $id) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<ApproveOrganizationMutation, ApproveOrganizationMutationVariables>;
export const CatalogueStatisticsDocument = new TypedDocumentString(`
    query CatalogueStatistics($year: Int) {
  catalogueStatistics(year: $year) {
    year
    publishedProfiles
    byRegion {
      value
      label
      count
    }
    byCompetenceArea {
      value
      label
      count
    }
    byOrganizationKind {
      value
      label
      count
    }
    profilesByMonth {
      month
      newProfiles
      updatedProfiles
      unconfirmedProfiles
    }
    networkMembers {
      network
      networkName
      role
      roleLabel
      count
    }
    applicationsDecided
    applicationsApproved
    applicationsDeclined
    medianDaysToDecision
  }
}
    `) as unknown as TypedDocumentString<CatalogueStatisticsQuery, CatalogueStatisticsQueryVariables>;
export const SearchSynonymsDocument = new TypedDocumentString(`
    query SearchSynonyms {
  searchSynonyms {
    term
    expansions
  }
}
    `) as unknown as TypedDocumentString<SearchSynonymsQuery, SearchSynonymsQueryVariables>;
export const SetSearchSynonymDocument = new TypedDocumentString(`
    mutation SetSearchSynonym($term: String!, $expansions: [String!]!) {
  setSearchSynonym(term: $term, expansions: $expansions) {
    term
    expansions
  }
}
    `) as unknown as TypedDocumentString<SetSearchSynonymMutation, SetSearchSynonymMutationVariables>;
export const RemoveSearchSynonymDocument = new TypedDocumentString(`
    mutation RemoveSearchSynonym($term: String!) {
  removeSearchSynonym(term: $term)
}
    `) as unknown as TypedDocumentString<RemoveSearchSynonymMutation, RemoveSearchSynonymMutationVariables>;
export const EditorAreasDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<EditorAreasQuery, EditorAreasQueryVariables>;
export const CreateAreaDocument = new TypedDocumentString(`
    mutation CreateArea($input: CompetenceAreaInput!) {
  createCompetenceArea(input: $input) {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<CreateAreaMutation, CreateAreaMutationVariables>;
export const UpdateAreaDocument = new TypedDocumentString(`
    mutation UpdateArea($slug: String!, $input: CompetenceAreaInput!) {
  updateCompetenceArea(slug: $slug, input: $input) {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<UpdateAreaMutation, UpdateAreaMutationVariables>;
export const MergeAreasDocument = new TypedDocumentString(`
    mutation MergeAreas($from: String!, $into: String!) {
  mergeCompetenceAreas(from: $from, into: $into) {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<MergeAreasMutation, MergeAreasMutationVariables>;
export const RetireAreaDocument = new TypedDocumentString(`
    mutation RetireArea($slug: String!) {
  retireCompetenceArea(slug: $slug) {
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<RetireAreaMutation, RetireAreaMutationVariables>;
export const NetworkAdminDocument = new TypedDocumentString(`
    query NetworkAdmin($slug: String!) {
  network(slug: $slug) {
    id
    slug
    name
    representsRegions
    archivedAt
    viewerCanDecide
    regionsWithoutRepresentative
  }
  networkMemberships(network: $slug, first: 500) {
    id
    role
    status
    startedOn
    endedOn
    representing
    representingRegion
    representingOrganization {
      id
    }
    endNote
    decidedBy
    endedBy
    researcher {
      id
      fullName
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkAdminQuery, NetworkAdminQueryVariables>;
export const CatalogueSearchDocument = new TypedDocumentString(`
    query CatalogueSearch($query: String!) {
  researchers(query: $query, first: 10) {
    edges {
      node {
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
}
    `) as unknown as TypedDocumentString<CatalogueSearchQuery, CatalogueSearchQueryVariables>;
export const AdminOrganizationsDocument = new TypedDocumentString(`
    query AdminOrganizations {
  organizations {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AdminOrganizationsQuery, AdminOrganizationsQueryVariables>;
export const AddNetworkMemberDocument = new TypedDocumentString(`
    mutation AddNetworkMember($network: String!, $researcher: ID!, $role: MembershipRole!, $representing: RepresentationInput) {
  addNetworkMember(
    network: $network
    researcher: $researcher
    role: $role
    representing: $representing
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddNetworkMemberMutation, AddNetworkMemberMutationVariables>;
export const SetMembershipRoleDocument = new TypedDocumentString(`
    mutation SetMembershipRole($id: ID!, $role: MembershipRole!, $representing: RepresentationInput) {
  setMembershipRole(id: $id, role: $role, representing: $representing) {
    id
    role
    representing
  }
}
    `) as unknown as TypedDocumentString<SetMembershipRoleMutation, SetMembershipRoleMutationVariables>;
export const EndMembershipDocument = new TypedDocumentString(`
    mutation EndMembership($id: ID!, $note: String) {
  endMembership(id: $id, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<EndMembershipMutation, EndMembershipMutationVariables>;
export const MailingListDocument = new TypedDocumentString(`
    query MailingList($network: String!) {
  networkMailingList(network: $network)
}
    `) as unknown as TypedDocumentString<MailingListQuery, MailingListQueryVariables>;
export const SendNewsletterDocument = new TypedDocumentString(`
    mutation SendNewsletter($network: String!, $subject: String!, $body: String!) {
  sendNetworkNewsletter(network: $network, subject: $subject, body: $body) {
    id
    recipientCount
  }
}
    `) as unknown as TypedDocumentString<SendNewsletterMutation, SendNewsletterMutationVariables>;
export const CreateNetworkEventDocument = new TypedDocumentString(`
    mutation CreateNetworkEvent($network: String!, $input: NetworkEventInput!) {
  createNetworkEvent(network: $network, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateNetworkEventMutation, CreateNetworkEventMutationVariables>;
export const UpdateNetworkEventDocument = new TypedDocumentString(`
    mutation UpdateNetworkEvent($id: ID!, $input: NetworkEventInput!) {
  updateNetworkEvent(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateNetworkEventMutation, UpdateNetworkEventMutationVariables>;
export const DeleteNetworkEventDocument = new TypedDocumentString(`
    mutation DeleteNetworkEvent($id: ID!) {
  deleteNetworkEvent(id: $id)
}
    `) as unknown as TypedDocumentString<DeleteNetworkEventMutation, DeleteNetworkEventMutationVariables>;
export const NetworkEventsDocument = new TypedDocumentString(`
    query NetworkEvents($slug: String!) {
  network(slug: $slug) {
    id
    events {
      id
      title
      startsAt
      place
      digital
      agenda
      minutesText
      minutesUrl
    }
  }
}
    `) as unknown as TypedDocumentString<NetworkEventsQuery, NetworkEventsQueryVariables>;
export const SubscribeToNetworkNewsDocument = new TypedDocumentString(`
    mutation SubscribeToNetworkNews($network: String!, $email: String!) {
  subscribeToNetworkNews(network: $network, email: $email)
}
    `) as unknown as TypedDocumentString<SubscribeToNetworkNewsMutation, SubscribeToNetworkNewsMutationVariables>;
export const ConfirmNewsSubscriptionDocument = new TypedDocumentString(`
    mutation ConfirmNewsSubscription($token: String!) {
  confirmNewsSubscription(token: $token)
}
    `) as unknown as TypedDocumentString<ConfirmNewsSubscriptionMutation, ConfirmNewsSubscriptionMutationVariables>;
export const UnsubscribeFromNetworkNewsDocument = new TypedDocumentString(`
    mutation UnsubscribeFromNetworkNews($token: String!) {
  unsubscribeFromNetworkNews(token: $token)
}
    `) as unknown as TypedDocumentString<UnsubscribeFromNetworkNewsMutation, UnsubscribeFromNetworkNewsMutationVariables>;
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
    addressConfirmed
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
    representsRegions
    archivedAt
    regionsWithoutRepresentative
    upcomingEvents: events(upcoming: true) {
      id
      title
      startsAt
      place
      digital
      agenda
      minutesText
      minutesUrl
    }
    pastEvents: events(upcoming: false) {
      id
      title
      startsAt
      place
      digital
      agenda
      minutesText
      minutesUrl
    }
    newsletters {
      id
      subject
      body
      createdAt
    }
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
export const OrganizationPageDocument = new TypedDocumentString(`
    query OrganizationPage($slug: String!) {
  organization(slug: $slug) {
    id
    slug
    name
    shortName
    kind
    region
    aliases
    parent {
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const OrganizationResearchersDocument = new TypedDocumentString(`
    query OrganizationResearchers($id: ID!, $after: String) {
  researchers(
    filter: {organizations: [$id]}
    orderBy: NAME
    first: 50
    after: $after
  ) {
    totalCount
    edges {
      node {
        id
        slug
        fullName
        title
        competenceAreas {
          slug
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `) as unknown as TypedDocumentString<OrganizationResearchersQuery, OrganizationResearchersQueryVariables>;
export const ConfirmProfileByTokenDocument = new TypedDocumentString(`
    mutation ConfirmProfileByToken($token: String!) {
  confirmProfileByToken(token: $token)
}
    `) as unknown as TypedDocumentString<ConfirmProfileByTokenMutation, ConfirmProfileByTokenMutationVariables>;
export const ProfileHistoryDocument = new TypedDocumentString(`
    query ProfileHistory($id: ID!) {
  profileHistory(id: $id) {
    id
    at
    action
    byOwner
    actorName
    note
    changes {
      field
      oldValue
      newValue
    }
  }
}
    `) as unknown as TypedDocumentString<ProfileHistoryQuery, ProfileHistoryQueryVariables>;
export const HideOrShowProfileDocument = new TypedDocumentString(`
    mutation HideOrShowProfile($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewProfile(id: $id, decision: $decision, note: $note) {
    id
    status
    reviewNote
  }
}
    `) as unknown as TypedDocumentString<HideOrShowProfileMutation, HideOrShowProfileMutationVariables>;
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
    acceptsMessages
    acceptedContactPurposes
    mediaTopics
    mediaAvailableUntil
    speakerTopics
    speakerFormats
    travelRegions
    courseLeader
    photoUrl
    email
    phone
    website
    updatedAt
    lastConfirmedAt
    status
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
    publications {
      id
      title
      year
      venue
      doi
      url
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
export const MyPublicationsDocument = new TypedDocumentString(`
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
}`) as unknown as TypedDocumentString<MyPublicationsQuery, MyPublicationsQueryVariables>;
export const PreviewOrcidImportDocument = new TypedDocumentString(`
    query PreviewOrcidImport {
  previewOrcidImport {
    ...RegistryPreviewFields
  }
}
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
}`) as unknown as TypedDocumentString<PreviewOrcidImportQuery, PreviewOrcidImportQueryVariables>;
export const PreviewNvaImportDocument = new TypedDocumentString(`
    query PreviewNvaImport($cristinPersonId: String) {
  previewNvaImport(cristinPersonId: $cristinPersonId) {
    ...RegistryPreviewFields
  }
}
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
}`) as unknown as TypedDocumentString<PreviewNvaImportQuery, PreviewNvaImportQueryVariables>;
export const ImportFromOrcidDocument = new TypedDocumentString(`
    mutation ImportFromOrcid($input: RegistryImportInput!) {
  importFromOrcid(input: $input) {
    ...MyProfileFields
  }
}
    fragment MyProfileFields on Researcher {
  id
  slug
  fullName
  givenName
  familyName
  title
  degree
  orcid
  region
  bio
  keywords
  languages
  availableAsSpeaker
  availableForMedia
  acceptsNetworkMail
  email
  emailVisibility
  phone
  phoneVisibility
  website
  mediaTopics
  mediaAvailableUntil
  speakerTopics
  speakerFormats
  travelRegions
  courseLeader
  acceptsMessages
  acceptedContactPurposes
  photoVisibility
  photoUrl(size: MEDIUM)
  status
  reviewNote
  confirmedAt
  publishedAt
  updatedAt
  version
  organization {
    id
    name
    kind
    pendingApproval
  }
  competenceAreas {
    slug
  }
}`) as unknown as TypedDocumentString<ImportFromOrcidMutation, ImportFromOrcidMutationVariables>;
export const ImportFromNvaDocument = new TypedDocumentString(`
    mutation ImportFromNva($input: RegistryImportInput!) {
  importFromNva(input: $input) {
    ...MyProfileFields
  }
}
    fragment MyProfileFields on Researcher {
  id
  slug
  fullName
  givenName
  familyName
  title
  degree
  orcid
  region
  bio
  keywords
  languages
  availableAsSpeaker
  availableForMedia
  acceptsNetworkMail
  email
  emailVisibility
  phone
  phoneVisibility
  website
  mediaTopics
  mediaAvailableUntil
  speakerTopics
  speakerFormats
  travelRegions
  courseLeader
  acceptsMessages
  acceptedContactPurposes
  photoVisibility
  photoUrl(size: MEDIUM)
  status
  reviewNote
  confirmedAt
  publishedAt
  updatedAt
  version
  organization {
    id
    name
    kind
    pendingApproval
  }
  competenceAreas {
    slug
  }
}`) as unknown as TypedDocumentString<ImportFromNvaMutation, ImportFromNvaMutationVariables>;
export const AddMyPublicationDocument = new TypedDocumentString(`
    mutation AddMyPublication($input: PublicationInput!) {
  addMyPublication(input: $input) {
    ...MyPublicationFields
  }
}
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
}`) as unknown as TypedDocumentString<AddMyPublicationMutation, AddMyPublicationMutationVariables>;
export const UpdateMyPublicationDocument = new TypedDocumentString(`
    mutation UpdateMyPublication($id: ID!, $input: PublicationInput!) {
  updateMyPublication(id: $id, input: $input) {
    ...MyPublicationFields
  }
}
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
}`) as unknown as TypedDocumentString<UpdateMyPublicationMutation, UpdateMyPublicationMutationVariables>;
export const RemoveMyPublicationDocument = new TypedDocumentString(`
    mutation RemoveMyPublication($id: ID!) {
  removeMyPublication(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveMyPublicationMutation, RemoveMyPublicationMutationVariables>;
export const OrderMyPublicationsDocument = new TypedDocumentString(`
    mutation OrderMyPublications($ids: [ID!]!) {
  orderMyPublications(ids: $ids) {
    ...MyPublicationFields
  }
}
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
}`) as unknown as TypedDocumentString<OrderMyPublicationsMutation, OrderMyPublicationsMutationVariables>;
export const ShowMyPublicationsDocument = new TypedDocumentString(`
    mutation ShowMyPublications($ids: [ID!]!) {
  showMyPublications(ids: $ids) {
    ...MyPublicationFields
  }
}
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
}`) as unknown as TypedDocumentString<ShowMyPublicationsMutation, ShowMyPublicationsMutationVariables>;
export const MyPublicationSuggestionsDocument = new TypedDocumentString(`
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
    `) as unknown as TypedDocumentString<MyPublicationSuggestionsQuery, MyPublicationSuggestionsQueryVariables>;
export const DismissPublicationSuggestionsDocument = new TypedDocumentString(`
    mutation DismissPublicationSuggestions($ids: [ID!]!) {
  dismissPublicationSuggestions(ids: $ids)
}
    `) as unknown as TypedDocumentString<DismissPublicationSuggestionsMutation, DismissPublicationSuggestionsMutationVariables>;
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
        mediaAvailableUntil
        courseLeader
        speakerFormats
        photoUrl(size: SMALL)
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
      organizations {
        value
        label
        count
      }
      speakerFormats {
        value
        count
      }
      travelRegions {
        value
        count
      }
      courseLeaderCount
      availableForMediaNowCount
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