import { Transform } from 'class-transformer';
import { registerDecorator, ValidateIf, ValidationOptions } from 'class-validator';
import { normalizeOrcid } from '../../common/validation/orcid';

/** Validate the field when it was sent at all; `null` then fails the validators (the field cannot be cleared). */
export const IfPresent = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Trims every string in an array. */
export const TrimEach = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim() : v)) : value,
  );

/** Trims and lower-cases every string in an array (codes and slugs). */
export const LowerEach = () =>
  Transform(({ value }: { value: unknown }) =>
    Array.isArray(value) ? value.map((v: unknown) => (typeof v === 'string' ? v.trim().toLowerCase() : v)) : value,
  );

/** Accepts an ORCID iD in any common spelling and stores the canonical dashed form. */
export const ToOrcid = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? (value.trim() === '' ? null : (normalizeOrcid(value) ?? value.trim())) : value,
  );

/** A valid ORCID iD: four groups of four, ISO 7064 11,2 check character last. */
export function IsOrcid(validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isOrcid',
      target: object.constructor,
      propertyName,
      options: { message: 'ORCID iD-en er ugyldig (sjekk sifrene, f.eks. 0000-0002-1825-0097).', ...validationOptions },
      validator: { validate: (value: unknown) => typeof value === 'string' && normalizeOrcid(value) === value },
    });
}
