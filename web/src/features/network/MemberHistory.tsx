import { useState } from 'react';
import type { MembershipRole, NetworkAdminQuery } from '../../gql/graphql';
import { describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { EndMembershipMutation, OrganizationsQuery, SetMembershipRoleMutation } from './admin-queries';
import { formatDate, ROLE_LABELS, ROLE_ORDER } from './labels';
import { type OrganizationOption, representationOf, representingValue, RepresentingSelect } from './RepresentingSelect';

type Membership = NonNullable<NetworkAdminQuery['networkMemberships']>[number];

const STATUS_LABELS: Record<Membership['status'], string> = {
  ACTIVE: 'Aktiv',
  PENDING: 'Søknad til behandling',
  DECLINED: 'Avslått',
  ENDED: 'Avsluttet',
};

/** Every membership, history included; active ones can get a new role or be ended with a note. */
export function MemberHistory({ memberships, onChanged }: { memberships: Membership[]; onChanged: (message: string) => void }) {
  const organizations = useQuery(OrganizationsQuery, {}).data?.organizations ?? [];
  return (
    <section className="panel admin-section" aria-labelledby="historikk-tittel">
      <h2 id="historikk-tittel">Medlemmer og historikk</h2>
      {memberships.length === 0 ? <p className="empty">Nettverket har ingen medlemmer ennå.</p> : null}
      <ul className="application-list">
        {memberships.map((m) => <MembershipRow key={m.id} membership={m} organizations={organizations} onChanged={onChanged} />)}
      </ul>
    </section>
  );
}

function MembershipRow({
  membership: m,
  organizations,
  onChanged,
}: {
  membership: Membership;
  organizations: readonly OrganizationOption[];
  onChanged: (message: string) => void;
}) {
  const [role, setRole] = useState<MembershipRole>(m.role);
  const savedRepresents = representingValue(m.representingRegion, m.representingOrganization?.id);
  const [represents, setRepresents] = useState(savedRepresents);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const name = m.researcher.fullName;

  async function run(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await action();
      onChanged(done);
    } catch (e) {
      setError(describeError(e));
    } finally {
      setBusy(false);
    }
  }

  const dates = [m.startedOn && `fra ${formatDate(m.startedOn)}`, m.endedOn && `til ${formatDate(m.endedOn)}`].filter(Boolean).join(' ');
  return (
    <li className="application">
      <h3 className="application__name">{name}</h3>
      <p className="application__byline">
        {ROLE_LABELS[m.role]} · {STATUS_LABELS[m.status]}
        {m.representing ? ` · representerer ${m.representing}` : ''}
        {dates ? ` · ${dates}` : ''}
      </p>
      {m.endNote ? <p>Merknad ved avslutning: {m.endNote}</p> : null}
      {m.status === 'ACTIVE' ? (
        <div className="admin-actions">
          <div className="field">
            <label htmlFor={`rolle-${m.id}`}>Rolle for {name}</label>
            <select id={`rolle-${m.id}`} value={role} onChange={(e) => setRole(e.target.value as MembershipRole)}>
              {ROLE_ORDER.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </select>
          </div>
          <RepresentingSelect
            id={`representerer-${m.id}`}
            label={`${name} representerer`}
            value={represents}
            organizations={organizations}
            onChange={setRepresents}
          />
          <button
            type="button"
            className="button button--secondary"
            disabled={busy || (role === m.role && represents === savedRepresents)}
            onClick={() =>
              run(
                () => request(SetMembershipRoleMutation, { id: m.id, role, representing: representationOf(represents) }),
                `Endringene for ${name} er lagret.`,
              )
            }
          >
            Lagre rolle og representasjon for {name}
          </button>
          <div className="field">
            <label htmlFor={`avslutt-${m.id}`}>Merknad ved avslutning for {name} (valgfritt)</label>
            <textarea id={`avslutt-${m.id}`} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          </div>
          <button
            type="button"
            className="button button--danger"
            disabled={busy}
            onClick={() => run(() => request(EndMembershipMutation, { id: m.id, note: note.trim() || null }), `Medlemskapet til ${name} er avsluttet.`)}
          >
            Avslutt medlemskapet til {name}
          </button>
        </div>
      ) : null}
      {error ? <p className="form__error" role="alert">{error}</p> : null}
    </li>
  );
}
