import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, Roles } from '../graphql/decorators';
import { Role } from '../common/enums/role.enum';
import type { GraphQLContext } from '../graphql/graphql-context';
import type { Viewer } from '../graphql/viewer';
import { ContactInboxService } from './contact-inbox.service';
import { ContactService } from './contact.service';
import {
  ContactAbuseReport,
  ContactAbuseReportConnection,
  ContactMessage,
  ContactMessageConnection,
  ContactReceipt,
} from './contact.types';
import { AbuseReportsArgs } from './dto/abuse-reports.args';
import { BlockForEveryoneArgs } from './dto/block-for-everyone.args';
import { ContactInput } from './dto/contact.input';
import { ContactPageArgs } from './dto/page.args';
import { ReportAbuseArgs } from './dto/report-abuse.args';

const clientIp = (ctx: GraphQLContext) => ctx.req.ip ?? 'unknown';

@Resolver()
export class ContactResolver {
  constructor(
    private readonly contact: ContactService,
    private readonly inbox: ContactInboxService,
  ) {}

  @Mutation(() => ContactReceipt, { description: "Writes to a researcher through the site; the researcher's address stays private." })
  @Public()
  async contactResearcher(
    @Args('researcher', { type: () => ID }) researcher: string,
    @Args('input') input: ContactInput,
    @CurrentViewer({ optional: true }) viewer: Viewer | null,
    @Context() ctx: GraphQLContext,
  ): Promise<ContactReceipt> {
    return { status: await this.contact.contact(researcher, input, viewer, clientIp(ctx)) };
  }

  @Mutation(() => ContactReceipt, { description: 'The link in the confirmation mail (/kontakt/bekreft?token=…): sends the message.' })
  @Public()
  async confirmContactSender(@Args('token') token: string, @Context() ctx: GraphQLContext): Promise<ContactReceipt> {
    return { status: await this.contact.confirm(token, clientIp(ctx)) };
  }

  @Query(() => ContactMessageConnection, { description: 'Messages written to me through the site, newest first.' })
  myMessages(@Args() args: ContactPageArgs, @CurrentViewer() viewer: Viewer): Promise<ContactMessageConnection> {
    return this.inbox.myMessages(viewer.accountId, args.first, args.after);
  }

  @Mutation(() => ContactMessage)
  markContactMessageAnswered(
    @Args('id', { type: () => ID }) id: string,
    @Args('answered', { defaultValue: true }) answered: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ContactMessage> {
    return this.inbox.setAnswered(viewer.accountId, id, answered);
  }

  @Mutation(() => ContactMessage, { description: "Blocks (or unblocks) a message's sender for me: their later messages are withheld, silently." })
  blockContactSender(
    @Args('message', { type: () => ID }) message: string,
    @Args('blocked', { defaultValue: true }) blocked: boolean,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ContactMessage> {
    return this.inbox.blockSender(viewer.accountId, message, blocked);
  }

  @Mutation(() => ContactAbuseReport, { description: 'Reports a message to the editors, and blocks its sender for me.' })
  reportContactAbuse(@Args() args: ReportAbuseArgs, @CurrentViewer() viewer: Viewer): Promise<ContactAbuseReport> {
    return this.inbox.reportAbuse(viewer.accountId, args.message, args.reason ?? null);
  }

  @Query(() => ContactAbuseReportConnection, { description: 'Editors: reported messages, newest first.' })
  @Roles(Role.EDITOR, Role.ADMIN)
  contactAbuseReports(@Args() args: AbuseReportsArgs): Promise<ContactAbuseReportConnection> {
    return this.inbox.abuseReports(args.first, args.after, args.includeHandled);
  }

  @Mutation(() => ContactAbuseReport, { description: 'Editors: marks a report handled.' })
  @Roles(Role.EDITOR, Role.ADMIN)
  markContactAbuseReportHandled(@Args('id', { type: () => ID }) id: string, @CurrentViewer() viewer: Viewer): Promise<ContactAbuseReport> {
    return this.inbox.markReportHandled(viewer.accountId, id);
  }

  @Mutation(() => Boolean, { description: 'Editors: blocks a sender address for every researcher (by address or by a report).' })
  @Roles(Role.EDITOR, Role.ADMIN)
  blockContactSenderForEveryone(@Args() args: BlockForEveryoneArgs, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.inbox.blockForEveryone(viewer, args.senderEmail, args.report);
  }

  @Mutation(() => Boolean, { description: 'Editors: lifts a block for everyone.' })
  @Roles(Role.EDITOR, Role.ADMIN)
  unblockContactSenderForEveryone(@Args('senderEmail') senderEmail: string, @CurrentViewer() viewer: Viewer): Promise<boolean> {
    return this.inbox.unblockForEveryone(viewer, senderEmail);
  }
}
