import { type FormEvent, useState } from 'react';
import { session } from '../../auth/session-store';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { type FormErrors, NO_ERRORS, toFormErrors } from './form-errors';
import { ChangePasswordMutation } from './my-profile-operations';
import { useFocusFirstError } from './use-focus-first-error';

const FIELDS = ['currentPassword', 'newPassword'] as const;

/** Needs the current password; the API ends other sessions and this page carries on with new tokens. */
export function ChangePasswordForm() {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  useFocusFirstError(errors, FIELDS, 'passord');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setDone(false);
    setErrors(NO_ERRORS);
    try {
      const data = await request(ChangePasswordMutation, { currentPassword: current, newPassword: next });
      session.adopt(data.changePassword);
      setCurrent('');
      setNext('');
      setDone(true);
    } catch (err) {
      setErrors(toFormErrors(err, FIELDS));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel" aria-labelledby="passord-tittel">
      <h2 id="passord-tittel">Bytt passord</h2>
      <form className="form" onSubmit={submit} noValidate>
        {errors.form != null && <ErrorMessage error={errors.form} />}
        <Field id="passord-currentPassword" label="Nåværende passord" error={errors.fields.currentPassword}>
          {(p) => <input {...p} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
        <Field id="passord-newPassword" label="Nytt passord" hint="Minst 10 tegn. Du blir logget ut på andre enheter." error={errors.fields.newPassword}>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy}>
          Bytt passord
        </button>
        <p role="status" className="ok-message">
          {done ? 'Passordet er byttet.' : ''}
        </p>
      </form>
    </section>
  );
}
