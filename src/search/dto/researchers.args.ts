import { ArgsType, Field, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { ResearcherOrder } from '../types/researcher-order.enum';
import { ResearcherFilter } from './researcher-filter.input';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class ResearchersArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Words, "exact phrases", OR and -exclusion. Names may be misspelt or unfinished.',
  })
  @IsOptional()
  @IsString()
  // Checked again after cleaning; this bound keeps absurd inputs from being processed at all.
  @MaxLength(10_000, { message: 'Søket er for langt.' })
  query?: string | null;

  @Field(() => ResearcherFilter, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ResearcherFilter)
  filter?: ResearcherFilter | null;

  @Field(() => ResearcherOrder, { nullable: true, defaultValue: ResearcherOrder.RELEVANCE })
  @IsOptional()
  @IsEnum(ResearcherOrder)
  orderBy?: ResearcherOrder | null;

  @Field(() => Int, { nullable: true, defaultValue: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'first kan ikke være negativ.' })
  @Max(MAX_PAGE_SIZE, { message: `first kan være høyst ${MAX_PAGE_SIZE}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @IsOptional()
  @IsString()
  after?: string | null;
}
