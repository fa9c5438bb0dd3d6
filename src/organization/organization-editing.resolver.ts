import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Role } from '../common/enums/role.enum';
import { CurrentViewer, Roles } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { OrganizationInput } from './dto/organization.input';
import { OrganizationEditingService } from './organization-editing.service';
import { OrganizationService } from './organization.service';
import { OrganizationType } from './organization.type';

@Resolver(() => OrganizationType)
export class OrganizationEditingResolver {
  constructor(
    private readonly editing: OrganizationEditingService,
    private readonly organizations: OrganizationService,
  ) {}

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => OrganizationType, { description: 'Editors: adds an organisation.' })
  createOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: OrganizationInput) {
    return this.editing.create(viewer, input);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => OrganizationType, {
    description: 'Editors: renames (the former name becomes an alias unless aliases are given), sets aliases, kind, region or parent.',
  })
  updateOrganization(
    @CurrentViewer() viewer: Viewer,
    @Args('id', { type: () => ID }) id: string,
    @Args('input') input: OrganizationInput,
  ) {
    return this.editing.update(viewer, id, input);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => OrganizationType, {
    description: 'Editors: everyone at `from` moves to `into`; `from` stays as a redirect and its names become aliases. Returns `into`.',
  })
  mergeOrganizations(
    @CurrentViewer() viewer: Viewer,
    @Args('from', { type: () => ID }) from: string,
    @Args('into', { type: () => ID }) into: string,
  ) {
    return this.editing.merge(viewer, from, into);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Mutation(() => OrganizationType, { description: "Editors: accepts a researcher's proposed workplace into the list." })
  approveOrganization(@CurrentViewer() viewer: Viewer, @Args('id', { type: () => ID }) id: string) {
    return this.editing.approve(viewer, id);
  }

  @Roles(Role.EDITOR, Role.ADMIN)
  @Query(() => [OrganizationType], { description: 'Editors: workplaces researchers have proposed, oldest first.' })
  proposedOrganizations() {
    return this.organizations.findProposed();
  }
}
