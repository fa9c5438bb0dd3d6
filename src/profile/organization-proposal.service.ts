import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { notFound } from '../common/errors/app-errors';
import type { Viewer } from '../graphql/viewer';
import type { OrganizationProposalInput } from '../organization/dto/organization-proposal.input';
import type { Organization } from '../organization/organization.entity';
import { OrganizationEditingService } from '../organization/organization-editing.service';
import { ProfileChangeAction } from './profile-change.entity';
import { ProfileHistoryService } from './profile-history.service';

/**
 * A researcher whose workplace is missing from the list proposes it: the proposal is made and
 * becomes the profile's workplace in one transaction, so the profile shows the proposed name
 * until an editor approves, edits or merges it.
 */
@Injectable()
export class OrganizationProposalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organizations: OrganizationEditingService,
    private readonly history: ProfileHistoryService,
  ) {}

  async propose(viewer: Viewer, input: OrganizationProposalInput): Promise<Organization> {
    return this.dataSource.transaction(async (tx) => {
      const rows: Array<{ id: string; organization_id: string | null }> = await tx.query(
        `SELECT id, organization_id FROM researcher WHERE account_id = $1 FOR UPDATE`,
        [viewer.accountId],
      );
      const profile = rows[0];
      if (!profile) throw notFound('Du har ingen profil.');
      const organization = await this.organizations.propose(tx, viewer.accountId, input);
      await tx.query(`UPDATE researcher SET organization_id = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
        profile.id,
        organization.id,
      ]);
      await this.history.record(tx, {
        researcherId: profile.id,
        actorId: viewer.accountId,
        action: ProfileChangeAction.UPDATED,
        changes: [{ field: 'organizationId', old: profile.organization_id, new: organization.id }],
        note: `Foreslo arbeidsstedet «${organization.name}»`,
      });
      return organization;
    });
  }
}
