import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../graphql/decorators';
import { ProfileConfirmationService } from './profile-confirmation.service';

@Resolver()
export class ProfileConfirmationResolver {
  constructor(private readonly confirmations: ProfileConfirmationService) {}

  @Public()
  @Mutation(() => Boolean, {
    description: 'Confirms a profile is current with the token from a reminder mail (/profil/bekreft?token=…); no sign-in needed, works once.',
  })
  confirmProfileByToken(@Args('token') token: string) {
    return this.confirmations.confirmByToken(token);
  }
}
