import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationLoaders } from './organization.loaders';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';
import { OrganizationEditingResolver } from './organization-editing.resolver';
import { OrganizationEditingService } from './organization-editing.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization])],
  providers: [OrganizationLoaders, OrganizationService, OrganizationResolver, OrganizationEditingService, OrganizationEditingResolver],
  exports: [OrganizationService, OrganizationEditingService],
})
export class OrganizationModule {}
