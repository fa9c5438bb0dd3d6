import { ArgsType, Field } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { NoControlChars } from '../../common/validation/text';
import { AcademicDegree } from '../../common/enums/academic-degree.enum';
import { NetworkRefArgs } from './network-ref.args';

@ArgsType()
export class ApplyToNetworkArgs extends NetworkRefArgs {
  @Field(() => String, { nullable: true, description: 'Why the applicant wants to join.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Begrunnelsen kan ha høyst 4000 tegn.' })
  @NoControlChars({ multiline: true })
  motivation?: string | null;

  @Field(() => AcademicDegree, {
    nullable: true,
    description: "Required by networks that ask for research background; defaults to the profile's degree.",
  })
  @IsOptional()
  @IsEnum(AcademicDegree, { message: 'Ukjent grad.' })
  degree?: AcademicDegree | null;

  @Field(() => String, {
    nullable: true,
    description: 'Research projects or larger evaluations the applicant has planned, run or taken part in.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'Forskningserfaringen kan ha høyst 4000 tegn.' })
  @NoControlChars({ multiline: true })
  researchExperience?: string | null;
}
