import { InitialSchema1795438815881 } from './1795438815881-InitialSchema';
import { AccountsAndProfiles1795439726315 } from './1795439726315-AccountsAndProfiles';
import { SearchIndex1795439843518 } from './1795439843518-SearchIndex';
import { NetworkApplications1795442576720 } from './1795442576720-NetworkApplications';
import { SearchNameWords1795450000000 } from './1795450000000-SearchNameWords';
import { AuditLog1796500000000 } from './1796500000000-AuditLog';
import { EditorsCatalogue1796500001000 } from './1796500001000-EditorsCatalogue';

// Every migration, in order. `npm run migration:generate` writes new files here: add them below.
export const MIGRATIONS: Function[] = [
  InitialSchema1795438815881,
  AccountsAndProfiles1795439726315,
  SearchIndex1795439843518,
  NetworkApplications1795442576720,
  SearchNameWords1795450000000,
  AuditLog1796500000000,
  EditorsCatalogue1796500001000,
];
