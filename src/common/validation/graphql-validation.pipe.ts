import { ValidationError, ValidationPipe } from '@nestjs/common';
import { badUserInput } from '../errors/app-errors';

function firstViolation(errors: ValidationError[], prefix = ''): { field: string; message: string } | null {
  for (const error of errors) {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const messages = Object.values(error.constraints ?? {});
    if (messages.length > 0) return { field, message: messages[0] };
    const nested = firstViolation(error.children ?? [], field);
    if (nested) return nested;
  }
  return null;
}

/** Validates every input with class-validator and reports the first bad field as BAD_USER_INPUT. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    stopAtFirstError: true,
    exceptionFactory: (errors) => {
      const violation = firstViolation(errors) ?? { field: 'input', message: 'Ugyldig verdi.' };
      return badUserInput(violation.field, violation.message);
    },
  });
}
