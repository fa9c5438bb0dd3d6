import { type FormEvent, useState } from 'react';
import { useLocation } from 'wouter';
import { session } from '../../auth/session-store';
import { request } from '../../graphql/client';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { type FormErrors, NO_ERRORS, toFormErrors } from './form-errors';
import { DeleteMyAccountMutation, ExportMyDataQuery } from './my-profile-operations';

/** Download everything held about me (JSON), or erase the account after asking for the password. */
export function MyDataPanel() {
  const [, navigate] = useLocation();
  const [exportError, setExportError] = useState<unknown>(null);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);

  const download = async () => {
    setExportError(null);
    try {
      const data = await request(ExportMyDataQuery, {});
      const url = URL.createObjectURL(new Blob([data.exportMyData], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `kompetansekatalogen-mine-data-${new Date().toISOString().slice(0, 10)}.json`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      setExportError(err);
    }
  };

  const erase = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      await request(DeleteMyAccountMutation, { password });
      session.forget();
      navigate('/konto-slettet', { replace: true });
    } catch (err) {
      setErrors(toFormErrors(err, ['password']));
      setBusy(false);
      document.getElementById('slett-password')?.focus();
    }
  };

  return (
    <section className="panel" aria-labelledby="data-tittel">
      <h2 id="data-tittel">Dine data</h2>
      <p>Last ned alt Kompetansekatalogen har lagret om deg, som en JSON-fil.</p>
      {exportError != null && <ErrorMessage error={exportError} />}
      <button type="button" className="button button--secondary" onClick={download}>
        Last ned mine data
      </button>
      <h3>Slett kontoen</h3>
      <p>
        Kontoen, profilen, medlemskapene og historikken slettes for godt. Det kan ikke angres. Skriv inn passordet ditt for å
        bekrefte.
      </p>
      <form className="form" onSubmit={erase} noValidate>
        {errors.form != null && <ErrorMessage error={errors.form} />}
        <Field id="slett-password" label="Passord" error={errors.fields.password}>
          {(p) => (
            <input {...p} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button--danger" disabled={busy || !password}>
          Slett kontoen min for godt
        </button>
      </form>
    </section>
  );
}
