import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('SearchSynonym', { description: 'A search term and what a search for it also finds (and the other way round).' })
export class SearchSynonymType {
  @Field()
  term: string;

  @Field(() => [String])
  expansions: string[];
}
