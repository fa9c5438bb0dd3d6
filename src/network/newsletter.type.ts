import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Newsletter')
export class NewsletterType {
  @Field(() => ID)
  id: string;

  @Field()
  subject: string;

  @Field()
  body: string;

  @Field(() => GraphQLISODateTime, { description: 'When it was sent.' })
  createdAt: Date;

  @Field(() => Int, { nullable: true, description: "How many addresses it went to: the network's deciders and editors only." })
  recipientCount: number | null;

  networkId: string;
}
