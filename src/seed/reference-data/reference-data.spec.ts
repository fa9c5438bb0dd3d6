import { slugify } from '../../common/text/slugify';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { OrganizationKind } from '../../common/enums/organization-kind.enum';
import { COMPETENCE_AREAS, CompetenceAreaSeed } from './competence-areas';
import { NETWORKS } from './networks';
import { ORGANIZATIONS } from './organizations';


const REQUIRED_TAXONOMY: Record<string, string[]> = {
  helsepedagogikk: [
    'kommunikasjon',
    'gruppeledelse',
    'pedagogikk',
    'mestring-og-mestringsstrategier',
    'sykdom-og-diagnose',
  ],
  brukermedvirkning: [],
  samhandling: [],
  'psykisk-helse-og-rus': [],
  helsekompetanse: [],
  'digitale-tilbud': [],
  'evaluering-og-effektforskning': [],
  'forskning-og-grunnlagstenkning': [],
  familieperspektiv: ['barn-og-unge-som-parorende'],
};

function allAreas(): CompetenceAreaSeed[] {
  return COMPETENCE_AREAS.flatMap((area) => [area, ...(area.children ?? [])]);
}

function expectCleanLabel(label: string): void {
  expect(typeof label).toBe('string');
  expect(label.length).toBeGreaterThan(0);
  expect(label).toBe(label.trim());
}

describe('reference data: competence areas', () => {
  it('has every required top-level slug at the top level, with its required children', () => {
    for (const [slug, children] of Object.entries(REQUIRED_TAXONOMY)) {
      const top = COMPETENCE_AREAS.find((area) => area.slug === slug);
      expect(top).toBeDefined();
      const childSlugs = (top?.children ?? []).map((child) => child.slug);
      for (const child of children) {
        expect(childSlugs).toContain(child);
      }
    }
  });

  it('has only two levels', () => {
    for (const area of COMPETENCE_AREAS) {
      for (const child of area.children ?? []) {
        expect(child.children ?? []).toHaveLength(0);
      }
    }
  });

  it('has unique, well-formed slugs', () => {
    const slugs = allAreas().map((area) => area.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    // The app's own slug function, so area URLs look like profile URLs (æ→ae, Sami letters...).
    expect(allAreas().filter((area) => slugify(area.name) !== area.slug)).toEqual([]);
  });

  it('has non-empty, trimmed Norwegian and English labels', () => {
    for (const area of allAreas()) {
      expectCleanLabel(area.name);
      expectCleanLabel(area.nameEn);
    }
  });

  it('uses proper Bokmål spelling for labels with æøå', () => {
    const byslug = new Map(allAreas().map((area) => [area.slug, area]));
    expect(byslug.get('barn-og-unge-som-parorende')?.name).toBe('Barn og unge som pårørende');
    expect(byslug.get('mestring-og-mestringsstrategier')?.name).toBe(
      'Mestring og mestringsstrategier',
    );
  });
});

describe('reference data: organisations', () => {
  it('has at least 45 organisations', () => {
    expect(ORGANIZATIONS.length).toBeGreaterThanOrEqual(45);
  });

  it('has unique names', () => {
    const names = ORGANIZATIONS.map((org) => org.name);
    expect(new Set(names).size).toBe(names.length);
    const folded = names.map((name) => name.toLocaleLowerCase('nb'));
    expect(new Set(folded).size).toBe(folded.length);
  });

  it('has non-empty, trimmed names and short names', () => {
    for (const org of ORGANIZATIONS) {
      expectCleanLabel(org.name);
      if (org.shortName !== undefined) {
        expectCleanLabel(org.shortName);
      }
    }
  });

  it('uses only known kinds and regions', () => {
    const kinds = Object.values(OrganizationKind) as string[];
    const regions = Object.values(HealthRegion) as string[];
    for (const org of ORGANIZATIONS) {
      expect(kinds).toContain(org.kind);
      if (org.region !== null) {
        expect(regions).toContain(org.region);
      }
    }
  });

  it('includes the four university hospitals with their regions', () => {
    const region = (name: string) => ORGANIZATIONS.find((org) => org.name === name)?.region;
    expect(region('Oslo universitetssykehus HF')).toBe(HealthRegion.SOUTH_EAST);
    expect(region('Helse Bergen HF')).toBe(HealthRegion.WEST);
    expect(region('St. Olavs hospital HF')).toBe(HealthRegion.CENTRAL);
    expect(region('Universitetssykehuset Nord-Norge HF')).toBe(HealthRegion.NORTH);
    for (const name of [
      'Oslo universitetssykehus HF',
      'Helse Bergen HF',
      'St. Olavs hospital HF',
      'Universitetssykehuset Nord-Norge HF',
    ]) {
      expect(ORGANIZATIONS.find((org) => org.name === name)?.kind).toBe(
        OrganizationKind.HEALTH_TRUST,
      );
    }
  });

  it('includes FFO, SAFO and NK LMH', () => {
    const byShortName = (shortName: string) =>
      ORGANIZATIONS.find((org) => org.shortName === shortName);
    expect(byShortName('FFO')?.kind).toBe(OrganizationKind.USER_ORGANIZATION);
    expect(byShortName('SAFO')?.kind).toBe(OrganizationKind.USER_ORGANIZATION);
    expect(byShortName('NK LMH')).toMatchObject({
      kind: OrganizationKind.OTHER,
      region: HealthRegion.SOUTH_EAST,
    });
  });

  it('has every organisation kind and every health region', () => {
    const kinds = new Set(ORGANIZATIONS.map((org) => org.kind));
    for (const kind of Object.values(OrganizationKind)) {
      expect(kinds).toContain(kind);
    }
    const regions = new Set(ORGANIZATIONS.map((org) => org.region));
    for (const region of Object.values(HealthRegion)) {
      expect(regions).toContain(region);
    }
  });

  it('gives every health trust, university, LMS centre and municipality a region', () => {
    const regional = [
      OrganizationKind.HEALTH_TRUST,
      OrganizationKind.UNIVERSITY,
      OrganizationKind.LMS_CENTRE,
      OrganizationKind.MUNICIPALITY,
    ];
    for (const org of ORGANIZATIONS.filter((o) => regional.includes(o.kind))) {
      expect(org.region).not.toBeNull();
    }
  });
});

describe('reference data: networks', () => {
  it('has the three networks with description and criteria', () => {
    for (const slug of ['forskernettverket', 'psykisk-helse-og-rus', 'dialogforum']) {
      const network = NETWORKS.find((n) => n.slug === slug);
      expect(network).toBeDefined();
      expectCleanLabel(network!.name);
      expectCleanLabel(network!.description);
      expectCleanLabel(network!.criteria);
    }
  });

  it('has unique, well-formed slugs', () => {
    const slugs = NETWORKS.map((n) => n.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    // Shorter than the names, but as the app's slug function would write them.
    expect(slugs.filter((slug) => slugify(slug) !== slug)).toEqual([]);
  });

  it('takes applications for the two open networks, not for Dialogforum', () => {
    const open = (slug: string) => NETWORKS.find((n) => n.slug === slug)?.applicationsOpen;
    expect(open('forskernettverket')).toBe(true);
    expect(open('psykisk-helse-og-rus')).toBe(true);
    expect(open('dialogforum')).toBe(false);
  });
});
