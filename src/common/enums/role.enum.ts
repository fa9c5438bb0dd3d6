import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  RESEARCHER = 'RESEARCHER',
  EDITOR = 'EDITOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role' });
