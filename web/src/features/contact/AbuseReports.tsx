import { useState } from 'react';
import { describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Loading } from '../../ui/Loading';
import { AbuseReportsQuery, BlockForEveryoneMutation, MarkReportHandledMutation } from './contact-operations';
import { PURPOSE_LABELS } from './labels';

/** For editors: messages researchers reported, with blocking the sender for everyone. */
export function AbuseReports() {
  const { data, error, loading, refetch } = useQuery(AbuseReportsQuery, {});
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);

  async function act(action: () => Promise<unknown>, done: string) {
    setBusy(true);
    try {
      await action();
      setNotice(done);
      refetch();
    } catch (err) {
      setNotice(describeError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="misbruk-tittel">
      <h2 id="misbruk-tittel">Meldte henvendelser{data ? ` (${data.contactAbuseReports.totalCount})` : ''}</h2>
      <p role="status" className="ok-message">
        {notice}
      </p>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label="Henter meldte henvendelser …" />
      ) : data && data.contactAbuseReports.edges.length === 0 ? (
        <p className="empty">Ingen åpne meldinger om misbruk.</p>
      ) : data ? (
        <ul className="messages">
          {data.contactAbuseReports.edges.map(({ node: r }) => (
            <li key={r.id} className="message">
              <h3 className="message__subject">{r.subject}</h3>
              <p className="message__meta">
                Fra {r.senderName} ({r.senderEmail}) · {PURPOSE_LABELS[r.purpose]} · meldt{' '}
                {new Date(r.reportedAt).toLocaleDateString('nb-NO', { day: 'numeric', month: 'long' })}
              </p>
              {r.reason && <p>Forskerens begrunnelse: {r.reason}</p>}
              <div className="message__body">
                <p>{r.message}</p>
              </div>
              <div className="form-actions">
                {!r.senderBlockedForEveryone && (
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    onClick={() => act(() => request(BlockForEveryoneMutation, { report: r.id }), `${r.senderEmail} er blokkert for alle.`)}
                  >
                    Blokker avsender for alle
                  </button>
                )}
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => act(() => request(MarkReportHandledMutation, { id: r.id }), 'Meldingen er markert som behandlet.')}
                >
                  Marker som behandlet
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
