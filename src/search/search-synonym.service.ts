import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import { badUserInput, notFound } from '../common/errors/app-errors';
import type { Viewer } from '../graphql/viewer';
import { mutateReturning } from '../database/sql';
import type { SearchSynonymType } from './types/search-synonym.type';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const clean = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * The synonym table the search applies at query time (the `search_synonym_rule` view turns
 * each pair into a rewrite both ways), edited by the editors. A change applies to the next search.
 */
@Injectable()
export class SearchSynonymService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(): Promise<SearchSynonymType[]> {
    const rows: Array<{ term: string; expansions: string[] }> = await this.dataSource.query(
      `SELECT min(term) AS term, array_agg(synonym ORDER BY synonym) AS expansions
         FROM search_synonym GROUP BY lower(term) ORDER BY lower(min(term))`,
    );
    return rows;
  }

  /** Replaces everything the term expands to (the term compared case-insensitively). */
  async set(viewer: Viewer, rawTerm: string, rawExpansions: string[]): Promise<SearchSynonymType> {
    const term = clean(rawTerm);
    if (!term || CONTROL.test(term)) throw badUserInput('term', 'Skriv et søkeord.');
    const expansions = [...new Map(rawExpansions.map(clean).filter(Boolean).map((e) => [e.toLowerCase(), e])).values()];
    if (expansions.length === 0 || expansions.some((e) => CONTROL.test(e))) {
      throw badUserInput('expansions', 'Skriv minst ett synonym.');
    }
    if (expansions.some((e) => e.toLowerCase() === term.toLowerCase())) {
      throw badUserInput('expansions', 'Et synonym kan ikke være det samme som søkeordet.');
    }
    await this.dataSource.transaction(async (tx) => {
      const removed = await mutateReturning<{ synonym: string }>(
        tx,
        `DELETE FROM search_synonym WHERE lower(term) = lower($1) RETURNING synonym`,
        [term],
      );
      await tx.query(`INSERT INTO search_synonym (term, synonym) SELECT $1, unnest($2::text[])`, [term, expansions]);
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.SEARCH_SYNONYM_SET,
        targetType: 'SearchSynonym',
        targetId: term,
        before: removed.length ? { expansions: removed.map((r) => r.synonym).sort() } : null,
        after: { expansions },
      });
    });
    return { term, expansions: [...expansions].sort() };
  }

  async remove(viewer: Viewer, rawTerm: string): Promise<boolean> {
    const term = clean(rawTerm);
    await this.dataSource.transaction(async (tx) => {
      const removed = await mutateReturning<{ synonym: string }>(
        tx,
        `DELETE FROM search_synonym WHERE lower(term) = lower($1) RETURNING synonym`,
        [term],
      );
      if (removed.length === 0) throw notFound('Søkeordet har ingen synonymer.');
      await this.audit.record(tx, {
        actor: viewer,
        action: AuditAction.SEARCH_SYNONYM_REMOVED,
        targetType: 'SearchSynonym',
        targetId: term,
        before: { expansions: removed.map((r) => r.synonym).sort() },
        after: null,
      });
    });
    return true;
  }
}
