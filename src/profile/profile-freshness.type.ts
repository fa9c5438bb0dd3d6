import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ProfileFreshness', { description: 'Published profiles with an owner, by time since last confirmed (or published).' })
export class ProfileFreshnessType {
  @Field(() => Int)
  published: number;

  @Field(() => Int, { description: 'Confirmed within 11 months.' })
  current: number;

  @Field(() => Int, { description: '11 to 12 months: the first reminder is sent.' })
  firstReminder: number;

  @Field(() => Int, { description: '12 to 13 months: the second reminder is sent.' })
  secondReminder: number;

  @Field(() => Int, { description: '13 months or more: the date shows on the public profile and it ranks lower in search.' })
  stale: number;
}
