import { useState } from 'react';
import { Link } from 'wouter';
import type { MyProfileFieldsFragment } from '../../gql/graphql';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { formatDate, STATUS_LABELS } from './labels';
import { ConfirmMyProfileMutation, SubmitMyProfileMutation } from './my-profile-operations';

/** Where the profile stands (draft, in review, published, hidden), the editors' note, and the next step. */
export function ProfileStatusPanel({
  profile,
  unsaved,
  onChange,
}: {
  profile: MyProfileFieldsFragment;
  /** Whether the form below has changes not yet saved (they would not be part of a submission). */
  unsaved: boolean;
  onChange: (profile: MyProfileFieldsFragment, notice: string) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const status = profile.status ?? 'DRAFT';

  const run = async (action: 'submit' | 'confirm') => {
    setBusy(true);
    setError(null);
    try {
      if (action === 'submit') {
        const data = await request(SubmitMyProfileMutation, {});
        onChange(data.submitMyProfileForReview, 'Profilen er sendt til redaksjonen. Du får e-post når den er vurdert.');
      } else {
        const data = await request(ConfirmMyProfileMutation, {});
        onChange(data.confirmMyProfileIsCurrent, 'Takk! Profilen er bekreftet som oppdatert.');
      }
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="status-tittel">
      <h2 id="status-tittel">Status: {STATUS_LABELS[status]}</h2>
      {status === 'DRAFT' && <p>Profilen vises ikke i katalogen før redaksjonen har sett over og publisert den.</p>}
      {status === 'PENDING_REVIEW' && <p>Redaksjonen ser over profilen. Du kan fortsatt gjøre endringer.</p>}
      {status === 'HIDDEN' && <p>Redaksjonen har skjult profilen, så den vises ikke i katalogen.</p>}
      {status === 'PUBLISHED' && (
        <p>
          Profilen vises i katalogen: <Link href={`/forsker/${profile.slug}`}>se den slik andre ser den</Link>.
          {profile.publishedAt && ` Publisert ${formatDate(profile.publishedAt)}.`}
        </p>
      )}
      {profile.reviewNote && (status === 'DRAFT' || status === 'HIDDEN') && (
        <div className="note">
          <h3>Merknad fra redaksjonen</h3>
          <p>{profile.reviewNote}</p>
        </div>
      )}
      {error != null && <ErrorMessage error={error} />}
      {status === 'DRAFT' && (
        <>
          {unsaved && <p className="hint">Lagre endringene dine først, så blir de med når du sender.</p>}
          <button type="button" className="button" disabled={busy || unsaved} onClick={() => run('submit')}>
            Send til vurdering
          </button>
        </>
      )}
      {status === 'PUBLISHED' && (
        <>
          <p>
            {profile.confirmedAt
              ? `Du bekreftet sist at profilen er oppdatert ${formatDate(profile.confirmedAt)}.`
              : 'Du har ikke bekreftet at profilen er oppdatert ennå.'}{' '}
            Bekreft minst én gang i året.
          </p>
          <button type="button" className="button button--secondary" disabled={busy} onClick={() => run('confirm')}>
            Bekreft at profilen er oppdatert
          </button>
        </>
      )}
    </section>
  );
}
