import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Visibility } from '../common/enums/visibility.enum';
import { isEditor, Viewer } from '../graphql/viewer';

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
