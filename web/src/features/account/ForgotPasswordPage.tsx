import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { type FormErrors, NO_ERRORS, toFormErrors } from './form-errors';
import { RequestPasswordResetMutation } from './password-operations';

export default function ForgotPasswordPage() {
  useDocumentMeta('Glemt passord');
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors(NO_ERRORS);
    try {
      await request(RequestPasswordResetMutation, { email: email.trim() }, { anonymous: true });
      setSent(true);
    } catch (err) {
      setErrors(toFormErrors(err, ['email']));
    }
  };

  return (
    <div className="page page--narrow">
      <h1>Glemt passord</h1>
      {sent ? (
        <p role="status">
          Hvis det finnes en konto for {email.trim()}, har vi sendt en lenke for å lage nytt passord. Sjekk e-posten din.
        </p>
      ) : (
        <form className="form" onSubmit={submit} noValidate>
          <p>Skriv e-postadressen du logger inn med, så sender vi en lenke for å lage nytt passord.</p>
          {errors.form != null && <ErrorMessage error={errors.form} />}
          <Field id="glemt-email" label="E-postadresse" error={errors.fields.email}>
            {(p) => <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <button type="submit" className="button">
            Send lenke
          </button>
        </form>
      )}
      <p>
        <Link href="/logg-inn">Tilbake til innlogging</Link>
      </p>
    </div>
  );
}
