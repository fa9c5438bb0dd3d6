import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { AccountService } from '../account/account.service';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, In, Repository } from 'typeorm';
import type { Viewer } from '../graphql/viewer';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { badUserInput, conflict, notFound } from '../common/errors/app-errors';
import { mutateReturning } from '../database/sql';
import { MailService } from '../mail/mail.service';
import { Researcher } from '../researcher/researcher.entity';
import { ReviewDecision } from './dto/review-decision.enum';
import { ProfileChangeAction } from './profile-change.entity';
import { STALE_AFTER_MONTHS } from './profile-freshness';
import type { ProfileFreshnessType } from './profile-freshness.type';
import { ProfileHistoryService } from './profile-history.service';
import { maySubmit, reviewOutcome } from './review-transitions';
import { reviewMail } from './review-mail';
import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';

// eslint-disable-next-line no-control-regex
const CONTROL_EXCEPT_NEWLINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/** Review before publication, and owners confirming their profile is current. */
@Injectable()
export class ProfileReviewService {
  constructor(
    @InjectRepository(Researcher) private readonly researchers: Repository<Researcher>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly history: ProfileHistoryService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly accounts: AccountService,
  ) {}

  /** DRAFT → PENDING_REVIEW. */
  async submitMine(viewer: Viewer): Promise<Researcher> {
    const profile = await this.researchers.findOneBy({ accountId: viewer.accountId });
    if (!profile) throw notFound('Du har ingen profil.');
    if (!profile.givenName || !profile.familyName) {
      throw badUserInput('givenName', 'Fyll inn fornavn og etternavn før du sender profilen til vurdering.');
    }
    if (!maySubmit(profile.status)) throw notInStatus(profile.status);
    // Editors answer a review by mail: to an address someone has confirmed.
    await this.accounts.requireVerifiedEmail(viewer.accountId, 'sender profilen til vurdering');
    await this.dataSource.transaction(async (tx) => {
      const rows = await mutateReturning<{ id: string }>(
        tx,
        `UPDATE researcher SET status = 'PENDING_REVIEW', updated_at = now()
          WHERE id = $1 AND status = 'DRAFT' RETURNING id`,
        [profile.id],
      );
      if (rows.length === 0) throw notInStatus(profile.status);
      await this.history.record(tx, {
        researcherId: profile.id,
        actorId: viewer.accountId,
        action: ProfileChangeAction.SUBMITTED,
        changes: [{ field: 'status', old: profile.status, new: ProfileStatus.PENDING_REVIEW }],
      });
    });
    return this.researchers.findOneByOrFail({ id: profile.id });
  }

  /** An editor's decision; the owner gets a mail either way. */
  async review(editor: Viewer, id: string, decision: ReviewDecision, note: string | null | undefined): Promise<Researcher> {
    const cleanNote = checkNote(note, decision);
    const profile = isUUID(id, 'loose') ? await this.researchers.findOneBy({ id }) : null;
    if (!profile) throw notFound('Fant ikke profilen.');
    const transition = reviewOutcome(decision, profile.status);
    if (!transition) throw notInStatus(profile.status);

    await this.dataSource.transaction(async (tx) => {
      // Conditional on the status the editor saw: two editors deciding at once cannot both win.
      const rows = await mutateReturning<{ id: string }>(
        tx,
        `UPDATE researcher
            SET status = $3::profile_status, review_note = $4, updated_at = now(),
                published_at = CASE WHEN $3::profile_status = 'PUBLISHED' THEN coalesce(published_at, now()) ELSE published_at END
          WHERE id = $1 AND status = $2::profile_status RETURNING id`,
        [profile.id, profile.status, transition.to, cleanNote],
      );
      if (rows.length === 0) throw conflict('Profilen er nettopp behandlet av noen andre. Last inn på nytt.');
      await this.history.record(tx, {
        researcherId: profile.id,
        actorId: editor.accountId,
        action: transition.action,
        changes: [{ field: 'status', old: profile.status, new: transition.to }],
        note: cleanNote,
      });
      await this.audit.record(tx, {
        actor: editor,
        action: REVIEW_AUDIT_ACTION[decision],
        targetType: 'Researcher',
        targetId: profile.id,
        before: { status: profile.status },
        after: { status: transition.to },
        note: cleanNote,
      });
    });
    await this.notifyOwner(profile, decision, cleanNote);
    return this.researchers.findOneByOrFail({ id: profile.id });
  }

