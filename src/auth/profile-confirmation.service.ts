import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badUserInput, forbidden } from '../common/errors/app-errors';
import { Environment } from '../config/environment';
import { mutateReturning } from '../database/sql';
import { DurableMail } from '../jobs/durable-mail.service';
import { JobQueue } from '../jobs/job-queue.service';
import { ProfileChangeAction } from '../profile/profile-change.entity';
import { ProfileHistoryService } from '../profile/profile-history.service';
import { ACCESS_TOKEN } from './jwt-options';

export const PROFILE_REMINDERS_JOB = 'profile.freshness-reminders';

/** Its own audience, so neither an access token nor this link can stand in for the other. */
const CONFIRM_LINK = { audience: 'kompetansekatalogen:profile-confirm', ttlSeconds: 120 * 24 * 3600 };

/** When a profile's owner last said it is current: confirmed, else published. */
const ANCHOR = `coalesce(r.confirmed_at, r.published_at, r.created_at)`;
/** Milliseconds, as the link carries them (the column has microseconds). */
const ANCHOR_MS = `floor(extract(epoch FROM ${ANCHOR}) * 1000)::bigint`;

interface ConfirmClaims {
  sub: string;
  /** The confirmation the link asks to renew: once renewed, the link is spent. */
  anchor: string;
}

/**
 * Reminders that keep profiles current: a daily job mails owners of published profiles last
 * confirmed (or published) more than 11 months ago, and again after 12, with a signed link
 * that confirms the profile without signing in. Disabled accounts and unconfirmed addresses
 * get none, and a disabled account's link confirms nothing.
 *
 * The link is single-use without a stored token: it names the confirmation it renews, and
 * confirming moves that on. Both reminders of a round carry the same one, so either spends
 * both. Each reminder is a durable mail keyed by profile, confirmation and round, so running
 * the job again (or on two instances) sends nothing twice.
 */
@Injectable()
export class ProfileConfirmationService {
  private readonly logger = new Logger(ProfileConfirmationService.name);

  constructor(
    jobs: JobQueue,
    private readonly mail: DurableMail,
    private readonly jwt: JwtService,
    private readonly env: Environment,
    private readonly history: ProfileHistoryService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    jobs.define({
      name: PROFILE_REMINDERS_JOB,
      schedule: { cron: '0 7 * * *' },
      handle: async () => {
        const queued = await this.queueReminders();
        if (queued > 0) this.logger.log(`Profile reminders queued: ${queued}`);
      },
    });
  }

  /** Queues the reminders that are due; returns how many were new. */
  async queueReminders(): Promise<number> {
    const rows: Array<{ id: string; email: string; given_name: string | null; anchor_ms: string; anchor: Date; round: number }> =
      await this.dataSource.query(
        `SELECT r.id, a.email, r.given_name, ${ANCHOR_MS}::text AS anchor_ms, ${ANCHOR} AS anchor,
                CASE WHEN ${ANCHOR} < now() - interval '12 months' THEN 2 ELSE 1 END AS round
           FROM researcher r JOIN account a ON a.id = r.account_id
          WHERE r.status = 'PUBLISHED' AND ${ANCHOR} < now() - interval '11 months'
            AND a.disabled_at IS NULL AND a.email_verified_at IS NOT NULL`,
      );
    return this.mail.send(
      rows.map((row) => ({
        key: `profile-reminder:${row.id}:${row.anchor_ms}:${row.round}`,
        message: {
          kind: 'profile-reminder',
          to: row.email,
          subject: 'Er profilen din fortsatt riktig?',
          text: this.reminderText(row.given_name, new Date(row.anchor), this.sign(row.id, row.anchor_ms), row.round),
        },
      })),
    );
  }

  /** Confirms the profile the link names; a link already used, or out of date, is refused. */
  async confirmByToken(token: string): Promise<boolean> {
    const claims = this.verify(token);
    await this.dataSource.transaction(async (tx) => {
      // A disabled account acts on nothing, through a link mailed before it was disabled too.
      const [disabled] = await tx.query(
        `SELECT 1 FROM researcher r JOIN account a ON a.id = r.account_id WHERE r.id = $1 AND a.disabled_at IS NOT NULL`,
        [claims.sub],
      );
      if (disabled) throw forbidden('Kontoen er sperret. Ta kontakt med redaksjonen.');
      const rows = await mutateReturning<{ id: string; account_id: string | null }>(
        tx,
        `UPDATE researcher r SET confirmed_at = now()
          WHERE r.id = $1 AND r.status = 'PUBLISHED' AND ${ANCHOR_MS} = $2::bigint
          RETURNING r.id, r.account_id`,
        [claims.sub, claims.anchor],
      );
      if (rows.length === 0) throw badUserInput('token', 'Lenken er allerede brukt, eller profilen er bekreftet på en annen måte.');
      await this.history.record(tx, { researcherId: rows[0].id, actorId: rows[0].account_id, action: ProfileChangeAction.CONFIRMED });
    });
    return true;
  }

  private sign(researcherId: string, anchorMs: string): string {
    const claims: ConfirmClaims = { sub: researcherId, anchor: anchorMs };
    return this.jwt.sign(claims, {
      algorithm: ACCESS_TOKEN.algorithm,
      issuer: ACCESS_TOKEN.issuer,
      audience: CONFIRM_LINK.audience,
      expiresIn: CONFIRM_LINK.ttlSeconds,
    });
  }

  private verify(token: string): ConfirmClaims {
    try {
      if (token.length > 2000) throw new Error('too long');
      const claims = this.jwt.verify<ConfirmClaims>(token, {
        algorithms: [ACCESS_TOKEN.algorithm],
        issuer: ACCESS_TOKEN.issuer,
        audience: CONFIRM_LINK.audience,
      });
      if (typeof claims.sub !== 'string' || !/^\d+$/.test(String(claims.anchor))) throw new Error('claims');
      return claims;
    } catch {
      throw badUserInput('token', 'Lenken er ugyldig eller utløpt.');
    }
  }

  private reminderText(givenName: string | null, anchor: Date, token: string, round: number): string {
    const base = this.env.PUBLIC_URL.replace(/\/$/, '');
    const date = anchor.toLocaleDateString('nb-NO', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Oslo' });
    return [
      `Hei${givenName ? ` ${givenName}` : ''},`,
      '',
      `Profilen din i Kompetansekatalogen ble sist bekreftet ${date}. Er den fortsatt riktig?`,
      '',
      `Ja, den er riktig (ingen innlogging trengs):`,
      `${base}/profil/bekreft?token=${encodeURIComponent(token)}`,
      '',
      `Nei, jeg vil endre den:`,
      `${base}/min-profil`,
      '',
      round === 2
        ? 'Dette er andre påminnelse. Om en måned viser profilen når den sist ble bekreftet, og den kommer lavere i søkeresultatene.'
        : 'Profiler som ikke er bekreftet på 13 måneder, viser når de sist ble bekreftet, og kommer lavere i søkeresultatene.',
      '',
      'Hilsen Kompetansekatalogen',
    ].join('\n');
  }
}
