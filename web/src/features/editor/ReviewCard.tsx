import { type FormEvent, useState } from 'react';
import type { ReviewDecision, ReviewProfileFieldsFragment } from '../../gql/graphql';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { toFormErrors } from '../account/form-errors';
import { ReviewProfileMutation } from './editor-operations';
import { ReviewDetails } from './ReviewDetails';

const DONE: Record<ReviewDecision, string> = {
  PUBLISH: 'er publisert',
  REJECT: 'er sendt tilbake med merknad',
  HIDE: 'er skjult',
};

/** One profile in the queue: its details, a note, and publish / send back / hide. */
export function ReviewCard({
  profile,
  onDecided,
}: {
  profile: ReviewProfileFieldsFragment;
  onDecided: (message: string) => void;
}) {
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [noteError, setNoteError] = useState<string | undefined>();
  const noteId = `merknad-${profile.id}`;

  const decide = async (decision: ReviewDecision, event?: FormEvent) => {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    setNoteError(undefined);
    try {
      await request(ReviewProfileMutation, { id: profile.id, decision, note: note.trim() || null });
      onDecided(`${profile.fullName} ${DONE[decision]}.`);
    } catch (err) {
      const { fields, form } = toFormErrors(err, ['note']);
      setNoteError(fields.note);
      setError(form);
      setBusy(false);
      if (fields.note) document.getElementById(noteId)?.focus();
    }
  };

  const headingId = `vurder-${profile.id}`;
  return (
    <li className="review-card">
      <article aria-labelledby={headingId}>
        <h3 id={headingId}>{profile.fullName}</h3>
        <ReviewDetails profile={profile} />
        <form className="form" onSubmit={(e) => decide('PUBLISH', e)}>
          <Field
            id={noteId}
            label={`Merknad til ${profile.fullName}`}
            hint="Kreves når du sender profilen tilbake eller skjuler den. Sendes på e-post."
            error={noteError}
          >
            {(p) => <textarea {...p} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          {error != null && <ErrorMessage error={error} />}
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy}>
              Publiser
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => decide('REJECT')}>
              Send tilbake med merknad
            </button>
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => decide('HIDE')}>
              Skjul
            </button>
          </div>
        </form>
      </article>
    </li>
  );
}
