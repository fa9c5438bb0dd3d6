import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ThrottlerStorage } from '@nestjs/throttler';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AccountService, normalizeEmail } from '../account/account.service';
import { hashToken, randomToken } from '../account/token-hash';
import type { Viewer } from '../graphql/viewer';
import { ProfileStatus } from '../common/enums/profile-status.enum';
import { Environment } from '../config/environment';
import { DurableMail, type DurableMailItem } from '../jobs/durable-mail.service';
import { JobQueue } from '../jobs/job-queue.service';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherService } from '../researcher/researcher.service';
import { ContactBlock } from './contact-block.entity';
import {
  contactRateLimited,
  invalidConfirmation,
  notAcceptingMessages,
  purposeNotAccepted,
  researcherNotFound,
  type ContactLimitKind,
} from './contact-errors';
import { CONFIRMATION_TTL_MS, CONTACT_LIMITS, SENDER_TRUST_MS } from './contact-limits';
import { confirmationMail, deliveryMail, receiptMail } from './contact-mail';
import { ContactMessage, ContactMessageState } from './contact-message.entity';
import { ContactStatus } from './contact.types';
import type { ContactInput } from './dto/contact.input';
import { TrustedSender } from './trusted-sender.entity';

interface DeliveryOutcome {
  id: string;
  blocked: boolean;
}

/** A contact mail's job key: each mail of a message is sent at most once, ever. */
const mailKey = (messageId: string, mail: 'confirmation' | 'delivery' | 'receipt') => `contact:${messageId}:${mail}`;

/** Whether a profile takes messages through the relay, and for which purposes. */
export function acceptsMessages(profile: Pick<Researcher, 'status' | 'accountId' | 'acceptsMessages'>): boolean {
  return profile.status === ProfileStatus.PUBLISHED && profile.accountId !== null && profile.acceptsMessages;
}

/**
 * The contact relay: anyone may write to a researcher through the site, and the researcher's
 * address never reaches them. A sender's address is confirmed once by a mailed link (then
 * trusted for 30 days); a signed-in account writing from its verified address needs none.
 *
 * What the sender gets back (the receipt, the mails to them, errors) depends only on what the
 * sender did and on public facts of the profile, never on whether the researcher blocked them.
 *
 * Every mail (link, delivery, receipt) is a durable job queued in the transaction that stores
 * or moves the message, keyed by message and mail: a failed send is retried with backoff, and
 * none is sent twice, whoever runs the jobs (docs/decisions/0008-jobs-in-pg-boss.md).
 */
@Injectable()
export class ContactService {
  private readonly logger = new Logger(ContactService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(ThrottlerStorage) private readonly counters: ThrottlerStorage,
    private readonly researchers: ResearcherService,
    private readonly accounts: AccountService,
    private readonly mail: DurableMail,
    private readonly jobs: JobQueue,
    private readonly env: Environment,
  ) {}

  async contact(researcherId: string, input: ContactInput, viewer: Viewer | null | undefined, clientIp: string): Promise<ContactStatus> {
    await this.count('ip', clientIp);
    const profile = await this.researchers.findVisible({ id: researcherId }, viewer);
    if (!profile || profile.status !== ProfileStatus.PUBLISHED) throw researcherNotFound();
    const recipient = await this.recipientAddress(profile);
    if (!recipient) throw notAcceptingMessages(profile.fullName);
    if (!profile.acceptedContactPurposes.includes(input.purpose)) throw purposeNotAccepted(profile.fullName);

    const senderEmail = normalizeEmail(input.senderEmail);
    await this.count('sender', senderEmail);
    await this.checkRecipientQuota(profile.id);

    const fields = {
      researcherId: profile.id,
      senderName: input.senderName,
      senderEmail,
      senderOrganization: input.senderOrganization ?? null,
      senderAccountId: viewer?.accountId ?? null,
      purpose: input.purpose,
      subject: input.subject,
      message: input.message,
      deadline: input.deadline ?? null,
    };

    if (await this.isTrusted(senderEmail, viewer)) {
      const outcome = await this.dataSource.transaction(async (tx) => {
        const saved = await tx.getRepository(ContactMessage).save({ ...fields, state: ContactMessageState.AWAITING_CONFIRMATION });
        return this.deliver(tx, profile, recipient, saved);
      });
      this.queued(outcome);
      return ContactStatus.SENT;
    }

    // The message and its confirmation mail are stored together or not at all; the mail is a
    // durable job keyed by the message, so a retry or a second runner cannot send it twice.
    const token = randomToken();
    const link = `${this.publicUrl}/kontakt/bekreft?token=${encodeURIComponent(token)}`;
    const saved = await this.dataSource.transaction(async (tx) => {
      const row = await tx.getRepository(ContactMessage).save({
        ...fields,
        state: ContactMessageState.AWAITING_CONFIRMATION,
        confirmTokenHash: hashToken(token),
        confirmExpiresAt: new Date(Date.now() + CONFIRMATION_TTL_MS),
      });
      await this.mail.send([{ key: mailKey(row.id, 'confirmation'), message: confirmationMail(profile.fullName, fields, link) }], tx);
      return row;
    });
    this.logger.log(`Contact message ${saved.id} awaits the sender's confirmation`);
    this.jobs.wake();
    return ContactStatus.AWAITING_CONFIRMATION;
  }

