import { Field, ID, ObjectType } from '@nestjs/graphql';

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
}
