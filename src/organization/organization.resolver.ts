import { Args, Query, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/decorators';
import { OrganizationService } from './organization.service';
import { OrganizationType } from './organization.type';

@Resolver(() => OrganizationType)
export class OrganizationResolver {
  constructor(private readonly service: OrganizationService) {}

  @Public()
  @Query(() => [OrganizationType], { description: 'Organisations, optionally filtered by name.' })
  organizations(@Args('query', { type: () => String, nullable: true }) query?: string | null) {
    return this.service.find(query?.slice(0, 200));
  }
}
