import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PublicationSource } from './publication-source.enum';

@ObjectType('PublicationSuggestion', {
  description: 'A work new in your linked ORCID or NVA record since the last look. Import it by key, or dismiss it.',
})
export class PublicationSuggestionType {
  @Field(() => ID)
  id: string;

  @Field(() => PublicationSource)
  source: PublicationSource;

  @Field({ description: 'The key to import it with (importFromOrcid / importFromNva works).' })
  key: string;

  @Field()
  title: string;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  doi: string | null;
}
