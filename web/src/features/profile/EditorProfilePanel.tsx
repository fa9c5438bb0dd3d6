import { type FormEvent, useState } from 'react';
import type { ProfileStatus, ReviewDecision } from '../../gql/graphql';
import { request } from '../../graphql/client';
import { useQuery } from '../../graphql/use-query';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { toFormErrors } from '../account/form-errors';
import { STATUS_LABELS } from '../account/labels';
import { HideOrShowProfileMutation, ProfileHistoryQuery } from './profile-editor-operations';
import { ProfileHistoryList } from './ProfileHistoryList';

const NOTE_ID = 'redaksjon-begrunnelse';

/**
 * For editors on a profile's page: its status and history, and hiding it from the catalogue
 * (or showing it again) with a reason that the owner is mailed and the history and audit log keep.
 */
export function EditorProfilePanel({
  profile,
  onChanged,
}: {
  profile: { id: string; fullName: string; status?: ProfileStatus | null };
  onChanged: () => void;
}) {
  const [historyOpen, setHistoryOpen] = useState(false);
  const history = useQuery(ProfileHistoryQuery, { id: profile.id }, { skip: !historyOpen });
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [noteError, setNoteError] = useState<string | undefined>();
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  const hidden = profile.status === 'HIDDEN';
  const decision: ReviewDecision = hidden ? 'PUBLISH' : 'HIDE';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setNoteError(undefined);
    setDone(null);
    // The API requires it too; asking first spares a round trip and says so beside the field.
    if (decision === 'HIDE' && !note.trim()) {
      setNoteError('Skriv en begrunnelse for at profilen skjules.');
      document.getElementById(NOTE_ID)?.focus();
      return;
    }
    setBusy(true);
    try {
      await request(HideOrShowProfileMutation, { id: profile.id, decision, note: note.trim() || null });
      setNote('');
      setDone(decision === 'HIDE' ? `${profile.fullName} er skjult fra katalogen.` : `${profile.fullName} vises igjen i katalogen.`);
      onChanged();
      if (historyOpen) history.refetch();
    } catch (err) {
      const { fields, form } = toFormErrors(err, ['note']);
      setNoteError(fields.note);
      setError(form);
      if (fields.note) document.getElementById(NOTE_ID)?.focus();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="editor-panel" aria-labelledby="redaksjon-tittel">
      <h2 id="redaksjon-tittel">For redaksjonen</h2>
      {profile.status && <p>Status: {STATUS_LABELS[profile.status]}</p>}
      <p role="status" className={done ? 'ok-message' : undefined}>
        {done}
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <Field
          id={NOTE_ID}
          label={hidden ? 'Begrunnelse for å vise profilen igjen' : 'Begrunnelse for å skjule profilen'}
          hint={
            hidden
              ? 'Valgfri. Sendes til eieren på e-post og lagres i historikken.'
              : 'Påkrevd. Sendes til eieren på e-post og lagres i historikken og loggen.'
          }
          error={noteError}
        >
          {(p) => <textarea {...p} rows={3} required={!hidden} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        {error != null && <ErrorMessage error={error} />}
        <div className="form-actions">
          <button type="submit" className={hidden ? 'button' : 'button button--danger'} disabled={busy}>
            {hidden ? 'Vis igjen' : 'Skjul'}
          </button>
        </div>
      </form>
      <details className="editor-panel__history" onToggle={(e) => setHistoryOpen(e.currentTarget.open)}>
        <summary>Historikk</summary>
        {history.error != null ? (
          <ErrorMessage error={history.error} onRetry={history.refetch} />
        ) : history.data ? (
          <ProfileHistoryList changes={history.data.profileHistory} />
        ) : (
          historyOpen && <Loading label="Henter historikken …" />
        )}
      </details>
    </section>
  );
}
