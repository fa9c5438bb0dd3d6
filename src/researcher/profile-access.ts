import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Visibility } from '../common/enums/visibility.enum';
import { isEditor, Viewer } from '../graphql/viewer';
import { Researcher } from './researcher.entity';

interface OwnedProfile {
  accountId: string | null;
  status: ProfileStatus;
}

export const isOwner = (profile: OwnedProfile, viewer: Viewer | null | undefined): boolean =>
  !!viewer && profile.accountId !== null && profile.accountId === viewer.accountId;

/** Owners and editors see everything about a profile, whatever its status. */
export const hasFullAccess = (profile: OwnedProfile, viewer: Viewer | null | undefined): boolean =>
  isOwner(profile, viewer) || isEditor(viewer);

/** Unpublished profiles exist only for their owner and the editors. */
export const canViewProfile = (profile: OwnedProfile, viewer: Viewer | null | undefined): boolean =>
  profile.status === ProfileStatus.PUBLISHED || hasFullAccess(profile, viewer);

/** Whether a contact field with this visibility may be shown to the viewer (ORCID-style levels). */
export function canSeeContact(
  visibility: Visibility,
  profile: OwnedProfile,
  viewer: Viewer | null | undefined,
): boolean {
  if (hasFullAccess(profile, viewer)) return true;
  if (!canViewProfile(profile, viewer)) return false;
  switch (visibility) {
    case Visibility.PUBLIC:
      return true;
    case Visibility.REGISTERED:
      return !!viewer;
    case Visibility.PRIVATE:
      return false;
  }
}

/**
 * What a network's deciders meet of an applicant whose profile is not published (a draft, or
 * hidden by the editors): who it is, so they can decide, and nothing of the profile itself.
 * An allowlist, so a field added to profiles later stays out until someone lets it in. Fields
 * resolved elsewhere from the profile's id (publications, memberships) ask canViewProfile too.
 */
export function identityOnly(profile: Researcher): Researcher {
  return Object.assign(new Researcher(), {
    id: profile.id,
    slug: profile.slug,
    accountId: profile.accountId,
    givenName: profile.givenName,
    familyName: profile.familyName,
    status: profile.status,
    version: profile.version,
    createdAt: profile.createdAt,
    updatedAt: profile.updatedAt,
    title: null,
    degree: null,
    orcid: null,
    organizationId: null,
    region: null,
    bio: null,
    keywords: [],
    languages: [],
    availableAsSpeaker: false,
    availableForMedia: false,
    mediaTopics: [],
    mediaAvailableUntil: null,
    speakerTopics: [],
    speakerFormats: [],
    travelRegions: [],
    courseLeader: false,
    acceptsMessages: false,
    acceptedContactPurposes: [],
    acceptsNetworkMail: false,
    email: null,
    emailVisibility: Visibility.PRIVATE,
    phone: null,
    phoneVisibility: Visibility.PRIVATE,
    website: null,
    photoVisibility: Visibility.PRIVATE,
    reviewNote: null,
    publishedAt: null,
    confirmedAt: null,
  });
}
