import { decodeCursor, encodeCursor } from './search-cursor';
import { ResearcherOrder } from './types/researcher-order.enum';

const id = '0b6f6c1e-8d2a-4c3e-9f1a-2b3c4d5e6f70';

describe('search cursors', () => {
  it.each([
    [ResearcherOrder.RELEVANCE, [1234567, 'løvås åse']],
    [ResearcherOrder.NAME, '}sen ingrid'],
    [ResearcherOrder.RECENTLY_UPDATED, 1795439843518123],
  ] as const)('round-trips a %s position exactly', (order, key) => {
    const cursor = encodeCursor({ order, key: key as never, id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, order)).toEqual({ order, key, id });
  });

  it('refuses a cursor made for another order', () => {
    const cursor = encodeCursor({ order: ResearcherOrder.NAME, key: 'a', id });
    expect(() => decodeCursor(cursor, ResearcherOrder.RECENTLY_UPDATED)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
    );
  });

  it.each([
    '',
    'x',
    '====',
    Buffer.from('[]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
    Buffer.from(JSON.stringify(['n', 'a', 'not-a-uuid'])).toString('base64url'),
    Buffer.from(JSON.stringify(['n', 5, id])).toString('base64url'),
    Buffer.from(JSON.stringify(['r', [1.5, 'a'], id])).toString('base64url'),
    Buffer.from(JSON.stringify(['r', 1, id])).toString('base64url'),
    Buffer.from(JSON.stringify(['u', 'x', id])).toString('base64url'),
    'A'.repeat(2000),
  ])('rejects %j', (cursor) => {
    const order = cursor.length > 10 && cursor.startsWith('W') ? ResearcherOrder.NAME : ResearcherOrder.RELEVANCE;
    expect(() => decodeCursor(cursor, order)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ field: 'after' }) }));
  });
});
