import { MembershipRole } from '../common/enums/membership.enum';
import type { GraphQLContext } from '../graphql/graphql-context';
import { isEditor, Viewer } from '../graphql/viewer';

/**
 * Who may decide on a network's applications, roles and memberships ("deciders"):
 * editors and admins for every network, and the active members of that network whose
 * role is one of these, unless the editors hid their profile (a profile hidden for what it
 * says or did keeps no power over others; unhiding restores it). Deciders of one network have
 * no power over another. This file is the one answer; services, resolvers and fields all ask
 * it (the database side is NetworkAccessService).
 */
export const DECIDING_ROLES: readonly MembershipRole[] = [
  MembershipRole.COORDINATOR,
  MembershipRole.LEADER,
  MembershipRole.PROJECT_LEADER,
];

/** The deciders, as API descriptions name them (mid-sentence, and at the start of one). */
export const DECIDERS_TEXT = "the network's coordinators, leaders and project leaders, and the editors";
export const DECIDERS = `The${DECIDERS_TEXT.slice('the'.length)}`;

/** `decidingNetworkIds`: the networks where the viewer actively holds a deciding role. */
export function mayDecide(viewer: Viewer | null | undefined, networkId: string, decidingNetworkIds: ReadonlySet<string>): boolean {
  if (!viewer) return false;
  return isEditor(viewer) || decidingNetworkIds.has(networkId);
}

/** {@link mayDecide} for a field resolver, batched through the request's loaders. */
export async function viewerMayDecide(ctx: GraphQLContext, networkId: string): Promise<boolean> {
  const viewer = ctx.req.viewer;
  if (!viewer || isEditor(viewer)) return !!viewer;
  return mayDecide(viewer, networkId, await ctx.loaders.decidingNetworksByAccount.load(viewer.accountId));
}
