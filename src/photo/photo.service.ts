import { createHash, randomBytes } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Researcher } from '../researcher/researcher.entity';
import { ResearcherService } from '../researcher/researcher.service';
import { renderPortrait } from './photo-renderer';
import { PHOTO_CONTENT_TYPE, PHOTO_EXTENSION, PHOTO_PIXELS, PhotoFormat, PhotoSize } from './photo-size.enum';
import { PhotoStorage } from './photo-storage';
import { ProfilePhoto } from './profile-photo.entity';

const FILE_NAME = /^([a-f0-9]{32})-(96|320|800)\.(webp|jpg)$/;
const VARIANT_NAMES = Object.values(PhotoSize).flatMap((size) =>
  Object.values(PhotoFormat).map((format) => `${PHOTO_PIXELS[size]}.${PHOTO_EXTENSION[format]}`),
);

const keyOf = (hash: string, name: string) => `photos/${hash}-${name}`;
const keysOf = (hash: string) => VARIANT_NAMES.map((name) => keyOf(hash, name));

/** Portraits: stored re-encoded, served under content-hashed names, removed with the profile. */
@Injectable()
export class PhotoService {
  private readonly logger = new Logger(PhotoService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly researchers: ResearcherService,
    private readonly storage: PhotoStorage,
  ) {}

  /**
   * The address of one variant, root-relative: served by the same origin as the API and the
   * pages (whatever host name or proxy they are reached by), so the pages' `img-src 'self'` holds.
   */
  url(hash: string, size: PhotoSize = PhotoSize.MEDIUM, format: PhotoFormat = PhotoFormat.WEBP): string {
    return `/media/photos/${hash}-${PHOTO_PIXELS[size]}.${PHOTO_EXTENSION[format]}`;
  }

  /**
   * Replaces the account's portrait. Refusals (PhotoRefused) happen before anything is
   * stored; the previous portrait's files go once the new one is in place.
   */
  async upload(accountId: string, bytes: Buffer): Promise<{ hash: string } | null> {
    const profile = await this.researchers.findByAccountId(accountId);
    if (!profile) return null;
    const rendered = await renderPortrait(bytes);
    // Named by content plus a random salt: a new upload always gets new, forever-cacheable
    // names, and a name cannot be worked out from a copy of the picture.
    const digest = createHash('sha256').update(randomBytes(16));
    for (const variant of rendered.variants) digest.update(variant.body);
    const hash = digest.digest('hex').slice(0, 32);

    const written: string[] = [];
    try {
      for (const variant of rendered.variants) {
        const key = keyOf(hash, `${PHOTO_PIXELS[variant.size]}.${variant.extension}`);
        await this.storage.put(key, variant.body, PHOTO_CONTENT_TYPE[variant.extension]);
        written.push(key);
      }
      const previous = await this.dataSource.transaction(async (tx) => {
        const repo = tx.getRepository(ProfilePhoto);
        const existing = await repo.findOne({ where: { researcherId: profile.id }, lock: { mode: 'pessimistic_write' } });
        await repo.upsert(
          { researcherId: profile.id, hash, sourceWidth: rendered.sourceWidth, sourceHeight: rendered.sourceHeight },
          ['researcherId'],
        );
        return existing?.hash ?? null;
      });
      if (previous) await this.deleteFiles(previous);
    } catch (err) {
      await this.storage.delete(written).catch(() => undefined);
      throw err;
    }
    return { hash };
  }

  /** Removes the account's portrait, if any; its URLs answer 404 from now on. */
  async remove(accountId: string): Promise<void> {
    const profile = await this.researchers.findByAccountId(accountId);
    if (!profile) return;
    const removed = await this.dataSource.transaction(async (tx) => {
      const repo = tx.getRepository(ProfilePhoto);
      const photo = await repo.findOne({ where: { researcherId: profile.id }, lock: { mode: 'pessimistic_write' } });
      if (photo) await repo.delete({ id: photo.id });
      return photo;
    });
    if (removed) await this.deleteFiles(removed.hash);
  }

  /**
   * A stored variant by its file name, only while it belongs to a current portrait of a profile
   * that is not hidden. Drafts' portraits are served (the owner's preview loads them without
   * sign-in; their unguessable names were never public); a hidden profile's portrait was
   * public, so its address stops answering until the editors publish the profile again.
   */
  async read(fileName: string): Promise<{ body: Buffer; contentType: string; hash: string } | null> {
    const match = FILE_NAME.exec(fileName);
    if (!match) return null;
    const [, hash, , extension] = match;
    const current = await this.dataSource
      .getRepository(ProfilePhoto)
      .createQueryBuilder('p')
      .innerJoin(Researcher, 'r', 'r.id = p.researcher_id')
      .where('p.hash = :hash AND r.status <> :hidden', { hash, hidden: ProfileStatus.HIDDEN })
      .getExists();
    if (!current) return null;
    const body = await this.storage.get(keyOf(hash, fileName.slice(hash.length + 1)));
    return body ? { body, contentType: PHOTO_CONTENT_TYPE[extension as 'webp' | 'jpg'], hash } : null;
  }

  /** Current portrait hashes of these profiles (for the Researcher.photoUrl field). */
  async hashesByResearcher(researcherIds: readonly string[]): Promise<Map<string, string>> {
    if (researcherIds.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(ProfilePhoto)
      .createQueryBuilder('p')
      .select(['p.researcherId', 'p.hash'])
      .where('p.researcherId IN (:...ids)', { ids: [...researcherIds] })
      .getMany();
    return new Map(rows.map((r) => [r.researcherId, r.hash]));
  }

  /** What the export shows about the account's portrait. */
  async exportFor(accountId: string): Promise<Record<string, unknown> | null> {
    const profile = await this.researchers.findByAccountId(accountId);
    if (!profile) return null;
    const photo = await this.dataSource.getRepository(ProfilePhoto).findOneBy({ researcherId: profile.id });
    if (!photo) return null;
    return {
      visibility: profile.photoVisibility,
      uploadedAt: photo.updatedAt,
      urls: Object.fromEntries(
        Object.values(PhotoSize).flatMap((size) =>
          Object.values(PhotoFormat).map((format) => [`${size}_${format}`, this.url(photo.hash, size, format)]),
        ),
      ),
    };
  }

  /**
   * Erasure, in the caller's transaction: removes the profiles' portrait rows and returns their
   * hashes, whose files the caller removes with {@link deleteFiles} once the transaction is in.
   */
  async eraseFor(manager: EntityManager, researcherIds: string[]): Promise<string[]> {
    const rows: Array<{ hash: string }> = await manager.query(
      `SELECT hash FROM profile_photo WHERE researcher_id = ANY($1::uuid[])`,
      [researcherIds],
    );
    await manager.query(`DELETE FROM profile_photo WHERE researcher_id = ANY($1::uuid[])`, [researcherIds]);
    return rows.map((r) => r.hash);
  }

  async deleteFiles(hash: string): Promise<void> {
    try {
      await this.storage.delete(keysOf(hash));
    } catch (err) {
      // The row is gone, so the URLs already answer 404; stray files are only wasted space.
      this.logger.error(`Could not delete portrait files ${hash}: ${(err as Error).message}`);
    }
  }
}
