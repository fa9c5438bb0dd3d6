import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { decodeAuditCursor, encodeAuditCursor } from './audit-cursor';
import type { AuditAction } from './audit-action';
import { AuditEntry, type AuditState, type AuditValue } from './audit-entry.entity';
import type { AuditEntryConnection, AuditEntryType } from './audit-entry.type';
import type { AuditLogArgs } from './dto/audit-log.args';

/** Who acted: the signed-in viewer, or null for the system (a command, a job). */
export interface AuditActor {
  accountId: string;
  role: string;
}

export interface AuditRecord {
  actor: AuditActor | null;
  action: AuditAction;
  targetType: string;
  targetId: string | null;
  before?: AuditState | null;
  after?: AuditState | null;
  note?: string | null;
}

/** The audit log: written inside the caller's transaction, read by admins. */
@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEntry) private readonly entries: Repository<AuditEntry>) {}

  /**
   * Appends one line through `manager`, the caller's transaction: the line commits with the
   * change or not at all.
   */
  async record(manager: EntityManager, entry: AuditRecord): Promise<void> {
    // Through the query builder's plain values: TypeORM's deep-partial typing of a recursive
    // JSON type does not terminate.
    const values: Omit<AuditEntry, 'id' | 'createdAt'> = {
      actorId: entry.actor?.accountId ?? null,
      actorRole: entry.actor?.role ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      before: entry.before ?? null,
      after: entry.after ?? null,
      note: entry.note ?? null,
    };
    await manager.createQueryBuilder().insert().into(AuditEntry).values(values as object).execute();
  }

  /**
   * Erasure: the person's ids (account, profiles) are blanked out of every line that names
   * them, as actor, target or inside before/after. The lines themselves stay.
   */
  async eraseFor(manager: EntityManager, ids: string[]): Promise<void> {
    if (ids.length === 0) return;
    await manager.query(`SET LOCAL audit.erasure = 'on'`);
    const rows: Array<{ id: string; actor_id: string | null; target_id: string | null; before: AuditState | null; after: AuditState | null }> =
      await manager.query(
        `SELECT id, actor_id, target_id, before, after FROM audit_entry
          WHERE actor_id = ANY($1::uuid[]) OR target_id = ANY($1::text[])
             OR EXISTS (SELECT 1 FROM unnest($1::text[]) AS needle
                         WHERE coalesce(before::text, '') LIKE '%' || needle || '%' OR coalesce(after::text, '') LIKE '%' || needle || '%')`,
        [ids],
      );
    const blank = (value: AuditValue): AuditValue =>
      typeof value === 'string'
        ? ids.includes(value) ? null : value
        : Array.isArray(value)
          ? value.map(blank)
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, blank(v)]))
            : value;
    for (const row of rows) {
      await manager.query(
        `UPDATE audit_entry SET actor_id = $2, target_id = $3, before = $4, after = $5 WHERE id = $1`,
        [
          row.id,
          row.actor_id && ids.includes(row.actor_id) ? null : row.actor_id,
          row.target_id && ids.includes(row.target_id) ? null : row.target_id,
          row.before === null ? null : JSON.stringify(blank(row.before)),
          row.after === null ? null : JSON.stringify(blank(row.after)),
        ],
      );
    }
    await manager.query(`SET LOCAL audit.erasure = 'off'`);
  }

  /** Newest first, `first` at a time after the cursor, filtered by actor and action. */
  async list(args: AuditLogArgs): Promise<AuditEntryConnection> {
    const filtered = () => {
      const builder = this.entries.createQueryBuilder('e');
      if (args.actor) builder.andWhere('e.actorId = :actor', { actor: args.actor });
      if (args.action) builder.andWhere('e.action = :action', { action: args.action.trim() });
      return builder;
    };
    const page = filtered().orderBy('e.id', 'DESC').take(args.first + 1);
    // bigint compared as numeric: the cursor carries the sequence as text.
    if (args.after) page.andWhere('e.id < CAST(:after AS bigint)', { after: decodeAuditCursor(args.after) });
    const [rows, totalCount] = await Promise.all([page.getMany(), filtered().getCount()]);
    const hasNextPage = rows.length > args.first;
    const edges = rows.slice(0, args.first).map((row) => ({ cursor: encodeAuditCursor(row.id), node: toType(row) }));
    return {
      totalCount,
      edges,
      pageInfo: {
        hasNextPage,
        hasPreviousPage: !!args.after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}

function toType(row: AuditEntry): AuditEntryType {
  return {
    id: row.id,
    at: row.createdAt,
    actorId: row.actorId,
    actorRole: row.actorRole,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    before: row.before === null ? null : JSON.stringify(row.before),
    after: row.after === null ? null : JSON.stringify(row.after),
    note: row.note,
  };
}
