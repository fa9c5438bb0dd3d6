import { useId, useState } from 'react';
import type { PendingApplicationsQuery } from '../../gql/graphql';
import { ApiRequestError, describeError } from '../../graphql/api-error';
import { request } from '../../graphql/client';
import { DEGREE_LABELS, formatDate, REGION_LABELS } from './labels';
import { DecideMembershipMutation } from './membership-queries';

type Application = PendingApplicationsQuery['pendingApplications'][number];

/** One application with what the applicant wrote, a note to them, and approve/decline. */
export function ApplicationCard({
  application: a,
  onDecided,
}: {
  application: Application;
  /** With what was done, in words; null when the list is only out of date. */
  onDecided: (message: string | null) => void;
}) {
  const id = useId();
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [alreadyDecided, setAlreadyDecided] = useState(false);
  const r = a.researcher;
  const byline = [r.title, r.organization?.name, r.region ? REGION_LABELS[r.region] : null].filter(Boolean).join(', ');

  async function decide(approve: boolean) {
    setBusy(true);
    setError(null);
    try {
      await request(DecideMembershipMutation, { id: a.id, approve, note: note.trim() || null });
      onDecided(approve ? `${r.fullName} er godkjent som medlem.` : `Søknaden fra ${r.fullName} er avslått.`);
    } catch (e) {
      if (e instanceof ApiRequestError && e.find('CONFLICT')) {
        // Someone else decided first: say so, and offer to bring the list up to date.
        setAlreadyDecided(true);
        setError(`Noen andre har allerede behandlet søknaden fra ${r.fullName}. Oppdater listen for å se søknadene som gjenstår.`);
      } else {
        setError(describeError(e));
      }
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="application" aria-labelledby={`${id}-navn`}>
      <h3 id={`${id}-navn`} className="application__name">
        {r.fullName}
      </h3>
      {byline && <p className="application__byline">{byline}</p>}
      <dl className="application__details">
        <dt>Søkt</dt>
        <dd>{formatDate(a.createdAt)}</dd>
        {a.applicantDegree && (
          <>
            <dt>Grad</dt>
            <dd>{DEGREE_LABELS[a.applicantDegree]}</dd>
          </>
        )}
        {a.researchExperience && (
          <>
            <dt>Forskningserfaring</dt>
            <dd className="application__text">{a.researchExperience}</dd>
          </>
        )}
        <dt>Begrunnelse</dt>
        <dd className="application__text">{a.motivation ?? 'Ingen begrunnelse oppgitt.'}</dd>
        {a.addressConfirmed === null ? null : (
          <>
            <dt>E-postadresse</dt>
            <dd>{a.addressConfirmed ? 'Bekreftet' : 'Ikke bekreftet ennå (får ikke nettverkets e-post før den er bekreftet)'}</dd>
          </>
        )}
      </dl>
      {alreadyDecided ? null : (
        <div className="field">
          <label htmlFor={`${id}-note`}>Merknad til søkeren (valgfritt)</label>
          <textarea id={`${id}-note`} rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
      )}
      {error && (
        <p className="form__error" role="alert">
          {error}
        </p>
      )}
      <div className="button-row">
        {alreadyDecided ? (
          <button type="button" className="button button--secondary" onClick={() => onDecided(null)}>
            Oppdater listen
          </button>
        ) : (
          <>
            <button type="button" className="button" onClick={() => decide(true)} disabled={busy}>
              Godkjenn<span className="visually-hidden"> søknaden fra {r.fullName}</span>
            </button>
            <button type="button" className="button button--danger" onClick={() => decide(false)} disabled={busy}>
              Avslå<span className="visually-hidden"> søknaden fra {r.fullName}</span>
            </button>
          </>
        )}
      </div>
    </li>
  );
}
