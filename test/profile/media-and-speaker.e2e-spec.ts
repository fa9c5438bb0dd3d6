import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { SpeakerFormat } from '../../src/common/enums/speaker-format.enum';
import { createAccount } from '../support/factories/account.factory';
import { createResearcher } from '../support/factories/researcher.factory';
import { names } from '../search/search-helpers';
import { createTestApp, TestApp } from '../support/test-app';

const UPDATE = `
  mutation Update($input: ProfileInput!, $v: Int!) {
    updateMyProfile(input: $input, expectedVersion: $v) {
      version mediaTopics mediaAvailableUntil speakerTopics speakerFormats travelRegions courseLeader
      acceptsMessages acceptedContactPurposes photoVisibility
    }
  }`;

describe('media and speaker details: edited in ProfileInput, shown on Researcher, searchable', () => {
  let t: TestApp;
  const HOUR = 3600_000;

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    const common = { bio: 'Arbeider med gruppeledelse i pasientopplæring.' };
    await createResearcher(ds, {
      ...common, givenName: 'Nora', familyName: 'Digitalnord', region: HealthRegion.NORTH, courseLeader: true,
      speakerFormats: [SpeakerFormat.DIGITAL], travelRegions: [HealthRegion.NORTH], mediaAvailableUntil: new Date(Date.now() + 2 * HOUR),
    });
    await createResearcher(ds, {
      ...common, givenName: 'Ola', familyName: 'Fysiskvest', region: HealthRegion.WEST, courseLeader: true,
      speakerFormats: [SpeakerFormat.IN_PERSON], travelRegions: [HealthRegion.WEST, HealthRegion.NORTH],
      mediaAvailableUntil: new Date(Date.now() - HOUR),
    });
    await createResearcher(ds, {
      ...common, givenName: 'Per', familyName: 'Foreleser', speakerFormats: [SpeakerFormat.DIGITAL, SpeakerFormat.IN_PERSON],
    });
    await createResearcher(ds, {
      ...common, status: ProfileStatus.DRAFT, givenName: 'Skjult', familyName: 'Utkast', courseLeader: true,
      speakerFormats: [SpeakerFormat.DIGITAL], travelRegions: [HealthRegion.NORTH], mediaAvailableUntil: new Date(Date.now() + HOUR),
    });
  });
  afterAll(() => t?.close());

  it('the owner sets them; everyone sees them except photoVisibility', async () => {
    const { token, researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED });
    const until = new Date(Date.now() + 3 * HOUR).toISOString();
    const res = await t.gql(
      UPDATE,
      {
        v: researcher.version,
        input: {
          mediaTopics: ['diabetes og mestring', 'pårørende', 'diabetes og mestring'],
          mediaAvailableUntil: until,
          speakerTopics: ['Når pasienten blir lærer'],
          speakerFormats: ['DIGITAL', 'IN_PERSON', 'DIGITAL'],
          travelRegions: ['NORTH'],
          courseLeader: true,
          acceptsMessages: false,
          acceptedContactPurposes: ['SPEAKER'],
          photoVisibility: 'REGISTERED',
        },
      },
      token,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateMyProfile).toMatchObject({
      mediaTopics: ['diabetes og mestring', 'pårørende'],
      mediaAvailableUntil: until,
      speakerTopics: ['Når pasienten blir lærer'],
      speakerFormats: ['DIGITAL', 'IN_PERSON'],
      travelRegions: ['NORTH'],
      courseLeader: true,
      acceptsMessages: false,
      acceptedContactPurposes: ['SPEAKER'],
      photoVisibility: 'REGISTERED',
    });
    const seen = await t.gql(
      `query($id: ID) { researcher(id: $id) { mediaTopics speakerFormats travelRegions courseLeader acceptsMessages acceptedContactPurposes photoVisibility } }`,
      { id: researcher.id },
    );
    expect(seen.data!.researcher).toEqual({
      mediaTopics: ['diabetes og mestring', 'pårørende'],
      speakerFormats: ['DIGITAL', 'IN_PERSON'],
      travelRegions: ['NORTH'],
      courseLeader: true,
      acceptsMessages: false,
      acceptedContactPurposes: ['SPEAKER'],
      photoVisibility: null,
    });
  });

  it('bounded: at most 10 media topics, no line breaks', async () => {
    const { token, researcher } = await createAccount(t);
    const tooMany = await t.gql(UPDATE, { v: researcher.version, input: { mediaTopics: Array.from({ length: 11 }, (_, i) => `tema ${i}`) } }, token);
    expect(tooMany.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'mediaTopics' });
    const broken = await t.gql(UPDATE, { v: researcher.version, input: { speakerTopics: ['linje\nto'] } }, token);
    expect(broken.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'speakerTopics' });
  });

  it('media topics and talk titles are searched, ranked with keywords above the bio', async () => {
    const ds = t.dataSource;
    await createResearcher(ds, { givenName: 'Bio', familyName: 'Omtale', bio: 'Skriver blant annet om hjertesvikt i en lang bio.' });
    const { token, researcher } = await createAccount(t, { profileStatus: ProfileStatus.PUBLISHED, profile: { givenName: 'Tema', familyName: 'Medieekspert' } });
    await t.gql(UPDATE, { v: researcher.version, input: { mediaTopics: ['hjertesvikt hos eldre'], speakerTopics: ['Pusteøvelser for kolsrammede'] } }, token);
    expect(await names(t, 'hjertesvikt')).toEqual(['Tema Medieekspert', 'Bio Omtale']);
    expect(await names(t, 'pusteøvelser')).toEqual(['Tema Medieekspert']);
  });

  it('filters: availableForMediaNow (lapses by itself), courseLeader, speakerFormats, travelRegions', async () => {
    const q = 'gruppeledelse';
    expect(await names(t, q, { filter: { availableForMediaNow: true } })).toEqual(['Nora Digitalnord']);
    expect(await names(t, q, { filter: { courseLeader: true }, orderBy: 'NAME' })).toEqual(['Nora Digitalnord', 'Ola Fysiskvest']);
    expect(await names(t, q, { filter: { speakerFormats: ['DIGITAL'] }, orderBy: 'NAME' })).toEqual(['Nora Digitalnord', 'Per Foreleser']);
    expect(await names(t, q, { filter: { travelRegions: ['NORTH'] }, orderBy: 'NAME' })).toEqual(['Nora Digitalnord', 'Ola Fysiskvest']);
    // The details come with the hits too (enum lists as lists, not as PostgreSQL array text).
    const hits = await t.gql(`{ researchers(query: "gruppeledelse", filter: { courseLeader: true, speakerFormats: [DIGITAL] }) {
      edges { node { fullName speakerFormats travelRegions courseLeader acceptedContactPurposes mediaAvailableUntil } } } }`);
    expect(hits.data!.researchers.edges[0].node).toMatchObject({
      fullName: 'Nora Digitalnord', speakerFormats: ['DIGITAL'], travelRegions: ['NORTH'], courseLeader: true,
      acceptedContactPurposes: ['MEDIA', 'SPEAKER', 'COLLABORATION', 'OTHER'],
    });
    // An organiser: a digital course leader who works in Helse Nord.
    expect(await names(t, q, { filter: { courseLeader: true, speakerFormats: ['DIGITAL'], travelRegions: ['NORTH'] } })).toEqual([
      'Nora Digitalnord',
    ]);
  });
});
