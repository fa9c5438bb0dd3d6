import { useState, type FormEvent } from 'react';
import { useLocation, useSearch } from 'wouter';
import { RequireSignIn } from '../../auth/RequireSignIn';
import type { Role } from '../../gql/graphql';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { AccountsQuery } from './account-operations';
import { ACCOUNT_ROLE_LABELS, AccountRow } from './AccountRow';
import { EditorNav } from './EditorNav';

export default function AccountsPage() {
  useDocumentMeta('Kontoer', 'Finn kontoer, endre rolle, sperr og åpne.');
  return (
    <RequireSignIn>
      <Accounts />
    </RequireSignIn>
  );
}

const ROLES = Object.keys(ACCOUNT_ROLE_LABELS) as Role[];

function Accounts() {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const query = params.get('q') ?? '';
  const roleParam = params.get('rolle');
  const role = ROLES.includes(roleParam as Role) ? (roleParam as Role) : null;
  const state = params.get('status');
  const disabled = state === 'sperret' ? true : state === 'aktiv' ? false : null;
  const after = params.get('etter') || null;
  const { data, error, loading, refetch } = useQuery(AccountsQuery, { query: query || null, role, disabled, after });
  const [text, setText] = useState(query);
  const [notice, setNotice] = useState('');

  const go = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams();
    for (const [k, v] of Object.entries({ q: query || null, rolle: role, status: state, ...next })) if (v) merged.set(k, v);
    navigate(`/redaksjon/kontoer${merged.size ? `?${merged}` : ''}`);
  };
  const search = (e: FormEvent) => {
    e.preventDefault();
    go({ q: text.trim() || null, etter: null });
  };
  const accounts = data?.accounts;

  return (
    <div className="page">
      <EditorNav />
      <h1>Kontoer</h1>
      <p role="status" className="ok-message">
        {notice}
      </p>
      <form role="search" onSubmit={search} className="inline-form">
        <div className="field">
          <label htmlFor="konto-sok" className="field__label">
            E-postadresse eller navn
          </label>
          <input id="konto-sok" type="search" value={text} onChange={(e) => setText(e.target.value)} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor="konto-rolle" className="field__label">
            Rolle
          </label>
          <select id="konto-rolle" value={role ?? ''} onChange={(e) => go({ rolle: e.target.value || null, etter: null })}>
            <option value="">Alle roller</option>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ACCOUNT_ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="konto-status" className="field__label">
            Status
          </label>
          <select id="konto-status" value={state ?? ''} onChange={(e) => go({ status: e.target.value || null, etter: null })}>
            <option value="">Alle</option>
            <option value="aktiv">Aktive</option>
            <option value="sperret">Sperrede</option>
          </select>
        </div>
        <button type="submit" className="button">
          Søk
        </button>
      </form>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !accounts ? (
        <Loading label="Henter kontoene …" />
      ) : accounts ? (
        <>
          <p>{accounts.totalCount === 1 ? '1 konto' : `${accounts.totalCount} kontoer`}</p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label="Kontoer">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">E-postadresse</th>
                  <th scope="col">Profil</th>
                  <th scope="col">Rolle</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="visually-hidden">Sperr eller åpne</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {accounts.edges.map(({ node }) => (
                  <AccountRow
                    key={`${node.id}-${node.role}-${node.disabledAt ?? ''}`}
                    account={node}
                    onDone={(message) => {
                      setNotice(message);
                      refetch();
                    }}
                  />
                ))}
              </tbody>
            </table>
          </div>
          <div className="pager">
            {after && (
              <button type="button" className="button button--secondary" onClick={() => go({ etter: null })}>
                Til første side
              </button>
            )}
            {accounts.pageInfo.hasNextPage && (
              <button type="button" className="button" onClick={() => go({ etter: accounts.pageInfo.endCursor ?? null })}>
                Neste side
              </button>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
