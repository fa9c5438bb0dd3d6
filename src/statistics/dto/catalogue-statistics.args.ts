import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export const FIRST_YEAR = 2000;

@ArgsType()
export class CatalogueStatisticsArgs {
  @Field(() => Int, { nullable: true, description: 'The year to report on; the current year when absent.' })
  @IsOptional()
  @IsInt({ message: 'Oppgi et årstall.' })
  @Min(FIRST_YEAR, { message: `Oppgi et år fra ${FIRST_YEAR}.` })
  @Max(9999, { message: 'Oppgi et gyldig årstall.' })
  year?: number | null;
}
