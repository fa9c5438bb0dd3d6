import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Environment } from '../config/environment';
import { MailService } from '../mail/mail.service';
import type { Network } from './network.entity';
import { Newsletter } from './newsletter.entity';
import { returnedRows } from './returned-rows';

/** The signature in an unsubscribe link: this newsletter's key over the address. */
export function unsubscribeSignature(key: string, email: string): string {
  return createHmac('sha256', key).update(email).digest('base64url');
}

export function signatureMatches(key: string, email: string, signature: string): boolean {
  const expected = Buffer.from(unsubscribeSignature(key, email));
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * Delivers a newsletter to the recipients stored for it (newsletter_delivery), each once.
 * The one place newsletters leave the service: each delivery is claimed (sent_at set) before
 * its mail goes, so two senders never both send it; a failed send releases the claim.
 */
@Injectable()
export class NewsletterSender implements OnApplicationBootstrap {
  private readonly logger = new Logger(NewsletterSender.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly env: Environment,
  ) {}

  /**
   * Resumes newsletters a stopped process left half-sent. Claims make it safe with several
   * instances: each delivery goes once. (A mail claimed just before a crash is not retried:
   * we prefer one lost newsletter copy to a duplicate until the durable job queue takes over.)
   */
  async onApplicationBootstrap(): Promise<void> {
    const unfinished = await this.dataSource
      .getRepository(Newsletter)
      .createQueryBuilder('n')
      .innerJoinAndSelect('n.network', 'network')
      .where('EXISTS (SELECT 1 FROM newsletter_delivery d WHERE d.newsletter_id = n.id AND d.sent_at IS NULL)')
      .getMany();
    for (const newsletter of unfinished) this.deliverInBackground(newsletter.network!, newsletter);
  }

  /** Starts delivery without making the sender wait for every mail. */
  deliverInBackground(network: Network, newsletter: Newsletter): void {
    this.deliver(network, newsletter).catch((err: unknown) =>
      this.logger.error(`Newsletter ${newsletter.id} stopped: ${err instanceof Error ? err.message : String(err)}`),
    );
  }

  async deliver(network: Network, newsletter: Newsletter): Promise<void> {
    for (;;) {
      const claimed: unknown = await this.dataSource.query(
        `UPDATE newsletter_delivery SET sent_at = now(), updated_at = now()
          WHERE id = (SELECT id FROM newsletter_delivery WHERE newsletter_id = $1 AND sent_at IS NULL
                       ORDER BY email LIMIT 1 FOR UPDATE SKIP LOCKED)
          RETURNING id, email`,
        [newsletter.id],
      );
      const [delivery] = returnedRows<{ id: string; email: string }>(claimed);
      if (!delivery) return;
      try {
        await this.mail.send(this.message(network, newsletter, delivery.email));
      } catch (err) {
        await this.dataSource.query(`UPDATE newsletter_delivery SET sent_at = NULL WHERE id = $1`, [delivery.id]);
        throw err;
      }
    }
  }

  unsubscribeUrl(newsletter: Newsletter, email: string): string {
    const token = `${newsletter.id}.${Buffer.from(email).toString('base64url')}.${unsubscribeSignature(newsletter.unsubscribeKey, email)}`;
    return `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/nyhetsbrev/avmeld?token=${encodeURIComponent(token)}`;
  }

  private message(network: Network, newsletter: Newsletter, email: string) {
    const unsubscribe = this.unsubscribeUrl(newsletter, email);
    return {
      kind: 'network-newsletter',
      to: email,
      subject: newsletter.subject,
      text:
        `${newsletter.body}\n\n-- \nNyhetsbrev fra ${network.name}.\n` +
        `Vil du ikke lenger få nyhetsbrevet? Meld deg av her: ${unsubscribe}\n`,
      // RFC 2369 and RFC 8058: mail programs offer a one-click unsubscribe that POSTs to the URL.
      headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    };
  }
}
