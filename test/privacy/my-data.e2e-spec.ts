import { MembershipStatus } from '../../src/common/enums/membership.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { Visibility } from '../../src/common/enums/visibility.enum';
import { NetworkMembership } from '../../src/network/network-membership.entity';
import { Network } from '../../src/network/network.entity';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const DELETE = `mutation($pw: String!) { deleteMyAccount(password: $pw) }`;

describe('your data: export and erasure', () => {
  let t: TestApp;
  beforeAll(async () => (t = await createTestApp()));
  afterAll(() => t?.close());

  /** Rows in any table whose text mentions the needle. */
  async function traces(needle: string): Promise<Record<string, number>> {
    const tables: Array<{ table_name: string }> = await t.dataSource.query(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(10);
    const found: Record<string, number> = {};
    for (const { table_name } of tables) {
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM "${table_name}" x WHERE lower(x::text) LIKE $1`, [`%${needle.toLowerCase()}%`]);
      if (n > 0) found[table_name] = n;
    }
    return found;
  }

  async function personWithEverything() {
    const stamp = `${Date.now()}${Math.floor(Math.random() * 1000)}`;
    const person = await createAccount(t, {
      email: `slett.meg.${stamp}@example.no`,
      profileStatus: ProfileStatus.PUBLISHED,
      profile: {
        givenName: 'Slettmeg', familyName: `Fullstendig${stamp}`, email: `privat.${stamp}@example.no`, phone: `+47 9${stamp.slice(-7)}`,
        emailVisibility: Visibility.PUBLIC, areaSlugs: ['gruppeledelse', 'helsekompetanse'], organizationName: 'Helse Bergen HF',
      },
    });
    const networks = await t.dataSource.getRepository(Network).find();
    const memberships = t.dataSource.getRepository(NetworkMembership);
    await memberships.save([
      memberships.create({ networkId: networks[0].id, researcherId: person.researcher.id, status: MembershipStatus.ACTIVE, motivation: 'Vil være med' }),
      memberships.create({ networkId: networks[1].id, researcherId: person.researcher.id, status: MembershipStatus.PENDING }),
    ]);
    // History, sessions and mail links of its own.
    await t.gql(`mutation($v: Int!) { updateMyProfile(input: { title: "Rådgiver", keywords: ["sporbar"] }, expectedVersion: $v) { id } }`, { v: person.researcher.version }, person.token);
    await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: person.account.email, p: person.password });
    await t.gql(`mutation($e: String!) { requestPasswordReset(email: $e) }`, { e: person.account.email });
    await t.mail.waitFor(person.account.email, { subject: /Nytt passord/ });
    return { ...person, network: networks[0], contactEmail: `privat.${stamp}@example.no`, phone: `+47 9${stamp.slice(-7)}` };
  }

  it('exports everything held about the account as JSON, without secrets', async () => {
    const p = await personWithEverything();
    const res = await t.gql(`{ exportMyData }`, {}, p.token);
    expect(res.errors).toBeUndefined();
    const data = JSON.parse(res.data!.exportMyData);
    expect(data.account).toMatchObject({ id: p.account.id, email: p.account.email, role: 'RESEARCHER' });
    expect(data.profile).toMatchObject({
      id: p.researcher.id, given_name: 'Slettmeg', email: p.contactEmail, phone: p.phone,
      title: 'Rådgiver', keywords: ['sporbar'], organization: 'Helse Bergen HF', competence_areas: ['gruppeledelse', 'helsekompetanse'],
      email_visibility: 'PUBLIC', status: 'PUBLISHED',
    });
    expect(data.memberships).toHaveLength(2);
    expect(data.memberships[0]).toMatchObject({ motivation: 'Vil være med', status: 'ACTIVE' });
    expect(data.history.map((h: { action: string }) => h.action)).toEqual(['CREATED', 'UPDATED']);
    expect(data.sessions.length).toBeGreaterThanOrEqual(1);
    expect(data.mailLinks).toEqual([expect.objectContaining({ purpose: 'RESET_PASSWORD' })]);

    const text = res.data!.exportMyData as string;
    const [{ password_hash }] = await t.dataSource.query(`SELECT password_hash FROM account WHERE id = $1`, [p.account.id]);
    const hashes: Array<{ token_hash: string }> = await t.dataSource.query(
      `SELECT token_hash FROM refresh_token WHERE account_id = $1 UNION ALL SELECT token_hash FROM one_time_token WHERE account_id = $1`, [p.account.id]);
    for (const secret of [password_hash, ...hashes.map((h) => h.token_hash)]) expect(text).not.toContain(secret);
    expect(text).not.toMatch(/argon2|hash/i);
  });

  it('needs the password to erase, and erases nothing on a wrong one', async () => {
    const p = await createAccount(t);
    const res = await t.gql(DELETE, { pw: 'ikke-mitt-passord' }, p.token);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect(await traces(p.account.id)).not.toEqual({});
    expect((await t.gql(DELETE, { pw: p.password })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it('erases account, profile, areas, memberships, history, sessions and links: no row mentions the person', async () => {
    const p = await personWithEverything();
    const needles = [p.account.id, p.researcher.id, p.account.email, p.contactEmail, p.phone, p.researcher.familyName];
    const before = await traces(p.account.id);
    // The scan finds the person where we know they are (other features may add tables of their own).
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['account', 'one_time_token', 'profile_change', 'refresh_token', 'researcher']));
    expect(Object.keys(await traces(p.researcher.id))).toEqual(
      expect.arrayContaining(['network_membership', 'profile_change', 'researcher', 'researcher_competence_area']),
    );

    const [{ before_count }] = await t.dataSource.query(`SELECT count(*)::int AS before_count FROM network_membership WHERE network_id = $1 AND status = 'ACTIVE'`, [p.network.id]);
    const members = `query($slug: String!) { network(slug: $slug) { memberCount members { researcher { id } } } }`;
    const listed = (await t.gql(members, { slug: p.network.slug })).data!.network;
    expect(listed.members.map((m: { researcher: { id: string } }) => m.researcher.id)).toContain(p.researcher.id);

    expect((await t.gql(DELETE, { pw: p.password }, p.token)).data).toEqual({ deleteMyAccount: true });

    for (const needle of needles) expect({ needle, rows: await traces(needle) }).toEqual({ needle, rows: {} });
    const after = (await t.gql(members, { slug: p.network.slug })).data!.network;
    expect(after.members.map((m: { researcher: { id: string } }) => m.researcher.id)).not.toContain(p.researcher.id);
    expect(after.memberCount).toBe(listed.memberCount - 1);
    expect(before_count).toBeGreaterThan(0);
    expect((await t.gql(`query($id: ID) { researcher(id: $id) { id } }`, { id: p.researcher.id })).data!.researcher).toBeNull();
    // The old token is refused at once, and the address is free to register again.
    expect((await t.http().post('/graphql').set('authorization', `Bearer ${p.token}`).send({ query: '{ me { id } }' })).status).toBe(401);
    expect((await t.gql(`mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }`, { e: p.account.email, p: p.password })).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });

  it("an erased editor's decisions stay on others' records, without their name", async () => {
    // Published: an editor's unpublished profile is named "Redaksjonen" to owners anyway.
    const editor = await createAccount(t, { role: Role.EDITOR, profileStatus: ProfileStatus.PUBLISHED, profile: { givenName: 'Redaktør', familyName: 'Borte' } });
    const owner = await createAccount(t);
    await t.gql(`mutation { submitMyProfileForReview { id } }`, {}, owner.token);
    await t.gql(`mutation($id: ID!) { reviewProfile(id: $id, decision: PUBLISH) { id } }`, { id: owner.researcher.id }, editor.token);
    const HISTORY = `{ profileHistory { action byOwner actorName } }`;
    expect((await t.gql(HISTORY, {}, owner.token)).data!.profileHistory[0]).toEqual({ action: 'PUBLISHED', byOwner: false, actorName: 'Redaktør Borte' });
    await t.gql(DELETE, { pw: editor.password }, editor.token);
    expect((await t.gql(HISTORY, {}, owner.token)).data!.profileHistory[0]).toEqual({ action: 'PUBLISHED', byOwner: false, actorName: null });
    expect(await traces(editor.account.id)).toEqual({});
  });
});
