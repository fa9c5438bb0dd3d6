import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompetenceAreaLoaders } from './competence-area.loaders';
import { CompetenceArea } from './competence-area.entity';
import { CompetenceAreaResolver } from './competence-area.resolver';
import { CompetenceAreaService } from './competence-area.service';
import { TaxonomyResolver } from './taxonomy.resolver';
import { TaxonomyService } from './taxonomy.service';

@Module({
  imports: [TypeOrmModule.forFeature([CompetenceArea])],
  providers: [CompetenceAreaLoaders, CompetenceAreaService, CompetenceAreaResolver, TaxonomyService, TaxonomyResolver],
  exports: [CompetenceAreaService],
})
export class CompetenceAreaModule {}
