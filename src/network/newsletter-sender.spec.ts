import { signatureMatches, unsubscribeSignature } from './newsletter-sender';
import { returnedRows } from './returned-rows';

describe('unsubscribe signatures', () => {
  const key = 'a'.repeat(43);

  it('accepts the signature made for the address with the key, and nothing else', () => {
    const signature = unsubscribeSignature(key, 'ola@example.no');
    expect(signatureMatches(key, 'ola@example.no', signature)).toBe(true);
    expect(signatureMatches(key, 'kari@example.no', signature)).toBe(false);
    expect(signatureMatches('b'.repeat(43), 'ola@example.no', signature)).toBe(false);
    expect(signatureMatches(key, 'ola@example.no', signature.slice(1))).toBe(false);
    expect(signatureMatches(key, 'ola@example.no', '')).toBe(false);
  });
});

describe('returnedRows', () => {
  it('reads the rows of an INSERT and of an UPDATE … RETURNING', () => {
    expect(returnedRows([{ id: 1 }])).toEqual([{ id: 1 }]);
    expect(returnedRows([[{ id: 1 }], 1])).toEqual([{ id: 1 }]);
    expect(returnedRows([[], 0])).toEqual([]);
    expect(returnedRows(undefined)).toEqual([]);
  });
});