  /** Follows a confirmation link: trusts the address for 30 days and sends the message. */
  async confirm(token: string, clientIp: string): Promise<ContactStatus> {
    await this.count('confirmIp', clientIp);
    const repo = this.dataSource.getRepository(ContactMessage);
    const pending = typeof token === 'string' && token.length > 0 && token.length <= 200
      ? await repo.findOneBy({ confirmTokenHash: hashToken(token), state: ContactMessageState.AWAITING_CONFIRMATION })
      : null;
    if (!pending || !pending.confirmExpiresAt || pending.confirmExpiresAt.getTime() <= Date.now()) throw invalidConfirmation();

    const [profile] = await this.researchers.findByIds([pending.researcherId]);
    const recipient = profile ? await this.recipientAddress(profile) : null;
    if (!profile || !recipient) throw notAcceptingMessages(profile?.fullName ?? 'Forskeren');
    if (!profile.acceptedContactPurposes.includes(pending.purpose)) throw purposeNotAccepted(profile.fullName);
    await this.checkRecipientQuota(profile.id);

    // Used once: whoever clears the token first queues the delivery, in the same transaction;
    // a second click finds nothing.
    const outcome = await this.dataSource.transaction(async (tx) => {
      const result = await tx.getRepository(ContactMessage).update(
        { id: pending.id, confirmTokenHash: pending.confirmTokenHash!, state: ContactMessageState.AWAITING_CONFIRMATION },
        { confirmTokenHash: null, confirmExpiresAt: null },
      );
      if (!result.affected) return null;
      const now = new Date();
      await tx.getRepository(TrustedSender).upsert(
        { email: pending.senderEmail, confirmedAt: now, trustedUntil: new Date(now.getTime() + SENDER_TRUST_MS) },
        ['email'],
      );
      return this.deliver(tx, profile, recipient, pending);
    });
    if (!outcome) throw invalidConfirmation();
    this.queued(outcome);
    return ContactStatus.SENT;
  }

  private get publicUrl(): string {
    return this.env.PUBLIC_URL.replace(/\/+$/, '');
  }

  /** The researcher's login address, when the profile takes messages at all. */
  private async recipientAddress(profile: Researcher): Promise<string | null> {
    if (!acceptsMessages(profile)) return null;
    const account = await this.accounts.findById(profile.accountId!);
    return account && !account.disabledAt ? account.email : null;
  }

  private async isTrusted(senderEmail: string, viewer: Viewer | null | undefined): Promise<boolean> {
    if (viewer) {
      const account = await this.accounts.findById(viewer.accountId);
      if (account?.emailVerifiedAt && normalizeEmail(account.email) === senderEmail) return true;
    }
    const trusted = await this.dataSource.getRepository(TrustedSender).findOneBy({ email: senderEmail });
    return !!trusted && trusted.trustedUntil.getTime() > Date.now();
  }

  private async isBlocked(researcherId: string, senderEmail: string, manager: EntityManager): Promise<boolean> {
    return manager.getRepository(ContactBlock).exists({
      where: [
        { researcherId, senderEmail },
        { researcherId: IsNull(), senderEmail },
      ],
    });
  }

  /**
   * Queues a stored message for the researcher, or withholds it when the sender is blocked,
   * in the caller's transaction; the sender's receipt is queued either way, so being blocked
   * cannot be told from the outside. Both mails are durable jobs keyed by the message: the
   * job queue retries a failed send with backoff, and no key is sent twice.
   */
  private async deliver(tx: EntityManager, profile: Researcher, recipient: string, message: ContactMessage): Promise<DeliveryOutcome> {
    const blocked = await this.isBlocked(profile.id, message.senderEmail, tx);
    await tx.getRepository(ContactMessage).update(
      { id: message.id },
      { state: blocked ? ContactMessageState.WITHHELD : ContactMessageState.DELIVERED, deliveredAt: new Date() },
    );
    const mails: DurableMailItem[] = [];
    if (!blocked) mails.push({ key: mailKey(message.id, 'delivery'), message: deliveryMail(recipient, profile.fullName, message, this.publicUrl) });
    mails.push({ key: mailKey(message.id, 'receipt'), message: receiptMail(profile.fullName, message) });
    await this.mail.send(mails, tx);
    return { id: message.id, blocked };
  }

  /** After the commit: says what happened (ids only) and has the worker send now. */
  private queued({ id, blocked }: DeliveryOutcome): void {
    this.logger.log(`Contact message ${id} ${blocked ? 'withheld (blocked sender)' : 'queued for delivery'}`);
    this.jobs.wake();
  }

  /** Counts one attempt against a limit (shared between instances when the throttler store is), or refuses it. */
  private async count(kind: Exclude<ContactLimitKind, 'recipient'>, key: string): Promise<void> {
    const { limit, ttl } = CONTACT_LIMITS[kind];
    const record = await this.counters.increment(`contact:${kind}:${key}`, ttl, limit, 0, `contact-${kind}`);
    if (record.isBlocked) throw contactRateLimited(kind, record.timeToBlockExpire);
  }

  /** At most CONTACT_LIMITS.recipient.limit delivered messages in the window, counted in the database. */
  private async checkRecipientQuota(researcherId: string): Promise<void> {
    const { limit, ttl } = CONTACT_LIMITS.recipient;
    const rows: Array<{ delivered_at: Date }> = await this.dataSource.query(
      `SELECT delivered_at FROM contact_message
        WHERE researcher_id = $1 AND state = 'DELIVERED' AND delivered_at > $2
        ORDER BY delivered_at DESC LIMIT $3`,
      [researcherId, new Date(Date.now() - ttl), limit],
    );
    if (rows.length < limit) return;
    const oldestCounted = new Date(rows[rows.length - 1].delivered_at);
    throw contactRateLimited('recipient', (oldestCounted.getTime() + ttl - Date.now()) / 1000);
  }
}
