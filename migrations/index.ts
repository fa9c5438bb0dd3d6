import { InitialSchema1795438815881 } from './1795438815881-InitialSchema';

// Every migration, in order. `npm run migration:generate` writes new files here: add them below.
export const MIGRATIONS: Function[] = [InitialSchema1795438815881];
