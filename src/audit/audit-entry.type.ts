import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfo } from '../graphql/page-info.type';

@ObjectType('AuditEntry', { description: 'One line of the audit log: who did what to which thing, when, before and after.' })
export class AuditEntryType {
  @Field(() => ID)
  id: string;

  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => ID, { nullable: true, description: 'The account that acted; null when it has since been erased.' })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's role when acting." })
  actorRole: string | null;

  @Field({ description: 'What was done, e.g. COMPETENCE_AREA_MERGED.' })
  action: string;

  @Field({ description: 'What kind of thing changed, e.g. CompetenceArea.' })
  targetType: string;

  @Field(() => String, { nullable: true })
  targetId: string | null;

  @Field(() => String, { nullable: true, description: 'The state before, as JSON.' })
  before: string | null;

  @Field(() => String, { nullable: true, description: 'The state after, as JSON.' })
  after: string | null;

  @Field(() => String, { nullable: true })
  note: string | null;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdge {
  @Field()
  cursor: string;

  @Field(() => AuditEntryType)
  node: AuditEntryType;
}

@ObjectType('AuditEntryConnection')
export class AuditEntryConnection {
  @Field(() => Int, { description: 'How many lines match the filters.' })
  totalCount: number;

  @Field(() => [AuditEntryEdge])
  edges: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
