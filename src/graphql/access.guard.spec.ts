import { Role } from '../common/enums/role.enum';
import { accessRefusal, OperationAccess } from './access.guard';
import type { Viewer } from './viewer';

const viewers: Record<string, Viewer | null> = {
  anonymous: null,
  researcher: { accountId: 'a1', role: Role.RESEARCHER },
  editor: { accountId: 'a2', role: Role.EDITOR },
  admin: { accountId: 'a3', role: Role.ADMIN },
};

const declarations: Record<string, OperationAccess> = {
  '@Public()': { isPublic: true },
  'no decorator': { isPublic: false },
  '@Roles() with no role': { isPublic: false, roles: [] },
  '@Roles(EDITOR, ADMIN)': { isPublic: false, roles: [Role.EDITOR, Role.ADMIN] },
  '@Roles(ADMIN)': { isPublic: false, roles: [Role.ADMIN] },
};

const OK = null;
const UNAUTH = 'UNAUTHENTICATED';
const FORBID = 'FORBIDDEN';

// Columns: anonymous, researcher, editor, admin.
const table: [string, (typeof OK | typeof UNAUTH | typeof FORBID)[]][] = [
  ['@Public()', [OK, OK, OK, OK]],
  ['no decorator', [UNAUTH, OK, OK, OK]],
  ['@Roles() with no role', [UNAUTH, OK, OK, OK]],
  ['@Roles(EDITOR, ADMIN)', [UNAUTH, FORBID, OK, OK]],
  ['@Roles(ADMIN)', [UNAUTH, FORBID, FORBID, OK]],
];

describe('access policy (the access guard)', () => {
  it.each(table)('%s: anonymous, researcher, editor, admin', (declaration, expected) => {
    const seen = Object.values(viewers).map((viewer) => accessRefusal(declarations[declaration], viewer));
    expect(seen).toEqual(expected);
  });
});
