import { ArgsType, Field } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsString, MaxLength, MinLength } from 'class-validator';

@ArgsType()
export class SetSearchSynonymArgs {
  @Field({ description: 'The word or phrase people search for, e.g. KOLS.' })
  @IsString()
  @MinLength(1, { message: 'Skriv et søkeord.' })
  @MaxLength(100, { message: 'Søkeordet kan ha høyst 100 tegn.' })
  term: string;

  @Field(() => [String], { description: 'What a search for the term also finds; replaces what the term had.' })
  @ArrayMinSize(1, { message: 'Skriv minst ett synonym.' })
  @ArrayMaxSize(20, { message: 'Høyst 20 synonymer per søkeord.' })
  @IsString({ each: true })
  @MinLength(1, { each: true, message: 'Et synonym kan ikke være tomt.' })
  @MaxLength(200, { each: true, message: 'Et synonym kan ha høyst 200 tegn.' })
  expansions: string[];
}
