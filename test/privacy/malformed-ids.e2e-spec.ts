import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/**
 * An id that is not a UUID is answered like an id that does not exist (NOT_FOUND, the same
 * message), never as an unexpected server error: the database never sees it.
 */
describe('ids that are not ids, on the contact inbox and the abuse reports', () => {
  let t: TestApp;
  let researcher: string;
  let editor: string;
  beforeAll(async () => {
    t = await createTestApp();
    researcher = (await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED })).token;
    editor = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(() => t?.close());

  it.each([
    ['markContactMessageAnswered', (id: string) => `mutation { markContactMessageAnswered(id: "${id}") { id } }`, 'researcher'],
    ['blockContactSender', (id: string) => `mutation { blockContactSender(message: "${id}") { id } }`, 'researcher'],
    ['markContactAbuseReportHandled', (id: string) => `mutation { markContactAbuseReportHandled(id: "${id}") { id } }`, 'editor'],
  ])('%s answers a malformed id as it answers an unknown one', async (_name, operation, who) => {
    const token = who === 'editor' ? editor : researcher;
    const unknown = await t.gql(operation(UNKNOWN), {}, token);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    for (const malformed of ['x', '1 OR 1=1', `${UNKNOWN}0`]) {
      const res = await t.gql(operation(malformed), {}, token);
      expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe(unknown.errors?.[0].message);
    }
  });
});
