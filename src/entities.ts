import { Account } from './account/account.entity';
import { AbuseReport } from './contact/abuse-report.entity';
import { ContactBlock } from './contact/contact-block.entity';
import { ContactMessage } from './contact/contact-message.entity';
import { TrustedSender } from './contact/trusted-sender.entity';
import { AuditEntry } from './audit/audit-entry.entity';
import { CompetenceArea } from './competence-area/competence-area.entity';
import { NetworkMembership } from './network/network-membership.entity';
import { Network } from './network/network.entity';
import { NetworkEvent } from './network/network-event.entity';
import { NetworkNewsSubscription } from './network/network-news-subscription.entity';
import { NewsletterDelivery } from './network/newsletter-delivery.entity';
import { Newsletter } from './network/newsletter.entity';
import { Organization } from './organization/organization.entity';
import { OneTimeToken } from './account/one-time-token.entity';
import { RefreshToken } from './account/refresh-token.entity';
import { ProfileChange } from './profile/profile-change.entity';
import { Publication } from './publication/publication.entity';
import { PublicationSuggestion } from './publication/publication-suggestion.entity';
import { RegistryLink } from './publication/registry-link.entity';
import { ProfilePhoto } from './photo/profile-photo.entity';
import { Researcher } from './researcher/researcher.entity';
import { SearchSynonym } from './search/search-synonym.entity';
import { JobKey } from './jobs/job-key.entity';
import { JobSchedule } from './jobs/job-schedule.entity';

/** Every entity, listed explicitly so the CLI, the app and the tests agree. */
export const ENTITIES = [
  Account,
  Researcher,
  CompetenceArea,
  Organization,
  Network,
  NetworkMembership,
  NetworkNewsSubscription,
  Newsletter,
  NewsletterDelivery,
  NetworkEvent,
  RefreshToken,
  OneTimeToken,
  ProfileChange,
  SearchSynonym,
  ProfilePhoto,
  ContactMessage,
  TrustedSender,
  ContactBlock,
  AbuseReport,
  AuditEntry,
  JobKey,
  JobSchedule,
  Publication,
  RegistryLink,
  PublicationSuggestion,
];
