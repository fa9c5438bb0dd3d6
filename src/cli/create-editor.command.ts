import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { GraphQLError } from 'graphql';
import { Role } from '../common/enums/role.enum';
import { ConfigModule } from '../config/config.module';
import { validateEnvironment } from '../config/environment';
import { DatabaseModule } from '../database/database.module';
import { ENTITIES } from '../entities';
import { AccountModule } from '../account/account.module';
import { AccountService } from '../account/account.service';
import { ProfileRegistrationModule, ProfileRegistrationService } from '../profile/profile-registration.service';

@Module({ imports: [ConfigModule, DatabaseModule.forRoot(ENTITIES), AccountModule, ProfileRegistrationModule] })
class CreateEditorModule {}

const USAGE = 'Bruk: npm run create-editor -- --email E --password P [--role editor|admin]';

/**
 * `npm run create-editor -- --email E --password P [--role admin]`: makes the first editor
 * (or an admin) straight in the configured database; no server needs to run. An existing
 * account with the address gets the role and the new password.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, role: { type: 'string', default: 'editor' } },
  });
  const role = { editor: Role.EDITOR, admin: Role.ADMIN }[String(values.role).toLowerCase()];
  if (!values.email || !values.password || !role) throw new Error(USAGE);
  validateEnvironment(process.env);

  const app = await NestFactory.createApplicationContext(CreateEditorModule, { logger: ['error', 'warn'] });
  try {
    const accounts = app.get(AccountService);
    const existing = await accounts.findByEmail(values.email);
    if (existing) {
      accounts.checkPassword(values.password, 'password', existing);
      await accounts.setPassword(existing.id, values.password);
      await accounts.setRole(existing.id, role);
      await accounts.markEmailVerified(existing.id);
      console.log(`Oppdaterte ${existing.email}: rolle ${role}, nytt passord.`);
    } else {
      const { account } = await app.get(ProfileRegistrationService).createAccount({ email: values.email, password: values.password, role });
      // The person running this controls the machine; the address needs no mail round-trip.
      await accounts.markEmailVerified(account.id);
      console.log(`Opprettet ${account.email} med rolle ${role}.`);
    }
  } finally {
    await app.close();
  }
}

main().catch((err: unknown) => {
  const field = err instanceof GraphQLError ? err.extensions.field : undefined;
  console.error(`${field ? `--${String(field)}: ` : ''}${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
