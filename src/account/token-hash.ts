import { createHash, randomBytes } from 'node:crypto';

/** A fresh random secret for a link or a refresh token (256 bits, URL-safe). */
export const randomToken = (): string => randomBytes(32).toString('base64url');

/**
 * Tokens are random and long, so a fast hash is enough to make a stolen table useless
 * (unlike passwords, there is nothing to guess).
 */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
