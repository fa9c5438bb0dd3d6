import { Link } from 'wouter';
import type { MembershipStatus } from '../../gql/graphql';
import { ROLE_LABELS } from '../../ui/labels';
import type { ProfileData } from './ProfilePage';

// Others see active memberships only; the owner and editors also get these from the API.
const STATUS_NOTES: Partial<Record<MembershipStatus, string>> = {
  PENDING: 'søknad til behandling',
  DECLINED: 'søknad avslått',
  ENDED: 'avsluttet',
};

/** The person's networks, with role and whom they represent. */
export function MembershipList({ memberships }: { memberships: ProfileData['memberships'] }) {
  if (memberships.length === 0) return <p className="hint">Ikke medlem av noen nettverk i katalogen.</p>;
  return (
    <ul className="membership-list">
      {memberships.map((m) => (
        <li key={m.id}>
          <Link href={`/nettverk/${encodeURIComponent(m.network.slug)}`}>{m.network.name}</Link>
          <span className="membership-list__role">
            {ROLE_LABELS[m.role]}
            {m.representing ? `, representerer ${m.representing}` : ''}
            {STATUS_NOTES[m.status] ? ` (${STATUS_NOTES[m.status]})` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
