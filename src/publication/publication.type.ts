import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PublicationSource } from './publication-source.enum';

@ObjectType('Publication')
export class PublicationType {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => String, { nullable: true, description: 'Journal, book or series.' })
  venue: string | null;

  @Field(() => String, { nullable: true, description: 'Bare DOI, e.g. 10.1234/abc; link it as https://doi.org/<doi>.' })
  doi: string | null;

  @Field(() => String, { nullable: true, description: 'A link to the work: the one given, else its DOI link.' })
  url: string | null;

  @Field(() => PublicationSource)
  source: PublicationSource;

  @Field({ description: 'Shown on the public profile: at most ten; new ones are while there is room, and the owner picks.' })
  shown: boolean;

  @Field(() => Int, { description: "The owner's order; 0 for not yet ordered (those come newest first)." })
  position: number;
}
