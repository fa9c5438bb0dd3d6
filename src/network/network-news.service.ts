import { createHash, randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, EntityManager, In, Repository } from 'typeorm';
import { groupBy } from '../graphql/loader-registry';
import type { Viewer } from '../graphql/viewer';
import { Environment } from '../config/environment';
import { MembershipStatus } from '../common/enums/membership.enum';
import { badUserInput } from '../common/errors/app-errors';
import { DurableMail } from '../jobs/durable-mail.service';
import type { SendNetworkNewsletterArgs } from './dto/send-network-newsletter.args';
import { NetworkAccessService } from './network-access.service';
import { NetworkNewsSubscription } from './network-news-subscription.entity';
import { NetworkService } from './network.service';
import { NewsletterSender, signatureMatches } from './newsletter-sender';
import { Newsletter } from './newsletter.entity';
import { returnedRows } from './returned-rows';

const CONFIRM_LINK_DAYS = 7;
const RESEND_AFTER_SECONDS = 300;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Newsletters: who subscribes (double opt-in), who unsubscribes, what is sent and archived. */
@Injectable()
export class NetworkNewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(NetworkNewsSubscription) private readonly subscriptions: Repository<NetworkNewsSubscription>,
    @InjectRepository(Newsletter) private readonly newsletters: Repository<Newsletter>,
    private readonly networks: NetworkService,
    private readonly access: NetworkAccessService,
    private readonly sender: NewsletterSender,
    private readonly mail: DurableMail,
    private readonly env: Environment,
  ) {}

  /**
   * Sends a confirmation link unless the address is already confirmed (or was sent one in the
   * last few minutes). The answer is the same
   * either way, so nobody learns from it who subscribes.
   */
  async subscribe(networkSlug: string, rawEmail: string): Promise<boolean> {
    const network = await this.networks.findBySlugOrFail(networkSlug);
    if (network.archivedAt) throw badUserInput('network', 'Nettverket er arkivert.');
    const email = rawEmail.trim().toLowerCase();
    const token = randomBytes(32).toString('base64url');
    const tokenHash = hash(token);
    const expires = new Date(Date.now() + CONFIRM_LINK_DAYS * 86_400_000);
    // The row and its confirmation mail's job in one transaction: both kept, or neither.
    await this.dataSource.transaction(async (tx) => {
      // One statement, so two requests at once leave one row; a confirmed, still subscribed row is left alone.
      const rows: unknown = await tx.query(
        `INSERT INTO network_news_subscription (network_id, email, confirm_token_hash, confirm_token_expires_at)
         VALUES ($1, $2, $3, $4)
         ON CONFLICT (network_id, email) DO UPDATE
            SET confirm_token_hash = EXCLUDED.confirm_token_hash,
                confirm_token_expires_at = EXCLUDED.confirm_token_expires_at, updated_at = now()
          WHERE (network_news_subscription.confirmed_at IS NULL OR network_news_subscription.unsubscribed_at IS NOT NULL)
            -- At most one confirmation mail per address and network every few minutes: nobody can flood an inbox.
            AND (network_news_subscription.confirm_token_expires_at IS NULL
                 OR network_news_subscription.confirm_token_expires_at < EXCLUDED.confirm_token_expires_at - $5::int * interval '1 second')
         RETURNING id`,
        [network.id, email, tokenHash, expires, RESEND_AFTER_SECONDS],
      );
      const [row] = returnedRows<{ id: string }>(rows);
      if (!row) return;
      const link = `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/nyhetsbrev/bekreft?token=${encodeURIComponent(token)}`;
      // A durable job like every other mail: retried when the SMTP server is away, sent once
      // per link (the key names this subscription and this link's token).
      await this.mail.send(
        [
          {
            key: `newsletter-confirm:${row.id}:${tokenHash}`,
            message: {
              kind: 'newsletter-confirm',
              to: email,
              subject: `Bekreft abonnement på nyhetsbrevet fra ${network.name}`,
              text:
                `Hei!\n\nNoen (forhåpentligvis du) har bedt om å få nyhetsbrevet fra ${network.name} til denne adressen.\n\n` +
                `Bekreft abonnementet her (lenken virker i ${CONFIRM_LINK_DAYS} dager):\n${link}\n\n` +
                'Har du ikke bedt om dette, kan du se bort fra e-posten.\n',
            },
          },
        ],
        tx,
      );
    });
    return true;
  }

  async confirm(token: string): Promise<boolean> {
    const rows: unknown = await this.dataSource.query(
      `UPDATE network_news_subscription
          SET confirmed_at = now(), unsubscribed_at = NULL, confirm_token_hash = NULL,
              confirm_token_expires_at = NULL, updated_at = now()
        WHERE confirm_token_hash = $1 AND confirm_token_expires_at > now()
       RETURNING id`,
      [hash(token)],
    );
    if (returnedRows(rows).length === 0) {
      throw badUserInput('token', 'Lenken er ugyldig eller utløpt. Meld deg på nytt for å få en ny.');
    }
    return true;
  }

  /** The link in a newsletter (signed per recipient): the address gets no more newsletters from that network. */
  async unsubscribe(token: string): Promise<boolean> {
    const [newsletterId, encodedEmail, signature] = token.split('.');
    const invalid = () => badUserInput('token', 'Lenken er ugyldig.');
    if (!newsletterId || !encodedEmail || !signature || !/^[0-9a-f-]{36}$/i.test(newsletterId)) throw invalid();
    const newsletter = await this.newsletters.findOneBy({ id: newsletterId });
    const email = Buffer.from(encodedEmail, 'base64url').toString('utf8');
    if (!newsletter || !signatureMatches(newsletter.unsubscribeKey, email, signature)) throw invalid();
    await this.dataSource.query(
      `INSERT INTO network_news_subscription (network_id, email, unsubscribed_at) VALUES ($1, $2, now())
       ON CONFLICT (network_id, email) DO UPDATE
          SET unsubscribed_at = COALESCE(network_news_subscription.unsubscribed_at, now()),
              confirm_token_hash = NULL, confirm_token_expires_at = NULL, updated_at = now()`,
      [newsletter.networkId, email],
    );
    return true;
  }

  /**
   * Stores the newsletter and its recipients in one transaction — active members who accept
   * network mail and whose login address is confirmed, and confirmed subscribers, less those
   * who unsubscribed — each address once, and queues one durable mail per recipient in the
   * same transaction: all stored, or nothing.
   */
  async send(viewer: Viewer, args: SendNetworkNewsletterArgs): Promise<Newsletter> {
    const network = await this.networks.findBySlugOrFail(args.network);
    await this.access.requireDecider(viewer, network.id);
    const subject = args.subject.trim();
    const body = args.body.trim();
    if (subject.length < 2) throw badUserInput('subject', 'Emnet må ha minst 2 tegn.');
    if (body.length < 2) throw badUserInput('body', 'Teksten må ha minst 2 tegn.');
    const newsletter = await this.dataSource.transaction(async (tx) => {
      const saved = await tx.save(
        tx.create(Newsletter, {
          networkId: network.id,
          subject,
          body,
          sentById: viewer.accountId,
          unsubscribeKey: randomBytes(32).toString('base64url'),
        }),
      );
      const inserted: unknown = await tx.query(
        `INSERT INTO newsletter_delivery (newsletter_id, email)
         SELECT $1, x.email FROM (
           SELECT lower(a.email) AS email
             FROM network_membership m JOIN researcher r ON r.id = m.researcher_id JOIN account a ON a.id = r.account_id
            WHERE m.network_id = $2 AND m.status = $3 AND r.accepts_network_mail
              AND a.email_verified_at IS NOT NULL AND a.disabled_at IS NULL
           UNION
           SELECT s.email FROM network_news_subscription s
            WHERE s.network_id = $2 AND s.confirmed_at IS NOT NULL AND s.unsubscribed_at IS NULL
         ) x
         WHERE NOT EXISTS (SELECT 1 FROM network_news_subscription u
                            WHERE u.network_id = $2 AND u.email = x.email AND u.unsubscribed_at IS NOT NULL)
         ON CONFLICT (newsletter_id, email) DO NOTHING
         RETURNING email`,
        [saved.id, network.id, MembershipStatus.ACTIVE],
      );
      const recipients = returnedRows<{ email: string }>(inserted).map((r) => r.email);
      saved.recipientCount = recipients.length;
      await this.sender.queue(tx, network, saved, recipients);
      return tx.save(saved);
    });
    return newsletter;
  }

  /** Sent newsletters of each network, newest first (the public archive), in the order of `networkIds`. */
  async archives(networkIds: readonly string[]): Promise<Newsletter[][]> {
    if (networkIds.length === 0) return [];
    const sent = await this.newsletters.find({ where: { networkId: In([...networkIds]) }, order: { createdAt: 'DESC', id: 'ASC' } });
    return groupBy(networkIds, sent, (n) => n.networkId);
  }

  /** Erasure: the account's address on subscriptions and deliveries, and its name on newsletters it sent. */
  async eraseFor(manager: EntityManager, accountId: string): Promise<void> {
    const params = [accountId];
    const email = `(SELECT lower(email) FROM account WHERE id = $1)`;
    await manager.query(`DELETE FROM network_news_subscription WHERE email = ${email}`, params);
    await manager.query(`DELETE FROM newsletter_delivery WHERE email = ${email}`, params);
    await manager.query(`UPDATE newsletter SET sent_by_id = NULL WHERE sent_by_id = $1`, params);
  }
}
