import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { MEMBERSHIP_ROLE_LABELS, MembershipStatus } from '../common/enums/membership.enum';
import { Role } from '../common/enums/role.enum';
import { Environment } from '../config/environment';
import { MailService } from '../mail/mail.service';
import type { NetworkMembership } from './network-membership.entity';
import type { Network } from './network.entity';
import { membershipMail } from './membership-mail';
import { NetworkAccessService } from './network-access.service';

/**
 * Tells people about applications and decisions. Mail goes out after the change is saved and
 * in the background: a mail server's trouble never undoes or delays a decision.
 */
@Injectable()
export class MembershipNotifier {
  private readonly logger = new Logger(MembershipNotifier.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly env: Environment,
    private readonly networkAccess: NetworkAccessService,
  ) {}

  /** To the network's coordinators; to the editors when the network has none. */
  applicationReceived(network: Network, applicantName: string): Promise<void> {
    return this.safely('new application', async () => {
      // Who counts as a decider (active role, profile not hidden) is NetworkAccessService's rule.
      const deciders = await this.networkAccess.coordinatorAccountIds(network.id);
      let recipients = await this.addresses(
        `SELECT email FROM account WHERE id = ANY($1::uuid[]) AND disabled_at IS NULL`,
        [deciders],
      );
      if (recipients.length === 0) {
        recipients = await this.addresses(
          `SELECT email FROM account WHERE role = ANY($1::role[]) AND disabled_at IS NULL`,
          [[Role.EDITOR, Role.ADMIN]],
        );
      }
      const link = this.link(network);
      for (const to of recipients) {
        this.mail.sendInBackground(membershipMail.newApplication(to, applicantName, network.name, link));
      }
    });
  }

  decided(network: Network, membership: NetworkMembership): Promise<void> {
    return this.safely('decision', async () => {
      const to = await this.memberAddress(membership.researcherId);
      if (!to) return;
      const message =
        membership.status === MembershipStatus.ACTIVE
          ? membershipMail.approved(to, network.name, membership.decisionNote, this.link(network))
          : membershipMail.declined(to, network.name, membership.decisionNote, this.link(network));
      this.mail.sendInBackground(message);
    });
  }

  added(network: Network, membership: NetworkMembership): Promise<void> {
    return this.safely('new member', async () => {
      const to = await this.memberAddress(membership.researcherId);
      if (!to) return;
      this.mail.sendInBackground(
        membershipMail.added(to, network.name, MEMBERSHIP_ROLE_LABELS[membership.role], this.link(network)),
      );
    });
  }

  // The change is already saved: a failure to find addresses is logged, not reported to the caller.
  private async safely(what: string, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.logger.error(`Could not send ${what} mail: ${err instanceof Error ? err.message : String(err)}`);
    }
  }

  /** The login address (where the account's own mail goes), else the profile's contact address. */
  private async memberAddress(researcherId: string): Promise<string | null> {
    const [row] = await this.addresses(
      `SELECT COALESCE(a.email, NULLIF(btrim(r.email), '')) AS email
         FROM researcher r LEFT JOIN account a ON a.id = r.account_id AND a.disabled_at IS NULL
        WHERE r.id = $1`,
      [researcherId],
    );
    return row ?? null;
  }

  private async addresses(sql: string, parameters: unknown[]): Promise<string[]> {
    const rows: { email: string | null }[] = await this.dataSource.query(sql, parameters);
    return rows.map((r) => r.email).filter((e): e is string => !!e);
  }

  private link(network: Network): string {
    return `${this.env.PUBLIC_URL.replace(/\/+$/, '')}/nettverk/${encodeURIComponent(network.slug)}`;
  }
}
