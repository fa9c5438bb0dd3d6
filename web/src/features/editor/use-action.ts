import { useState } from 'react';
import { ApiRequestError } from '../../graphql/api-error';

export interface ActionState {
  busy: boolean;
  /** The failure of the last run, if it failed (shown with ErrorMessage or beside fields). */
  error: unknown;
  /** Messages by input field from BAD_USER_INPUT errors of the last run. */
  fieldErrors: Record<string, string>;
  /** Runs `work`; resolves true when it succeeded. */
  run: (work: () => Promise<unknown>) => Promise<boolean>;
}

/** One editor action (a mutation) at a time, with its busy state and errors. */
export function useAction(): ActionState {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (err) {
      setError(err);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const fieldErrors: Record<string, string> = {};
  if (error instanceof ApiRequestError) {
    for (const [name, message] of Object.entries(error.fieldErrors())) fieldErrors[name.replace(/^input\./, '')] = message;
  }
  return { busy, error, fieldErrors, run };
}
