import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { ResearcherModule } from '../researcher/researcher.module';
import { ContactInboxService } from './contact-inbox.service';
import { ContactRetentionService } from './contact-retention.service';
import { ContactResolver } from './contact.resolver';
import { ContactService } from './contact.service';
import { ResearcherContactResolver } from './researcher-contact.resolver';

/** The contact relay: writing to a researcher without learning her address. */
@Module({
  imports: [AccountModule, ResearcherModule],
  providers: [ContactService, ContactInboxService, ContactRetentionService, ContactResolver, ResearcherContactResolver],
  exports: [ContactInboxService, ContactRetentionService],
})
export class ContactModule {}
