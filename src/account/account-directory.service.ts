import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, Repository, SelectQueryBuilder } from 'typeorm';
import { badUserInput } from '../common/errors/app-errors';
import { Account } from './account.entity';
import type { AccountConnection } from './account-connection.type';
import type { AccountsArgs } from './dto/accounts.args';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const encode = (a: Account) => Buffer.from(JSON.stringify(['k', a.email.toLowerCase(), a.id])).toString('base64url');

function decode(cursor: string): [string, string] {
  const invalid = () => badUserInput('after', 'Ugyldig markør i «after». Start fra første side.');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || parsed[0] !== 'k') throw invalid();
  const [, email, id] = parsed as unknown[];
  if (typeof email !== 'string' || typeof id !== 'string' || !UUID.test(id)) throw invalid();
  return [email, id];
}

/** Admins finding accounts: by address or by the name on the profile, by role and state. */
@Injectable()
export class AccountDirectoryService {
  constructor(@InjectRepository(Account) private readonly accounts: Repository<Account>) {}

  async list(args: AccountsArgs): Promise<AccountConnection> {
    const filtered = (): SelectQueryBuilder<Account> => {
      const builder = this.accounts.createQueryBuilder('a');
      const q = args.query?.trim();
      if (q) {
        const pattern = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        // The name lives on the profile; read here only to find the account.
        builder.andWhere(
          new Brackets((w) =>
            w.where('a.email ILIKE :pattern', { pattern }).orWhere(
              `EXISTS (SELECT 1 FROM researcher r WHERE r.account_id = a.id
                          AND unaccent(r.given_name || ' ' || r.family_name) ILIKE unaccent(:pattern))`,
              { pattern },
            ),
          ),
        );
      }
      if (args.role) builder.andWhere('a.role = :role', { role: args.role });
      if (args.disabled === true) builder.andWhere('a.disabledAt IS NOT NULL');
      if (args.disabled === false) builder.andWhere('a.disabledAt IS NULL');
      return builder;
    };
    const page = filtered().orderBy('lower(a.email)', 'ASC').addOrderBy('a.id', 'ASC').limit(args.first + 1);
    if (args.after) {
      const [email, id] = decode(args.after);
      page.andWhere('(lower(a.email), a.id) > (:email, CAST(:id AS uuid))', { email, id });
    }
    const [rows, totalCount] = await Promise.all([page.getMany(), filtered().getCount()]);
    const edges = rows.slice(0, args.first).map((node) => ({ cursor: encode(node), node }));
    return {
      totalCount,
      edges,
      pageInfo: {
        hasNextPage: rows.length > args.first,
        hasPreviousPage: !!args.after,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges.at(-1)?.cursor ?? null,
      },
    };
  }
}
