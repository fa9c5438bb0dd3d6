import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { ProfileStatus } from '../../../src/common/enums/profile-status.enum';
import { CompetenceArea } from '../../../src/competence-area/competence-area.entity';
import { Organization } from '../../../src/organization/organization.entity';
import { Researcher } from '../../../src/researcher/researcher.entity';

let sequence = 0;

export interface ResearcherFixture extends Partial<Omit<Researcher, 'competenceAreas' | 'organization'>> {
  areaSlugs?: string[];
  organizationName?: string;
}

/** Inserts a researcher (published unless told otherwise) through TypeORM, as the app does. */
export async function createResearcher(dataSource: DataSource, fixture: ResearcherFixture = {}): Promise<Researcher> {
  sequence += 1;
  const { areaSlugs = [], organizationName, ...fields } = fixture;
  const repo = dataSource.getRepository(Researcher);
  const organization = organizationName
    ? await dataSource.getRepository(Organization).findOneByOrFail({ name: organizationName })
    : null;
  const areas = areaSlugs.length
    ? await dataSource.getRepository(CompetenceArea).findBy({ slug: In(areaSlugs) })
    : [];
  const givenName = fields.givenName ?? 'Test';
  const familyName = fields.familyName ?? `Forsker${sequence}`;
  const researcher = repo.create({
    slug: `${givenName}-${familyName}-${sequence}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
    status: ProfileStatus.PUBLISHED,
    organizationId: organization?.id ?? null,
    region: organization?.region ?? null,
    ...fields,
    givenName,
    familyName,
    competenceAreas: areas,
  });
  return repo.save(researcher);
}
