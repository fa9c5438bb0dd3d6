import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProfileModule } from '../profile/profile.module';
import { RegistryModule } from '../registry/registry.module';
import { Publication } from './publication.entity';
import { PublicationResolver } from './publication.resolver';
import { PublicationService } from './publication.service';
import { RegistryImportResolver } from './registry-import.resolver';
import { RegistryImportService } from './registry-import.service';

/** Publications on profiles, and importing them (with keywords, biography, workplace) from ORCID and NVA. */
@Module({
  imports: [TypeOrmModule.forFeature([Publication]), ProfileModule, RegistryModule],
  providers: [PublicationService, PublicationResolver, RegistryImportService, RegistryImportResolver],
  exports: [PublicationService],
})
export class PublicationModule {}
