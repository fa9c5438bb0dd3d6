import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import sharp from 'sharp';
import { createAccount } from '../support/factories/account.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { EXIF_GPS_DATUM, portraitWithGps } from './photo-fixtures';

const BUCKET = 'portretter';
const S3_ENV = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY', 'DATA_DIR'] as const;

/**
 * The same portrait routes with S3_* settings: the files go to an S3 API on loopback (s3rver,
 * which speaks the S3 REST protocol the AWS SDK uses against MinIO), none to the data folder.
 */
describe('Portraits in S3-compatible object storage (S3_* settings)', () => {
  let s3rver: S3rver;
  let s3Dir: string;
  let dataDir: string;
  let client: S3Client;
  let t: TestApp;
  const saved = Object.fromEntries(S3_ENV.map((k) => [k, process.env[k]]));

  beforeAll(async () => {
    s3Dir = mkdtempSync(join(tmpdir(), 'kk-s3-'));
    dataDir = mkdtempSync(join(tmpdir(), 'kk-data-'));
    s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3Dir, configureBuckets: [{ name: BUCKET }] });
    const { port } = await s3rver.run();
    const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
    Object.assign(process.env, {
      S3_ENDPOINT: `http://127.0.0.1:${port}`,
      S3_BUCKET: BUCKET,
      S3_ACCESS_KEY_ID: credentials.accessKeyId,
      S3_SECRET_ACCESS_KEY: credentials.secretAccessKey,
      DATA_DIR: dataDir,
    });
    client = new S3Client({ endpoint: `http://127.0.0.1:${port}`, region: 'us-east-1', forcePathStyle: true, credentials });
    t = await createTestApp();
  });

  afterAll(async () => {
    await t?.close();
    client?.destroy();
    await s3rver?.close();
    for (const key of S3_ENV) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
    rmSync(s3Dir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  const objectKeys = async () =>
    ((await client.send(new ListObjectsV2Command({ Bucket: BUCKET }))).Contents ?? []).map((o) => o.Key!).sort();

  it('stores the six variants in the bucket, serves them through the app, and deletes them', async () => {
    const { token } = await createAccount(t);
    const res = await t.http().post('/api/me/photo').set('authorization', `Bearer ${token}`).attach('photo', await portraitWithGps(), 'p.jpg').expect(201);
    const hash = /\/media\/photos\/([a-f0-9]{32})-320\.webp$/.exec(res.body.url)![1];

    expect(await objectKeys()).toEqual(
      ['96.jpg', '96.webp', '320.jpg', '320.webp', '800.jpg', '800.webp'].map((n) => `photos/${hash}-${n}`).sort(),
    );
    // Nothing in the data folder: the bucket is the store.
    expect(readdirSync(dataDir, { recursive: true }).filter((f) => String(f).startsWith('photos'))).toEqual([]);

    const file = await t.http().get(`/media/photos/${hash}-800.jpg`).buffer(true).expect(200);
    expect(file.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const meta = await sharp(file.body as Buffer).metadata();
    expect([meta.format, meta.width, meta.exif]).toEqual(['jpeg', 800, undefined]);
    expect((file.body as Buffer).includes(EXIF_GPS_DATUM)).toBe(false);

    await t.http().delete('/api/me/photo').set('authorization', `Bearer ${token}`).expect(204);
    expect(await objectKeys()).toEqual([]);
    await t.http().get(`/media/photos/${hash}-800.jpg`).expect(404);
  });

  it('a refused upload puts nothing in the bucket', async () => {
    const { token } = await createAccount(t);
    await t.http().post('/api/me/photo').set('authorization', `Bearer ${token}`).attach('photo', Buffer.from('%PDF-1.7 ikke et bilde'), 'p.pdf').expect(415);
    expect(await objectKeys()).toEqual([]);
  });
});
