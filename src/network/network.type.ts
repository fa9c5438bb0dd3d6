import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Network')
export class NetworkType {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field({ description: 'Who may join the network.' })
  criteria: string;

  @Field({ description: 'Whether researchers may apply to join.' })
  applicationsOpen: boolean;

  @Field({ description: 'Whether an application must state degree and research experience.' })
  asksResearchBackground: boolean;

  @Field({ description: 'Whether members represent health regions, one each (as in Dialogforum).' })
  representsRegions: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the network was archived; archived networks are hidden from lists and search.' })
  archivedAt: Date | null;
}
