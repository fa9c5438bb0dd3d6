import { useState, type FormEvent } from 'react';
import { request } from '../../graphql/client';
import { ApiRequestError } from '../../graphql/api-error';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { Field } from '../../ui/Field';
import { ProposeOrganizationMutation } from './my-profile-operations';

/**
 * A workplace missing from the list: the owner proposes it, it becomes the profile's workplace
 * at once, and the editors approve, correct or merge it.
 */
export function ProposeWorkplace({ onProposed }: { onProposed: (name: string) => void }) {
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = error instanceof ApiRequestError ? error.fieldErrors().name : undefined;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const { proposeOrganization } = await request(ProposeOrganizationMutation, { input: { name } });
      setName('');
      onProposed(proposeOrganization.name);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <details className="form-section">
      <summary>Finner du ikke arbeidsstedet ditt?</summary>
      <form onSubmit={submit}>
        {error && !fieldError ? <ErrorMessage error={error} /> : null}
        <Field
          id="foreslatt-arbeidssted"
          label="Foreslått navn"
          hint="Det blir arbeidsstedet ditt med en gang, og redaksjonen legger det inn i lista. Lagre andre endringer først."
          error={fieldError}
        >
          {(p) => <input type="text" {...p} value={name} onChange={(e) => setName(e.target.value)} required maxLength={200} />}
        </Field>
        <button type="submit" className="button button--secondary" disabled={busy}>
          Foreslå arbeidssted
        </button>
      </form>
    </details>
  );
}
