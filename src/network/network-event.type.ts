import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('NetworkEvent')
export class NetworkEventType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => GraphQLISODateTime)
  startsAt: Date;

  @Field(() => String, { nullable: true })
  place: string | null;

  @Field({ description: 'Held digitally (as well as, or instead of, at a place).' })
  digital: boolean;

  @Field()
  agenda: string;

  @Field(() => String, { nullable: true })
  minutesText: string | null;

  @Field(() => String, { nullable: true })
  minutesUrl: string | null;
}
