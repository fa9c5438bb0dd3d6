import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, IsNull, LessThan } from 'typeorm';
import { NvaClient } from '../registry/nva.client';
import { OrcidClient } from '../registry/orcid.client';
import type { Validators } from '../registry/registry-http-client';
import type { RegistryImportPreview } from '../registry/registry-import-preview';
import { RegistryError, RegistryErrorCode } from '../registry/registry.errors';
import { PublicationSource } from './publication-source.enum';
import { PublicationSuggestion } from './publication-suggestion.entity';
import { PublicationService } from './publication.service';
import { RegistryLink } from './registry-link.entity';
import { JobQueue } from '../jobs/job-queue.service';

const WEEK_MS = 7 * 24 * 3600 * 1000;

export interface RefreshSummary {
  checked: number;
  unchanged: number;
  suggested: number;
  failed: number;
}

export const REGISTRY_REFRESH_JOB = 'registry.refresh';

/**
 * Staying in step with the registries: records the owner imported from are linked, and
 * re-read (the weekly job) with conditional requests where the registry hands out
 * validators. Works that appeared since become suggestions for the owner ("Nytt fra ORCID"),
 * never publications on their own.
 */
@Injectable()
export class RegistryRefreshService {
  private readonly logger = new Logger('RegistryRefresh');

  constructor(
    private readonly orcid: OrcidClient,
    private readonly nva: NvaClient,
    private readonly publications: PublicationService,
    @InjectDataSource() private readonly dataSource: DataSource,
    jobs: JobQueue,
  ) {
    // Daily, each run re-reading the links not checked for a week (so each link weekly); the
    // limit keeps one run, at a request a second, well inside the jobs' expiry.
    jobs.define({
      name: REGISTRY_REFRESH_JOB,
      schedule: { cron: '30 3 * * *' },
      handle: async () => {
        const summary = await this.refreshDue({ limit: 300 });
        if (summary.checked + summary.failed > 0) this.logger.log(`Registry re-read: ${JSON.stringify(summary)}`);
      },
    });
  }

  async linkedIdentifier(researcherId: string, source: PublicationSource): Promise<string | null> {
    const link = await this.dataSource.getRepository(RegistryLink).findOneBy({ researcherId, source });
    return link?.identifier ?? null;
  }

  /** Imported works are no longer suggestions. */
  async clearSuggestions(tx: EntityManager, researcherId: string, source: PublicationSource, keys: string[]): Promise<void> {
    if (keys.length) await tx.getRepository(PublicationSuggestion).delete({ researcherId, source, externalKey: In(keys) });
  }

  /** Waves suggestions away for good (kept as dismissed, so they do not come back). */
  async dismiss(researcherId: string, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await this.dataSource
      .getRepository(PublicationSuggestion)
      .update({ researcherId, id: In(ids), dismissedAt: IsNull() }, { dismissedAt: new Date() });
  }

  /** Erasure: links and suggestions of these profiles. */
  async eraseFor(tx: EntityManager, researcherIds: string[]): Promise<void> {
    if (researcherIds.length === 0) return;
    await tx.getRepository(PublicationSuggestion).delete({ researcherId: In(researcherIds) });
    await tx.getRepository(RegistryLink).delete({ researcherId: In(researcherIds) });
  }

  /** Links the record an import read (in the import's transaction); what it held is not news later. */
  async link(tx: EntityManager, researcherId: string, source: PublicationSource, record: RegistryImportPreview): Promise<void> {
    await tx.query(
      `INSERT INTO registry_link (researcher_id, source, identifier, checked_at, known_keys)
       VALUES ($1, $2, $3, now(), $4)
       ON CONFLICT (researcher_id, source) DO UPDATE SET
         identifier = EXCLUDED.identifier,
         known_keys = ARRAY(SELECT DISTINCT k FROM unnest(registry_link.known_keys || EXCLUDED.known_keys) AS k),
         etag = CASE WHEN registry_link.identifier = EXCLUDED.identifier THEN registry_link.etag END,
         last_modified = CASE WHEN registry_link.identifier = EXCLUDED.identifier THEN registry_link.last_modified END,
         updated_at = now()`,
      [researcherId, source, record.identifier, record.works.map((w) => w.key)],
    );
  }

