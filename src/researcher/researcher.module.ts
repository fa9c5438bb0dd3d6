import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Researcher } from './researcher.entity';
import { ResearcherResolver } from './researcher.resolver';
import { ResearcherService } from './researcher.service';

@Module({
  imports: [TypeOrmModule.forFeature([Researcher])],
  providers: [ResearcherService, ResearcherResolver],
  exports: [ResearcherService],
})
export class ResearcherModule {}
