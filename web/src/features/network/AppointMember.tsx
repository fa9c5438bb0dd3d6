import { type FormEvent, useState } from 'react';
import type { CatalogueSearchQuery, MembershipRole } from '../../gql/graphql';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { AddNetworkMemberMutation, CatalogueSearchQuery as SearchQuery, OrganizationsQuery } from './admin-queries';
import { ROLE_LABELS, ROLE_ORDER } from './labels';
import { representationOf, RepresentingSelect } from './RepresentingSelect';

type Person = CatalogueSearchQuery['researchers']['edges'][number]['node'];

/** Appoint a member: find the person in the catalogue, then choose role and whom they represent. */
export function AppointMember({ networkSlug, onAppointed }: { networkSlug: string; onAppointed: (message: string) => void }) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState<string | null>(null);
  const [chosen, setChosen] = useState<Person | null>(null);
  const [role, setRole] = useState<MembershipRole>('MEMBER');
  const [represents, setRepresents] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const results = useQuery(SearchQuery, { query: query ?? '' }, { skip: !query });
  const organizations = useQuery(OrganizationsQuery, {});

  function search(e: FormEvent) {
    e.preventDefault();
    setChosen(null);
    setQuery(text.trim() || null);
  }

  async function appoint(e: FormEvent) {
    e.preventDefault();
    if (!chosen) return;
    setBusy(true);
    setError(null);
    // No one represented: the argument is left out rather than given empty.
    const representing = represents ? representationOf(represents) : null;
    try {
      await request(AddNetworkMemberMutation, { network: networkSlug, researcher: chosen.id, role, representing });
      onAppointed(`${chosen.fullName} er oppnevnt som ${ROLE_LABELS[role].toLowerCase()}.`);
      setChosen(null);
      setQuery(null);
      setText('');
      setRepresents('');
      setRole('MEMBER');
    } catch (err) {
      setError(err instanceof ApiRequestError ? err.message : describeError(err));
    } finally {
      setBusy(false);
    }
  }

  const people = query ? (results.data?.researchers.edges.map((e) => e.node) ?? []) : [];
  return (
    <section className="panel admin-section" aria-labelledby="oppnevn-tittel">
      <h2 id="oppnevn-tittel">Oppnevn et medlem</h2>
      <form role="search" onSubmit={search} className="admin-inline">
        <label htmlFor="oppnevn-sok">Søk etter en person i katalogen</label>
        <input id="oppnevn-sok" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="submit" className="button">Søk</button>
      </form>
      {query && !results.loading && people.length === 0 ? <p>Fant ingen med «{query}».</p> : null}
      {people.length > 0 && !chosen ? (
        <ul className="admin-results" aria-label="Treff i katalogen">
          {people.map((p) => (
            <li key={p.id}>
              <span>
                <strong>{p.fullName}</strong>
                {[p.title, p.organization?.name].filter(Boolean).length ? ` – ${[p.title, p.organization?.name].filter(Boolean).join(', ')}` : ''}
              </span>
              <button type="button" className="button button--secondary" onClick={() => setChosen(p)}>
                Velg {p.fullName}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <form onSubmit={appoint} className="form" aria-label={`Oppnevn ${chosen.fullName}`}>
          <p>
            Valgt: <strong>{chosen.fullName}</strong>{' '}
            <button type="button" className="button button--secondary" onClick={() => setChosen(null)}>Velg en annen</button>
          </p>
          <div className="field">
            <label htmlFor="oppnevn-rolle">Rolle</label>
            <select id="oppnevn-rolle" value={role} onChange={(e) => setRole(e.target.value as MembershipRole)}>
              {ROLE_ORDER.map((r) => <option key={r} value={r}>{ROLE_LABELS[r]}</option>)}
            </select>
          </div>
          <RepresentingSelect
            id="oppnevn-representerer"
            label="Representerer (valgfritt)"
            value={represents}
            organizations={organizations.data?.organizations ?? []}
            onChange={setRepresents}
          />
          {error ? <p className="form__error" role="alert">{error}</p> : null}
          <button type="submit" className="button" disabled={busy}>Oppnevn {chosen.fullName}</button>
        </form>
      ) : null}
    </section>
  );
}
