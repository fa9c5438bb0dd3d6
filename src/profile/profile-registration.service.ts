import { Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Account } from '../account/account.entity';
import { AccountModule } from '../account/account.module';
import { AccountService, NewAccount, PreparedAccount } from '../account/account.service';
import { isUniqueViolation } from '../common/errors/database-errors';
import { Researcher } from '../researcher/researcher.entity';
import { ProfileChange, ProfileChangeAction } from './profile-change.entity';
import { uniqueSlug } from './slug';

/**
 * A new account comes with the empty DRAFT profile it owns, made here in one transaction:
 * the account row through AccountService (its owner), the profile and its first history
 * entry by this domain.
 */
@Injectable()
export class ProfileRegistrationService {
  constructor(
    private readonly accounts: AccountService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** `passwordHash` lets callers that already hashed (e.g. a batch) skip re-hashing. */
  async createAccount(
    input: NewAccount,
    options: { passwordHash?: string; checked?: boolean } = {},
  ): Promise<{ account: Account; researcher: Researcher }> {
    const fields = await this.accounts.prepare(input, options);
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await this.dataSource.transaction((tx) => this.insertWithProfile(tx, fields));
      } catch (err) {
        // Two people with the same name registering at once: pick the next slug.
        if (isUniqueViolation(err) && attempt < 5) continue;
        throw err;
      }
    }
  }

  private async insertWithProfile(tx: EntityManager, fields: PreparedAccount): Promise<{ account: Account; researcher: Researcher }> {
    const account = await this.accounts.insert(tx, fields);
    const researchers = tx.getRepository(Researcher);
    const researcher = await researchers.save(
      researchers.create({
        accountId: account.id,
        givenName: fields.givenName,
        familyName: fields.familyName,
        slug: await uniqueSlug(tx, fields.givenName, fields.familyName),
      }),
    );
    await tx.getRepository(ProfileChange).insert({
      researcherId: researcher.id,
      actorId: account.id,
      action: ProfileChangeAction.CREATED,
      changes: [
        { field: 'givenName', old: null, new: fields.givenName },
        { field: 'familyName', old: null, new: fields.familyName },
      ],
    });
    return { account, researcher };
  }
}

/** Just the registration, for sign-up and the create-editor command (no GraphQL, no mail). */
@Module({
  imports: [AccountModule],
  providers: [ProfileRegistrationService],
  exports: [ProfileRegistrationService],
})
export class ProfileRegistrationModule {}
