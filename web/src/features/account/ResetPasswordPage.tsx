import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'wouter';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { type FormErrors, NO_ERRORS, toFormErrors } from './form-errors';
import { ResetPasswordMutation } from './password-operations';

/** Where the reset mail's link leads: /nytt-passord?token=... */
export default function ResetPasswordPage() {
  useDocumentMeta('Nytt passord');
  const [params] = useSearchParams();
  const [password, setPassword] = useState('');
  const [done, setDone] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await request(ResetPasswordMutation, { token: params.get('token') ?? '', newPassword: password }, { anonymous: true });
      setDone(true);
    } catch (err) {
      // A used or expired link is about the token, not the password field.
      setErrors(toFormErrors(err, ['newPassword']));
    }
  };

  return (
    <div className="page page--narrow">
      <h1>Nytt passord</h1>
      {done ? (
        <p role="status">
          Passordet er byttet. <Link href="/logg-inn">Logg inn med det nye passordet</Link>.
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          {errors.form != null && <ErrorMessage error={errors.form} />}
          <Field id="nytt-newPassword" label="Nytt passord" hint="Minst 10 tegn." error={errors.fields.newPassword}>
            {(p) => <input {...p} type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
          </Field>
          <button type="submit" className="button">
            Lagre nytt passord
          </button>
        </form>
      )}
    </div>
  );
}
