import { ApiRequestError } from '../../graphql/api-error';

export interface FormErrors {
  /** Messages by input field name ("orcid", "email", ...), from BAD_USER_INPUT errors. */
  fields: Record<string, string>;
  /** An error that belongs to no field, in words; null when there is none. */
  form: unknown;
}

export const NO_ERRORS: FormErrors = { fields: {}, form: null };

/** Splits a failed request into messages beside fields and one for the whole form. */
export function toFormErrors(error: unknown, knownFields: readonly string[]): FormErrors {
  if (!(error instanceof ApiRequestError)) return { fields: {}, form: error };
  const fields: Record<string, string> = {};
  for (const [name, message] of Object.entries(error.fieldErrors())) {
    // The API names input fields bare ("orcid") or by path ("input.orcid").
    const field = name.replace(/^input\./, '');
    if (knownFields.includes(field)) fields[field] ??= message;
  }
  return { fields, form: Object.keys(fields).length > 0 ? null : error };
}
