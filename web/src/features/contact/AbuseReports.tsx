import { type FormEvent, useState } from 'react';
import { describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { AbuseReportsQuery, BlockForEveryoneMutation, MarkReportHandledMutation, UnblockForEveryoneMutation } from './contact-operations';
import { PURPOSE_LABELS } from './labels';

/** For editors: messages researchers reported, with blocking the sender for everyone and lifting such a block. */
export function AbuseReports() {
  const [includeHandled, setIncludeHandled] = useState(false);
  const { data, error, loading, refetch } = useQuery(AbuseReportsQuery, { includeHandled });
  const [notice, setNotice] = useState('');
  const [busy, setBusy] = useState(false);
  const [address, setAddress] = useState('');

  async function act(action: () => Promise<unknown>, done: string): Promise<boolean> {
    setBusy(true);
    try {
      await action();
      setNotice(done);
      refetch();
      return true;
    } catch (err) {
      setNotice(describeError(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const byAddress = async (event: FormEvent, block: boolean) => {
    event.preventDefault();
    const senderEmail = address.trim();
    if (!senderEmail) {
      setNotice('Skriv avsenderens e-postadresse.');
      return;
    }
    const ok = await act(
      () => (block ? request(BlockForEveryoneMutation, { senderEmail }) : request(UnblockForEveryoneMutation, { senderEmail })),
      block ? `${senderEmail} er blokkert for alle.` : `Blokkeringen av ${senderEmail} er opphevet for alle.`,
    );
    if (ok) setAddress('');
  };

  return (
    <section aria-labelledby="misbruk-tittel">
      <h2 id="misbruk-tittel">
        Meldte henvendelser{data ? ` (${data.contactAbuseReports.totalCount})` : ''}
      </h2>
      <p role="status" className="ok-message">
        {notice}
      </p>
      <div className="field">
        <input id="misbruk-behandlede" type="checkbox" checked={includeHandled} onChange={(e) => setIncludeHandled(e.target.checked)} />{' '}
        <label htmlFor="misbruk-behandlede">Vis også behandlede</label>
      </div>
      {error ? (
        <ErrorMessage error={error} onRetry={refetch} />
      ) : loading && !data ? (
        <Loading label="Henter meldte henvendelser …" />
      ) : data && data.contactAbuseReports.edges.length === 0 ? (
        <p className="empty">{includeHandled ? 'Ingen meldinger om misbruk.' : 'Ingen åpne meldinger om misbruk.'}</p>
      ) : data ? (
        <ul className="messages">
          {data.contactAbuseReports.edges.map(({ node: r }) => (
            <li key={r.id} className="message">
              <h3 className="message__subject">{r.subject}</h3>
              <p className="message__meta">
                Fra {r.senderName} ({r.senderEmail}) · {PURPOSE_LABELS[r.purpose]} · meldt{' '}
                {new Date(r.reportedAt).toLocaleDateString('nb-NO', { day: 'numeric', month: 'long' })}
                {r.handledAt ? ' · behandlet' : ''}
                {r.senderBlockedForEveryone ? ' · avsenderen er blokkert for alle' : ''}
              </p>
              {r.reason && <p>Forskerens begrunnelse: {r.reason}</p>}
              <div className="message__body">
                <p>{r.message}</p>
              </div>
              <div className="form-actions">
                {r.senderBlockedForEveryone ? (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    onClick={() =>
                      act(
                        () => request(UnblockForEveryoneMutation, { senderEmail: r.senderEmail }),
                        `Blokkeringen av ${r.senderEmail} er opphevet for alle.`,
                      )
                    }
                  >
                    Opphev blokkering for alle
                  </button>
                ) : (
                  <button
                    type="button"
                    className="button button--danger"
                    disabled={busy}
                    onClick={() => act(() => request(BlockForEveryoneMutation, { report: r.id }), `${r.senderEmail} er blokkert for alle.`)}
                  >
                    Blokker avsender for alle
                  </button>
                )}
                {!r.handledAt && (
                  <button
                    type="button"
                    className="button button--secondary"
                    disabled={busy}
                    onClick={() => act(() => request(MarkReportHandledMutation, { id: r.id }), 'Meldingen er markert som behandlet.')}
                  >
                    Marker som behandlet
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="form" onSubmit={(e) => byAddress(e, true)} noValidate aria-labelledby="blokker-adresse-tittel">
        <h3 id="blokker-adresse-tittel">Blokker eller opphev blokkering av en adresse</h3>
        <Field id="blokker-adresse" label="Avsenderens e-postadresse" hint="Gjelder henvendelser til alle forskere i katalogen.">
          {(p) => <input {...p} type="email" autoComplete="off" value={address} onChange={(e) => setAddress(e.target.value)} />}
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button--danger" disabled={busy}>
            Blokker adressen for alle
          </button>
          <button type="button" className="button button--secondary" disabled={busy} onClick={(e) => byAddress(e, false)}>
            Opphev blokkering av adressen
          </button>
        </div>
      </form>
    </section>
  );
}
