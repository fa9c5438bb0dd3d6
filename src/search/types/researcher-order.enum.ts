import { registerEnumType } from '@nestjs/graphql';

export enum ResearcherOrder {
  RELEVANCE = 'RELEVANCE',
  NAME = 'NAME',
  RECENTLY_UPDATED = 'RECENTLY_UPDATED',
}

registerEnumType(ResearcherOrder, {
  name: 'ResearcherOrder',
  valuesMap: {
    RELEVANCE: { description: 'Best match first (names, then areas and keywords, then title and organisation, then bio). Without a query: by name.' },
    NAME: { description: 'Family name, then given name, in Norwegian alphabetical order.' },
    RECENTLY_UPDATED: { description: 'Most recently updated profile first.' },
  },
});
