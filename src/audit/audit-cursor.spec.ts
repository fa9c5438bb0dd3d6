import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';

describe('audit log cursor', () => {
  it('reads back what it wrote', () => {
    expect(decodeAuditCursor(encodeAuditCursor('42'))).toBe('42');
    expect(decodeAuditCursor(encodeAuditCursor('9007199254740993'))).toBe('9007199254740993');
  });

  it.each([
    ['empty', ''],
    ['not base64url', 'a+b/c='],
    ['not JSON', Buffer.from('nope').toString('base64url')],
    ['another tag', Buffer.from(JSON.stringify(['r', '1'])).toString('base64url')],
    ['a number, not a string', Buffer.from(JSON.stringify(['a', 1])).toString('base64url')],
    ['not a sequence number', Buffer.from(JSON.stringify(['a', '1; DROP'])).toString('base64url')],
    ['too long', 'a'.repeat(201)],
  ])('refuses %s as BAD_USER_INPUT on after', (_, cursor) => {
    expect(() => decodeAuditCursor(cursor)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }));
  });
});
