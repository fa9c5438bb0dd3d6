import { Field, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('FacetCount')
export class FacetCount {
  @Field({ description: 'The value to filter by: an enum name, a slug or a language code.' })
  value: string;

  @Field({ description: 'Label in Norwegian Bokmål.' })
  label: string;

  @Field(() => Int)
  count: number;
}
