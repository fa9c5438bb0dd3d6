import { Field, ObjectType } from '@nestjs/graphql';
import type { Researcher } from '../../researcher/researcher.entity';
import { ResearcherType } from '../../researcher/researcher.type';

@ObjectType('ResearcherEdge')
export class ResearcherEdge {
  @Field()
  cursor: string;

  // The entity itself, so the Researcher field resolvers (contact visibility, loaders) apply.
  @Field(() => ResearcherType)
  node: Researcher;

  @Field(() => String, {
    nullable: true,
    description: 'A short snippet with matched words in <mark>; all other text is HTML-escaped. Null without a query.',
  })
  highlight: string | null;
}
