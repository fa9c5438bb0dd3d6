import { MAX_PENDING_PROPOSALS } from '../../src/organization/organization-editing.service';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const PROPOSE = `mutation($input: OrganizationProposalInput!) { proposeOrganization(input: $input) { id name } }`;
const APPROVE = `mutation($id: ID!) { approveOrganization(id: $id) { id } }`;

/**
 * Any signed-in researcher may propose a missing workplace, and each proposal waits in the
 * editors' queue. One account has only a few waiting at a time, so nobody can flood the queue
 * (or the organisation list) from one account.
 */
describe('how many workplaces one account may have waiting for the editors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  const pendingBy = async (accountId: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM organization WHERE proposed_by_id = $1 AND pending_approval`, [accountId]))[0]
      .n as number;

  it('refuses one more than the limit, naming the field, until an editor has dealt with one', async () => {
    const researcher = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const editor = await createAccount(t, { role: Role.EDITOR });
    const ids: string[] = [];
    for (let i = 1; i <= MAX_PENDING_PROPOSALS; i += 1) {
      const res = await t.gql<{ proposeOrganization: { id: string } }>(PROPOSE, { input: { name: `Foreslått arbeidssted nr. ${i}` } }, researcher.token);
      expect(res.errors).toBeUndefined();
      ids.push(res.data!.proposeOrganization.id);
    }
    const refused = await t.gql(PROPOSE, { input: { name: 'Ett forslag for mye' } }, researcher.token);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(refused.errors?.[0].message).toMatch(/venter/);
    expect(await pendingBy(researcher.account.id)).toBe(MAX_PENDING_PROPOSALS);
    const profile = await t.dataSource.query(`SELECT organization_id FROM researcher WHERE id = $1`, [researcher.researcher.id]);
    expect(profile[0].organization_id).toBe(ids[ids.length - 1]);

    // Another account is not held back by this one.
    const other = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    expect((await t.gql(PROPOSE, { input: { name: 'Et annet arbeidssted' } }, other.token)).errors).toBeUndefined();

    expect((await t.gql(APPROVE, { id: ids[0] }, editor.token)).errors).toBeUndefined();
    expect((await t.gql(PROPOSE, { input: { name: 'Ett forslag for mye' } }, researcher.token)).errors).toBeUndefined();
  });
});
