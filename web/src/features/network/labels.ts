import type { AcademicDegree, HealthRegion, MembershipRole } from '../../gql/graphql';

// The labels every page uses for the API's enums.
export { DEGREE_LABELS, REGION_LABELS, ROLE_LABELS } from '../../ui/labels';

/** Roles in the order a network page lists them: those who lead first. */
export const ROLE_ORDER: MembershipRole[] = ['LEADER', 'PROJECT_LEADER', 'COORDINATOR', 'RESOURCE_GROUP_MEMBER', 'MEMBER'];

/** Plural headings for the member list, one per role. */
export const ROLE_HEADINGS: Record<MembershipRole, string> = {
  LEADER: 'Ledere',
  PROJECT_LEADER: 'Prosjektledere',
  COORDINATOR: 'Koordinatorer',
  RESOURCE_GROUP_MEMBER: 'Ressursgruppen',
  MEMBER: 'Medlemmer',
};

export const REGION_ORDER: HealthRegion[] = ['NORTH', 'CENTRAL', 'WEST', 'SOUTH_EAST'];

export const DEGREE_ORDER: AcademicDegree[] = ['PHD', 'PHD_IN_PROGRESS', 'MASTER', 'MASTER_IN_PROGRESS', 'BACHELOR', 'OTHER'];

/** "12. mars 2026" from an ISO date or timestamp. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T12:00:00` : iso);
  return Number.isNaN(date.getTime()) ? '' : date.toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** "1 medlem" / "12 medlemmer". */
export function memberCountText(count: number): string {
  return count === 1 ? '1 medlem' : `${count.toLocaleString('nb-NO')} medlemmer`;
}
