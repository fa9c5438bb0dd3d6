// Bokmål names of the audit log's actions (the API sends the names; these are only labels).
export const AUDIT_ACTION_LABELS: Record<string, string> = {
  PROFILE_PUBLISHED: 'Profil publisert',
  PROFILE_REJECTED: 'Profil sendt tilbake',
  PROFILE_HIDDEN: 'Profil skjult',
  ACCOUNT_ROLE_CHANGED: 'Rolle endret',
  ACCOUNT_DISABLED: 'Konto sperret',
  ACCOUNT_ENABLED: 'Konto åpnet igjen',
  COMPETENCE_AREA_CREATED: 'Kompetanseområde opprettet',
  COMPETENCE_AREA_UPDATED: 'Kompetanseområde endret',
  COMPETENCE_AREA_MERGED: 'Kompetanseområder slått sammen',
  COMPETENCE_AREA_RETIRED: 'Kompetanseområde tatt ut av bruk',
  SEARCH_SYNONYM_SET: 'Synonym lagret',
  SEARCH_SYNONYM_REMOVED: 'Synonym fjernet',
  ORGANIZATION_CREATED: 'Organisasjon opprettet',
  ORGANIZATION_UPDATED: 'Organisasjon endret',
  ORGANIZATION_MERGED: 'Organisasjoner slått sammen',
  ORGANIZATION_APPROVED: 'Foreslått organisasjon godkjent',
  NETWORK_CREATED: 'Nettverk opprettet',
  NETWORK_UPDATED: 'Nettverk endret',
  MEMBERSHIP_APPROVED: 'Søknad godkjent',
  MEMBERSHIP_DECLINED: 'Søknad avslått',
  MEMBERSHIP_ADDED: 'Medlem lagt til',
  MEMBERSHIP_ROLE_CHANGED: 'Medlemsrolle endret',
  MEMBERSHIP_ENDED: 'Medlemskap avsluttet',
};

export const auditActionLabel = (action: string): string => AUDIT_ACTION_LABELS[action] ?? action;
