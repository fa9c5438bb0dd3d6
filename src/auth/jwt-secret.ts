import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { Environment, NodeEnv } from '../config/environment';

/** The key that signs access tokens (HS256). */
export class JwtSecret {
  constructor(readonly value: string) {}
}

const SECRET_FILE = 'jwt-secret';

/**
 * JWT_SECRET when set (required in production). Otherwise a random secret made once and kept
 * in DATA_DIR readable by the owner only, so sessions survive restarts; tests keep it in memory.
 */
export function loadJwtSecret(env: Environment): JwtSecret {
  if (env.JWT_SECRET) return new JwtSecret(env.JWT_SECRET);
  if (env.NODE_ENV === NodeEnv.Test) return new JwtSecret(randomBytes(48).toString('base64url'));

  const dir = resolve(env.DATA_DIR);
  const file = join(dir, SECRET_FILE);
  mkdirSync(dir, { recursive: true });
  try {
    // 'wx': only one of several instances starting at once creates it; the others read it.
    writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600, flag: 'wx' });
    new Logger('JwtSecret').log(`Generated a token signing key in ${file}`);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const value = readFileSync(file, 'utf8').trim();
  if (value.length < 32) throw new Error(`${file} holds no usable key: delete it to have a new one made`);
  return new JwtSecret(value);
}
