import { HealthRegion } from '../../src/common/enums/health-region.enum';
import { ProfileStatus } from '../../src/common/enums/profile-status.enum';
import { SpeakerFormat } from '../../src/common/enums/speaker-format.enum';
import { createResearcher } from '../support/factories/researcher.factory';
import { createTestApp, TestApp } from '../support/test-app';

interface Facet {
  value: string;
  label: string;
  count: number;
}
interface Facets {
  regions: Facet[];
  speakerFormats: Facet[];
  travelRegions: Facet[];
  courseLeaderCount: number;
  availableForMediaNowCount: number;
}

const FACETS = `
  query Facets($query: String, $filter: ResearcherFilter) {
    researchers(query: $query, filter: $filter, first: 0) {
      totalCount
      facets {
        regions { value label count }
        speakerFormats { value label count }
        travelRegions { value label count }
        courseLeaderCount
        availableForMediaNowCount
      }
    }
  }`;

const HOUR = 3600_000;

/**
 * Facet counts for the media and speaker filters (issue 13): formats and travel regions per
 * value, course leaders and "available for media now" as counts of true; each dimension
 * counts what every other selection lets through, over published profiles only.
 */
describe('search facets for speaker formats, travel regions, course leaders and media now', () => {
  let t: TestApp;

  async function facets(query: string | null, filter: Record<string, unknown> = {}) {
    const res = await t.gql<{ researchers: { totalCount: number; facets: Facets } }>(FACETS, { query, filter });
    expect(res.errors).toBeUndefined();
    const { totalCount, facets: f } = res.data!.researchers;
    const counts = (list: Facet[]) => Object.fromEntries(list.map((x) => [x.value, x.count]));
    return {
      /** Compared whole (toEqual), so a count too many fails too. */
      counts: {
        total: totalCount,
        formats: counts(f.speakerFormats),
        travel: counts(f.travelRegions),
        courseLeaders: f.courseLeaderCount,
        mediaNow: f.availableForMediaNowCount,
      },
      regions: counts(f.regions),
      raw: f,
    };
  }

  beforeAll(async () => {
    t = await createTestApp();
    const ds = t.dataSource;
    // Everyone here writes about "kursholding", so the query narrows to exactly these people.
    const common = { bio: 'Underviser i kursholding for lærings- og mestringssentre.' };
    await createResearcher(ds, {
      ...common, givenName: 'Anne', familyName: 'Nettleder', region: HealthRegion.NORTH, courseLeader: true,
      speakerFormats: [SpeakerFormat.DIGITAL], travelRegions: [HealthRegion.NORTH], mediaAvailableUntil: new Date(Date.now() + 5 * HOUR),
    });
    await createResearcher(ds, {
      ...common, givenName: 'Bjørn', familyName: 'Begge', region: HealthRegion.NORTH, courseLeader: true,
      speakerFormats: [SpeakerFormat.IN_PERSON, SpeakerFormat.DIGITAL], travelRegions: [HealthRegion.NORTH, HealthRegion.CENTRAL],
    });
    await createResearcher(ds, {
      ...common, givenName: 'Cecilie', familyName: 'Vestre', region: HealthRegion.WEST, courseLeader: false,
      speakerFormats: [SpeakerFormat.IN_PERSON], travelRegions: [HealthRegion.WEST], mediaAvailableUntil: new Date(Date.now() - HOUR),
    });
    await createResearcher(ds, {
      ...common, givenName: 'David', familyName: 'Medie', region: HealthRegion.CENTRAL, courseLeader: false,
      mediaAvailableUntil: new Date(Date.now() + 48 * HOUR),
    });
    // Unpublished profiles that would match and count everywhere: they must never count.
    for (const status of [ProfileStatus.DRAFT, ProfileStatus.PENDING_REVIEW, ProfileStatus.HIDDEN]) {
      await createResearcher(ds, {
        ...common, status, givenName: 'Skjult', familyName: status, region: HealthRegion.NORTH, courseLeader: true,
        speakerFormats: [SpeakerFormat.DIGITAL, SpeakerFormat.IN_PERSON], travelRegions: [HealthRegion.NORTH, HealthRegion.SOUTH_EAST],
        mediaAvailableUntil: new Date(Date.now() + 5 * HOUR),
      });
    }
  });
  afterAll(() => t?.close());

  it('counts each value over the result set with nothing selected, in Bokmål, published profiles only', async () => {
    for (const query of ['kursholding', null]) {
      const all = await facets(query);
      expect(all.counts).toEqual({
        total: 4,
        formats: { DIGITAL: 2, IN_PERSON: 2 },
        travel: { NORTH: 2, CENTRAL: 1, WEST: 1 },
        courseLeaders: 2,
        mediaNow: 2, // a lapsed availability does not count
      });
    }
    const all = await facets('kursholding');
    expect(all.raw.speakerFormats).toEqual([
      { value: 'DIGITAL', label: 'Digitalt', count: 2 },
      { value: 'IN_PERSON', label: 'Fysisk oppmøte', count: 2 },
    ]);
    expect(all.raw.travelRegions[0]).toEqual({ value: 'NORTH', label: 'Helse Nord', count: 2 });
  });

  it('each dimension counts what every other selection lets through, ignoring its own', async () => {
    const leaders = await facets('kursholding', { courseLeader: true });
    expect(leaders.regions).toEqual({ NORTH: 2 });
    expect(leaders.counts).toEqual({
      total: 2,
      formats: { DIGITAL: 2, IN_PERSON: 1 },
      travel: { NORTH: 2, CENTRAL: 1 },
      courseLeaders: 2,
      mediaNow: 1,
    });
    expect((await facets('kursholding', { speakerFormats: ['DIGITAL'] })).counts).toEqual({
      total: 2,
      formats: { DIGITAL: 2, IN_PERSON: 2 },
      travel: { NORTH: 2, CENTRAL: 1 },
      courseLeaders: 2,
      mediaNow: 1,
    });
    expect((await facets('kursholding', { speakerFormats: ['DIGITAL'], travelRegions: ['CENTRAL'] })).counts).toEqual({
      total: 1,
      formats: { DIGITAL: 1, IN_PERSON: 1 },
      travel: { NORTH: 2, CENTRAL: 1 },
      courseLeaders: 1,
      mediaNow: 0,
    });
    const mediaNow = await facets('kursholding', { availableForMediaNow: true });
    expect(mediaNow.regions).toEqual({ NORTH: 1, CENTRAL: 1 });
    expect(mediaNow.counts).toEqual({
      total: 2,
      formats: { DIGITAL: 1 },
      travel: { NORTH: 1 },
      courseLeaders: 1,
      mediaNow: 2,
    });
    expect((await facets('kursholding', { availableForMediaNow: false })).counts).toEqual({
      total: 2,
      formats: { IN_PERSON: 2, DIGITAL: 1 },
      travel: { NORTH: 1, CENTRAL: 1, WEST: 1 },
      courseLeaders: 1,
      mediaNow: 2,
    });
    // A facet of researcher_search narrows these counts too, and theirs narrow it.
    const west = await facets('kursholding', { regions: ['WEST'] });
    expect(west.regions).toEqual({ NORTH: 2, WEST: 1, CENTRAL: 1 });
    expect(west.counts).toEqual({
      total: 1,
      formats: { IN_PERSON: 1 },
      travel: { WEST: 1 },
      courseLeaders: 0,
      mediaNow: 0,
    });
    const northLeaders = await facets(null, { courseLeader: true, travelRegions: ['NORTH'] });
    expect(northLeaders.regions).toEqual({ NORTH: 2 });
    expect(northLeaders.counts).toEqual({
      total: 2,
      formats: { DIGITAL: 2, IN_PERSON: 1 },
      travel: { NORTH: 2, CENTRAL: 1 },
      courseLeaders: 2,
      mediaNow: 1,
    });
  });

  it('keeps a selected format or travel region listed even when nothing matches it', async () => {
    const none = await facets('kursholding', { speakerFormats: ['DIGITAL'], travelRegions: ['SOUTH_EAST'] });
    expect(none.counts).toEqual({ total: 0, formats: { DIGITAL: 0 }, travel: { SOUTH_EAST: 0, NORTH: 2, CENTRAL: 1 }, courseLeaders: 0, mediaNow: 0 });
    expect(none.raw.travelRegions).toContainEqual({ value: 'SOUTH_EAST', label: 'Helse Sør-Øst', count: 0 });
    expect(none.raw.speakerFormats).toEqual([{ value: 'DIGITAL', label: 'Digitalt', count: 0 }]);
  });
});
