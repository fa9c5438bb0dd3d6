import { useEffect } from 'react';
import type { FormErrors } from './form-errors';

/** After a refused submit, moves focus to the first field with a message (ids are `prefix-field`). */
export function useFocusFirstError(errors: FormErrors, order: readonly string[], prefix: string): void {
  useEffect(() => {
    const first = order.find((f) => errors.fields[f]);
    if (first) document.getElementById(`${prefix}-${first}`)?.focus();
  }, [errors, order, prefix]);
}
