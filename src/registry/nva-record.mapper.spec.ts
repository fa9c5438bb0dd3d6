import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapNvaOrganization, mapNvaPerson, mapNvaResults } from './nva-record.mapper';

const BASE = 'https://api.nva.unit.no';
const fixture = (name: string) =>
  JSON.parse(
    readFileSync(join(__dirname, '../../test/support/registry-fixtures/nva', `${name}.json`), 'utf8').replaceAll('{{NVA}}', BASE),
  );

describe('NVA mappers', () => {
  it('reads a person: preferred names, Bokmål labels, background, affiliations by organisation id', () => {
    expect(mapNvaPerson(fixture('person-1234567'), BASE)).toEqual({
      cristinPersonId: '1234567',
      personUri: `${BASE}/cristin/person/1234567`,
      orcid: '0000-0000-0000-001X',
      givenName: 'Kari',
      familyName: 'Nordmann',
      biography: 'Forsker ved Oslo universitetssykehus, med <em>brukermedvirkning</em> som tema.',
      keywords: ['Pasientopplæring', 'Health literacy', 'Brukermedvirkning'],
      affiliations: [
        { organizationId: '9998.0.0.0', role: 'Stipendiat', active: false },
        { organizationId: '9999.1.2.0', role: 'Forsker', active: true },
        { organizationId: '9997.0.0.0', role: 'Adviser', active: true },
      ],
    });
  });

  it('reads a sparse person in another script', () => {
    expect(mapNvaPerson(fixture('person-7654321'), BASE)).toMatchObject({
      cristinPersonId: '7654321',
      givenName: '明美',
      familyName: '佐藤',
      orcid: null,
      biography: null,
      keywords: [],
      affiliations: [],
    });
  });

  it('never takes a person URI it cannot vouch for, and refuses an answer without a Cristin id', () => {
    const person = { ...fixture('person-7654321'), id: 'javascript:alert(1)//cristin/person/7654321' };
    expect(mapNvaPerson(person, BASE)?.personUri).toBe(`${BASE}/cristin/person/7654321`);
    expect(mapNvaPerson({ names: [] }, BASE)).toBeNull();
  });

  it('names an organisation and the institution at the top of its partOf chain', () => {
    expect(mapNvaOrganization(fixture('organization-9999.1.2.0'))).toEqual({
      name: 'Avdeling for læring og mestring',
      institution: 'Oslo universitetssykehus HF',
    });
    expect(mapNvaOrganization(fixture('organization-9998.0.0.0'))).toEqual({
      name: 'OsloMet – storbyuniversitetet',
      institution: 'OsloMet – storbyuniversitetet',
    });
  });

  it('reads results newest first, falling back to other titles and venues', () => {
    expect(mapNvaResults({ hits: fixture('results-1234567') })).toEqual([
      {
        key: '018f0a1b2c3d-aaaabbbb-cccc-4ddd-8eee-ffff00001111',
        title: 'Gruppebasert pasientopplæring: en kvalitativ studie',
        year: 2023,
        venue: 'Tidsskrift for sykepleieforskning',
        doi: '10.5555/lms.2023.001',
        url: 'https://nva.sikt.no/registration/018f0a1b2c3d-aaaabbbb-cccc-4ddd-8eee-ffff00001111',
      },
      {
        key: '0190c1d2e3f4-3c5d7e9f-1a2b-4c6d-8e0f-123456789abc',
        title: 'Helsekompetanse hos eldre med kroniske sykdommer',
        year: 2021,
        venue: 'Rapportserie fra Avdeling for læring og mestring',
        doi: null,
        url: 'https://nva.sikt.no/registration/0190c1d2e3f4-3c5d7e9f-1a2b-4c6d-8e0f-123456789abc',
      },
      {
        key: '018e77aa88bb-12345678-9abc-4def-8123-456789abcdef',
        title: 'Coping in everyday life',
        year: null,
        venue: 'Universitetsforlaget',
        doi: null,
        url: 'https://nva.sikt.no/registration/018e77aa88bb-12345678-9abc-4def-8123-456789abcdef',
      },
    ]);
    expect(mapNvaResults({ hits: [{ identifier: '../../x', mainTitle: 'Sneaky' }, { identifier: 'ok-1' }] })).toEqual([]);
  });
});
