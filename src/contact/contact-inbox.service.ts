import { AuditAction } from '../audit/audit-action';
import { AuditService } from '../audit/audit.service';
import type { Viewer } from '../graphql/viewer';
import { Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { normalizeEmail } from '../account/account.service';
import { badUserInput, notFound } from '../common/errors/app-errors';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherService } from '../researcher/researcher.service';
import { AbuseReport } from './abuse-report.entity';
import { ContactBlock } from './contact-block.entity';
import { decodeListCursor, encodeListCursor } from './contact-cursor';
import { messageNotFound } from './contact-errors';
import { ContactMessage as ContactMessageRow, ContactMessageState } from './contact-message.entity';
import type {
  ContactAbuseReport,
  ContactAbuseReportConnection,
  ContactMessage,
  ContactMessageConnection,
} from './contact.types';

/** The researcher's side of the relay: the list, answered marks, blocks, reports; and the editors' side. */
@Injectable()
export class ContactInboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly researchers: ResearcherService,
    private readonly audit: AuditService,
  ) {}

  async myMessages(accountId: string, first: number, after?: string | null): Promise<ContactMessageConnection> {
    const profile = await this.researchers.findByAccountId(accountId);
    if (!profile) return { totalCount: 0, edges: [], pageInfo: emptyPage() };
    const qb = this.dataSource
      .getRepository(ContactMessageRow)
      .createQueryBuilder('m')
      .where('m.researcherId = :id AND m.state = :state', { id: profile.id, state: ContactMessageState.DELIVERED });
    const totalCount = await qb.clone().getCount();
    if (after) {
      const position = decodeListCursor(after);
      qb.andWhere('(m.deliveredAt, m.id) < (:at, :pid)', { at: position.at, pid: position.id });
    }
    const rows = await qb.orderBy('m.deliveredAt', 'DESC').addOrderBy('m.id', 'DESC').take(first + 1).getMany();
    const page = rows.slice(0, first);
    const blocked = await this.blockedSenders(profile.id, page.map((m) => m.senderEmail));
    const edges = page.map((m) => ({
      cursor: encodeListCursor({ at: m.deliveredAt!, id: m.id }),
      node: toMessage(m, blocked.has(m.senderEmail)),
    }));
    return { totalCount, edges, pageInfo: pageInfo(edges, rows.length > first, !!after) };
  }

  async setAnswered(accountId: string, messageId: string, answered: boolean): Promise<ContactMessage> {
    const { profile, message } = await this.ownMessage(accountId, messageId);
    message.answeredAt = answered ? (message.answeredAt ?? new Date()) : null;
    await this.dataSource.getRepository(ContactMessageRow).update({ id: message.id }, { answeredAt: message.answeredAt });
    return toMessage(message, (await this.blockedSenders(profile.id, [message.senderEmail])).size > 0);
  }

  /** Blocks the message's sender for this researcher; later messages from them are withheld. */
  async blockSender(accountId: string, messageId: string, blocked: boolean): Promise<ContactMessage> {
    const { profile, message } = await this.ownMessage(accountId, messageId);
    const repo = this.dataSource.getRepository(ContactBlock);
    if (blocked) {
      await repo
        .createQueryBuilder()
        .insert()
        .values({ researcherId: profile.id, senderEmail: message.senderEmail, blockedById: accountId })
        .orIgnore()
        .execute();
    } else {
      await repo.delete({ researcherId: profile.id, senderEmail: message.senderEmail });
    }
    return toMessage(message, (await this.blockedSenders(profile.id, [message.senderEmail])).size > 0);
  }

  /** Reports a message to the editors (and blocks its sender for this researcher). */
  async reportAbuse(accountId: string, messageId: string, reason: string | null): Promise<ContactAbuseReport> {
    const { profile, message } = await this.ownMessage(accountId, messageId);
    const report = await this.dataSource.transaction(async (tx) => {
      await tx
        .getRepository(ContactBlock)
        .createQueryBuilder()
        .insert()
        .values({ researcherId: profile.id, senderEmail: message.senderEmail, blockedById: accountId })
        .orIgnore()
        .execute();
      return tx.getRepository(AbuseReport).save({
        messageId: message.id,
        researcherId: profile.id,
        senderName: message.senderName,
        senderEmail: message.senderEmail,
        purpose: message.purpose,
        subject: message.subject,
        message: message.message,
        reason,
        handledAt: null,
        handledById: null,
      });
    });
    return toReport(report, await this.isBlockedForEveryone(report.senderEmail));
  }

  async abuseReports(first: number, after: string | null | undefined, includeHandled: boolean): Promise<ContactAbuseReportConnection> {
    const qb = this.dataSource.getRepository(AbuseReport).createQueryBuilder('r');
    if (!includeHandled) qb.where('r.handledAt IS NULL');
    const totalCount = await qb.clone().getCount();
    if (after) {
      const position = decodeListCursor(after);
      qb.andWhere('(r.createdAt, r.id) < (:at, :pid)', { at: position.at, pid: position.id });
    }
    const rows = await qb.orderBy('r.createdAt', 'DESC').addOrderBy('r.id', 'DESC').take(first + 1).getMany();
    const page = rows.slice(0, first);
    const globallyBlocked = new Set(
      (await this.dataSource.getRepository(ContactBlock).findBy({ researcherId: IsNull() })).map((b) => b.senderEmail),
    );
    const edges = page.map((r) => ({
      cursor: encodeListCursor({ at: r.createdAt, id: r.id }),
      node: toReport(r, globallyBlocked.has(r.senderEmail)),
    }));
    return { totalCount, edges, pageInfo: pageInfo(edges, rows.length > first, !!after) };
  }

  async markReportHandled(editorId: string, reportId: string): Promise<ContactAbuseReport> {
    const repo = this.dataSource.getRepository(AbuseReport);
    // A malformed id is unknown too: it never reaches the database (which would refuse it as a uuid).
    const report = isUUID(reportId, 'loose') ? await repo.findOneBy({ id: reportId }) : null;
    if (!report) throw notFound('Fant ikke rapporten.');
    if (!report.handledAt) {
      report.handledAt = new Date();
      report.handledById = editorId;
      await repo.update({ id: report.id }, { handledAt: report.handledAt, handledById: editorId });
    }
    return toReport(report, await this.isBlockedForEveryone(report.senderEmail));
  }

  /** Blocks an address for every researcher (editors); with a report, the report is handled too. */
  async blockForEveryone(editor: Viewer, senderEmail: string | null | undefined, reportId: string | null | undefined): Promise<boolean> {
    let email = senderEmail ? normalizeEmail(senderEmail) : null;
    if (reportId) {
      const report = await this.dataSource.getRepository(AbuseReport).findOneBy({ id: reportId });
      if (!report) throw notFound('Fant ikke rapporten.');
      email ??= report.senderEmail;
      await this.markReportHandled(editor.accountId, report.id);
    }
    if (!email) throw badUserInput('senderEmail', 'Oppgi en avsenderadresse eller en rapport.');
    const address = email;
    await this.dataSource.transaction(async (tx) => {
      const inserted = await tx
        .getRepository(ContactBlock)
        .createQueryBuilder()
        .insert()
        .values({ researcherId: null, senderEmail: address, blockedById: editor.accountId })
        .orIgnore()
        .returning(['id'])
        .execute();
      const blockId = (inserted.raw as Array<{ id: string }>)[0]?.id;
      // The line names the block, not the address: the audit log is kept, the address only
      // while the block stands.
      if (blockId) {
        await this.audit.record(tx, {
          actor: editor,
          action: AuditAction.CONTACT_SENDER_BLOCKED,
          targetType: 'ContactBlock',
          targetId: blockId,
          note: reportId ? `Fra rapport ${reportId}` : null,
        });
      }
    });
    return true;
  }

  async unblockForEveryone(editor: Viewer, senderEmail: string): Promise<boolean> {
    await this.dataSource.transaction(async (tx) => {
      const blocks = tx.getRepository(ContactBlock);
      const lifted = await blocks.find({ where: { researcherId: IsNull(), senderEmail: normalizeEmail(senderEmail) }, lock: { mode: 'pessimistic_write' } });
      if (lifted.length === 0) return;
      await blocks.delete(lifted.map((b) => b.id));
      for (const block of lifted) {
        await this.audit.record(tx, { actor: editor, action: AuditAction.CONTACT_SENDER_UNBLOCKED, targetType: 'ContactBlock', targetId: block.id });
      }
    });
    return true;
  }

  /** For exportMyData: what was written to the account's profile, what it wrote signed in, whom it blocked, what it reported. */
  async exportFor(accountId: string): Promise<Record<string, unknown>> {
    const q = (sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<Array<Record<string, unknown>>>;
    const profile = await this.researchers.findByAccountId(accountId);
    const received = profile
      ? await q(
          `SELECT id, sender_name, sender_email, sender_organization, purpose, subject, message, deadline,
                  delivered_at AS received_at, answered_at
             FROM contact_message WHERE researcher_id = $1 AND state = 'DELIVERED' ORDER BY delivered_at, id`,
          [profile.id],
        )
      : [];
    const sent = await q(
      `SELECT m.created_at AS sent_at, r.given_name || ' ' || r.family_name AS recipient, m.purpose, m.subject, m.message,
              m.sender_name, m.sender_email
         FROM contact_message m JOIN researcher r ON r.id = m.researcher_id
        WHERE m.sender_account_id = $1 ORDER BY m.created_at, m.id`,
      [accountId],
    );
    const blocked = profile
      ? await q(`SELECT sender_email, created_at FROM contact_block WHERE researcher_id = $1 ORDER BY created_at`, [profile.id])
      : [];
    const reports = profile
      ? await q(
          `SELECT created_at AS reported_at, sender_name, sender_email, subject, reason, handled_at
             FROM contact_abuse_report WHERE researcher_id = $1 ORDER BY created_at`,
          [profile.id],
        )
      : [];
    return { messagesReceived: received, messagesSentSignedIn: sent, sendersBlocked: blocked, abuseReported: reports };
  }

  /**
   * Erasure, in the caller's transaction: everything written to these profiles, their blocks
   * and reports, and the account's own address as a trusted sender. Messages it wrote signed
   * in stay with their recipients, no longer linked to the account.
   */
  async eraseFor(manager: EntityManager, researcherIds: string[], accountId: string, accountEmail: string): Promise<void> {
    await manager.query(`DELETE FROM contact_abuse_report WHERE researcher_id = ANY($1::uuid[])`, [researcherIds]);
    await manager.query(`DELETE FROM contact_block WHERE researcher_id = ANY($1::uuid[])`, [researcherIds]);
    await manager.query(`DELETE FROM contact_message WHERE researcher_id = ANY($1::uuid[])`, [researcherIds]);
    await manager.query(`UPDATE contact_message SET sender_account_id = NULL WHERE sender_account_id = $1`, [accountId]);
    await manager.query(`UPDATE contact_block SET blocked_by_id = NULL WHERE blocked_by_id = $1`, [accountId]);
    await manager.query(`UPDATE contact_abuse_report SET handled_by_id = NULL WHERE handled_by_id = $1`, [accountId]);
    await manager.query(`DELETE FROM contact_trusted_sender WHERE email = $1`, [normalizeEmail(accountEmail)]);
  }

  private async ownMessage(accountId: string, messageId: string): Promise<{ profile: Researcher; message: ContactMessageRow }> {
    const profile = await this.researchers.findByAccountId(accountId);
    const message = profile && isUUID(messageId, 'loose')
      ? await this.dataSource
          .getRepository(ContactMessageRow)
          .findOneBy({ id: messageId, researcherId: profile.id, state: ContactMessageState.DELIVERED })
      : null;
    // Someone else's message and no message at all look the same.
    if (!profile || !message) throw messageNotFound();
    return { profile, message };
  }

  private async blockedSenders(researcherId: string, emails: string[]): Promise<Set<string>> {
    if (emails.length === 0) return new Set();
    const rows: Array<{ sender_email: string }> = await this.dataSource.query(
      `SELECT DISTINCT sender_email FROM contact_block
        WHERE sender_email = ANY($2::text[]) AND (researcher_id = $1 OR researcher_id IS NULL)`,
      [researcherId, [...new Set(emails)]],
    );
    return new Set(rows.map((r) => r.sender_email));
  }

  private isBlockedForEveryone(email: string): Promise<boolean> {
    return this.dataSource.getRepository(ContactBlock).existsBy({ researcherId: IsNull(), senderEmail: email });
  }
}

function toMessage(m: ContactMessageRow, senderBlocked: boolean): ContactMessage {
  return {
    id: m.id,
    senderName: m.senderName,
    senderEmail: m.senderEmail,
    senderOrganization: m.senderOrganization,
    purpose: m.purpose,
    subject: m.subject,
    message: m.message,
    deadline: m.deadline,
    receivedAt: m.deliveredAt ?? m.createdAt,
    answered: m.answeredAt !== null,
    senderBlocked,
  };
}

function toReport(r: AbuseReport, senderBlockedForEveryone: boolean): ContactAbuseReport {
  return {
    id: r.id,
    researcherId: r.researcherId,
    senderName: r.senderName,
    senderEmail: r.senderEmail,
    purpose: r.purpose,
    subject: r.subject,
    message: r.message,
    reason: r.reason,
    reportedAt: r.createdAt,
    handledAt: r.handledAt,
    senderBlockedForEveryone,
  };
}

const emptyPage = () => ({ hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null });

function pageInfo(edges: Array<{ cursor: string }>, hasNextPage: boolean, hasPreviousPage: boolean) {
  return {
    hasNextPage,
    hasPreviousPage,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  };
}
