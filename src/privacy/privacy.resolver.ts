import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PasswordCheckRateLimit } from '../account/password-check.rate-limit';
import { CurrentViewer } from '../graphql/decorators';
import type { Viewer } from '../graphql/viewer';
import { MyDataService } from './my-data.service';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly myData: MyDataService) {}

  @Query(() => String, { description: 'JSON of everything held about the signed-in account.' })
  exportMyData(@CurrentViewer() viewer: Viewer) {
    return this.myData.export(viewer.accountId);
  }

  @PasswordCheckRateLimit()
  @Mutation(() => Boolean, { description: 'Erases the account, its profile, memberships, history and sessions.' })
  deleteMyAccount(@CurrentViewer() viewer: Viewer, @Args('password') password: string) {
    return this.myData.erase(viewer.accountId, password);
  }
}
