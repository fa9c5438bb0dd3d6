import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NetworkMembership } from './network-membership.entity';
import { NetworkMembershipResolver } from './network-membership.resolver';
import { Network } from './network.entity';
import { NetworkResolver } from './network.resolver';
import { NetworkService } from './network.service';

@Module({
  imports: [TypeOrmModule.forFeature([Network, NetworkMembership])],
  providers: [NetworkService, NetworkResolver, NetworkMembershipResolver],
  exports: [NetworkService],
})
export class NetworkModule {}
