import { graphql } from '../../gql';

export const MyProfileFields = graphql(`
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
`);

export const MyProfileQuery = graphql(`
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
`);

export const ProfileChoicesQuery = graphql(`
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
`);

export const UpdateMyProfileMutation = graphql(`
  mutation UpdateMyProfile($input: ProfileInput!, $expectedVersion: Int!) {
    updateMyProfile(input: $input, expectedVersion: $expectedVersion) {
      ...MyProfileFields
    }
  }
`);

export const SubmitMyProfileMutation = graphql(`
  mutation SubmitMyProfile {
    submitMyProfileForReview {
      ...MyProfileFields
    }
  }
`);

export const ConfirmMyProfileMutation = graphql(`
  mutation ConfirmMyProfile {
    confirmMyProfileIsCurrent {
      ...MyProfileFields
    }
  }
`);

export const ExportMyDataQuery = graphql(`
  query ExportMyData {
    exportMyData
  }
`);

export const DeleteMyAccountMutation = graphql(`
  mutation DeleteMyAccount($password: String!) {
    deleteMyAccount(password: $password)
  }
`);

export const ChangePasswordMutation = graphql(`
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
`);

export const ProposeOrganizationMutation = graphql(`
  mutation ProposeOrganization($input: OrganizationProposalInput!) {
    proposeOrganization(input: $input) {
      id
      name
    }
  }
`);

export const LogoutEverywhereMutation = graphql(`
  mutation LogoutEverywhere {
    logoutEverywhere
  }
`);
