import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapOrcidRecord } from './orcid-record.mapper';
import { describeEmployment, RegistryName } from './registry-import-preview';

const fixture = (orcid: string) =>
  JSON.parse(readFileSync(join(__dirname, '../../test/support/registry-fixtures/orcid', `${orcid}.json`), 'utf8'));

describe('mapOrcidRecord', () => {
  it('reads a full record: biography, keywords, employments and works, newest first', () => {
    const preview = mapOrcidRecord(fixture('0000-0000-0000-001X'), '0000-0000-0000-001X');
    expect(preview).toMatchObject({
      registry: RegistryName.ORCID,
      identifier: '0000-0000-0000-001X',
      givenName: 'Kari',
      familyName: 'Nordmann',
      // The bell and the bidi override are gone, the markup stays as text, blank lines shrink.
      biography:
        'Sykepleier og forsker på <b>pasient- og pårørendeopplæring</b>.\n\nLeder en forskergruppe om mestring ved Oslo universitetssykehus.',
      // Highest display-index first, a comma-separated entry split, the duplicate dropped.
      keywords: ['pasientopplæring', 'helsepedagogikk', 'mestring'],
    });
    expect(preview.employments.map(describeEmployment)).toEqual([
      'Forsker, Avdeling for læring og mestring, Oslo universitetssykehus HF (2019–)',
      'Stipendiat, OsloMet – storbyuniversitetet (2014–2018)',
    ]);
    expect(preview.employments[0]).toMatchObject({ organization: 'Oslo universitetssykehus HF', current: true });
    expect(preview.works).toEqual([
      {
        // Two versions in one group: the preferred one (highest display-index) gives key and title,
        // the group its DOI.
        key: '1001',
        title: 'Gruppebasert pasientopplæring: en kvalitativ studie',
        year: 2023,
        venue: 'Tidsskrift for sykepleieforskning',
        doi: '10.5555/lms.2023.001',
        url: 'https://doi.org/10.5555/lms.2023.001',
      },
      {
        key: '3001',
        title: '<i>Health literacy</i> among older adults with chronic illness',
        year: 2021,
        venue: 'Patient Education and Counseling',
        doi: '10.5555/pec.2021.3001',
        url: 'https://doi.org/10.5555/pec.2021.3001',
      },
      // Neither year nor DOI: last.
      { key: '2001', title: 'Mestring i hverdagen', year: null, venue: null, doi: null, url: 'https://example.org/mestring-i-hverdagen' },
    ]);
  });

  it('copes with a sparse record in other scripts', () => {
    const preview = mapOrcidRecord(fixture('0000-0000-0000-0028'), '0000-0000-0000-0028');
    expect(preview).toMatchObject({ givenName: 'Айгуль', familyName: 'Сабитова', biography: null, keywords: [], employments: [] });
    expect(preview.works).toEqual([
      // Only a translated title: it is used.
      { key: '4001', title: 'Санитарное просвещение пациентов', year: 2020, venue: 'Вестник медицинского образования', doi: null, url: null },
      // A month but no year; "doi:" prefix and upper-case type; a javascript: URL refused.
      { key: '4003', title: 'Εκπαίδευση ασθενών με χρόνια νοσήματα', year: null, venue: null, doi: '10.5555/gr.2022.7', url: 'https://doi.org/10.5555/gr.2022.7' },
    ]);
  });

  it('gives an empty preview for an answer of the wrong shape rather than failing', () => {
    for (const junk of [null, 'text', [], { person: 'x', 'activities-summary': { works: { group: [{ 'work-summary': 'x' }] } } }]) {
      expect(mapOrcidRecord(junk, '0000-0000-0000-001X')).toMatchObject({ biography: null, keywords: [], employments: [], works: [] });
    }
  });
});
