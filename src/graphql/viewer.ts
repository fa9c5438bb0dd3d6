import { Role } from '../common/enums/role.enum';

/** The signed-in account making a request (null/undefined: anonymous). */
export interface Viewer {
  accountId: string;
  role: Role;
}

export const isEditor = (viewer: Viewer | null | undefined): boolean =>
  viewer?.role === Role.EDITOR || viewer?.role === Role.ADMIN;
