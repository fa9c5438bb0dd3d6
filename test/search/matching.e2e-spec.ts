import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';
import { names } from './search-helpers';

describe('search matching: Norwegian stemming, æøå, names, areas, synonyms', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    await createResearcher(ds, {
      givenName: 'Åse', familyName: 'Løvås', title: 'Førsteamanuensis',
      bio: 'Forsker på mestringsstrategier hos personer med kronisk obstruktiv lungesykdom i Tromsø.',
      organizationName: 'Universitetssykehuset Nord-Norge HF',
    });
    await createResearcher(ds, { givenName: 'Kari', familyName: 'Haugland', bio: 'Leder pasientkurs om diabetes.' });
    await createResearcher(ds, { givenName: 'Kari', familyName: 'Haug', bio: 'Jobber med brukermedvirkning.' });
    await createResearcher(ds, { givenName: 'Ola', familyName: 'Sandvin Olsson', bio: 'Sykepleier med interesse for ernæring.' });
    await createResearcher(ds, { givenName: 'Per', familyName: 'Olsen', bio: 'Fysioterapeut.' });
    await createResearcher(ds, { givenName: 'Ingrid', familyName: 'Aasen', bio: 'Ærlig og tydelig kommunikasjon med pårørende.' });
    await createResearcher(ds, { givenName: 'Nils', familyName: 'Berg', bio: 'Underviser i helsepedagogikk.', areaSlugs: ['gruppeledelse'] });
    await createResearcher(ds, { givenName: 'Liv', familyName: 'Strand', bio: 'Har skrevet om KOLS og fysisk aktivitet.' });
    await createResearcher(ds, { givenName: 'Tore', familyName: 'Moe', bio: 'Forsker på bruk av rusmidler blant unge voksne.' });
    await createResearcher(ds, { givenName: 'Siri', familyName: 'Lie', bio: 'Arbeider ved et lærings- og mestringssenter i Bergen.' });
  });
  afterAll(() => t?.close());

  it('stems Norwegian words (mestringsstrategi finds mestringsstrategier)', async () => {
    expect(await names(t, 'mestringsstrategi')).toEqual(['Åse Løvås']);
  });

  it('finds æ, ø and å whether or not the user types them', async () => {
    expect(await names(t, 'Tromso')).toEqual(['Åse Løvås']);
    expect(await names(t, 'Tromsø')).toEqual(['Åse Løvås']);
    expect(await names(t, 'Ase Lovas')).toEqual(['Åse Løvås']);
    expect(await names(t, 'Aerlig')).toEqual(['Ingrid Aasen']);
    expect(await names(t, 'Ærlig')).toEqual(['Ingrid Aasen']);
  });

  it('treats the old spelling Aa as Å in names', async () => {
    expect((await names(t, 'Åsen'))[0]).toBe('Ingrid Aasen');
  });

  it('tolerates typos in names and puts the closest name first', async () => {
    const hits = await names(t, 'Sandvin Olson');
    expect(hits[0]).toBe('Ola Sandvin Olsson');
  });

  it('matches name prefixes as the user types', async () => {
    expect((await names(t, 'Haugl'))[0]).toBe('Kari Haugland');
    expect((await names(t, 'Kari Haugla'))[0]).toBe('Kari Haugland');
    // The exact name before the longer one that merely starts with it.
    expect((await names(t, 'Haug')).slice(0, 2)).toEqual(['Kari Haug', 'Kari Haugland']);
  });

  it('matches competence-area labels the bio never mentions', async () => {
    expect(await names(t, 'gruppeledelse')).toEqual(['Nils Berg']);
  });

  it('expands the seeded synonyms both ways', async () => {
    expect(await names(t, 'KOLS')).toEqual(expect.arrayContaining(['Åse Løvås', 'Liv Strand']));
    expect((await names(t, 'KOLS')).length).toBe(2);
    expect((await names(t, 'kronisk obstruktiv lungesykdom')).sort()).toEqual(['Liv Strand', 'Åse Løvås']);
    expect(await names(t, 'rus')).toEqual(['Tore Moe']);
    expect(await names(t, 'LMS')).toEqual(['Siri Lie']);
  });
});
