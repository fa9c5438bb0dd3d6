import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badUserInput, unauthenticated } from '../common/errors/app-errors';
import { AccountService } from '../account/account.service';
import { OneTimeTokenService } from '../account/one-time-token.service';
import { RefreshTokenService } from '../account/refresh-token.service';
import { ContactInboxService } from '../contact/contact-inbox.service';
import { MembershipService } from '../network/membership.service';
import { PhotoService } from '../photo/photo.service';
import { NetworkNewsService } from '../network/network-news.service';
import { ProfileHistoryService } from '../profile/profile-history.service';
import { ProfileService } from '../profile/profile.service';
import { AuditService } from '../audit/audit.service';
import { DurableMail } from '../jobs/durable-mail.service';
import { OrganizationService } from '../organization/organization.service';
import { PublicationService } from '../publication/publication.service';
import { RegistryRefreshService } from '../publication/registry-refresh.service';

/** The right of access and the right to erasure: everything held about an account, out or gone. */
@Injectable()
export class MyDataService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accounts: AccountService,
    private readonly refreshTokens: RefreshTokenService,
    private readonly oneTimeTokens: OneTimeTokenService,
    private readonly profiles: ProfileService,
    private readonly history: ProfileHistoryService,
    private readonly memberships: MembershipService,
    private readonly news: NetworkNewsService,
    private readonly audit: AuditService,
    private readonly organizations: OrganizationService,
    private readonly publications: PublicationService,
    private readonly registryLinks: RegistryRefreshService,
    private readonly contact: ContactInboxService,
    private readonly photos: PhotoService,
    private readonly durableMail: DurableMail,
  ) {}

  /** Everything stored about the account, as JSON. Secrets (password and token hashes) are left out. */
  async export(accountId: string): Promise<string> {
    const q = <T = Record<string, unknown>>(sql: string, params: unknown[]) => this.dataSource.query(sql, params) as Promise<T[]>;
    const [account] = await q(
      `SELECT id, email, role, email_verified_at, disabled_at, created_at, updated_at FROM account WHERE id = $1`,
      [accountId],
    );
    if (!account) throw unauthenticated();
    const [profile] = await q(
      `SELECT r.id, r.slug, r.given_name, r.family_name, r.title, r.degree, r.orcid, r.region, r.bio, r.keywords,
              r.languages, r.available_as_speaker, r.available_for_media, r.accepts_network_mail, r.email,
              r.email_visibility, r.phone, r.phone_visibility, r.website, r.status, r.review_note, r.published_at,
              r.confirmed_at, r.version, r.created_at, r.updated_at, o.name AS organization,
              r.media_topics, r.media_available_until, r.speaker_topics, r.speaker_formats::text[] AS speaker_formats,
              r.travel_regions::text[] AS travel_regions,
              r.course_leader, r.accepts_messages, r.accepted_contact_purposes::text[] AS accepted_contact_purposes, r.photo_visibility,
              coalesce((SELECT array_agg(a.slug ORDER BY a.slug) FROM researcher_competence_area rca
                          JOIN competence_area a ON a.id = rca.competence_area_id
                         WHERE rca.researcher_id = r.id), '{}') AS competence_areas
         FROM researcher r LEFT JOIN organization o ON o.id = r.organization_id
        WHERE r.account_id = $1`,
      [accountId],
    );
    const profileId = (profile?.id as string | undefined) ?? null;
    const memberships = profileId
      ? await q(
          `SELECT m.id, n.slug AS network, n.name AS network_name, m.role, m.status, m.started_on, m.ended_on,
                  m.representing_region, o.name AS representing_organization, m.motivation, m.decision_note,
                  m.decided_at, m.created_at, m.updated_at
             FROM network_membership m JOIN network n ON n.id = m.network_id
             LEFT JOIN organization o ON o.id = m.representing_organization_id
            WHERE m.researcher_id = $1 ORDER BY m.created_at`,
          [profileId],
        )
      : [];
    const publications = profileId
      ? await q(
          `SELECT title, year, venue, doi, url, source, external_key, shown, position, created_at, updated_at
             FROM publication WHERE researcher_id = $1 ORDER BY position, year DESC NULLS LAST, created_at DESC`,
          [profileId],
        )
      : [];
    const registryLinks = profileId
      ? await q(
          `SELECT source, identifier, checked_at, known_keys, created_at FROM registry_link WHERE researcher_id = $1 ORDER BY source`,
          [profileId],
        )
      : [];
    const publicationSuggestions = profileId
      ? await q(
          `SELECT source, external_key, title, year, venue, doi, dismissed_at, created_at
             FROM publication_suggestion WHERE researcher_id = $1 ORDER BY created_at`,
          [profileId],
        )
      : [];
    const history = profileId
      ? await q(
          `SELECT created_at AS at, action, (actor_id = $2) AS by_me, changes, note
             FROM profile_change WHERE researcher_id = $1 ORDER BY created_at, id`,
          [profileId, accountId],
        )
      : [];
    const sessions = await q(
      `SELECT created_at, expires_at, used_at, revoked_at FROM refresh_token WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const mailLinks = await q(
      `SELECT purpose, created_at, expires_at, used_at FROM one_time_token WHERE account_id = $1 ORDER BY created_at`,
      [accountId],
    );
    const newsletterSubscriptions = await q(
      `SELECT n.slug AS network, s.created_at, s.confirmed_at, s.unsubscribed_at
         FROM network_news_subscription s JOIN network n ON n.id = s.network_id
        WHERE s.email = lower($1) ORDER BY s.created_at`,
      [account.email],
    );
    const decisionsMade = await q(
      `SELECT created_at AS at, action, researcher_id FROM profile_change
        WHERE actor_id = $1 AND researcher_id IS DISTINCT FROM $2 ORDER BY created_at`,
      [accountId, profileId],
    );
    return JSON.stringify(
      {
        exportedAt: new Date().toISOString(),
        account,
        profile: profile ?? null,
        memberships,
        publications,
        registryLinks,
        publicationSuggestions,
        history,
        sessions,
        mailLinks,
        newsletterSubscriptions,
        decisionsMadeAsEditor: decisionsMade,
        portrait: await this.photos.exportFor(accountId),
        contact: await this.contact.exportFor(accountId),
      },
      null,
      2,
    );
  }

  /**
   * Erases the account and everything that is about the person, in one transaction:
   * profile, its areas, memberships, publications, registry links, history, sessions and mail links. Decisions the person
   * made as an editor stay on others' records without their name.
   */
  async erase(accountId: string, password: string): Promise<boolean> {
    if (!(await this.accounts.verifyPassword(accountId, typeof password === 'string' ? password : ''))) {
      throw badUserInput('password', 'Passordet er feil.');
    }
    const account = await this.accounts.findById(accountId);
    let portraits: string[] = [];
    await this.dataSource.transaction(async (tx) => {
      // Each table's owner removes its rows, in one transaction; explicit, in dependency order,
      // rather than trusting every cascade to be there.
      const ids = await this.profiles.profileIdsOf(tx, accountId);
      portraits = await this.photos.eraseFor(tx, ids);
      await this.contact.eraseFor(tx, ids, accountId, account?.email ?? '');
      await this.memberships.eraseFor(tx, ids, accountId);
      await this.news.eraseFor(tx, accountId);
      // Newsletters and reminders waiting in the mail queue, and the queue's record of them.
      if (account) await this.durableMail.eraseFor(tx, account.email);
      await this.history.eraseFor(tx, ids, accountId);
      await this.audit.eraseFor(tx, [accountId, ...ids]);
      await this.organizations.forgetProposer(tx, accountId);
      await this.registryLinks.eraseFor(tx, ids);
      await this.publications.eraseFor(tx, ids);
      await this.profiles.deleteProfiles(tx, ids);
      await this.refreshTokens.deleteAll(accountId, tx);
      await this.oneTimeTokens.deleteAll(accountId, tx);
      await this.accounts.delete(accountId, tx);
    });
    // Files are not in the transaction: removed once the rows are gone (their URLs 404 already).
    for (const hash of portraits) await this.photos.deleteFiles(hash);
    return true;
  }
}
