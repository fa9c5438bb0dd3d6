import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { Role } from '../../src/common/enums/role.enum';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { portraitWithGps } from '../photo/photo-fixtures';

const REVIEW = `mutation($id: ID!, $d: ReviewDecision!) { reviewProfile(id: $id, decision: $d, note: "Skjult av redaksjonen.") { id } }`;

/**
 * Portrait addresses are unguessable (a random salt is in the name), so a draft's portrait
 * serves its owner's preview without sign-in. A profile the editors hid is different: its
 * portrait was public and its address may be anywhere, so the address stops answering while
 * the profile is hidden, and answers again once the profile is published again.
 */
describe('the portrait of a profile the editors hid', () => {
  let t: TestApp;
  let dataDir: string;
  const previousDataDir = process.env.DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kk-hidden-photos-'));
    process.env.DATA_DIR = dataDir;
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
    process.env.DATA_DIR = previousDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = async (token: string): Promise<string> => {
    const res = await t.http().post('/api/me/photo').set('authorization', `Bearer ${token}`).attach('photo', await portraitWithGps(), 'p.jpg');
    expect(res.status).toBe(201);
    return res.body.url as string;
  };

  it('is not served while the profile is hidden, and is again once it is published', async () => {
    const owner = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const editor = await createAccount(t, { role: Role.EDITOR });
    const url = await upload(owner.token);
    const small = url.replace('-320.webp', '-96.jpg');
    await t.http().get(url).expect(200);

    expect((await t.gql(REVIEW, { id: owner.researcher.id, d: 'HIDE' }, editor.token)).errors).toBeUndefined();
    await t.http().get(url).expect(404);
    await t.http().get(small).expect(404);

    expect((await t.gql(REVIEW, { id: owner.researcher.id, d: 'PUBLISH' }, editor.token)).errors).toBeUndefined();
    await t.http().get(url).expect(200);
  });

  it("still serves a draft's portrait, for its owner's preview", async () => {
    const owner = await createAccount(t, { profileStatus: ProfileStatus.DRAFT });
    const url = await upload(owner.token);
    await t.http().get(url).expect(200);
    const me = await t.gql<{ me: { profile: { photoUrl: string } } }>('{ me { profile { photoUrl } } }', {}, owner.token);
    expect(me.data?.me.profile.photoUrl).toBe(url);
  });
});
