import { badUserInput } from '../common/errors/app-errors';
import { isUUID } from 'class-validator';
import { ResearcherOrder } from './types/researcher-order.enum';

/**
 * Where a page ended: the sort key of its last row and that row's id, which breaks ties.
 * Keys: RELEVANCE [score, sort name], NAME sort name, RECENTLY_UPDATED microseconds.
 */
export interface CursorPosition {
  order: ResearcherOrder;
  key: CursorKey;
  id: string;
}

export type CursorKey = number | string | [number, string];

const MAX_NAME_KEY = 500;
const isNameKey = (key: unknown): key is string => typeof key === 'string' && key.length <= MAX_NAME_KEY;
const KEY_IS_VALID: Record<ResearcherOrder, (key: unknown) => boolean> = {
  [ResearcherOrder.RELEVANCE]: (key) =>
    Array.isArray(key) && key.length === 2 && Number.isSafeInteger(key[0]) && isNameKey(key[1]),
  [ResearcherOrder.NAME]: isNameKey,
  [ResearcherOrder.RECENTLY_UPDATED]: (key) => Number.isSafeInteger(key),
};

const TAGS: Record<ResearcherOrder, string> = {
  [ResearcherOrder.RELEVANCE]: 'r',
  [ResearcherOrder.NAME]: 'n',
  [ResearcherOrder.RECENTLY_UPDATED]: 'u',
};
const BASE64URL = /^[A-Za-z0-9_-]+$/;
const MAX_CURSOR_LENGTH = 1000;

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([TAGS[position.order], position.key, position.id])).toString('base64url');
}

/** Reads a cursor made by {@link encodeCursor} for the same ordering; anything else is the client's error. */
export function decodeCursor(cursor: string, order: ResearcherOrder): CursorPosition {
  const invalid = () => badUserInput('after', 'Ugyldig markør i «after». Start søket på nytt fra første side.');
  if (cursor.length === 0 || cursor.length > MAX_CURSOR_LENGTH || !BASE64URL.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalid();
  const [tag, key, id] = parsed as unknown[];
  if (tag !== TAGS[order] || typeof id !== 'string' || !isUUID(id, 'loose')) throw invalid();
  if (!KEY_IS_VALID[order](key)) throw invalid();
  return { order, key: key as CursorKey, id };
}
