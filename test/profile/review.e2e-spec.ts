import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';

const SUBMIT = `mutation { submitMyProfileForReview { id status version } }`;
const REVIEW = `mutation($id: ID!, $d: ReviewDecision!, $note: String) { reviewProfile(id: $id, decision: $d, note: $note) { id status reviewNote } }`;
const PENDING = `{ pendingProfiles { id fullName status } }`;
const PUBLIC_VIEW = `query($id: ID) { researcher(id: $id) { id title } }`;

describe('review before publication', () => {
  let t: TestApp;
  let editor: string;
  beforeAll(async () => {
    t = await createTestApp();
    editor = (await createAccount(t, { role: Role.EDITOR })).token;
  });
  afterAll(() => t?.close());

  it('goes DRAFT → PENDING_REVIEW → PUBLISHED, mails the owner, and later edits go live at once', async () => {
    const { token, researcher, account } = await createAccount(t, { profile: { givenName: 'Rita', familyName: 'Review' } });
    const submitted = await t.gql(SUBMIT, {}, token);
    expect(submitted.data!.submitMyProfileForReview.status).toBe('PENDING_REVIEW');
    expect((await t.gql(SUBMIT, {}, token)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', status: 'PENDING_REVIEW' });

    const queue = (await t.gql(PENDING, {}, editor)).data!.pendingProfiles;
    expect(queue).toContainEqual({ id: researcher.id, fullName: 'Rita Review', status: 'PENDING_REVIEW' });
    expect((await t.gql(PUBLIC_VIEW, { id: researcher.id })).data!.researcher).toBeNull();

    const published = await t.gql(REVIEW, { id: researcher.id, d: 'PUBLISH', note: 'Fin profil!' }, editor);
    expect(published.data!.reviewProfile).toMatchObject({ status: 'PUBLISHED', reviewNote: 'Fin profil!' });
    const mail = await t.mail.waitFor(account.email, { subject: /publisert/ });
    expect(mail.text).toContain('Fin profil!');
    expect((await t.gql(PUBLIC_VIEW, { id: researcher.id })).data!.researcher).toEqual({ id: researcher.id, title: null });
    expect((await t.gql(PENDING, {}, editor)).data!.pendingProfiles.map((p: { id: string }) => p.id)).not.toContain(researcher.id);

    const version = submitted.data!.submitMyProfileForReview.version;
    await t.gql(`mutation($v: Int!) { updateMyProfile(input: { title: "Professor" }, expectedVersion: $v) { status } }`, { v: version }, token);
    expect((await t.gql(PUBLIC_VIEW, { id: researcher.id })).data!.researcher.title).toBe('Professor');
  });

  it('REJECT sends the profile back to DRAFT with the (required) note, by mail too; it can then be resubmitted', async () => {
    const { token, researcher, account } = await createAccount(t);
    await t.gql(SUBMIT, {}, token);
    const noNote = await t.gql(REVIEW, { id: researcher.id, d: 'REJECT' }, editor);
    expect(noNote.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    const rejected = await t.gql(REVIEW, { id: researcher.id, d: 'REJECT', note: 'Legg til kompetanseområder.' }, editor);
    expect(rejected.data!.reviewProfile).toMatchObject({ status: 'DRAFT', reviewNote: 'Legg til kompetanseområder.' });
    expect((await t.mail.waitFor(account.email, { subject: /endringer/ })).text).toContain('Legg til kompetanseområder.');
    const mine = (await t.gql('{ me { profile { status reviewNote } } }', {}, token)).data!.me.profile;
    expect(mine).toEqual({ status: 'DRAFT', reviewNote: 'Legg til kompetanseområder.' });
    expect((await t.gql(SUBMIT, {}, token)).data!.submitMyProfileForReview.status).toBe('PENDING_REVIEW');
  });

  it('HIDE takes a published profile out of the directory and mails the owner; PUBLISH brings it back', async () => {
    const { researcher, account } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    expect((await t.gql(PUBLIC_VIEW, { id: researcher.id })).data!.researcher).not.toBeNull();
    expect((await t.gql(REVIEW, { id: researcher.id, d: 'HIDE', note: 'Meldt inn som upassende' }, editor)).data!.reviewProfile.status).toBe('HIDDEN');
    await t.mail.waitFor(account.email, { subject: /skjult/ });
    expect((await t.gql(PUBLIC_VIEW, { id: researcher.id })).data!.researcher).toBeNull();
    expect((await t.gql(REVIEW, { id: researcher.id, d: 'HIDE', note: 'Igjen' }, editor)).errors![0].extensions!.code).toBe('CONFLICT');
    expect((await t.gql(REVIEW, { id: researcher.id, d: 'PUBLISH' }, editor)).data!.reviewProfile.status).toBe('PUBLISHED');
  });

  it('refuses decisions that do not fit the status, unknown profiles and bad notes', async () => {
    const { researcher } = await createAccount(t);
    expect((await t.gql(REVIEW, { id: researcher.id, d: 'PUBLISH' }, editor)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', status: 'DRAFT' });
    expect((await t.gql(REVIEW, { id: '00000000-0000-4000-8000-000000000000', d: 'PUBLISH' }, editor)).errors![0].extensions!.code).toBe('NOT_FOUND');
    expect((await t.gql(REVIEW, { id: researcher.id, d: 'HIDE', note: 'x'.repeat(2001) }, editor)).errors![0].extensions!.field).toBe('note');
    // Hiding needs a reason; without one nothing changes.
    const published = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    for (const note of [null, '   ']) {
      expect((await t.gql(REVIEW, { id: published.researcher.id, d: 'HIDE', note }, editor)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'note' });
    }
    expect((await t.gql(`query($id: ID!) { researcher(id: $id) { id } }`, { id: published.researcher.id })).data!.researcher).not.toBeNull();
  });

  it('records review decisions in the history with the editor and the note', async () => {
    const { token, researcher } = await createAccount(t);
    await t.gql(SUBMIT, {}, token);
    await t.gql(REVIEW, { id: researcher.id, d: 'REJECT', note: 'Mangler bio' }, editor);
    const history = (await t.gql(`{ profileHistory { action byOwner note changes { field oldValue newValue } } }`, {}, token)).data!.profileHistory;
    expect(history[0]).toEqual({ action: 'REJECTED', byOwner: false, note: 'Mangler bio', changes: [{ field: 'status', oldValue: '"PENDING_REVIEW"', newValue: '"DRAFT"' }] });
    expect(history[1]).toMatchObject({ action: 'SUBMITTED', byOwner: true });
  });

  it('records confirmations and lists published profiles not confirmed for 12 months', async () => {
    const stale = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const fresh = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    await t.dataSource.query(`UPDATE researcher SET created_at = now() - interval '13 months', confirmed_at = NULL WHERE id = ANY($1)`, [[stale.researcher.id, fresh.researcher.id]]);
    const UNCONFIRMED = `{ unconfirmedProfiles { id } }`;
    let ids = (await t.gql(UNCONFIRMED, {}, editor)).data!.unconfirmedProfiles.map((p: { id: string }) => p.id);
    expect(ids).toEqual(expect.arrayContaining([stale.researcher.id, fresh.researcher.id]));

    const confirmed = await t.gql(`mutation { confirmMyProfileIsCurrent { confirmedAt } }`, {}, fresh.token);
    expect(new Date(confirmed.data!.confirmMyProfileIsCurrent.confirmedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    ids = (await t.gql(UNCONFIRMED, {}, editor)).data!.unconfirmedProfiles.map((p: { id: string }) => p.id);
    expect(ids).toContain(stale.researcher.id);
    expect(ids).not.toContain(fresh.researcher.id);
    expect((await t.gql(`{ profileHistory { action } }`, {}, fresh.token)).data!.profileHistory[0].action).toBe('CONFIRMED');
    expect((await t.gql(`{ unconfirmedProfiles(months: 0) { id } }`, {}, editor)).errors![0].extensions!.field).toBe('months');
  });
});
