import { Field, Int, ObjectType } from '@nestjs/graphql';
import { OrganizationType } from '../organization/organization.type';
import { PublicationSource } from './publication-source.enum';

@ObjectType('PublicationCandidate', { description: 'A work in a registry that can be imported; pick it by key.' })
export class PublicationCandidateType {
  @Field({ description: 'The registry\'s id of the work (ORCID put-code, NVA identifier).' })
  key: string;

  @Field()
  title: string;

  @Field(() => Int, { nullable: true })
  year: number | null;

  @Field(() => String, { nullable: true })
  venue: string | null;

  @Field(() => String, { nullable: true })
  doi: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field({ description: 'Already on the profile (same key, or same DOI): importing it again changes nothing.' })
  imported: boolean;
}

@ObjectType('RegistryImportPreview', { description: 'What a registry holds about you; nothing changes until you import what you pick.' })
export class RegistryImportPreviewType {
  @Field(() => PublicationSource)
  source: PublicationSource;

  @Field({ description: 'The identifier the record was read with (ORCID iD or Cristin person id).' })
  identifier: string;

  @Field(() => String, { nullable: true })
  biography: string | null;

  @Field(() => [String])
  keywords: string[];

  @Field(() => [String], { description: 'Employments or affiliations, one line each, current first.' })
  employments: string[];

  @Field(() => [PublicationCandidateType], { description: 'Newest first.' })
  works: PublicationCandidateType[];

  @Field(() => OrganizationType, {
    nullable: true,
    description: 'One of our organisations matching a current employment, offered as your workplace.',
  })
  workplace: OrganizationType | null;
}
