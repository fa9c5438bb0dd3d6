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
    const bad = findControlCharacter(value, metadata.data ?? '');
    if (bad !== null) throw badUserInput(bad || 'input', 'Teksten inneholder ugyldige tegn.');
    return value;
  }
}

/** The path of the first string holding a control character, or null. */
export function findControlCharacter(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return CONTROL_EXCEPT_NEWLINES.test(value) ? path : null;
  if (value === null || typeof value !== 'object' || depth > 8) return null;
  const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value);
  for (const [key, nested] of entries) {
    const found = findControlCharacter(nested, path ? `${path}.${key}` : key, depth + 1);
    if (found !== null) return found;
  }
  return null;
}
