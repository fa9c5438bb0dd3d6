import { Injectable } from '@nestjs/common';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { badUserInput } from '../common/errors/app-errors';

export const PASSWORD_MIN_LENGTH = 10;
// Far above what anyone types (ASVS asks that 64+ be allowed); a bound keeps hashing cheap to ask for.
export const PASSWORD_MAX_LENGTH = 1024;
const MIN_SCORE = 3;

// Words Norwegian users reach for that the common (English-leaning) lists may miss.
const NORWEGIAN_COMMON = [
  'passord', 'hemmelig', 'hemmeligpassord', 'sommer', 'vinter', 'høst', 'vår', 'norge', 'oslo', 'bergen',
  'trondheim', 'tromsø', 'stavanger', 'kristiansand', 'jeghetter', 'velkommen', 'kjæreste', 'fotball', 'rosenborg',
  'brann', 'vålerenga', 'sykehus', 'helse', 'læring', 'mestring', 'forsker', 'forskning', 'kompetanse',
  'kompetansekatalogen', 'pasient', 'pårørende', 'sykepleier', 'lege',
];

/**
 * OWASP ASVS 5 password rules: long enough, never truncated, no composition rules, and
 * refused when a strength estimator with common-password dictionaries finds it guessable.
 */
@Injectable()
export class PasswordPolicy {
  private readonly estimator = new ZxcvbnFactory({
    dictionary: { ...dictionary, norwegian: NORWEGIAN_COMMON },
    graphs: adjacencyGraphs,
  });

  /** Throws BAD_USER_INPUT naming `field` when the password is not acceptable. */
  check(password: unknown, field: string, personalInputs: Array<string | null | undefined> = []): string {
    if (typeof password !== 'string') throw badUserInput(field, 'Oppgi et passord.');
    const length = [...password].length;
    if (length < PASSWORD_MIN_LENGTH) {
      throw badUserInput(field, `Passordet må ha minst ${PASSWORD_MIN_LENGTH} tegn.`);
    }
    if (length > PASSWORD_MAX_LENGTH) {
      throw badUserInput(field, `Passordet kan ha høyst ${PASSWORD_MAX_LENGTH} tegn.`);
    }
    const inputs = personalInputs.flatMap((s) => (s ? [s, ...s.split(/[@.\s_-]+/)] : [])).filter((s) => s.length > 2);
    const result = this.estimator.check(password, inputs);
    if (result.score < MIN_SCORE) {
      throw badUserInput(
        field,
        'Passordet er for lett å gjette. Bruk gjerne flere ord som ikke hører sammen, eller en lengre setning.',
      );
    }
    return password;
  }
}
