import { useLocation, useSearch } from 'wouter';
import { RequireSignIn } from '../../auth/RequireSignIn';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { AUDIT_ACTION_LABELS, auditActionLabel } from './audit-labels';
import { AuditLogQuery } from './audit-operations';
import { EditorNav } from './EditorNav';

const PAGE_SIZE = 50;
const dateTime = new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'medium', timeZone: 'Europe/Oslo' });

export default function AuditLogPage() {
  useDocumentMeta('Logg', 'Hva redaktører, administratorer og koordinatorer har gjort, og når.');
  return (
    <RequireSignIn>
      <AuditLog />
    </RequireSignIn>
  );
}

/** Pretty JSON for the before/after cells; the raw text if it is not JSON. */
function formatState(json: string | null | undefined): string {
  if (!json) return '';
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
      .join('\n');
  } catch {
    return json;
  }
}

function AuditLog() {
  const params = new URLSearchParams(useSearch());
  const [, navigate] = useLocation();
  const action = params.get('handling') || null;
  const actor = params.get('aktor') || null;
  const after = params.get('etter') || null;
  const { data, error, loading, refetch } = useQuery(AuditLogQuery, { first: PAGE_SIZE, after, actor, action });
  const go = (next: Record<string, string | null>) => {
    const merged = new URLSearchParams();
    for (const [k, v] of Object.entries({ handling: action, aktor: actor, ...next })) if (v) merged.set(k, v);
    const query = merged.toString();
    navigate(`/redaksjon/logg${query ? `?${query}` : ''}`);
  };
  const log = data?.auditLog;

  return (
    <div className="page">
      <EditorNav />
      <h1>Logg</h1>
      <p className="lead">Alt redaktører, administratorer og koordinatorer har endret, med tilstanden før og etter.</p>
      <div className="field field--inline">
        <label htmlFor="handling" className="field__label">
          Handling
        </label>
        <select id="handling" value={action ?? ''} onChange={(e) => go({ handling: e.target.value || null, etter: null })}>
          <option value="">Alle handlinger</option>
          {Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {actor && (
        <p>
          Viser bare én person sine handlinger.{' '}
          <button type="button" className="link-button" onClick={() => go({ aktor: null, etter: null })}>
            Vis alle
          </button>
        </p>
      )}
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !log ? (
        <Loading label="Henter loggen …" />
      ) : log ? (
        <>
          <p role="status">{log.totalCount === 1 ? '1 hendelse' : `${log.totalCount.toLocaleString('nb-NO')} hendelser`}</p>
          {log.edges.length === 0 ? (
            <p className="empty">Ingen hendelser.</p>
          ) : (
            <div className="table-scroll" tabIndex={0} role="region" aria-label="Loggen">
              <table className="data-table audit-table">
                <caption className="visually-hidden">Logg, nyeste først</caption>
                <thead>
                  <tr>
                    <th scope="col">Tid</th>
                    <th scope="col">Hvem</th>
                    <th scope="col">Handling</th>
                    <th scope="col">Hva</th>
                    <th scope="col">Før</th>
                    <th scope="col">Etter</th>
                    <th scope="col">Merknad</th>
                  </tr>
                </thead>
                <tbody>
                  {log.edges.map(({ node }) => (
                    <tr key={node.id}>
                      <td>{dateTime.format(new Date(node.at))}</td>
                      <td>
                        {node.actorId ? (
                          <button type="button" className="link-button" onClick={() => go({ aktor: node.actorId ?? null, etter: null })}>
                            {node.actorRole ?? 'Konto'} <span className="visually-hidden">(vis bare denne personen)</span>
                          </button>
                        ) : (
                          'Systemet'
                        )}
                      </td>
                      <td>{auditActionLabel(node.action)}</td>
                      <td>
                        {node.targetType} {node.targetId}
                      </td>
                      <td className="pre">{formatState(node.before)}</td>
                      <td className="pre">{formatState(node.after)}</td>
                      <td>{node.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <div className="pager">
            {after && (
              <button type="button" className="button button--secondary" onClick={() => go({ etter: null })}>
                Til de nyeste
              </button>
            )}
            {log.pageInfo.hasNextPage && (
              <button type="button" className="button" onClick={() => go({ etter: log.pageInfo.endCursor ?? null })}>
                Eldre hendelser
              </button>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}
