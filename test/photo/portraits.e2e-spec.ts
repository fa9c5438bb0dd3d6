import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { ProfilePhoto } from '../../src/photo/profile-photo.entity';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { EXIF_CAMERA, EXIF_GPS_DATUM, pngBomb, portraitWithGps } from './photo-fixtures';

const URL_PATTERN = /^\/media\/photos\/([a-f0-9]{32})-320\.webp$/;

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name));
  } catch {
    return [];
  }
}

describe('Portraits: POST and DELETE /api/me/photo (stored in a folder under DATA_DIR)', () => {
  let t: TestApp;
  let dataDir: string;
  const previousDataDir = process.env.DATA_DIR;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'kk-photos-'));
    process.env.DATA_DIR = dataDir;
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
    process.env.DATA_DIR = previousDataDir;
    rmSync(dataDir, { recursive: true, force: true });
  });

  const upload = (token: string | undefined, body: Buffer, filename = 'portrett.jpg', field = 'photo') => {
    const req = t.http().post('/api/me/photo');
    if (token) req.set('authorization', `Bearer ${token}`);
    return req.attach(field, body, filename);
  };
  const path = (url: string) => url;
  const photoRows = () => t.dataSource.getRepository(ProfilePhoto).count();

  it('re-encodes an upload to 96/320/800 px WebP and JPEG with nothing of the original kept (EXIF, GPS)', async () => {
    const { token } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const original = await portraitWithGps();
    expect(original.includes(EXIF_CAMERA)).toBe(true);
    expect(original.includes(EXIF_GPS_DATUM)).toBe(true);

    const res = await upload(token, original).expect(201);
    expect(res.body.url).toMatch(URL_PATTERN);
    const hash = URL_PATTERN.exec(res.body.url)![1];

    for (const [pixels, extension, format] of [
      [96, 'webp', 'webp'],
      [320, 'webp', 'webp'],
      [800, 'webp', 'webp'],
      [96, 'jpg', 'jpeg'],
      [320, 'jpg', 'jpeg'],
      [800, 'jpg', 'jpeg'],
    ] as const) {
      const file = await t.http().get(`/media/photos/${hash}-${pixels}.${extension}`).buffer(true).expect(200);
      expect(file.headers['content-type']).toBe(format === 'webp' ? 'image/webp' : 'image/jpeg');
      expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      const body = file.body as Buffer;
      const meta = await sharp(body).metadata();
      expect([meta.format, meta.width, meta.height]).toEqual([format, pixels, pixels]);
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.icc).toBeUndefined();
      expect(body.includes(EXIF_CAMERA)).toBe(false);
      expect(body.includes(EXIF_GPS_DATUM)).toBe(false);
    }

    // Stored: the six variants only, readable by the app's user alone.
    const stored = filesUnder(dataDir);
    expect(stored.map((f) => f.slice(dataDir.length + 1)).sort()).toEqual(
      ['96.jpg', '96.webp', '320.jpg', '320.webp', '800.jpg', '800.webp'].map((n) => `photos/${hash}-${n}`).sort(),
    );
    for (const file of stored) {
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(file.includes(EXIF_CAMERA)).toBe(false);
    }
    expect(statSync(join(dataDir, 'photos')).mode & 0o777).toBe(0o700);
  });

  it('replaces the previous portrait (its URLs 404) and DELETE removes the current one (204, then 404)', async () => {
    const { token } = await createAccount(t);
    const first = (await upload(token, await portraitWithGps(400, 400)).expect(201)).body.url as string;
    const second = (await upload(token, await portraitWithGps(500, 300)).expect(201)).body.url as string;
    expect(second).not.toBe(first);
    await t.http().get(path(first)).expect(404);
    await t.http().get(path(second)).expect(200);

    await t.http().delete('/api/me/photo').set('authorization', `Bearer ${token}`).expect(204);
    await t.http().get(path(second)).expect(404);
    const hash = URL_PATTERN.exec(second)![1];
    expect(filesUnder(dataDir).filter((f) => f.includes(hash))).toEqual([]);
    // Removing when there is nothing to remove is no error.
    await t.http().delete('/api/me/photo').set('authorization', `Bearer ${token}`).expect(204);
  });

  describe('refusals store nothing', () => {
    let token: string;
    let filesBefore: string[];
    let rowsBefore: number;

    beforeAll(async () => {
      ({ token } = await createAccount(t));
    });
    beforeEach(async () => {
      filesBefore = filesUnder(dataDir);
      rowsBefore = await photoRows();
    });
    afterEach(async () => {
      expect(filesUnder(dataDir)).toEqual(filesBefore);
      expect(await photoRows()).toBe(rowsBefore);
    });

    it('a file that is not an image: 415 with a Norwegian message', async () => {
      const res = await upload(token, Buffer.from('Dette er ikke et bilde, bare tekst.\n'), 'portrett.jpg').expect(415);
      expect(res.body.errors[0]).toMatchObject({
        message: expect.stringMatching(/ikke et bilde/),
        extensions: { code: 'BAD_USER_INPUT', field: 'photo' },
      });
    });

    it('an SVG (a document, not a picture): 415', async () => {
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100"/></svg>';
      await upload(token, Buffer.from(svg), 'portrett.svg').expect(415);
    });

    it('a decompression bomb (a small PNG claiming 400 megapixels): 422 before it is decoded', async () => {
      const bomb = pngBomb();
      expect(bomb.length).toBeLessThan(200_000);
      const started = process.memoryUsage().rss;
      const res = await upload(token, bomb, 'bombe.png').expect(422);
      expect(res.body.errors[0].message).toMatch(/megapiksler/);
      // Decoding it would take about 1.2 GB; refused from the header, memory barely moves.
      expect(process.memoryUsage().rss - started).toBeLessThan(300 * 1024 * 1024);
    });

    it('just over 40 megapixels (8000 x 5001) is refused, from the header', async () => {
      await upload(token, pngBomb(8000, 5001), 'stor.png').expect(422);
    });

    it('a file over 10 MB: 413 with a Norwegian message', async () => {
      const res = await upload(token, Buffer.alloc(10 * 1024 * 1024 + 1, 0xff), 'stor.jpg').expect(413);
      expect(res.body.errors[0].message).toMatch(/10 MB/);
    });

    it('no file, or a file in another field: 400', async () => {
      await t.http().post('/api/me/photo').set('authorization', `Bearer ${token}`).field('name', 'x').expect(400);
      await upload(token, await portraitWithGps(200, 200), 'p.jpg', 'picture').expect(400);
    });

    it('not signed in: 401, whatever is sent', async () => {
      const image = await portraitWithGps(200, 200);
      const anonymous = await upload(undefined, image).expect(401);
      expect(anonymous.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      await upload('not-a-token', image).expect(401);
      await t.http().delete('/api/me/photo').expect(401);
    });
  });

  it('Researcher.photoUrl(size) follows photoVisibility on the profile and in search, and is null once removed', async () => {
    const owner = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { bio: 'Portrettsøk med ekornhale.' } });
    const other = await createAccount(t);
    const url = (await upload(owner.token, await portraitWithGps(300, 300)).expect(201)).body.url as string;
    const hash = URL_PATTERN.exec(url)![1];
    const PHOTO = `query($id: ID) { researcher(id: $id) { small: photoUrl(size: SMALL) medium: photoUrl large: photoUrl(size: LARGE, format: JPEG) } }`;
    const SEARCH = `{ researchers(query: "ekornhale") { edges { node { photoUrl(size: SMALL) } } } }`;
    const asAnonymous = async () => (await t.gql(PHOTO, { id: owner.researcher.id })).data!.researcher;

    expect(await asAnonymous()).toEqual({
      small: `/media/photos/${hash}-96.webp`,
      medium: url,
      large: `/media/photos/${hash}-800.jpg`,
    });
    expect((await t.gql(SEARCH)).data!.researchers.edges).toEqual([{ node: { photoUrl: `/media/photos/${hash}-96.webp` } }]);

    const setVisibility = async (v: string) => {
      const { version } = (await t.gql(`query($id: ID) { researcher(id: $id) { version } }`, { id: owner.researcher.id }, owner.token)).data!.researcher;
      const res = await t.gql(
        `mutation($v: Int!, $p: Visibility!) { updateMyProfile(input: { photoVisibility: $p }, expectedVersion: $v) { photoVisibility } }`,
        { v: version, p: v },
        owner.token,
      );
      expect(res.data).toEqual({ updateMyProfile: { photoVisibility: v } });
    };
    await setVisibility('REGISTERED');
    expect((await asAnonymous()).medium).toBeNull();
    expect((await t.gql(SEARCH)).data!.researchers.edges).toEqual([{ node: { photoUrl: null } }]);
    expect((await t.gql(PHOTO, { id: owner.researcher.id }, other.token)).data!.researcher.medium).toBe(url);
    await setVisibility('PRIVATE');
    expect((await t.gql(PHOTO, { id: owner.researcher.id }, other.token)).data!.researcher.medium).toBeNull();
    expect((await t.gql(PHOTO, { id: owner.researcher.id }, owner.token)).data!.researcher.medium).toBe(url);

    await t.http().delete('/api/me/photo').set('authorization', `Bearer ${owner.token}`).expect(204);
    expect((await t.gql(PHOTO, { id: owner.researcher.id }, owner.token)).data!.researcher.medium).toBeNull();
  });

  it('is in exportMyData, and goes with the account: rows, files, and its URLs 404', async () => {
    const { token, password } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const url = (await upload(token, await portraitWithGps(300, 300)).expect(201)).body.url as string;
    const hash = URL_PATTERN.exec(url)![1];
    const exported = JSON.parse((await t.gql<{ exportMyData: string }>(`{ exportMyData }`, {}, token)).data!.exportMyData);
    expect(exported.portrait).toMatchObject({ visibility: 'PUBLIC', urls: expect.objectContaining({ MEDIUM_WEBP: url }) });
    expect(exported.profile.photo_visibility).toBe('PUBLIC');

    const erased = await t.gql(`mutation($p: String!) { deleteMyAccount(password: $p) }`, { p: password }, token);
    expect(erased.data).toEqual({ deleteMyAccount: true });
    await t.http().get(path(url)).expect(404);
    expect(filesUnder(dataDir).filter((f) => f.includes(hash))).toEqual([]);
    expect(await t.dataSource.query(`SELECT 1 FROM profile_photo WHERE hash = $1`, [hash])).toEqual([]);
  });

  it('unknown or malformed media names are 404', async () => {
    await t.http().get(`/media/photos/${'0'.repeat(32)}-320.webp`).expect(404);
    await t.http().get('/media/photos/..%2F..%2Fetc%2Fpasswd').expect(404);
    await t.http().get(`/media/photos/${'a'.repeat(32)}-321.webp`).expect(404);
  });
});
