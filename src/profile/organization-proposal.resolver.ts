import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { OrganizationProposalInput } from '../organization/dto/organization-proposal.input';
import { OrganizationType } from '../organization/organization.type';
import { OrganizationProposalService } from './organization-proposal.service';

@Resolver()
export class OrganizationProposalResolver {
  constructor(private readonly proposals: OrganizationProposalService) {}

  @Mutation(() => OrganizationType, {
    description:
      'Proposes a workplace missing from the list and makes it your profile’s workplace until an editor approves, edits or merges it.',
  })
  proposeOrganization(@CurrentViewer() viewer: Viewer, @Args('input') input: OrganizationProposalInput) {
    return this.proposals.propose(viewer, input);
  }
}
