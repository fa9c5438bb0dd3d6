import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ResearcherLoaders } from './researcher.loaders';
import { Researcher } from './researcher.entity';
import { ResearcherResolver } from './researcher.resolver';
import { ResearcherService } from './researcher.service';

@Module({
  imports: [TypeOrmModule.forFeature([Researcher])],
  providers: [ResearcherLoaders, ResearcherService, ResearcherResolver],
  exports: [ResearcherService],
})
export class ResearcherModule {}
