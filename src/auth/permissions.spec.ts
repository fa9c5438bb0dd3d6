import { readdirSync, readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { join } from 'node:path';
import { Role } from '../common/enums/role.enum';
import { IS_PUBLIC_KEY, ROLES_KEY } from '../graphql/decorators';

// The metadata keys @nestjs/graphql's @Query/@Mutation set on the resolver method.
const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** What AccessGuard will decide for an operation, read the way it reads it (method over class). */
function declaredPermission(target: Function, method: Function): string {
  const read = <T>(key: string): T | undefined =>
    Reflect.getMetadata(key, method) !== undefined ? Reflect.getMetadata(key, method) : Reflect.getMetadata(key, target);
  if (read<boolean>(IS_PUBLIC_KEY)) return 'public';
  const roles = read<Role[]>(ROLES_KEY);
  return roles && roles.length > 0 ? `roles: ${[...roles].sort().join(', ')}` : 'signed in';
}

/** Every query and mutation of every resolver under src/, with the permission it declares. */
function collectDeclarations(): Record<string, string> {
  const root = join(__dirname, '..');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.resolver.ts'));
  const declarations: Record<string, string> = {};
  for (const file of files) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(join(root, file)) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (typeof value !== 'function' || !value.prototype) continue;
      for (const key of Object.getOwnPropertyNames(value.prototype)) {
        const method = Object.getOwnPropertyDescriptor(value.prototype, key)?.value as Function | undefined;
        if (typeof method !== 'function') continue;
        const kind = Reflect.getMetadata(RESOLVER_TYPE, method) as string | undefined;
        if (kind !== 'Query' && kind !== 'Mutation') continue;
        const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key;
        declarations[`${kind}.${name}`] = declaredPermission(value, method);
      }
    }
  }
  return Object.fromEntries(Object.entries(declarations).sort(([a], [b]) => a.localeCompare(b)));
}

describe('who may call each query and mutation', () => {
  const declarations = collectDeclarations();

  it('is declared for every operation and reviewed here when it changes (update with jest -u)', () => {
    expect(declarations).toMatchSnapshot();
  });

  it('covers every operation in the committed schema (no resolver outside *.resolver.ts files)', () => {
    const schema = buildSchema(readFileSync(join(__dirname, '..', '..', 'schema.graphql'), 'utf8'));
    const inSchema = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ].sort();
    expect(Object.keys(declarations).sort()).toEqual(inSchema);
  });

  it('keeps editor and admin operations closed to researchers', () => {
    for (const name of ['Mutation.reviewProfile', 'Query.pendingProfiles', 'Query.unconfirmedProfiles']) {
      expect(declarations[name]).toBe('roles: ADMIN, EDITOR');
    }
    for (const name of [
      'Mutation.createCompetenceArea',
      'Mutation.updateCompetenceArea',
      'Mutation.mergeCompetenceAreas',
      'Mutation.retireCompetenceArea',
      'Mutation.setSearchSynonym',
      'Mutation.removeSearchSynonym',
      'Query.searchSynonyms',
      'Mutation.createOrganization',
      'Mutation.updateOrganization',
      'Mutation.mergeOrganizations',
      'Query.catalogueStatistics',
    ]) {
      expect(declarations[name]).toBe('roles: ADMIN, EDITOR');
    }
    expect(declarations['Query.accounts']).toBe('roles: ADMIN');
    expect(declarations['Query.auditLog']).toBe('roles: ADMIN');
    expect(declarations['Mutation.setAccountRole']).toBe('roles: ADMIN');
    expect(declarations['Mutation.setAccountDisabled']).toBe('roles: ADMIN');
  });
});
