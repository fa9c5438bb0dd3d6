import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationModule } from '../organization/organization.module';
import { AccountModule } from '../account/account.module';
import { Researcher } from '../researcher/researcher.entity';
import { AccountProfileResolver } from './account-profile.resolver';
import { OrganizationProposalResolver } from './organization-proposal.resolver';
import { OrganizationProposalService } from './organization-proposal.service';
import { OwnerFieldsResolver } from './owner-fields.resolver';
import { ProfileChange } from './profile-change.entity';
import { ProfileHistoryService } from './profile-history.service';
import { ProfileReviewService } from './profile-review.service';
import { ProfileResolver } from './profile.resolver';
import { ProfileService } from './profile.service';

@Module({
  imports: [TypeOrmModule.forFeature([Researcher, ProfileChange]), OrganizationModule, AccountModule],
  providers: [ProfileService, ProfileHistoryService, ProfileReviewService, ProfileResolver, OwnerFieldsResolver, AccountProfileResolver, OrganizationProposalService, OrganizationProposalResolver],
  exports: [ProfileService, ProfileHistoryService],
})
export class ProfileModule {}
