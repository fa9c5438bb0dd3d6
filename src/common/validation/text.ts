import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** Trims surrounding whitespace from strings (other values pass untouched for the validators to judge). */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));

// C0 controls, DEL, C1 controls; and the bidirectional overrides that can disguise text.
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
export const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/** Refuses NUL and other control characters; `multiline` allows line breaks and tabs (e.g. a bio). */
export function NoControlChars(options: { multiline?: boolean } = {}, validationOptions?: ValidationOptions) {
  const pattern = options.multiline ? CONTROL_EXCEPT_NEWLINES : CONTROL;
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'noControlChars',
      target: object.constructor,
      propertyName,
      options: { message: 'Teksten inneholder ugyldige tegn.', ...validationOptions },
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' && !pattern.test(value)),
      },
    });
}

/** For fields that may be cleared: trims, and an empty string means "clear" (null). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.trim();
    return trimmed === '' ? null : trimmed;
  });
