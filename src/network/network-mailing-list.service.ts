import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Viewer } from '../graphql/viewer';
import { Visibility } from '../common/enums/visibility.enum';
import { MEMBERSHIP_ROLE_LABELS, MembershipRole, MembershipStatus } from '../common/enums/membership.enum';
import { toCsv } from './csv';
import { NetworkAccessService } from './network-access.service';
import { NetworkService } from './network.service';

interface Row {
  given_name: string;
  family_name: string;
  email: string;
  role: MembershipRole;
}

/** The newsletter list: active members who consented to network mail. */
@Injectable()
export class NetworkMailingListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly networks: NetworkService,
    private readonly access: NetworkAccessService,
  ) {}

  async csv(viewer: Viewer, networkSlug: string): Promise<string> {
    const network = await this.networks.findBySlugOrFail(networkSlug);
    await this.access.requireDecider(viewer, network.id);
    // The profile's contact address first (the one the person chose to be reached at), unless
    // its visibility is PRIVATE (owner and editors only: a coordinator is neither); else the
    // login address, which consenting to network mail gives the network (its newsletters go
    // there). Only for people who confirmed their login address (mail from others reaches no
    // unconfirmed address), and not for disabled accounts (no newsletter goes to them either).
    // Profiles without an account are kept by the editors.
    const address = `COALESCE(CASE WHEN r.email_visibility <> $3 THEN NULLIF(btrim(r.email), '') END, a.email)`;
    const rows: Row[] = await this.dataSource.query(
      `SELECT r.given_name, r.family_name, ${address} AS email, m.role
         FROM network_membership m
         JOIN researcher r ON r.id = m.researcher_id
         LEFT JOIN account a ON a.id = r.account_id
        WHERE m.network_id = $1 AND m.status = $2 AND r.accepts_network_mail
          AND (a.id IS NULL OR (a.email_verified_at IS NOT NULL AND a.disabled_at IS NULL))
          AND ${address} IS NOT NULL
        ORDER BY r.family_name, r.given_name, m.id`,
      [network.id, MembershipStatus.ACTIVE, Visibility.PRIVATE],
    );
    return toCsv(
      ['Fornavn', 'Etternavn', 'E-post', 'Rolle'],
      rows.map((r) => [r.given_name, r.family_name, r.email, MEMBERSHIP_ROLE_LABELS[r.role]]),
    );
  }
}
