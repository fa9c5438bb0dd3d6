import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { registerDecorator, ValidationOptions } from 'class-validator';

/**
 * About 2^66 guesses. Random keys are far above it (32 hex characters: 10^32, base64 more),
 * while a repeated word ("changeme" four times), a keyboard run or a few dictionary words of
 * 32 characters fall far below, however long they are.
 */
const MIN_GUESSES_LOG10 = 20;

let estimator: ZxcvbnFactory | undefined;

export function isUnpredictableSecret(secret: string): boolean {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator.check(secret).guessesLog10 >= MIN_GUESSES_LOG10;
}

/** Refuses a signing key an attacker could guess from a pattern or a word list. */
export function IsUnpredictableSecret(validationOptions?: ValidationOptions) {
  return (object: object, propertyName: string) =>
    registerDecorator({
      name: 'isUnpredictableSecret',
      target: object.constructor,
      propertyName,
      options: validationOptions,
      validator: { validate: (value: unknown) => typeof value === 'string' && isUnpredictableSecret(value) },
    });
}
