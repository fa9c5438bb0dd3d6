import { createHmac, timingSafeEqual } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Environment } from '../config/environment';
import { DurableMail } from '../jobs/durable-mail.service';
import type { MailMessage } from '../mail/mail.service';
import type { Network } from './network.entity';
import type { Newsletter } from './newsletter.entity';

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
 * The one place newsletters leave the service: one durable mail job per (newsletter,
 * recipient), keyed so, queued in the transaction that stores the newsletter. A restart
 * resumes what is left; the key and the queue's claims send each recipient once, also with
 * several instances or runners (docs/decisions/0008-jobs-in-pg-boss.md).
 */
@Injectable()
export class NewsletterSender {
  constructor(
    private readonly mail: DurableMail,
    private readonly env: Environment,
  ) {}

  /** Returns how many mails were queued (addresses already queued for this newsletter count nothing). */
  queue(manager: EntityManager, network: Network, newsletter: Newsletter, recipients: readonly string[]): Promise<number> {
    return this.mail.send(
      recipients.map((email) => ({ key: `newsletter:${newsletter.id}:${email}`, message: this.message(network, newsletter, email) })),
      manager,
    );
  }

  unsubscribeUrl(newsletter: Newsletter, email: string): string {
    const token = `${newsletter.id}.${Buffer.from(email).toString('base64url')}.${unsubscribeSignature(newsletter.unsubscribeKey, email)}`;
    return `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/nyhetsbrev/avmeld?token=${encodeURIComponent(token)}`;
  }

  private message(network: Network, newsletter: Newsletter, email: string): MailMessage {
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