  /** The review queue, oldest first. */
  pending(limit: number): Promise<Researcher[]> {
    return this.researchers.find({
      where: { status: ProfileStatus.PENDING_REVIEW },
      order: { updatedAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  async confirmMine(viewer: Viewer): Promise<Researcher> {
    const profile = await this.researchers.findOneBy({ accountId: viewer.accountId });
    if (!profile) throw notFound('Du har ingen profil.');
    await this.dataSource.transaction(async (tx) => {
      await tx.query(`UPDATE researcher SET confirmed_at = now() WHERE id = $1`, [profile.id]);
      await this.history.record(tx, {
        researcherId: profile.id,
        actorId: viewer.accountId,
        action: ProfileChangeAction.CONFIRMED,
      });
    });
    return this.researchers.findOneByOrFail({ id: profile.id });
  }

  /** Editors' counts of published profiles by time since last confirmed (or published). */
  async freshness(): Promise<ProfileFreshnessType> {
    const [row]: Array<ProfileFreshnessType> = await this.dataSource.query(
      `SELECT count(*)::int AS published,
              count(*) FILTER (WHERE at >= now() - interval '11 months')::int AS current,
              count(*) FILTER (WHERE at < now() - interval '11 months' AND at >= now() - interval '12 months')::int AS "firstReminder",
              count(*) FILTER (WHERE at < now() - interval '12 months' AND at >= now() - make_interval(months => $1))::int AS "secondReminder",
              count(*) FILTER (WHERE at < now() - make_interval(months => $1))::int AS stale
         FROM (SELECT coalesce(confirmed_at, published_at, created_at) AS at FROM researcher
                WHERE status = 'PUBLISHED' AND account_id IS NOT NULL) p`,
      [STALE_AFTER_MONTHS],
    );
    return row;
  }

  /** Published profiles whose owner has not confirmed them (or, never confirmed, created them) for `months`. */
  async unconfirmedSince(months: number, limit: number): Promise<Researcher[]> {
    const rows: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM researcher
        WHERE status = 'PUBLISHED' AND account_id IS NOT NULL
          AND coalesce(confirmed_at, created_at) < now() - make_interval(months => $1)
        ORDER BY coalesce(confirmed_at, created_at), id
        LIMIT $2`,
      [months, limit],
    );
    if (rows.length === 0) return [];
    const found = await this.researchers.findBy({ id: In(rows.map((r) => r.id)) });
    const byId = new Map(found.map((r) => [r.id, r]));
    return rows.map((r) => byId.get(r.id)!).filter(Boolean);
  }

  private async notifyOwner(profile: Researcher, decision: ReviewDecision, note: string | null): Promise<void> {
    if (!profile.accountId) return;
    const rows: Array<{ email: string }> = await this.dataSource.query(`SELECT email FROM account WHERE id = $1`, [
      profile.accountId,
    ]);
    if (rows[0]) this.mail.sendInBackground(reviewMail(rows[0].email, decision, note));
  }
}

function notInStatus(status: ProfileStatus) {
  const label: Record<ProfileStatus, string> = {
    [ProfileStatus.DRAFT]: 'er et utkast',
    [ProfileStatus.PENDING_REVIEW]: 'venter allerede på vurdering',
    [ProfileStatus.PUBLISHED]: 'er publisert',
    [ProfileStatus.HIDDEN]: 'er skjult',
  };
  return conflict(`Det går ikke nå: profilen ${label[status]}.`, { status });
}

function checkNote(note: string | null | undefined, decision: ReviewDecision): string | null {
  const trimmed = typeof note === 'string' ? note.trim() : '';
  if (trimmed.length > 2000) throw badUserInput('note', 'Merknaden kan ha høyst 2000 tegn.');
  if (CONTROL_EXCEPT_NEWLINES.test(trimmed)) throw badUserInput('note', 'Teksten inneholder ugyldige tegn.');
  if (decision === ReviewDecision.REJECT && !trimmed) {
    throw badUserInput('note', 'Skriv en merknad som forteller hva som må endres.');
  }
  // Hiding takes someone out of the catalogue: the owner's mail and the history say why.
  if (decision === ReviewDecision.HIDE && !trimmed) {
    throw badUserInput('note', 'Skriv en begrunnelse for at profilen skjules.');
  }
  return trimmed || null;
}

const REVIEW_AUDIT_ACTION: Record<ReviewDecision, AuditAction> = {
  [ReviewDecision.PUBLISH]: AuditAction.PROFILE_PUBLISHED,
  [ReviewDecision.REJECT]: AuditAction.PROFILE_REJECTED,
  [ReviewDecision.HIDE]: AuditAction.PROFILE_HIDDEN,
};
