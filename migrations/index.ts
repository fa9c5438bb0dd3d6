import { InitialSchema1795438815881 } from './1795438815881-InitialSchema';
import { AccountsAndProfiles1795439726315 } from './1795439726315-AccountsAndProfiles';
import { SearchIndex1795439843518 } from './1795439843518-SearchIndex';
import { NetworkApplications1795442576720 } from './1795442576720-NetworkApplications';
import { SearchNameWords1795450000000 } from './1795450000000-SearchNameWords';
import { AuditLog1796500000000 } from './1796500000000-AuditLog';
import { EditorsCatalogue1796500001000 } from './1796500001000-EditorsCatalogue';
import { Publications1796100000000 } from './1796100000000-Publications';
import { SearchPublicationTitles1796100000001 } from './1796100000001-SearchPublicationTitles';
import { RegistryLinks1796100000002 } from './1796100000002-RegistryLinks';
import { DurableJobs1796200000000 } from './1796200000000-DurableJobs';
import { SearchLastConfirmed1796200000001 } from './1796200000001-SearchLastConfirmed';
import { SearchAtScale1796300000000 } from './1796300000000-SearchAtScale';
import { SearchFilterIndexes1796300000001 } from './1796300000001-SearchFilterIndexes';
import { SearchShownPublicationTitles1796300000002 } from './1796300000002-SearchShownPublicationTitles';
import { SearchLastConfirmedFollowsProfile1796300000003 } from './1796300000003-SearchLastConfirmedFollowsProfile';
import { ProfilePhotos1796400000000 } from './1796400000000-ProfilePhotos';
import { ContactRelay1796400100000 } from './1796400100000-ContactRelay';
import { MediaTopicsInSearch1796400200000 } from './1796400200000-MediaTopicsInSearch';
import { NetworkNewsAndEvents1796600000000 } from './1796600000000-NetworkNewsAndEvents';
import { SearchFollowsOrganizationAliases1796710000000 } from './1796710000000-SearchFollowsOrganizationAliases';
import { MemberListByName1796800000000 } from './1796800000000-MemberListByName';
import { SearchChangeLog1796800000001 } from './1796800000001-SearchChangeLog';

// Every migration, in order. `npm run migration:generate` writes new files here: add them below.
export const MIGRATIONS: Function[] = [
  InitialSchema1795438815881,
  AccountsAndProfiles1795439726315,
  SearchIndex1795439843518,
  NetworkApplications1795442576720,
  SearchNameWords1795450000000,
  AuditLog1796500000000,
  EditorsCatalogue1796500001000,
  Publications1796100000000,
  SearchPublicationTitles1796100000001,
  RegistryLinks1796100000002,
  DurableJobs1796200000000,
  SearchLastConfirmed1796200000001,
  SearchAtScale1796300000000,
  SearchFilterIndexes1796300000001,
  SearchShownPublicationTitles1796300000002,
  SearchLastConfirmedFollowsProfile1796300000003,
  ProfilePhotos1796400000000,
  ContactRelay1796400100000,
  MediaTopicsInSearch1796400200000,
  NetworkNewsAndEvents1796600000000,
  SearchFollowsOrganizationAliases1796710000000,
  MemberListByName1796800000000,
  SearchChangeLog1796800000001,
];
