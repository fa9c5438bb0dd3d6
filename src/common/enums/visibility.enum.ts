import { registerEnumType } from '@nestjs/graphql';

/** Who may see a contact field, modelled on ORCID's visibility levels. */
export enum Visibility {
  PUBLIC = 'PUBLIC',
  REGISTERED = 'REGISTERED',
  PRIVATE = 'PRIVATE',
}

registerEnumType(Visibility, { name: 'Visibility' });
