import { badUserInput } from '../common/errors/app-errors';

const BASE64URL = /^[A-Za-z0-9_-]+$/;
const SEQUENCE = /^[1-9][0-9]{0,18}$/;

/** An opaque cursor over the log's sequence, newest first. */
export const encodeAuditCursor = (id: string): string => Buffer.from(JSON.stringify(['a', id])).toString('base64url');

export function decodeAuditCursor(cursor: string): string {
  const invalid = () => badUserInput('after', 'Ugyldig markør i «after». Start fra første side.');
  if (!cursor || cursor.length > 200 || !BASE64URL.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || parsed[0] !== 'a') throw invalid();
  const id: unknown = parsed[1];
  if (typeof id !== 'string' || !SEQUENCE.test(id)) throw invalid();
  return id;
}
