import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('CompetenceArea', { description: 'A node of the two-level competence taxonomy.' })
export class CompetenceAreaType {
  @Field(() => ID)
  id: string;

  @Field()
  slug: string;

  @Field({ description: 'Label in Norwegian Bokmål.' })
  name: string;

  @Field({ description: 'Label in English.' })
  nameEn: string;

  @Field(() => String, { nullable: true })
  description: string | null;

  parentId: string | null;
  mergedIntoId: string | null;
  retiredAt: Date | null;
}
