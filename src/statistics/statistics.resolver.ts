import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../graphql/decorators';
import { Role } from '../common/enums/role.enum';
import { CatalogueStatistics } from './catalogue-statistics.type';
import { CatalogueStatisticsArgs } from './dto/catalogue-statistics.args';
import { StatisticsService } from './statistics.service';

@Resolver()
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Roles(Role.EDITOR, Role.ADMIN)
  @Query(() => CatalogueStatistics, {
    description: 'Editors: the yearly figures for the report to the ministry (the current year when `year` is absent).',
  })
  catalogueStatistics(@Args() args: CatalogueStatisticsArgs) {
    return this.statistics.forYear(args.year);
  }
}
