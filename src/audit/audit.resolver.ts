import { Args, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../graphql/decorators';
import { Role } from '../common/enums/role.enum';
import { AuditEntryConnection } from './audit-entry.type';
import { AuditService } from './audit.service';
import { AuditLogArgs } from './dto/audit-log.args';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Roles(Role.ADMIN)
  @Query(() => AuditEntryConnection, {
    description: 'Admins: the audit log of editor, admin and coordinator actions, newest first.',
  })
  auditLog(@Args() args: AuditLogArgs) {
    return this.audit.list(args);
  }
}
