import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContactPurpose } from '../common/enums/contact-purpose.enum';
import { PageInfo } from '../graphql/page-info.type';

export enum ContactStatus {
  /** On its way to the researcher. */
  SENT = 'SENT',
  /** Sent once the sender follows the link mailed to them. */
  AWAITING_CONFIRMATION = 'AWAITING_CONFIRMATION',
}

registerEnumType(ContactStatus, { name: 'ContactStatus' });

/** The answer a sender gets: nothing about the researcher, and the same whether or not the sender is blocked. */
@ObjectType()
export class ContactReceipt {
  @Field(() => ContactStatus)
  status: ContactStatus;
}

/** A message in the researcher's own list ("Henvendelser"). */
@ObjectType()
export class ContactMessage {
  @Field(() => ID)
  id: string;

  @Field()
  senderName: string;

  @Field()
  senderEmail: string;

  @Field(() => String, { nullable: true })
  senderOrganization: string | null;

  @Field(() => ContactPurpose)
  purpose: ContactPurpose;

  @Field()
  subject: string;

  @Field()
  message: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;

  @Field(() => GraphQLISODateTime)
  receivedAt: Date;

  @Field()
  answered: boolean;

  @Field({ description: 'Whether the sender is blocked (by this researcher or for everyone).' })
  senderBlocked: boolean;
}

@ObjectType()
export class ContactMessageEdge {
  @Field()
  cursor: string;

  @Field(() => ContactMessage)
  node: ContactMessage;
}

@ObjectType()
export class ContactMessageConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [ContactMessageEdge])
  edges: ContactMessageEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

/** A researcher's report of an abusive message, for the editors. */
@ObjectType()
export class ContactAbuseReport {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The researcher who reported it.' })
  researcherId: string;

  @Field()
  senderName: string;

  @Field()
  senderEmail: string;

  @Field(() => ContactPurpose)
  purpose: ContactPurpose;

  @Field()
  subject: string;

  @Field()
  message: string;

  @Field(() => String, { nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  reportedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  handledAt: Date | null;

  @Field({ description: 'Whether the sender is blocked for everyone.' })
  senderBlockedForEveryone: boolean;
}

@ObjectType()
export class ContactAbuseReportEdge {
  @Field()
  cursor: string;

  @Field(() => ContactAbuseReport)
  node: ContactAbuseReport;
}

@ObjectType()
export class ContactAbuseReportConnection {
  @Field(() => Int)
  totalCount: number;

  @Field(() => [ContactAbuseReportEdge])
  edges: ContactAbuseReportEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}
