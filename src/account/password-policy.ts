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
    if (this.leansOnPersonalInputs(password, inputs)) {
      throw badUserInput(
        field,
        'Passordet bygger på navnet eller e-postadressen din, som andre kan finne. Velg ord som ikke handler om deg.',
      );
    }
    return password;
  }

  /**
   * An attacker who targets one person tries their name and address first, and zxcvbn still
   * scores "GreteGran2024" as strong for Grete Gran (two known words and a year are 10^8
   * guesses). So the password must stay strong with those parts taken out.
   */
  private leansOnPersonalInputs(password: string, inputs: string[]): boolean {
    let rest = password;
    const lowerRest = () => rest.toLocaleLowerCase('nb');
    for (const input of [...inputs].sort((a, b) => b.length - a.length)) {
      const needle = input.toLocaleLowerCase('nb');
      let at: number;
      while ((at = lowerRest().indexOf(needle)) >= 0) rest = rest.slice(0, at) + rest.slice(at + needle.length);
    }
    if (rest.length === password.length) return false;
    return this.estimator.check(rest).score < MIN_SCORE;
  }
}