  /**
   * Re-reads every link not checked for `olderThanMs`, oldest first. The clients keep the pace
   * (one request a second per registry); a registry whose breaker opens is left for next time.
   */
  async refreshDue(options: { olderThanMs?: number; limit?: number } = {}): Promise<RefreshSummary> {
    const links = await this.dataSource.getRepository(RegistryLink).find({
      where: { checkedAt: LessThan(new Date(Date.now() - (options.olderThanMs ?? WEEK_MS - 3600_000))) },
      order: { checkedAt: 'ASC' },
      take: options.limit ?? 1000,
    });
    const summary: RefreshSummary = { checked: 0, unchanged: 0, suggested: 0, failed: 0 };
    const failing = new Set<PublicationSource>();
    for (const link of links) {
      if (failing.has(link.source)) continue;
      try {
        const found = await this.refreshLink(link);
        summary.checked += 1;
        if (found === null) summary.unchanged += 1;
        else summary.suggested += found;
      } catch (err) {
        if (!(err instanceof RegistryError)) throw err;
        summary.failed += 1;
        this.logger.warn(`Re-reading ${link.source} ${link.identifier} failed: ${err.message}`);
        // Stop asking a registry that keeps failing (its breaker is open) until the next run.
        if (err.code === RegistryErrorCode.UNAVAILABLE && /breaker/.test(err.reason)) failing.add(link.source);
      }
    }
    return summary;
  }

  /** New suggestions made, or null when the registry answered "not modified". */
  async refreshLink(link: RegistryLink): Promise<number | null> {
    let record: RegistryImportPreview;
    let validators: Validators = { etag: null, lastModified: null };
    if (link.source === PublicationSource.ORCID) {
      const answer = await this.orcid.fetchPreviewIfChanged(link.identifier, { etag: link.etag, lastModified: link.lastModified });
      if (!answer.changed) {
        await this.dataSource.getRepository(RegistryLink).update({ id: link.id }, { checkedAt: new Date() });
        return null;
      }
      record = answer.body;
      validators = answer.validators;
    } else {
      record = await this.nva.fetchPreview(link.identifier);
    }

    return this.dataSource.transaction(async (tx) => {
      const known = new Set(link.knownKeys);
      const held = await this.publications.holdings(link.researcherId, tx);
      const fresh = record.works.filter(
        (w) => !known.has(w.key) && !held.keys.has(`${link.source}:${w.key}`) && !(w.doi && held.dois.has(w.doi)),
      );
      let suggested = 0;
      if (fresh.length) {
        const result = await tx
          .createQueryBuilder()
          .insert()
          .into(PublicationSuggestion)
          .values(
            fresh.map((w) => ({
              researcherId: link.researcherId,
              source: link.source,
              externalKey: w.key,
              title: w.title,
              year: w.year,
              venue: w.venue,
              doi: w.doi,
              dismissedAt: null,
            })),
          )
          .orIgnore()
          .execute();
        suggested = result.identifiers.filter(Boolean).length;
      }
      await tx.getRepository(RegistryLink).update(
        { id: link.id },
        {
          checkedAt: new Date(),
          etag: validators.etag,
          lastModified: validators.lastModified,
          knownKeys: [...new Set([...link.knownKeys, ...record.works.map((w) => w.key)])],
        },
      );
      return suggested;
    });
  }

  /** The owner's open suggestions, newest first. */
  suggestionsFor(researcherId: string): Promise<PublicationSuggestion[]> {
    return this.dataSource.getRepository(PublicationSuggestion).find({
      where: { researcherId, dismissedAt: IsNull() },
      order: { year: { direction: 'DESC', nulls: 'LAST' }, createdAt: 'DESC' },
    });
  }
}
