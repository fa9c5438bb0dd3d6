import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationModule } from '../organization/organization.module';
import { ProfileModule } from '../profile/profile.module';
import { RegistryModule } from '../registry/registry.module';
import { Publication } from './publication.entity';
import { PublicationLoaders } from './publication.loaders';
import { PublicationSuggestion } from './publication-suggestion.entity';
import { RegistryLink } from './registry-link.entity';
import { RegistryRefreshService } from './registry-refresh.service';
import { PublicationResolver } from './publication.resolver';
import { PublicationService } from './publication.service';
import { RegistryImportResolver } from './registry-import.resolver';
import { RegistryImportService } from './registry-import.service';

/** Publications on profiles, and importing them (with keywords, biography, workplace) from ORCID and NVA. */
@Module({
  imports: [TypeOrmModule.forFeature([Publication, RegistryLink, PublicationSuggestion]), OrganizationModule, ProfileModule, RegistryModule],
  providers: [PublicationService, PublicationLoaders, PublicationResolver, RegistryImportService, RegistryImportResolver, RegistryRefreshService],
  // RegistryRefreshService schedules the weekly re-read on the job queue.
  exports: [PublicationService, RegistryRefreshService],
})
export class PublicationModule {}
