import { SetMetadata } from '@nestjs/common';
import { Role } from '../common/enums/role.enum';

export const IS_PUBLIC_KEY = 'isPublic';
export const ROLES_KEY = 'roles';

/** Anyone, signed in or not, may call this operation. */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);

/** Only signed-in accounts with one of these roles may call this operation. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);
