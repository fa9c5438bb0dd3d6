import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Role } from '../common/enums/role.enum';
import { FieldChange, ProfileChange, ProfileChangeAction } from './profile-change.entity';
import type { ProfileChangeType } from './profile-change.type';

/** Records and reads what happened to a profile. */
@Injectable()
export class ProfileHistoryService {
  constructor(@InjectRepository(ProfileChange) private readonly changes: Repository<ProfileChange>) {}

  async record(
    manager: EntityManager,
    entry: { researcherId: string; actorId: string | null; action: ProfileChangeAction; changes?: FieldChange[]; note?: string | null },
  ): Promise<void> {
    await manager.getRepository(ProfileChange).insert({
      researcherId: entry.researcherId,
      actorId: entry.actorId,
      action: entry.action,
      changes: entry.changes ?? [],
      note: entry.note ?? null,
    });
  }

  /** Newest first. */
  forResearcher(researcherId: string, limit = 500): Promise<ProfileChange[]> {
    return this.changes.find({ where: { researcherId }, order: { createdAt: 'DESC', id: 'DESC' }, take: limit });
  }

  /**
   * Newest first, with the actor's name, shaped for clients. An editor whose own profile is
   * unpublished is "Redaksjonen" to the owner (unpublished profiles are seen only by their
   * owner and the editors); `viewerIsEditor` sees every name.
   */
  async describe(profile: { id: string; accountId: string | null }, viewerIsEditor: boolean): Promise<ProfileChangeType[]> {
    const rows: Array<ProfileChangeRow> = await this.changes.query(
      `SELECT c.id, c.created_at, c.action, c.actor_id, c.changes, c.note,
              nullif(trim(r.given_name || ' ' || r.family_name), '') AS actor_name,
              r.status::text = $2 AS actor_published, a.role::text = ANY($3::text[]) AS actor_is_editor
         FROM profile_change c
         LEFT JOIN account a ON a.id = c.actor_id
         LEFT JOIN researcher r ON r.account_id = c.actor_id
        WHERE c.researcher_id = $1
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT 500`,
      [profile.id, ProfileStatus.PUBLISHED, [Role.EDITOR, Role.ADMIN]],
    );
    return rows.map((row) => {
      const byOwner = row.actor_id !== null && row.actor_id === profile.accountId;
      const named = viewerIsEditor || byOwner || row.actor_published === true || !row.actor_is_editor;
      return {
        id: row.id,
        at: row.created_at,
        action: row.action,
        byOwner,
        actorName: named ? row.actor_name : 'Redaksjonen',
        note: row.note,
        changes: row.changes.map((c) => ({
          field: c.field,
          oldValue: c.old === null || c.old === undefined ? null : JSON.stringify(c.old),
          newValue: c.new === null || c.new === undefined ? null : JSON.stringify(c.new),
        })),
      };
    });
  }

  /** Erasure: the history of these profiles, and the account's name on others' history. */
  async eraseFor(manager: EntityManager, researcherIds: string[], accountId: string): Promise<void> {
    await manager.query(`DELETE FROM profile_change WHERE researcher_id = ANY($1::uuid[])`, [researcherIds]);
    await manager.query(`UPDATE profile_change SET actor_id = NULL WHERE actor_id = $1`, [accountId]);
  }
}

interface ProfileChangeRow {
  id: string;
  created_at: Date;
  action: ProfileChangeAction;
  actor_id: string | null;
  changes: FieldChange[];
  note: string | null;
  actor_name: string | null;
  actor_published: boolean | null;
  actor_is_editor: boolean | null;
}
