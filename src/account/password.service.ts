import { Injectable } from '@nestjs/common';
import { hash, parseOptions, verify } from '@node-rs/argon2';

// Argon2id with OWASP's minimum: 19 MiB of memory, 2 passes, one lane.
const ARGON2ID = 2; // Algorithm.Argon2id (a const enum, which swc cannot inline)
const PARAMS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Hashes and verifies passwords; the only code that touches the hash format. */
@Injectable()
export class PasswordService {
  // Verified against when the account does not exist, so an unknown address costs the same time.
  private readonly decoy = hash('decoy password that matches nothing', PARAMS);

  hash(password: string): Promise<string> {
    return hash(password, PARAMS);
  }

  async verify(passwordHash: string | null | undefined, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.decoy), password);
    } catch {
      return false; // a malformed stored hash never matches
    }
  }

  /** True when the stored hash was made with weaker settings than today's and should be redone. */
  needsRehash(passwordHash: string): boolean {
    try {
      const p = parseOptions(passwordHash);
      return (
        p.algorithm !== ARGON2ID ||
        p.memoryCost < PARAMS.memoryCost ||
        p.timeCost < PARAMS.timeCost
      );
    } catch {
      return true;
    }
  }
}
