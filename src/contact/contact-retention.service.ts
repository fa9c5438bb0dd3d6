import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobQueue } from '../jobs/job-queue.service';
import { MESSAGE_RETENTION_MS } from './contact-limits';

export const CONTACT_RETENTION_JOB = 'contact.retention';

// Unconfirmed messages are kept a week past their link's expiry, then go: they were never sent.
const UNCONFIRMED_GRACE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Deletes contact messages 180 days after they came, lapsed unconfirmed ones and lapsed
 * trust: a scheduled durable job (hourly), run by the app's worker or `npm run jobs -- --run-due`.
 */
@Injectable()
export class ContactRetentionService {
  private readonly logger = new Logger(ContactRetentionService.name);

  constructor(
    jobs: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    jobs.define({ name: CONTACT_RETENTION_JOB, schedule: { cron: '17 * * * *' }, handle: async () => void (await this.purge()) });
  }

  async purge(now = new Date()): Promise<{ messages: number; trustedSenders: number }> {
    const cutoff = new Date(now.getTime() - MESSAGE_RETENTION_MS);
    const lapsed = new Date(now.getTime() - UNCONFIRMED_GRACE_MS);
    const [messages] = (await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM contact_message
          WHERE created_at < $1 OR (state = 'AWAITING_CONFIRMATION' AND confirm_expires_at < $2)
          RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [cutoff, lapsed],
    )) as Array<{ n: number }>;
    const [senders] = (await this.dataSource.query(
      `WITH gone AS (DELETE FROM contact_trusted_sender WHERE trusted_until < $1 RETURNING 1) SELECT count(*)::int AS n FROM gone`,
      [now],
    )) as Array<{ n: number }>;
    if (messages.n || senders.n) this.logger.log(`Contact retention: ${messages.n} messages and ${senders.n} lapsed sender addresses deleted`);
    return { messages: messages.n, trustedSenders: senders.n };
  }
}
