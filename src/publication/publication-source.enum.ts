import { registerEnumType } from '@nestjs/graphql';

/** Where a publication on a profile came from. */
export enum PublicationSource {
  ORCID = 'ORCID',
  NVA = 'NVA',
  MANUAL = 'MANUAL',
}

registerEnumType(PublicationSource, {
  name: 'PublicationSource',
  description: 'ORCID or NVA (imported, with the registry key), or MANUAL (typed by the owner).',
});
