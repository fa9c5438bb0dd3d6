import { type FormEvent, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useSession } from '../../auth/use-session';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { useDocumentMeta } from '../../ui/use-document-meta';
import { type FormErrors, NO_ERRORS, toFormErrors } from './form-errors';
import { useFocusFirstError } from './use-focus-first-error';

const FIELDS = ['givenName', 'familyName', 'email', 'password'] as const;
type Values = Record<(typeof FIELDS)[number], string>;

export default function RegisterPage() {
  useDocumentMeta('Opprett konto', 'Opprett en konto i Kompetansekatalogen og lag din forskerprofil.');
  const { register } = useSession();
  const [, navigate] = useLocation();
  const [values, setValues] = useState<Values>({ givenName: '', familyName: '', email: '', password: '' });
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  useFocusFirstError(errors, FIELDS, 'registrer');

  const set = (field: keyof Values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await register({ ...values, email: values.email.trim(), givenName: values.givenName.trim(), familyName: values.familyName.trim() });
      navigate('/min-profil', { replace: true });
    } catch (err) {
      setErrors(toFormErrors(err, FIELDS));
      setBusy(false);
    }
  };

  return (
    <div className="page page--narrow">
      <h1>Opprett konto</h1>
      <p className="lead">
        Med en konto lager du din egen forskerprofil. Redaksjonen ser over profilen før den blir synlig i katalogen.
      </p>
      <form className="form" onSubmit={submit} noValidate>
        {errors.form != null && <ErrorMessage error={errors.form} />}
        <Field id="registrer-givenName" label="Fornavn" error={errors.fields.givenName}>
          {(p) => <input {...p} autoComplete="given-name" value={values.givenName} onChange={set('givenName')} required />}
        </Field>
        <Field id="registrer-familyName" label="Etternavn" error={errors.fields.familyName}>
          {(p) => <input {...p} autoComplete="family-name" value={values.familyName} onChange={set('familyName')} required />}
        </Field>
        <Field id="registrer-email" label="E-postadresse" hint="Du logger inn med denne. Vi sender en lenke for å bekrefte den." error={errors.fields.email}>
          {(p) => <input {...p} type="email" autoComplete="email" value={values.email} onChange={set('email')} required />}
        </Field>
        <Field
          id="registrer-password"
          label="Passord"
          hint="Minst 10 tegn. Flere ord satt sammen er lett å huske og vanskelig å gjette."
          error={errors.fields.password}
        >
          {(p) => <input {...p} type="password" autoComplete="new-password" value={values.password} onChange={set('password')} required />}
        </Field>
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Oppretter …' : 'Opprett konto'}
        </button>
      </form>
      <p>
        Har du allerede en konto? <Link href="/logg-inn">Logg inn</Link>
      </p>
    </div>
  );
}
