import { badUserInput } from '../common/errors/app-errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A position in a newest-first list: the row's time (ISO) and id. */
export interface ListPosition {
  at: Date;
  id: string;
}

export const encodeListCursor = (p: ListPosition): string =>
  Buffer.from(JSON.stringify([p.at.toISOString(), p.id])).toString('base64url');

export function decodeListCursor(cursor: string): ListPosition {
  const invalid = () => badUserInput('after', 'Ugyldig markør i «after». Start fra første side.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [at, id] = parsed as unknown[];
  if (typeof at !== 'string' || typeof id !== 'string' || !UUID.test(id) || Number.isNaN(Date.parse(at))) throw invalid();
  return { at: new Date(at), id };
}
