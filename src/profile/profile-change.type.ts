import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ProfileChangeAction } from './profile-change.entity';

registerEnumType(ProfileChangeAction, { name: 'ProfileChangeAction' });

@ObjectType('FieldChange')
export class FieldChangeType {
  @Field({ description: 'The ProfileInput field name, or "status".' })
  field: string;

  @Field(() => String, { nullable: true, description: 'The value before, as JSON.' })
  oldValue: string | null;

  @Field(() => String, { nullable: true, description: 'The value after, as JSON.' })
  newValue: string | null;
}

@ObjectType('ProfileChange')
export class ProfileChangeType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => ProfileChangeAction)
  action: ProfileChangeAction;

  @Field({ description: 'Whether the profile owner made the change (otherwise an editor did).' })
  byOwner: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Who made it: the person\'s name ("Redaksjonen" to the owner for an editor whose own profile is unpublished), or null if the account is gone.',
  })
  actorName: string | null;

  @Field(() => [FieldChangeType])
  changes: FieldChangeType[];

  @Field(() => String, { nullable: true, description: "The editor's note on a review decision." })
  note: string | null;
}
