import { Module } from '@nestjs/common';
import { AccountModule } from '../account/account.module';
import { ContactModule } from '../contact/contact.module';
import { NetworkModule } from '../network/network.module';
import { PhotoModule } from '../photo/photo.module';
import { OrganizationModule } from '../organization/organization.module';
import { ProfileModule } from '../profile/profile.module';
import { PublicationModule } from '../publication/publication.module';
import { MyDataService } from './my-data.service';
import { PrivacyResolver } from './privacy.resolver';

/** The right of access (export) and the right to erasure. */
@Module({
  imports: [AccountModule, ProfileModule, NetworkModule, OrganizationModule, PublicationModule, ContactModule, PhotoModule],
  providers: [MyDataService, PrivacyResolver],
})
export class PrivacyModule {}
