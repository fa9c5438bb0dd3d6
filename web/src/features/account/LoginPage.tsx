import { type FormEvent, useState } from 'react';
import { Link, useLocation, useSearchParams } from 'wouter';
import { useSession } from '../../auth/use-session';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { type FormErrors, NO_ERRORS, toFormErrors } from './form-errors';
import { safeNext } from './safe-next';
import { useFocusFirstError } from './use-focus-first-error';

const FIELDS = ['email', 'password'] as const;

export default function LoginPage() {
  useDocumentMeta('Logg inn', 'Logg inn i Kompetansekatalogen for å holde profilen din oppdatert.');
  const { login } = useSession();
  const [, navigate] = useLocation();
  const [params] = useSearchParams();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  useFocusFirstError(errors, FIELDS, 'logg-inn');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await login(email.trim(), password);
      navigate(safeNext(params.get('neste')), { replace: true });
    } catch (err) {
      setErrors(toFormErrors(err, FIELDS));
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>Logg inn</h1>
      <p className="lead">For forskere som vil holde profilen sin oppdatert, og for redaksjonen.</p>
      {params.get('utlogget') === 'overalt' && (
        <p role="status" className="ok-message">
          Du er logget ut på alle enheter.
        </p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        {errors.form != null && <ErrorMessage error={errors.form} />}
        <Field id="logg-inn-email" label="E-postadresse" error={errors.fields.email}>
          {(p) => (
            <input {...p} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} required />
          )}
        </Field>
        <Field id="logg-inn-password" label="Passord" error={errors.fields.password}>
          {(p) => (
            <input
              {...p}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Logger inn …' : 'Logg inn'}
        </button>
      </form>
      <p>
        <Link href="/glemt-passord">Glemt passordet?</Link>
      </p>
      <p>
        Ny her? <Link href="/registrer">Opprett en konto</Link>
      </p>
    </div>
  );
}
