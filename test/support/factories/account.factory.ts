import { randomBytes } from 'node:crypto';
import { In } from 'typeorm';
import { Account } from '../../../src/account/account.entity';
import { PasswordService } from '../../../src/account/password.service';
import { AuthService } from '../../../src/auth/auth.service';
import { ProfileStatus } from '../../../src/common/enums/profile-status.enum';
import { Role } from '../../../src/common/enums/role.enum';
import { CompetenceArea } from '../../../src/competence-area/competence-area.entity';
import { Organization } from '../../../src/organization/organization.entity';
import { ProfileRegistrationService } from '../../../src/profile/profile-registration.service';
import { Researcher } from '../../../src/researcher/researcher.entity';
import type { TestApp } from '../test-app';
import type { ResearcherFixture } from './researcher.factory';

/** Strong enough for the password policy; every factory account has it unless told otherwise. */
export const DEFAULT_PASSWORD = 'Blåbær-Traktor-Sykler-42-Fjorder';

let sequence = 0;
// Real argon2id hashes, made through PasswordService once per password and app: fast and honest.
const hashes = new WeakMap<TestApp, Map<string, Promise<string>>>();

function hashOnce(t: TestApp, password: string): Promise<string> {
  let byPassword = hashes.get(t);
  if (!byPassword) hashes.set(t, (byPassword = new Map()));
  let hash = byPassword.get(password);
  if (!hash) byPassword.set(password, (hash = t.app.get(PasswordService).hash(password)));
  return hash;
}

export interface AccountFixture {
  role?: Role;
  email?: string;
  password?: string;
  /** Fields of the profile the account owns (areaSlugs and organizationName as in createResearcher). */
  profile?: ResearcherFixture;
  /** The profile's status; DRAFT (as for a new account) unless given here or in `profile.status`. */
  profileStatus?: ProfileStatus;
  /** Accounts come with a confirmed address unless this is false. */
  emailVerified?: boolean;
}

/**
 * Inserts an account and its profile the way the app does (ProfileRegistrationService), without HTTP,
 * and returns a real access token signed by the app's TokenService.
 */
export async function createAccount(
  t: TestApp,
  opts: AccountFixture = {},
): Promise<{ account: Account; researcher: Researcher; token: string; password: string }> {
  sequence += 1;
  const password = opts.password ?? DEFAULT_PASSWORD;
  const { areaSlugs, organizationName, ...fields } = opts.profile ?? {};
  const givenName = fields.givenName ?? 'Test';
  const familyName = fields.familyName ?? `Konto${sequence}`;
  const email = opts.email ?? `konto${sequence}-${randomBytes(3).toString('hex')}@example.no`;

  const created = await t.app.get(ProfileRegistrationService).createAccount(
    { email, password, givenName, familyName, role: opts.role ?? Role.RESEARCHER },
    { passwordHash: await hashOnce(t, password), checked: true },
  );
  const accounts = t.dataSource.getRepository(Account);
  if (opts.emailVerified !== false) {
    await accounts.update(created.account.id, { emailVerifiedAt: new Date() });
  }
  const account = await accounts.findOneByOrFail({ id: created.account.id });

  const researchers = t.dataSource.getRepository(Researcher);
  const organization = organizationName
    ? await t.dataSource.getRepository(Organization).findOneByOrFail({ name: organizationName })
    : null;
  const status = opts.profileStatus ?? fields.status ?? ProfileStatus.DRAFT;
  await researchers.save({
    ...created.researcher,
    ...(organization ? { organizationId: organization.id, region: organization.region } : {}),
    ...fields,
    givenName,
    familyName,
    status,
    publishedAt: status === ProfileStatus.PUBLISHED ? (fields.publishedAt ?? new Date()) : (fields.publishedAt ?? null),
    competenceAreas: areaSlugs?.length
      ? await t.dataSource.getRepository(CompetenceArea).findBy({ slug: In(areaSlugs) })
      : undefined,
  });
  const researcher = await researchers.findOneByOrFail({ id: created.researcher.id });

  // A real session (a refresh-token family), as signing in makes: access tokens name theirs.
  const { accessToken: token } = await t.app.get(AuthService).startSession(account);
  return { account, researcher, token, password };
}
