import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailMessage, MailService } from '../mail/mail.service';
import { JobQueue } from './job-queue.service';

export const MAIL_JOB = 'mail.send';

export interface DurableMailItem {
  message: MailMessage;
  /**
   * Sent at most once ever under this key, however often it is queued: for example
   * `newsletter:<newsletter id>:<recipient address>`. A key that names the recipient's address
   * ends with `:<address>`, so erasure finds it ({@link DurableMail.eraseFor}).
   */
  key?: string;
}

/**
 * "Send this mail durably": each mail is a job, kept in the database until the SMTP server
 * took it, retried with backoff when it did not, and `failed` in the end.
 *
 * A mail's job is completed right after the SMTP server accepts it. Should the process die in the
 * moment between the two, the mail is sent again once its job expires: SMTP cannot tell us
 * whether a message was taken when the answer never arrived (RFC 1047), so we prefer a rare
 * duplicate to a silent loss. Everything else (retries, restarts, several runners) sends a
 * mail once.
 */
@Injectable()
export class DurableMail {
  constructor(
    private readonly jobs: JobQueue,
    mail: MailService,
  ) {
    jobs.define<MailMessage>({ name: MAIL_JOB, handle: (message) => mail.send(message) });
  }

  /**
   * Erasure: mail to this address still waiting is not sent, and no job, archived job or
   * once-only key keeps the address (in the caller's transaction).
   */
  async eraseFor(manager: EntityManager, address: string): Promise<void> {
    if (!address) return;
    await this.jobs.eraseJobs(manager, MAIL_JOB, { field: 'to', value: address, keySuffix: `:${address}` });
  }

  /** Queues the mails (in the caller's transaction if `manager` is given); returns how many were new. */
  async send(items: DurableMailItem[], manager?: EntityManager): Promise<number> {
    return this.jobs.enqueue<MailMessage>(
      MAIL_JOB,
      items.map((item) => ({ data: item.message, key: item.key })),
      manager,
    );
  }
}
