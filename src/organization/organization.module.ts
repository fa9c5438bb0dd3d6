import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationLoaders } from './organization.loaders';
import { Organization } from './organization.entity';
import { OrganizationResolver } from './organization.resolver';
import { OrganizationService } from './organization.service';

@Module({
  imports: [TypeOrmModule.forFeature([Organization])],
  providers: [OrganizationLoaders, OrganizationService, OrganizationResolver],
  exports: [OrganizationService],
})
export class OrganizationModule {}
