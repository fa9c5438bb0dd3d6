import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ContactPurpose } from '../common/enums/contact-purpose.enum';
import { currentViewer } from '../graphql/decorators';
import type { GraphQLContext } from '../graphql/graphql-context';
import { hasFullAccess } from '../researcher/profile-access';
import type { Researcher } from '../researcher/researcher.entity';
import { ResearcherType } from '../researcher/researcher.type';
import { acceptsMessages } from './contact.service';

/** The contact relay's fields on a profile. */
@Resolver(() => ResearcherType)
export class ResearcherContactResolver {
  @ResolveField(() => Boolean, {
    description:
      'Whether one can write to her through the site (contactResearcher). The owner and editors see her own setting; others whether it is possible now (a published profile with an account).',
  })
  acceptsMessages(@Parent() r: Researcher, @Context() ctx: GraphQLContext): boolean {
    return hasFullAccess(r, currentViewer(ctx, { optional: true })) ? r.acceptsMessages : acceptsMessages(r);
  }

  @ResolveField(() => [ContactPurpose], { description: 'What she takes messages about.' })
  acceptedContactPurposes(@Parent() r: Researcher): ContactPurpose[] {
    return r.acceptedContactPurposes;
  }
}
