/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment SessionAccount on Account {\n    id\n    email\n    role\n    profile {\n      id\n      slug\n      fullName\n      status\n    }\n  }\n": typeof types.SessionAccountFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": typeof types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": typeof types.MeDocument,
    "\n  fragment MyProfileFields on Researcher {\n    id\n    slug\n    fullName\n    givenName\n    familyName\n    title\n    degree\n    orcid\n    region\n    bio\n    keywords\n    languages\n    availableAsSpeaker\n    availableForMedia\n    acceptsNetworkMail\n    email\n    emailVisibility\n    phone\n    phoneVisibility\n    website\n    mediaTopics\n    mediaAvailableUntil\n    speakerTopics\n    speakerFormats\n    travelRegions\n    courseLeader\n    acceptsMessages\n    acceptedContactPurposes\n    photoVisibility\n    photoUrl(size: MEDIUM)\n    status\n    reviewNote\n    confirmedAt\n    publishedAt\n    updatedAt\n    version\n    organization {\n      id\n      name\n      kind\n      pendingApproval\n    }\n    competenceAreas {\n      slug\n    }\n  }\n": typeof types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    me {\n      id\n      email\n      role\n      emailVerifiedAt\n      profile {\n        ...MyProfileFields\n      }\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  query ProfileChoices {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n    organizations {\n      id\n      name\n      kind\n      region\n    }\n  }\n": typeof types.ProfileChoicesDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!, $expectedVersion: Int!) {\n    updateMyProfile(input: $input, expectedVersion: $expectedVersion) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SubmitMyProfile {\n    submitMyProfileForReview {\n      ...MyProfileFields\n    }\n  }\n": typeof types.SubmitMyProfileDocument,
    "\n  mutation ConfirmMyProfile {\n    confirmMyProfileIsCurrent {\n      ...MyProfileFields\n    }\n  }\n": typeof types.ConfirmMyProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": typeof types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": typeof types.DeleteMyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation ProposeOrganization($input: OrganizationProposalInput!) {\n    proposeOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.ProposeOrganizationDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationDocument,
    "\n  mutation ContactResearcher($researcher: ID!, $input: ContactInput!) {\n    contactResearcher(researcher: $researcher, input: $input) {\n      status\n    }\n  }\n": typeof types.ContactResearcherDocument,
    "\n  mutation ConfirmContactSender($token: String!) {\n    confirmContactSender(token: $token) {\n      status\n    }\n  }\n": typeof types.ConfirmContactSenderDocument,
    "\n  query MyMessages($first: Int, $after: String) {\n    myMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          senderName\n          senderEmail\n          senderOrganization\n          purpose\n          subject\n          message\n          deadline\n          receivedAt\n          answered\n          senderBlocked\n        }\n      }\n    }\n  }\n": typeof types.MyMessagesDocument,
    "\n  mutation MarkContactMessageAnswered($id: ID!, $answered: Boolean!) {\n    markContactMessageAnswered(id: $id, answered: $answered) {\n      id\n      answered\n    }\n  }\n": typeof types.MarkContactMessageAnsweredDocument,
    "\n  mutation BlockContactSender($message: ID!, $blocked: Boolean!) {\n    blockContactSender(message: $message, blocked: $blocked) {\n      id\n      senderBlocked\n    }\n  }\n": typeof types.BlockContactSenderDocument,
    "\n  mutation ReportContactAbuse($message: ID!, $reason: String) {\n    reportContactAbuse(message: $message, reason: $reason) {\n      id\n    }\n  }\n": typeof types.ReportContactAbuseDocument,
    "\n  query ContactAbuseReports($includeHandled: Boolean!) {\n    contactAbuseReports(first: 50, includeHandled: $includeHandled) {\n      totalCount\n      edges {\n        node {\n          id\n          senderName\n          senderEmail\n          purpose\n          subject\n          message\n          reason\n          reportedAt\n          handledAt\n          senderBlockedForEveryone\n        }\n      }\n    }\n  }\n": typeof types.ContactAbuseReportsDocument,
    "\n  mutation BlockContactSenderForEveryone($report: ID, $senderEmail: String) {\n    blockContactSenderForEveryone(report: $report, senderEmail: $senderEmail)\n  }\n": typeof types.BlockContactSenderForEveryoneDocument,
    "\n  mutation UnblockContactSenderForEveryone($senderEmail: String!) {\n    unblockContactSenderForEveryone(senderEmail: $senderEmail)\n  }\n": typeof types.UnblockContactSenderForEveryoneDocument,
    "\n  mutation MarkContactAbuseReportHandled($id: ID!) {\n    markContactAbuseReportHandled(id: $id) {\n      id\n    }\n  }\n": typeof types.MarkContactAbuseReportHandledDocument,
    "\n  query Accounts($query: String, $role: Role, $disabled: Boolean, $after: String) {\n    accounts(query: $query, role: $role, disabled: $disabled, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          role\n          disabledAt\n          profile {\n            slug\n            fullName\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation SetAccountRole($id: ID!, $role: Role!) {\n    setAccountRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.SetAccountRoleDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": typeof types.SetAccountDisabledDocument,
    "\n  query AuditLog($first: Int, $after: String, $actor: ID, $action: String) {\n    auditLog(first: $first, after: $after, actor: $actor, action: $action) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorId\n          actorRole\n          action\n          targetType\n          targetId\n          before\n          after\n          note\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  fragment ReviewProfileFields on Researcher {\n    id\n    slug\n    fullName\n    title\n    degree\n    orcid\n    region\n    bio\n    keywords\n    languages\n    email\n    loginAddressConfirmed\n    phone\n    website\n    status\n    reviewNote\n    updatedAt\n    confirmedAt\n    publishedAt\n    availableAsSpeaker\n    availableForMedia\n    organization {\n      id\n      name\n    }\n    competenceAreas {\n      slug\n      name\n    }\n  }\n": typeof types.ReviewProfileFieldsFragmentDoc,
    "\n  query EditorQueues {\n    pendingProfiles(first: 100) {\n      ...ReviewProfileFields\n    }\n    unconfirmedProfiles(first: 100, months: 12) {\n      ...ReviewProfileFields\n    }\n    profileFreshness {\n      published\n      current\n      firstReminder\n      secondReminder\n      stale\n    }\n  }\n": typeof types.EditorQueuesDocument,
    "\n  mutation ReviewProfile($id: ID!, $decision: ReviewDecision!, $note: String) {\n    reviewProfile(id: $id, decision: $decision, note: $note) {\n      ...ReviewProfileFields\n    }\n  }\n": typeof types.ReviewProfileDocument,
    "\n  query AllNetworks {\n    networks(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      criteria\n      applicationsOpen\n      asksResearchBackground\n      representsRegions\n      archivedAt\n    }\n  }\n": typeof types.AllNetworksDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreateNetworkDocument,
    "\n  mutation UpdateNetwork($slug: String!, $input: UpdateNetworkInput!) {\n    updateNetwork(slug: $slug, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateNetworkDocument,
    "\n  mutation ArchiveNetwork($slug: String!) {\n    archiveNetwork(slug: $slug) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveNetworkDocument,
    "\n  fragment EditorOrganizationFields on Organization {\n    id\n    slug\n    name\n    shortName\n    kind\n    region\n    aliases\n    pendingApproval\n    parent {\n      id\n      name\n    }\n  }\n": typeof types.EditorOrganizationFieldsFragmentDoc,
    "\n  query EditorOrganizations {\n    organizations {\n      ...EditorOrganizationFields\n    }\n    proposedOrganizations {\n      ...EditorOrganizationFields\n    }\n  }\n": typeof types.EditorOrganizationsDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateOrganizationDocument,
    "\n  mutation MergeOrganizations($from: ID!, $into: ID!) {\n    mergeOrganizations(from: $from, into: $into) {\n      id\n      name\n    }\n  }\n": typeof types.MergeOrganizationsDocument,
    "\n  mutation ApproveOrganization($id: ID!) {\n    approveOrganization(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.ApproveOrganizationDocument,
    "\n  query CatalogueStatistics($year: Int) {\n    catalogueStatistics(year: $year) {\n      year\n      publishedProfiles\n      byRegion {\n        value\n        label\n        count\n      }\n      byCompetenceArea {\n        value\n        label\n        count\n      }\n      byOrganizationKind {\n        value\n        label\n        count\n      }\n      profilesByMonth {\n        month\n        newProfiles\n        updatedProfiles\n        unconfirmedProfiles\n      }\n      networkMembers {\n        network\n        networkName\n        role\n        roleLabel\n        count\n      }\n      applicationsDecided\n      applicationsApproved\n      applicationsDeclined\n      medianDaysToDecision\n    }\n  }\n": typeof types.CatalogueStatisticsDocument,
    "\n  query SearchSynonyms {\n    searchSynonyms {\n      term\n      expansions\n    }\n  }\n": typeof types.SearchSynonymsDocument,
    "\n  mutation SetSearchSynonym($term: String!, $expansions: [String!]!) {\n    setSearchSynonym(term: $term, expansions: $expansions) {\n      term\n      expansions\n    }\n  }\n": typeof types.SetSearchSynonymDocument,
    "\n  mutation RemoveSearchSynonym($term: String!) {\n    removeSearchSynonym(term: $term)\n  }\n": typeof types.RemoveSearchSynonymDocument,
    "\n  query EditorAreas {\n    competenceAreas(includeRetired: true) {\n      slug\n      name\n      nameEn\n      description\n      retired\n      parent {\n        slug\n      }\n      mergedInto {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.EditorAreasDocument,
    "\n  mutation CreateArea($input: CompetenceAreaInput!) {\n    createCompetenceArea(input: $input) {\n      slug\n      name\n    }\n  }\n": typeof types.CreateAreaDocument,
    "\n  mutation UpdateArea($slug: String!, $input: CompetenceAreaInput!) {\n    updateCompetenceArea(slug: $slug, input: $input) {\n      slug\n      name\n    }\n  }\n": typeof types.UpdateAreaDocument,
    "\n  mutation MergeAreas($from: String!, $into: String!) {\n    mergeCompetenceAreas(from: $from, into: $into) {\n      slug\n      name\n    }\n  }\n": typeof types.MergeAreasDocument,
    "\n  mutation RetireArea($slug: String!) {\n    retireCompetenceArea(slug: $slug) {\n      slug\n      name\n    }\n  }\n": typeof types.RetireAreaDocument,
    "\n  query NetworkAdmin($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      representsRegions\n      archivedAt\n      viewerCanDecide\n      regionsWithoutRepresentative\n    }\n    networkMemberships(network: $slug, first: 500) {\n      id\n      role\n      status\n      startedOn\n      endedOn\n      representing\n      representingRegion\n      representingOrganization {\n        id\n      }\n      endNote\n      decidedBy\n      endedBy\n      researcher {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.NetworkAdminDocument,
    "\n  query CatalogueSearch($query: String!) {\n    researchers(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          fullName\n          title\n          region\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CatalogueSearchDocument,
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": typeof types.AdminOrganizationsDocument,
    "\n  mutation AddNetworkMember($network: String!, $researcher: ID!, $role: MembershipRole!, $representing: RepresentationInput) {\n    addNetworkMember(network: $network, researcher: $researcher, role: $role, representing: $representing) {\n      id\n    }\n  }\n": typeof types.AddNetworkMemberDocument,
    "\n  mutation SetMembershipRole($id: ID!, $role: MembershipRole!, $representing: RepresentationInput) {\n    setMembershipRole(id: $id, role: $role, representing: $representing) {\n      id\n      role\n      representing\n    }\n  }\n": typeof types.SetMembershipRoleDocument,
    "\n  mutation EndMembership($id: ID!, $note: String) {\n    endMembership(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.EndMembershipDocument,
    "\n  query MailingList($network: String!) {\n    networkMailingList(network: $network)\n  }\n": typeof types.MailingListDocument,
    "\n  mutation SendNewsletter($network: String!, $subject: String!, $body: String!) {\n    sendNetworkNewsletter(network: $network, subject: $subject, body: $body) {\n      id\n      recipientCount\n    }\n  }\n": typeof types.SendNewsletterDocument,
    "\n  mutation CreateNetworkEvent($network: String!, $input: NetworkEventInput!) {\n    createNetworkEvent(network: $network, input: $input) {\n      id\n    }\n  }\n": typeof types.CreateNetworkEventDocument,
    "\n  mutation UpdateNetworkEvent($id: ID!, $input: NetworkEventInput!) {\n    updateNetworkEvent(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateNetworkEventDocument,
    "\n  mutation DeleteNetworkEvent($id: ID!) {\n    deleteNetworkEvent(id: $id)\n  }\n": typeof types.DeleteNetworkEventDocument,
    "\n  query NetworkEvents($slug: String!) {\n    network(slug: $slug) {\n      id\n      events {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n    }\n  }\n": typeof types.NetworkEventsDocument,
    "\n  mutation SubscribeToNetworkNews($network: String!, $email: String!) {\n    subscribeToNetworkNews(network: $network, email: $email)\n  }\n": typeof types.SubscribeToNetworkNewsDocument,
    "\n  mutation ConfirmNewsSubscription($token: String!) {\n    confirmNewsSubscription(token: $token)\n  }\n": typeof types.ConfirmNewsSubscriptionDocument,
    "\n  mutation UnsubscribeFromNetworkNews($token: String!) {\n    unsubscribeFromNetworkNews(token: $token)\n  }\n": typeof types.UnsubscribeFromNetworkNewsDocument,
    "\n  query MyMemberships {\n    me {\n      id\n      role\n      profile {\n        id\n        slug\n        fullName\n        degree\n        status\n        memberships {\n          id\n          status\n          role\n          createdAt\n          startedOn\n          endedOn\n          decidedAt\n          decisionNote\n          endNote\n          network {\n            slug\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyMembershipsDocument,
    "\n  mutation ApplyToNetwork($network: String!, $motivation: String, $degree: AcademicDegree, $researchExperience: String) {\n    applyToNetwork(network: $network, motivation: $motivation, degree: $degree, researchExperience: $researchExperience) {\n      id\n      status\n    }\n  }\n": typeof types.ApplyToNetworkDocument,
    "\n  mutation LeaveNetwork($network: String!) {\n    leaveNetwork(network: $network) {\n      id\n      status\n    }\n  }\n": typeof types.LeaveNetworkDocument,
    "\n  query PendingApplications($network: String!) {\n    pendingApplications(network: $network) {\n      id\n      createdAt\n      addressConfirmed\n      motivation\n      applicantDegree\n      researchExperience\n      researcher {\n        id\n        fullName\n        title\n        region\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PendingApplicationsDocument,
    "\n  mutation DecideMembership($id: ID!, $approve: Boolean!, $note: String) {\n    decideMembership(id: $id, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n": typeof types.DecideMembershipDocument,
    "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      description\n      applicationsOpen\n      memberCount\n    }\n  }\n": typeof types.NetworksDocument,
    "\n  query NetworkPage($slug: String!, $first: Int!, $offset: Int!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      description\n      criteria\n      applicationsOpen\n      asksResearchBackground\n      memberCount\n      viewerCanDecide\n      representsRegions\n      archivedAt\n      regionsWithoutRepresentative\n      upcomingEvents: events(upcoming: true) {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n      pastEvents: events(upcoming: false) {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n      newsletters {\n        id\n        subject\n        body\n        createdAt\n      }\n      viewerMembership {\n        id\n        status\n        role\n        createdAt\n        startedOn\n      }\n      members(first: $first, offset: $offset) {\n        id\n        role\n        representing\n        representingRegion\n        researcher {\n          id\n          slug\n          fullName\n          title\n          region\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.NetworkPageDocument,
    "\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      shortName\n      kind\n      region\n      aliases\n      parent {\n        slug\n        name\n      }\n    }\n  }\n": typeof types.OrganizationPageDocument,
    "\n  query OrganizationResearchers($id: ID!, $after: String) {\n    researchers(filter: { organizations: [$id] }, orderBy: NAME, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          fullName\n          title\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.OrganizationResearchersDocument,
    "\n  mutation ConfirmProfileByToken($token: String!) {\n    confirmProfileByToken(token: $token)\n  }\n": typeof types.ConfirmProfileByTokenDocument,
    "\n  query ProfileHistory($id: ID!) {\n    profileHistory(id: $id) {\n      id\n      at\n      action\n      byOwner\n      actorName\n      note\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n": typeof types.ProfileHistoryDocument,
    "\n  mutation HideOrShowProfile($id: ID!, $decision: ReviewDecision!, $note: String) {\n    reviewProfile(id: $id, decision: $decision, note: $note) {\n      id\n      status\n      reviewNote\n    }\n  }\n": typeof types.HideOrShowProfileDocument,
    "\n  query ResearcherProfile($slug: String!) {\n    researcher(slug: $slug) {\n      id\n      slug\n      fullName\n      title\n      degree\n      orcid\n      region\n      bio\n      keywords\n      languages\n      availableAsSpeaker\n      availableForMedia\n      acceptsMessages\n      acceptedContactPurposes\n      mediaTopics\n      mediaAvailableUntil\n      speakerTopics\n      speakerFormats\n      travelRegions\n      courseLeader\n      photoUrl\n      email\n      phone\n      website\n      updatedAt\n      lastConfirmedAt\n      status\n      organization {\n        id\n        name\n      }\n      competenceAreas {\n        slug\n        name\n        parent {\n          slug\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        status\n        representing\n        network {\n          slug\n          name\n        }\n      }\n      publications {\n        id\n        title\n        year\n        venue\n        doi\n        url\n      }\n    }\n  }\n": typeof types.ResearcherProfileDocument,
    "\n  query NetworkContacts($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      coordinators: members(role: COORDINATOR, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n      leaders: members(role: PROJECT_LEADER, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.NetworkContactsDocument,
    "\n  fragment MyPublicationFields on Publication {\n    id\n    title\n    year\n    venue\n    doi\n    url\n    source\n    shown\n    position\n  }\n": typeof types.MyPublicationFieldsFragmentDoc,
    "\n  query MyPublications {\n    me {\n      id\n      profile {\n        id\n        publications {\n          ...MyPublicationFields\n        }\n      }\n    }\n  }\n": typeof types.MyPublicationsDocument,
    "\n  fragment RegistryPreviewFields on RegistryImportPreview {\n    source\n    identifier\n    biography\n    keywords\n    employments\n    workplace {\n      id\n      name\n    }\n    works {\n      key\n      title\n      year\n      venue\n      doi\n      url\n      imported\n    }\n  }\n": typeof types.RegistryPreviewFieldsFragmentDoc,
    "\n  query PreviewOrcidImport {\n    previewOrcidImport {\n      ...RegistryPreviewFields\n    }\n  }\n": typeof types.PreviewOrcidImportDocument,
    "\n  query PreviewNvaImport($cristinPersonId: String) {\n    previewNvaImport(cristinPersonId: $cristinPersonId) {\n      ...RegistryPreviewFields\n    }\n  }\n": typeof types.PreviewNvaImportDocument,
    "\n  mutation ImportFromOrcid($input: RegistryImportInput!) {\n    importFromOrcid(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.ImportFromOrcidDocument,
    "\n  mutation ImportFromNva($input: RegistryImportInput!) {\n    importFromNva(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": typeof types.ImportFromNvaDocument,
    "\n  mutation AddMyPublication($input: PublicationInput!) {\n    addMyPublication(input: $input) {\n      ...MyPublicationFields\n    }\n  }\n": typeof types.AddMyPublicationDocument,
    "\n  mutation UpdateMyPublication($id: ID!, $input: PublicationInput!) {\n    updateMyPublication(id: $id, input: $input) {\n      ...MyPublicationFields\n    }\n  }\n": typeof types.UpdateMyPublicationDocument,
    "\n  mutation RemoveMyPublication($id: ID!) {\n    removeMyPublication(id: $id)\n  }\n": typeof types.RemoveMyPublicationDocument,
    "\n  mutation OrderMyPublications($ids: [ID!]!) {\n    orderMyPublications(ids: $ids) {\n      ...MyPublicationFields\n    }\n  }\n": typeof types.OrderMyPublicationsDocument,
    "\n  mutation ShowMyPublications($ids: [ID!]!) {\n    showMyPublications(ids: $ids) {\n      ...MyPublicationFields\n    }\n  }\n": typeof types.ShowMyPublicationsDocument,
    "\n  query MyPublicationSuggestions {\n    myPublicationSuggestions {\n      id\n      source\n      key\n      title\n      year\n      venue\n      doi\n    }\n  }\n": typeof types.MyPublicationSuggestionsDocument,
    "\n  mutation DismissPublicationSuggestions($ids: [ID!]!) {\n    dismissPublicationSuggestions(ids: $ids)\n  }\n": typeof types.DismissPublicationSuggestionsDocument,
    "\n  query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {\n    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          slug\n          fullName\n          title\n          availableAsSpeaker\n          availableForMedia\n          mediaAvailableUntil\n          courseLeader\n          speakerFormats\n          photoUrl(size: SMALL)\n          region\n          organization {\n            id\n            name\n          }\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        competenceAreas {\n          value\n          label\n          count\n        }\n        regions {\n          value\n          label\n          count\n        }\n        networks {\n          value\n          label\n          count\n        }\n        degrees {\n          value\n          label\n          count\n        }\n        languages {\n          value\n          label\n          count\n        }\n        organizations {\n          value\n          label\n          count\n        }\n        speakerFormats {\n          value\n          count\n        }\n        travelRegions {\n          value\n          count\n        }\n        courseLeaderCount\n        availableForMediaNowCount\n      }\n    }\n  }\n": typeof types.SearchResearchersDocument,
    "\n  query CompetenceAreaTree {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n": typeof types.CompetenceAreaTreeDocument,
};
const documents: Documents = {
    "\n  fragment SessionAccount on Account {\n    id\n    email\n    role\n    profile {\n      id\n      slug\n      fullName\n      status\n    }\n  }\n": types.SessionAccountFragmentDoc,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": types.RegisterDocument,
    "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n": types.MeDocument,
    "\n  fragment MyProfileFields on Researcher {\n    id\n    slug\n    fullName\n    givenName\n    familyName\n    title\n    degree\n    orcid\n    region\n    bio\n    keywords\n    languages\n    availableAsSpeaker\n    availableForMedia\n    acceptsNetworkMail\n    email\n    emailVisibility\n    phone\n    phoneVisibility\n    website\n    mediaTopics\n    mediaAvailableUntil\n    speakerTopics\n    speakerFormats\n    travelRegions\n    courseLeader\n    acceptsMessages\n    acceptedContactPurposes\n    photoVisibility\n    photoUrl(size: MEDIUM)\n    status\n    reviewNote\n    confirmedAt\n    publishedAt\n    updatedAt\n    version\n    organization {\n      id\n      name\n      kind\n      pendingApproval\n    }\n    competenceAreas {\n      slug\n    }\n  }\n": types.MyProfileFieldsFragmentDoc,
    "\n  query MyProfile {\n    me {\n      id\n      email\n      role\n      emailVerifiedAt\n      profile {\n        ...MyProfileFields\n      }\n    }\n  }\n": types.MyProfileDocument,
    "\n  query ProfileChoices {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n    organizations {\n      id\n      name\n      kind\n      region\n    }\n  }\n": types.ProfileChoicesDocument,
    "\n  mutation UpdateMyProfile($input: ProfileInput!, $expectedVersion: Int!) {\n    updateMyProfile(input: $input, expectedVersion: $expectedVersion) {\n      ...MyProfileFields\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SubmitMyProfile {\n    submitMyProfileForReview {\n      ...MyProfileFields\n    }\n  }\n": types.SubmitMyProfileDocument,
    "\n  mutation ConfirmMyProfile {\n    confirmMyProfileIsCurrent {\n      ...MyProfileFields\n    }\n  }\n": types.ConfirmMyProfileDocument,
    "\n  query ExportMyData {\n    exportMyData\n  }\n": types.ExportMyDataDocument,
    "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n": types.DeleteMyAccountDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation ProposeOrganization($input: OrganizationProposalInput!) {\n    proposeOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": types.ProposeOrganizationDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerification {\n    resendVerificationEmail\n  }\n": types.ResendVerificationDocument,
    "\n  mutation ContactResearcher($researcher: ID!, $input: ContactInput!) {\n    contactResearcher(researcher: $researcher, input: $input) {\n      status\n    }\n  }\n": types.ContactResearcherDocument,
    "\n  mutation ConfirmContactSender($token: String!) {\n    confirmContactSender(token: $token) {\n      status\n    }\n  }\n": types.ConfirmContactSenderDocument,
    "\n  query MyMessages($first: Int, $after: String) {\n    myMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          senderName\n          senderEmail\n          senderOrganization\n          purpose\n          subject\n          message\n          deadline\n          receivedAt\n          answered\n          senderBlocked\n        }\n      }\n    }\n  }\n": types.MyMessagesDocument,
    "\n  mutation MarkContactMessageAnswered($id: ID!, $answered: Boolean!) {\n    markContactMessageAnswered(id: $id, answered: $answered) {\n      id\n      answered\n    }\n  }\n": types.MarkContactMessageAnsweredDocument,
    "\n  mutation BlockContactSender($message: ID!, $blocked: Boolean!) {\n    blockContactSender(message: $message, blocked: $blocked) {\n      id\n      senderBlocked\n    }\n  }\n": types.BlockContactSenderDocument,
    "\n  mutation ReportContactAbuse($message: ID!, $reason: String) {\n    reportContactAbuse(message: $message, reason: $reason) {\n      id\n    }\n  }\n": types.ReportContactAbuseDocument,
    "\n  query ContactAbuseReports($includeHandled: Boolean!) {\n    contactAbuseReports(first: 50, includeHandled: $includeHandled) {\n      totalCount\n      edges {\n        node {\n          id\n          senderName\n          senderEmail\n          purpose\n          subject\n          message\n          reason\n          reportedAt\n          handledAt\n          senderBlockedForEveryone\n        }\n      }\n    }\n  }\n": types.ContactAbuseReportsDocument,
    "\n  mutation BlockContactSenderForEveryone($report: ID, $senderEmail: String) {\n    blockContactSenderForEveryone(report: $report, senderEmail: $senderEmail)\n  }\n": types.BlockContactSenderForEveryoneDocument,
    "\n  mutation UnblockContactSenderForEveryone($senderEmail: String!) {\n    unblockContactSenderForEveryone(senderEmail: $senderEmail)\n  }\n": types.UnblockContactSenderForEveryoneDocument,
    "\n  mutation MarkContactAbuseReportHandled($id: ID!) {\n    markContactAbuseReportHandled(id: $id) {\n      id\n    }\n  }\n": types.MarkContactAbuseReportHandledDocument,
    "\n  query Accounts($query: String, $role: Role, $disabled: Boolean, $after: String) {\n    accounts(query: $query, role: $role, disabled: $disabled, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          role\n          disabledAt\n          profile {\n            slug\n            fullName\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation SetAccountRole($id: ID!, $role: Role!) {\n    setAccountRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n": types.SetAccountRoleDocument,
    "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n": types.SetAccountDisabledDocument,
    "\n  query AuditLog($first: Int, $after: String, $actor: ID, $action: String) {\n    auditLog(first: $first, after: $after, actor: $actor, action: $action) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorId\n          actorRole\n          action\n          targetType\n          targetId\n          before\n          after\n          note\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  fragment ReviewProfileFields on Researcher {\n    id\n    slug\n    fullName\n    title\n    degree\n    orcid\n    region\n    bio\n    keywords\n    languages\n    email\n    loginAddressConfirmed\n    phone\n    website\n    status\n    reviewNote\n    updatedAt\n    confirmedAt\n    publishedAt\n    availableAsSpeaker\n    availableForMedia\n    organization {\n      id\n      name\n    }\n    competenceAreas {\n      slug\n      name\n    }\n  }\n": types.ReviewProfileFieldsFragmentDoc,
    "\n  query EditorQueues {\n    pendingProfiles(first: 100) {\n      ...ReviewProfileFields\n    }\n    unconfirmedProfiles(first: 100, months: 12) {\n      ...ReviewProfileFields\n    }\n    profileFreshness {\n      published\n      current\n      firstReminder\n      secondReminder\n      stale\n    }\n  }\n": types.EditorQueuesDocument,
    "\n  mutation ReviewProfile($id: ID!, $decision: ReviewDecision!, $note: String) {\n    reviewProfile(id: $id, decision: $decision, note: $note) {\n      ...ReviewProfileFields\n    }\n  }\n": types.ReviewProfileDocument,
    "\n  query AllNetworks {\n    networks(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      criteria\n      applicationsOpen\n      asksResearchBackground\n      representsRegions\n      archivedAt\n    }\n  }\n": types.AllNetworksDocument,
    "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreateNetworkDocument,
    "\n  mutation UpdateNetwork($slug: String!, $input: UpdateNetworkInput!) {\n    updateNetwork(slug: $slug, input: $input) {\n      id\n    }\n  }\n": types.UpdateNetworkDocument,
    "\n  mutation ArchiveNetwork($slug: String!) {\n    archiveNetwork(slug: $slug) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveNetworkDocument,
    "\n  fragment EditorOrganizationFields on Organization {\n    id\n    slug\n    name\n    shortName\n    kind\n    region\n    aliases\n    pendingApproval\n    parent {\n      id\n      name\n    }\n  }\n": types.EditorOrganizationFieldsFragmentDoc,
    "\n  query EditorOrganizations {\n    organizations {\n      ...EditorOrganizationFields\n    }\n    proposedOrganizations {\n      ...EditorOrganizationFields\n    }\n  }\n": types.EditorOrganizationsDocument,
    "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganizationDocument,
    "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateOrganizationDocument,
    "\n  mutation MergeOrganizations($from: ID!, $into: ID!) {\n    mergeOrganizations(from: $from, into: $into) {\n      id\n      name\n    }\n  }\n": types.MergeOrganizationsDocument,
    "\n  mutation ApproveOrganization($id: ID!) {\n    approveOrganization(id: $id) {\n      id\n      name\n    }\n  }\n": types.ApproveOrganizationDocument,
    "\n  query CatalogueStatistics($year: Int) {\n    catalogueStatistics(year: $year) {\n      year\n      publishedProfiles\n      byRegion {\n        value\n        label\n        count\n      }\n      byCompetenceArea {\n        value\n        label\n        count\n      }\n      byOrganizationKind {\n        value\n        label\n        count\n      }\n      profilesByMonth {\n        month\n        newProfiles\n        updatedProfiles\n        unconfirmedProfiles\n      }\n      networkMembers {\n        network\n        networkName\n        role\n        roleLabel\n        count\n      }\n      applicationsDecided\n      applicationsApproved\n      applicationsDeclined\n      medianDaysToDecision\n    }\n  }\n": types.CatalogueStatisticsDocument,
    "\n  query SearchSynonyms {\n    searchSynonyms {\n      term\n      expansions\n    }\n  }\n": types.SearchSynonymsDocument,
    "\n  mutation SetSearchSynonym($term: String!, $expansions: [String!]!) {\n    setSearchSynonym(term: $term, expansions: $expansions) {\n      term\n      expansions\n    }\n  }\n": types.SetSearchSynonymDocument,
    "\n  mutation RemoveSearchSynonym($term: String!) {\n    removeSearchSynonym(term: $term)\n  }\n": types.RemoveSearchSynonymDocument,
    "\n  query EditorAreas {\n    competenceAreas(includeRetired: true) {\n      slug\n      name\n      nameEn\n      description\n      retired\n      parent {\n        slug\n      }\n      mergedInto {\n        slug\n        name\n      }\n    }\n  }\n": types.EditorAreasDocument,
    "\n  mutation CreateArea($input: CompetenceAreaInput!) {\n    createCompetenceArea(input: $input) {\n      slug\n      name\n    }\n  }\n": types.CreateAreaDocument,
    "\n  mutation UpdateArea($slug: String!, $input: CompetenceAreaInput!) {\n    updateCompetenceArea(slug: $slug, input: $input) {\n      slug\n      name\n    }\n  }\n": types.UpdateAreaDocument,
    "\n  mutation MergeAreas($from: String!, $into: String!) {\n    mergeCompetenceAreas(from: $from, into: $into) {\n      slug\n      name\n    }\n  }\n": types.MergeAreasDocument,
    "\n  mutation RetireArea($slug: String!) {\n    retireCompetenceArea(slug: $slug) {\n      slug\n      name\n    }\n  }\n": types.RetireAreaDocument,
    "\n  query NetworkAdmin($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      representsRegions\n      archivedAt\n      viewerCanDecide\n      regionsWithoutRepresentative\n    }\n    networkMemberships(network: $slug, first: 500) {\n      id\n      role\n      status\n      startedOn\n      endedOn\n      representing\n      representingRegion\n      representingOrganization {\n        id\n      }\n      endNote\n      decidedBy\n      endedBy\n      researcher {\n        id\n        fullName\n      }\n    }\n  }\n": types.NetworkAdminDocument,
    "\n  query CatalogueSearch($query: String!) {\n    researchers(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          fullName\n          title\n          region\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CatalogueSearchDocument,
    "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n": types.AdminOrganizationsDocument,
    "\n  mutation AddNetworkMember($network: String!, $researcher: ID!, $role: MembershipRole!, $representing: RepresentationInput) {\n    addNetworkMember(network: $network, researcher: $researcher, role: $role, representing: $representing) {\n      id\n    }\n  }\n": types.AddNetworkMemberDocument,
    "\n  mutation SetMembershipRole($id: ID!, $role: MembershipRole!, $representing: RepresentationInput) {\n    setMembershipRole(id: $id, role: $role, representing: $representing) {\n      id\n      role\n      representing\n    }\n  }\n": types.SetMembershipRoleDocument,
    "\n  mutation EndMembership($id: ID!, $note: String) {\n    endMembership(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n": types.EndMembershipDocument,
    "\n  query MailingList($network: String!) {\n    networkMailingList(network: $network)\n  }\n": types.MailingListDocument,
    "\n  mutation SendNewsletter($network: String!, $subject: String!, $body: String!) {\n    sendNetworkNewsletter(network: $network, subject: $subject, body: $body) {\n      id\n      recipientCount\n    }\n  }\n": types.SendNewsletterDocument,
    "\n  mutation CreateNetworkEvent($network: String!, $input: NetworkEventInput!) {\n    createNetworkEvent(network: $network, input: $input) {\n      id\n    }\n  }\n": types.CreateNetworkEventDocument,
    "\n  mutation UpdateNetworkEvent($id: ID!, $input: NetworkEventInput!) {\n    updateNetworkEvent(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateNetworkEventDocument,
    "\n  mutation DeleteNetworkEvent($id: ID!) {\n    deleteNetworkEvent(id: $id)\n  }\n": types.DeleteNetworkEventDocument,
    "\n  query NetworkEvents($slug: String!) {\n    network(slug: $slug) {\n      id\n      events {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n    }\n  }\n": types.NetworkEventsDocument,
    "\n  mutation SubscribeToNetworkNews($network: String!, $email: String!) {\n    subscribeToNetworkNews(network: $network, email: $email)\n  }\n": types.SubscribeToNetworkNewsDocument,
    "\n  mutation ConfirmNewsSubscription($token: String!) {\n    confirmNewsSubscription(token: $token)\n  }\n": types.ConfirmNewsSubscriptionDocument,
    "\n  mutation UnsubscribeFromNetworkNews($token: String!) {\n    unsubscribeFromNetworkNews(token: $token)\n  }\n": types.UnsubscribeFromNetworkNewsDocument,
    "\n  query MyMemberships {\n    me {\n      id\n      role\n      profile {\n        id\n        slug\n        fullName\n        degree\n        status\n        memberships {\n          id\n          status\n          role\n          createdAt\n          startedOn\n          endedOn\n          decidedAt\n          decisionNote\n          endNote\n          network {\n            slug\n          }\n        }\n      }\n    }\n  }\n": types.MyMembershipsDocument,
    "\n  mutation ApplyToNetwork($network: String!, $motivation: String, $degree: AcademicDegree, $researchExperience: String) {\n    applyToNetwork(network: $network, motivation: $motivation, degree: $degree, researchExperience: $researchExperience) {\n      id\n      status\n    }\n  }\n": types.ApplyToNetworkDocument,
    "\n  mutation LeaveNetwork($network: String!) {\n    leaveNetwork(network: $network) {\n      id\n      status\n    }\n  }\n": types.LeaveNetworkDocument,
    "\n  query PendingApplications($network: String!) {\n    pendingApplications(network: $network) {\n      id\n      createdAt\n      addressConfirmed\n      motivation\n      applicantDegree\n      researchExperience\n      researcher {\n        id\n        fullName\n        title\n        region\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PendingApplicationsDocument,
    "\n  mutation DecideMembership($id: ID!, $approve: Boolean!, $note: String) {\n    decideMembership(id: $id, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n": types.DecideMembershipDocument,
    "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      description\n      applicationsOpen\n      memberCount\n    }\n  }\n": types.NetworksDocument,
    "\n  query NetworkPage($slug: String!, $first: Int!, $offset: Int!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      description\n      criteria\n      applicationsOpen\n      asksResearchBackground\n      memberCount\n      viewerCanDecide\n      representsRegions\n      archivedAt\n      regionsWithoutRepresentative\n      upcomingEvents: events(upcoming: true) {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n      pastEvents: events(upcoming: false) {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n      newsletters {\n        id\n        subject\n        body\n        createdAt\n      }\n      viewerMembership {\n        id\n        status\n        role\n        createdAt\n        startedOn\n      }\n      members(first: $first, offset: $offset) {\n        id\n        role\n        representing\n        representingRegion\n        researcher {\n          id\n          slug\n          fullName\n          title\n          region\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.NetworkPageDocument,
    "\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      shortName\n      kind\n      region\n      aliases\n      parent {\n        slug\n        name\n      }\n    }\n  }\n": types.OrganizationPageDocument,
    "\n  query OrganizationResearchers($id: ID!, $after: String) {\n    researchers(filter: { organizations: [$id] }, orderBy: NAME, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          fullName\n          title\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.OrganizationResearchersDocument,
    "\n  mutation ConfirmProfileByToken($token: String!) {\n    confirmProfileByToken(token: $token)\n  }\n": types.ConfirmProfileByTokenDocument,
    "\n  query ProfileHistory($id: ID!) {\n    profileHistory(id: $id) {\n      id\n      at\n      action\n      byOwner\n      actorName\n      note\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n": types.ProfileHistoryDocument,
    "\n  mutation HideOrShowProfile($id: ID!, $decision: ReviewDecision!, $note: String) {\n    reviewProfile(id: $id, decision: $decision, note: $note) {\n      id\n      status\n      reviewNote\n    }\n  }\n": types.HideOrShowProfileDocument,
    "\n  query ResearcherProfile($slug: String!) {\n    researcher(slug: $slug) {\n      id\n      slug\n      fullName\n      title\n      degree\n      orcid\n      region\n      bio\n      keywords\n      languages\n      availableAsSpeaker\n      availableForMedia\n      acceptsMessages\n      acceptedContactPurposes\n      mediaTopics\n      mediaAvailableUntil\n      speakerTopics\n      speakerFormats\n      travelRegions\n      courseLeader\n      photoUrl\n      email\n      phone\n      website\n      updatedAt\n      lastConfirmedAt\n      status\n      organization {\n        id\n        name\n      }\n      competenceAreas {\n        slug\n        name\n        parent {\n          slug\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        status\n        representing\n        network {\n          slug\n          name\n        }\n      }\n      publications {\n        id\n        title\n        year\n        venue\n        doi\n        url\n      }\n    }\n  }\n": types.ResearcherProfileDocument,
    "\n  query NetworkContacts($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      coordinators: members(role: COORDINATOR, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n      leaders: members(role: PROJECT_LEADER, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n    }\n  }\n": types.NetworkContactsDocument,
    "\n  fragment MyPublicationFields on Publication {\n    id\n    title\n    year\n    venue\n    doi\n    url\n    source\n    shown\n    position\n  }\n": types.MyPublicationFieldsFragmentDoc,
    "\n  query MyPublications {\n    me {\n      id\n      profile {\n        id\n        publications {\n          ...MyPublicationFields\n        }\n      }\n    }\n  }\n": types.MyPublicationsDocument,
    "\n  fragment RegistryPreviewFields on RegistryImportPreview {\n    source\n    identifier\n    biography\n    keywords\n    employments\n    workplace {\n      id\n      name\n    }\n    works {\n      key\n      title\n      year\n      venue\n      doi\n      url\n      imported\n    }\n  }\n": types.RegistryPreviewFieldsFragmentDoc,
    "\n  query PreviewOrcidImport {\n    previewOrcidImport {\n      ...RegistryPreviewFields\n    }\n  }\n": types.PreviewOrcidImportDocument,
    "\n  query PreviewNvaImport($cristinPersonId: String) {\n    previewNvaImport(cristinPersonId: $cristinPersonId) {\n      ...RegistryPreviewFields\n    }\n  }\n": types.PreviewNvaImportDocument,
    "\n  mutation ImportFromOrcid($input: RegistryImportInput!) {\n    importFromOrcid(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.ImportFromOrcidDocument,
    "\n  mutation ImportFromNva($input: RegistryImportInput!) {\n    importFromNva(input: $input) {\n      ...MyProfileFields\n    }\n  }\n": types.ImportFromNvaDocument,
    "\n  mutation AddMyPublication($input: PublicationInput!) {\n    addMyPublication(input: $input) {\n      ...MyPublicationFields\n    }\n  }\n": types.AddMyPublicationDocument,
    "\n  mutation UpdateMyPublication($id: ID!, $input: PublicationInput!) {\n    updateMyPublication(id: $id, input: $input) {\n      ...MyPublicationFields\n    }\n  }\n": types.UpdateMyPublicationDocument,
    "\n  mutation RemoveMyPublication($id: ID!) {\n    removeMyPublication(id: $id)\n  }\n": types.RemoveMyPublicationDocument,
    "\n  mutation OrderMyPublications($ids: [ID!]!) {\n    orderMyPublications(ids: $ids) {\n      ...MyPublicationFields\n    }\n  }\n": types.OrderMyPublicationsDocument,
    "\n  mutation ShowMyPublications($ids: [ID!]!) {\n    showMyPublications(ids: $ids) {\n      ...MyPublicationFields\n    }\n  }\n": types.ShowMyPublicationsDocument,
    "\n  query MyPublicationSuggestions {\n    myPublicationSuggestions {\n      id\n      source\n      key\n      title\n      year\n      venue\n      doi\n    }\n  }\n": types.MyPublicationSuggestionsDocument,
    "\n  mutation DismissPublicationSuggestions($ids: [ID!]!) {\n    dismissPublicationSuggestions(ids: $ids)\n  }\n": types.DismissPublicationSuggestionsDocument,
    "\n  query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {\n    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          slug\n          fullName\n          title\n          availableAsSpeaker\n          availableForMedia\n          mediaAvailableUntil\n          courseLeader\n          speakerFormats\n          photoUrl(size: SMALL)\n          region\n          organization {\n            id\n            name\n          }\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        competenceAreas {\n          value\n          label\n          count\n        }\n        regions {\n          value\n          label\n          count\n        }\n        networks {\n          value\n          label\n          count\n        }\n        degrees {\n          value\n          label\n          count\n        }\n        languages {\n          value\n          label\n          count\n        }\n        organizations {\n          value\n          label\n          count\n        }\n        speakerFormats {\n          value\n          count\n        }\n        travelRegions {\n          value\n          count\n        }\n        courseLeaderCount\n        availableForMediaNowCount\n      }\n    }\n  }\n": types.SearchResearchersDocument,
    "\n  query CompetenceAreaTree {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n": types.CompetenceAreaTreeDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionAccount on Account {\n    id\n    email\n    role\n    profile {\n      id\n      slug\n      fullName\n      status\n    }\n  }\n"): typeof import('./graphql').SessionAccountFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Register($input: RegisterInput!) {\n    register(input: $input) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"): typeof import('./graphql').RegisterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession($refreshToken: String!) {\n    refreshToken(refreshToken: $refreshToken) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"): typeof import('./graphql').RefreshSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($refreshToken: String!) {\n    logout(refreshToken: $refreshToken)\n  }\n"): typeof import('./graphql').LogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionAccount\n    }\n  }\n"): typeof import('./graphql').MeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyProfileFields on Researcher {\n    id\n    slug\n    fullName\n    givenName\n    familyName\n    title\n    degree\n    orcid\n    region\n    bio\n    keywords\n    languages\n    availableAsSpeaker\n    availableForMedia\n    acceptsNetworkMail\n    email\n    emailVisibility\n    phone\n    phoneVisibility\n    website\n    mediaTopics\n    mediaAvailableUntil\n    speakerTopics\n    speakerFormats\n    travelRegions\n    courseLeader\n    acceptsMessages\n    acceptedContactPurposes\n    photoVisibility\n    photoUrl(size: MEDIUM)\n    status\n    reviewNote\n    confirmedAt\n    publishedAt\n    updatedAt\n    version\n    organization {\n      id\n      name\n      kind\n      pendingApproval\n    }\n    competenceAreas {\n      slug\n    }\n  }\n"): typeof import('./graphql').MyProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile {\n    me {\n      id\n      email\n      role\n      emailVerifiedAt\n      profile {\n        ...MyProfileFields\n      }\n    }\n  }\n"): typeof import('./graphql').MyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileChoices {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n    organizations {\n      id\n      name\n      kind\n      region\n    }\n  }\n"): typeof import('./graphql').ProfileChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: ProfileInput!, $expectedVersion: Int!) {\n    updateMyProfile(input: $input, expectedVersion: $expectedVersion) {\n      ...MyProfileFields\n    }\n  }\n"): typeof import('./graphql').UpdateMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMyProfile {\n    submitMyProfileForReview {\n      ...MyProfileFields\n    }\n  }\n"): typeof import('./graphql').SubmitMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmMyProfile {\n    confirmMyProfileIsCurrent {\n      ...MyProfileFields\n    }\n  }\n"): typeof import('./graphql').ConfirmMyProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportMyData {\n    exportMyData\n  }\n"): typeof import('./graphql').ExportMyDataDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMyAccount($password: String!) {\n    deleteMyAccount(password: $password)\n  }\n"): typeof import('./graphql').DeleteMyAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {\n      accessToken\n      accessTokenExpiresAt\n      refreshToken\n      account {\n        ...SessionAccount\n      }\n    }\n  }\n"): typeof import('./graphql').ChangePasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeOrganization($input: OrganizationProposalInput!) {\n    proposeOrganization(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ProposeOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n"): typeof import('./graphql').VerifyEmailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerification {\n    resendVerificationEmail\n  }\n"): typeof import('./graphql').ResendVerificationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ContactResearcher($researcher: ID!, $input: ContactInput!) {\n    contactResearcher(researcher: $researcher, input: $input) {\n      status\n    }\n  }\n"): typeof import('./graphql').ContactResearcherDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmContactSender($token: String!) {\n    confirmContactSender(token: $token) {\n      status\n    }\n  }\n"): typeof import('./graphql').ConfirmContactSenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMessages($first: Int, $after: String) {\n    myMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          senderName\n          senderEmail\n          senderOrganization\n          purpose\n          subject\n          message\n          deadline\n          receivedAt\n          answered\n          senderBlocked\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyMessagesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkContactMessageAnswered($id: ID!, $answered: Boolean!) {\n    markContactMessageAnswered(id: $id, answered: $answered) {\n      id\n      answered\n    }\n  }\n"): typeof import('./graphql').MarkContactMessageAnsweredDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockContactSender($message: ID!, $blocked: Boolean!) {\n    blockContactSender(message: $message, blocked: $blocked) {\n      id\n      senderBlocked\n    }\n  }\n"): typeof import('./graphql').BlockContactSenderDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportContactAbuse($message: ID!, $reason: String) {\n    reportContactAbuse(message: $message, reason: $reason) {\n      id\n    }\n  }\n"): typeof import('./graphql').ReportContactAbuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContactAbuseReports($includeHandled: Boolean!) {\n    contactAbuseReports(first: 50, includeHandled: $includeHandled) {\n      totalCount\n      edges {\n        node {\n          id\n          senderName\n          senderEmail\n          purpose\n          subject\n          message\n          reason\n          reportedAt\n          handledAt\n          senderBlockedForEveryone\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ContactAbuseReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BlockContactSenderForEveryone($report: ID, $senderEmail: String) {\n    blockContactSenderForEveryone(report: $report, senderEmail: $senderEmail)\n  }\n"): typeof import('./graphql').BlockContactSenderForEveryoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockContactSenderForEveryone($senderEmail: String!) {\n    unblockContactSenderForEveryone(senderEmail: $senderEmail)\n  }\n"): typeof import('./graphql').UnblockContactSenderForEveryoneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkContactAbuseReportHandled($id: ID!) {\n    markContactAbuseReportHandled(id: $id) {\n      id\n    }\n  }\n"): typeof import('./graphql').MarkContactAbuseReportHandledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($query: String, $role: Role, $disabled: Boolean, $after: String) {\n    accounts(query: $query, role: $role, disabled: $disabled, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          email\n          role\n          disabledAt\n          profile {\n            slug\n            fullName\n            status\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountRole($id: ID!, $role: Role!) {\n    setAccountRole(id: $id, role: $role) {\n      id\n      role\n    }\n  }\n"): typeof import('./graphql').SetAccountRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAccountDisabled($id: ID!, $disabled: Boolean!) {\n    setAccountDisabled(id: $id, disabled: $disabled) {\n      id\n      disabledAt\n    }\n  }\n"): typeof import('./graphql').SetAccountDisabledDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($first: Int, $after: String, $actor: ID, $action: String) {\n    auditLog(first: $first, after: $after, actor: $actor, action: $action) {\n      totalCount\n      edges {\n        cursor\n        node {\n          id\n          at\n          actorId\n          actorRole\n          action\n          targetType\n          targetId\n          before\n          after\n          note\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').AuditLogDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReviewProfileFields on Researcher {\n    id\n    slug\n    fullName\n    title\n    degree\n    orcid\n    region\n    bio\n    keywords\n    languages\n    email\n    loginAddressConfirmed\n    phone\n    website\n    status\n    reviewNote\n    updatedAt\n    confirmedAt\n    publishedAt\n    availableAsSpeaker\n    availableForMedia\n    organization {\n      id\n      name\n    }\n    competenceAreas {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').ReviewProfileFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorQueues {\n    pendingProfiles(first: 100) {\n      ...ReviewProfileFields\n    }\n    unconfirmedProfiles(first: 100, months: 12) {\n      ...ReviewProfileFields\n    }\n    profileFreshness {\n      published\n      current\n      firstReminder\n      secondReminder\n      stale\n    }\n  }\n"): typeof import('./graphql').EditorQueuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewProfile($id: ID!, $decision: ReviewDecision!, $note: String) {\n    reviewProfile(id: $id, decision: $decision, note: $note) {\n      ...ReviewProfileFields\n    }\n  }\n"): typeof import('./graphql').ReviewProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AllNetworks {\n    networks(includeArchived: true) {\n      id\n      slug\n      name\n      description\n      criteria\n      applicationsOpen\n      asksResearchBackground\n      representsRegions\n      archivedAt\n    }\n  }\n"): typeof import('./graphql').AllNetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetwork($input: CreateNetworkInput!) {\n    createNetwork(input: $input) {\n      id\n      slug\n    }\n  }\n"): typeof import('./graphql').CreateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetwork($slug: String!, $input: UpdateNetworkInput!) {\n    updateNetwork(slug: $slug, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveNetwork($slug: String!) {\n    archiveNetwork(slug: $slug) {\n      id\n      archivedAt\n    }\n  }\n"): typeof import('./graphql').ArchiveNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EditorOrganizationFields on Organization {\n    id\n    slug\n    name\n    shortName\n    kind\n    region\n    aliases\n    pendingApproval\n    parent {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').EditorOrganizationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorOrganizations {\n    organizations {\n      ...EditorOrganizationFields\n    }\n    proposedOrganizations {\n      ...EditorOrganizationFields\n    }\n  }\n"): typeof import('./graphql').EditorOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganization($input: OrganizationInput!) {\n    createOrganization(input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').CreateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganization($id: ID!, $input: OrganizationInput!) {\n    updateOrganization(id: $id, input: $input) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeOrganizations($from: ID!, $into: ID!) {\n    mergeOrganizations(from: $from, into: $into) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').MergeOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApproveOrganization($id: ID!) {\n    approveOrganization(id: $id) {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').ApproveOrganizationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueStatistics($year: Int) {\n    catalogueStatistics(year: $year) {\n      year\n      publishedProfiles\n      byRegion {\n        value\n        label\n        count\n      }\n      byCompetenceArea {\n        value\n        label\n        count\n      }\n      byOrganizationKind {\n        value\n        label\n        count\n      }\n      profilesByMonth {\n        month\n        newProfiles\n        updatedProfiles\n        unconfirmedProfiles\n      }\n      networkMembers {\n        network\n        networkName\n        role\n        roleLabel\n        count\n      }\n      applicationsDecided\n      applicationsApproved\n      applicationsDeclined\n      medianDaysToDecision\n    }\n  }\n"): typeof import('./graphql').CatalogueStatisticsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSynonyms {\n    searchSynonyms {\n      term\n      expansions\n    }\n  }\n"): typeof import('./graphql').SearchSynonymsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSearchSynonym($term: String!, $expansions: [String!]!) {\n    setSearchSynonym(term: $term, expansions: $expansions) {\n      term\n      expansions\n    }\n  }\n"): typeof import('./graphql').SetSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveSearchSynonym($term: String!) {\n    removeSearchSynonym(term: $term)\n  }\n"): typeof import('./graphql').RemoveSearchSynonymDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditorAreas {\n    competenceAreas(includeRetired: true) {\n      slug\n      name\n      nameEn\n      description\n      retired\n      parent {\n        slug\n      }\n      mergedInto {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').EditorAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateArea($input: CompetenceAreaInput!) {\n    createCompetenceArea(input: $input) {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').CreateAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateArea($slug: String!, $input: CompetenceAreaInput!) {\n    updateCompetenceArea(slug: $slug, input: $input) {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').UpdateAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeAreas($from: String!, $into: String!) {\n    mergeCompetenceAreas(from: $from, into: $into) {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').MergeAreasDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireArea($slug: String!) {\n    retireCompetenceArea(slug: $slug) {\n      slug\n      name\n    }\n  }\n"): typeof import('./graphql').RetireAreaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkAdmin($slug: String!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      representsRegions\n      archivedAt\n      viewerCanDecide\n      regionsWithoutRepresentative\n    }\n    networkMemberships(network: $slug, first: 500) {\n      id\n      role\n      status\n      startedOn\n      endedOn\n      representing\n      representingRegion\n      representingOrganization {\n        id\n      }\n      endNote\n      decidedBy\n      endedBy\n      researcher {\n        id\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkAdminDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CatalogueSearch($query: String!) {\n    researchers(query: $query, first: 10) {\n      edges {\n        node {\n          id\n          fullName\n          title\n          region\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CatalogueSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganizations {\n    organizations {\n      id\n      name\n    }\n  }\n"): typeof import('./graphql').AdminOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddNetworkMember($network: String!, $researcher: ID!, $role: MembershipRole!, $representing: RepresentationInput) {\n    addNetworkMember(network: $network, researcher: $researcher, role: $role, representing: $representing) {\n      id\n    }\n  }\n"): typeof import('./graphql').AddNetworkMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMembershipRole($id: ID!, $role: MembershipRole!, $representing: RepresentationInput) {\n    setMembershipRole(id: $id, role: $role, representing: $representing) {\n      id\n      role\n      representing\n    }\n  }\n"): typeof import('./graphql').SetMembershipRoleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndMembership($id: ID!, $note: String) {\n    endMembership(id: $id, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').EndMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailingList($network: String!) {\n    networkMailingList(network: $network)\n  }\n"): typeof import('./graphql').MailingListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendNewsletter($network: String!, $subject: String!, $body: String!) {\n    sendNetworkNewsletter(network: $network, subject: $subject, body: $body) {\n      id\n      recipientCount\n    }\n  }\n"): typeof import('./graphql').SendNewsletterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNetworkEvent($network: String!, $input: NetworkEventInput!) {\n    createNetworkEvent(network: $network, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').CreateNetworkEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNetworkEvent($id: ID!, $input: NetworkEventInput!) {\n    updateNetworkEvent(id: $id, input: $input) {\n      id\n    }\n  }\n"): typeof import('./graphql').UpdateNetworkEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNetworkEvent($id: ID!) {\n    deleteNetworkEvent(id: $id)\n  }\n"): typeof import('./graphql').DeleteNetworkEventDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkEvents($slug: String!) {\n    network(slug: $slug) {\n      id\n      events {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubscribeToNetworkNews($network: String!, $email: String!) {\n    subscribeToNetworkNews(network: $network, email: $email)\n  }\n"): typeof import('./graphql').SubscribeToNetworkNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmNewsSubscription($token: String!) {\n    confirmNewsSubscription(token: $token)\n  }\n"): typeof import('./graphql').ConfirmNewsSubscriptionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsubscribeFromNetworkNews($token: String!) {\n    unsubscribeFromNetworkNews(token: $token)\n  }\n"): typeof import('./graphql').UnsubscribeFromNetworkNewsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyMemberships {\n    me {\n      id\n      role\n      profile {\n        id\n        slug\n        fullName\n        degree\n        status\n        memberships {\n          id\n          status\n          role\n          createdAt\n          startedOn\n          endedOn\n          decidedAt\n          decisionNote\n          endNote\n          network {\n            slug\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyMembershipsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyToNetwork($network: String!, $motivation: String, $degree: AcademicDegree, $researchExperience: String) {\n    applyToNetwork(network: $network, motivation: $motivation, degree: $degree, researchExperience: $researchExperience) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').ApplyToNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveNetwork($network: String!) {\n    leaveNetwork(network: $network) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').LeaveNetworkDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingApplications($network: String!) {\n    pendingApplications(network: $network) {\n      id\n      createdAt\n      addressConfirmed\n      motivation\n      applicantDegree\n      researchExperience\n      researcher {\n        id\n        fullName\n        title\n        region\n        organization {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').PendingApplicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideMembership($id: ID!, $approve: Boolean!, $note: String) {\n    decideMembership(id: $id, approve: $approve, note: $note) {\n      id\n      status\n    }\n  }\n"): typeof import('./graphql').DecideMembershipDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Networks {\n    networks {\n      id\n      slug\n      name\n      description\n      applicationsOpen\n      memberCount\n    }\n  }\n"): typeof import('./graphql').NetworksDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkPage($slug: String!, $first: Int!, $offset: Int!) {\n    network(slug: $slug) {\n      id\n      slug\n      name\n      description\n      criteria\n      applicationsOpen\n      asksResearchBackground\n      memberCount\n      viewerCanDecide\n      representsRegions\n      archivedAt\n      regionsWithoutRepresentative\n      upcomingEvents: events(upcoming: true) {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n      pastEvents: events(upcoming: false) {\n        id\n        title\n        startsAt\n        place\n        digital\n        agenda\n        minutesText\n        minutesUrl\n      }\n      newsletters {\n        id\n        subject\n        body\n        createdAt\n      }\n      viewerMembership {\n        id\n        status\n        role\n        createdAt\n        startedOn\n      }\n      members(first: $first, offset: $offset) {\n        id\n        role\n        representing\n        representingRegion\n        researcher {\n          id\n          slug\n          fullName\n          title\n          region\n          organization {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationPage($slug: String!) {\n    organization(slug: $slug) {\n      id\n      slug\n      name\n      shortName\n      kind\n      region\n      aliases\n      parent {\n        slug\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationResearchers($id: ID!, $after: String) {\n    researchers(filter: { organizations: [$id] }, orderBy: NAME, first: 50, after: $after) {\n      totalCount\n      edges {\n        node {\n          id\n          slug\n          fullName\n          title\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationResearchersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmProfileByToken($token: String!) {\n    confirmProfileByToken(token: $token)\n  }\n"): typeof import('./graphql').ConfirmProfileByTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfileHistory($id: ID!) {\n    profileHistory(id: $id) {\n      id\n      at\n      action\n      byOwner\n      actorName\n      note\n      changes {\n        field\n        oldValue\n        newValue\n      }\n    }\n  }\n"): typeof import('./graphql').ProfileHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideOrShowProfile($id: ID!, $decision: ReviewDecision!, $note: String) {\n    reviewProfile(id: $id, decision: $decision, note: $note) {\n      id\n      status\n      reviewNote\n    }\n  }\n"): typeof import('./graphql').HideOrShowProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResearcherProfile($slug: String!) {\n    researcher(slug: $slug) {\n      id\n      slug\n      fullName\n      title\n      degree\n      orcid\n      region\n      bio\n      keywords\n      languages\n      availableAsSpeaker\n      availableForMedia\n      acceptsMessages\n      acceptedContactPurposes\n      mediaTopics\n      mediaAvailableUntil\n      speakerTopics\n      speakerFormats\n      travelRegions\n      courseLeader\n      photoUrl\n      email\n      phone\n      website\n      updatedAt\n      lastConfirmedAt\n      status\n      organization {\n        id\n        name\n      }\n      competenceAreas {\n        slug\n        name\n        parent {\n          slug\n          name\n        }\n      }\n      memberships {\n        id\n        role\n        status\n        representing\n        network {\n          slug\n          name\n        }\n      }\n      publications {\n        id\n        title\n        year\n        venue\n        doi\n        url\n      }\n    }\n  }\n"): typeof import('./graphql').ResearcherProfileDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkContacts($slug: String!) {\n    network(slug: $slug) {\n      slug\n      name\n      coordinators: members(role: COORDINATOR, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n      leaders: members(role: PROJECT_LEADER, first: 3) {\n        id\n        researcher {\n          slug\n          fullName\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NetworkContactsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MyPublicationFields on Publication {\n    id\n    title\n    year\n    venue\n    doi\n    url\n    source\n    shown\n    position\n  }\n"): typeof import('./graphql').MyPublicationFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPublications {\n    me {\n      id\n      profile {\n        id\n        publications {\n          ...MyPublicationFields\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').MyPublicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RegistryPreviewFields on RegistryImportPreview {\n    source\n    identifier\n    biography\n    keywords\n    employments\n    workplace {\n      id\n      name\n    }\n    works {\n      key\n      title\n      year\n      venue\n      doi\n      url\n      imported\n    }\n  }\n"): typeof import('./graphql').RegistryPreviewFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewOrcidImport {\n    previewOrcidImport {\n      ...RegistryPreviewFields\n    }\n  }\n"): typeof import('./graphql').PreviewOrcidImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PreviewNvaImport($cristinPersonId: String) {\n    previewNvaImport(cristinPersonId: $cristinPersonId) {\n      ...RegistryPreviewFields\n    }\n  }\n"): typeof import('./graphql').PreviewNvaImportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFromOrcid($input: RegistryImportInput!) {\n    importFromOrcid(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): typeof import('./graphql').ImportFromOrcidDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportFromNva($input: RegistryImportInput!) {\n    importFromNva(input: $input) {\n      ...MyProfileFields\n    }\n  }\n"): typeof import('./graphql').ImportFromNvaDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMyPublication($input: PublicationInput!) {\n    addMyPublication(input: $input) {\n      ...MyPublicationFields\n    }\n  }\n"): typeof import('./graphql').AddMyPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPublication($id: ID!, $input: PublicationInput!) {\n    updateMyPublication(id: $id, input: $input) {\n      ...MyPublicationFields\n    }\n  }\n"): typeof import('./graphql').UpdateMyPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyPublication($id: ID!) {\n    removeMyPublication(id: $id)\n  }\n"): typeof import('./graphql').RemoveMyPublicationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OrderMyPublications($ids: [ID!]!) {\n    orderMyPublications(ids: $ids) {\n      ...MyPublicationFields\n    }\n  }\n"): typeof import('./graphql').OrderMyPublicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShowMyPublications($ids: [ID!]!) {\n    showMyPublications(ids: $ids) {\n      ...MyPublicationFields\n    }\n  }\n"): typeof import('./graphql').ShowMyPublicationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPublicationSuggestions {\n    myPublicationSuggestions {\n      id\n      source\n      key\n      title\n      year\n      venue\n      doi\n    }\n  }\n"): typeof import('./graphql').MyPublicationSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DismissPublicationSuggestions($ids: [ID!]!) {\n    dismissPublicationSuggestions(ids: $ids)\n  }\n"): typeof import('./graphql').DismissPublicationSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchResearchers($query: String, $filter: ResearcherFilter, $orderBy: ResearcherOrder, $first: Int, $after: String) {\n    researchers(query: $query, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        highlight\n        node {\n          id\n          slug\n          fullName\n          title\n          availableAsSpeaker\n          availableForMedia\n          mediaAvailableUntil\n          courseLeader\n          speakerFormats\n          photoUrl(size: SMALL)\n          region\n          organization {\n            id\n            name\n          }\n          competenceAreas {\n            slug\n            name\n          }\n        }\n      }\n      facets {\n        competenceAreas {\n          value\n          label\n          count\n        }\n        regions {\n          value\n          label\n          count\n        }\n        networks {\n          value\n          label\n          count\n        }\n        degrees {\n          value\n          label\n          count\n        }\n        languages {\n          value\n          label\n          count\n        }\n        organizations {\n          value\n          label\n          count\n        }\n        speakerFormats {\n          value\n          count\n        }\n        travelRegions {\n          value\n          count\n        }\n        courseLeaderCount\n        availableForMediaNowCount\n      }\n    }\n  }\n"): typeof import('./graphql').SearchResearchersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompetenceAreaTree {\n    competenceAreas {\n      slug\n      name\n      parent {\n        slug\n      }\n    }\n  }\n"): typeof import('./graphql').CompetenceAreaTreeDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
