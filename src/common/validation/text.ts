import { Transform } from 'class-transformer';
import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * Trims surrounding whitespace and composes to Unicode NFC, so "Zoë" typed with a combining
 * diaeresis is stored, searched and compared as the same name as the precomposed one.
 * Other values pass untouched for the validators to judge.
 */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.normalize('NFC').trim() : value));

// C0 controls, DEL, C1 controls; and the bidirectional overrides that can disguise text.
// Matching control characters is the point here.
/* eslint-disable no-control-regex */
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
export const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;
/* eslint-enable no-control-regex */

/**
 * What a single line of text (a name, a title, a subject) may not hold besides controls:
 * format characters (zero-width spaces and joiners, direction marks, soft hyphen, BOM, tag
 * characters: \p{Cf}), line and paragraph separators, and letters that render as nothing
 * (Hangul fillers, Braille blank, Mongolian vowel separator). Names of every script pass.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\u180E]/u;
/** More than two combining marks in a row after NFC is no letter of any language ("Zalgo" text). */
const MARK_RUN = /\p{M}{3,}/u;

/** True when a single line of text is fit to show as a name or title. */
export function isVisibleSingleLine(text: string): boolean {
  const composed = text.normalize('NFC');
  return !INVISIBLE.test(composed) && !MARK_RUN.test(composed) && /[\p{L}\p{N}\p{P}\p{S}]/u.test(composed);
}

/** Strips what renders as nothing from the start of a text (before a CSV formula check, say). */
export function stripInvisiblePrefix(text: string): string {
  return text.replace(/^[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\u180E]+/u, '');
}

/**
 * Refuses NUL and other control characters; `multiline` allows line breaks and tabs (e.g. a bio).
 * Single-line text (the default) also refuses invisible and formatting characters and runs of
 * combining marks, so "Al\u200Bice" cannot pass for Alice beside her in search.
 */
export function NoControlChars(options: { multiline?: boolean } = {}, validationOptions?: ValidationOptions) {
  const valid = options.multiline
    ? (text: string) => !CONTROL_EXCEPT_NEWLINES.test(text)
    : (text: string) => !CONTROL.test(text) && (text === '' || isVisibleSingleLine(text));
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'noControlChars',
      target: object.constructor,
      propertyName,
      options: {
        message: options.multiline
          ? 'Teksten inneholder ugyldige tegn.'
          : 'Teksten inneholder usynlige tegn, formateringstegn eller linjeskift. Skriv den på én linje med vanlige bokstaver.',
        ...validationOptions,
      },
      validator: {
        validate: (value: unknown) => value === null || value === undefined || (typeof value === 'string' && valid(value)),
      },
    });
}

/** For fields that may be cleared: trims, and an empty string means "clear" (null). */
export const TrimToNull = () =>
  Transform(({ value }: { value: unknown }) => {
    if (typeof value !== 'string') return value;
    const trimmed = value.normalize('NFC').trim();
    return trimmed === '' ? null : trimmed;
  });
