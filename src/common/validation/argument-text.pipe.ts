import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { badUserInput } from '../errors/app-errors';
import { CONTROL_EXCEPT_NEWLINES } from './text';

/**
 * Refuses NUL and other control characters in every GraphQL argument, however deep, before
 * a resolver runs: PostgreSQL rejects NUL in text with an error that would otherwise surface
 * as INTERNAL_SERVER_ERROR, and no field of this API has a use for them. Line breaks and tabs
 * pass (bios, messages); single-line fields refuse those with their own validators.
 */
@Injectable()
export class ArgumentTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // GraphQL @Args arrive as 'body'; custom decorators (viewer, context) are not client input.
    if (metadata.type !== 'body') return value;
    // Named as the validation pipe names fields: a scalar argument by its name, a field of an
    // input object by its path inside the object.
    const isInputObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    const bad = findControlCharacter(value, isInputObject ? '' : (metadata.data ?? ''));
    if (bad !== null) throw badUserInput(bad || metadata.data || 'input', 'Teksten inneholder ugyldige tegn.');
    return value;
  }
}

/** The path of the first string holding a control character (list positions left out), or null. */
export function findControlCharacter(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return CONTROL_EXCEPT_NEWLINES.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 8) return null;
  const entries = Array.isArray(value) ? value.map((v) => [null, v] as const) : Object.entries(value);
  for (const [key, nested] of entries) {
    const found = findControlCharacter(nested, key === null ? path : path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
