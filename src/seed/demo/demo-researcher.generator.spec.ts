/// <reference types="jest" />
import { AcademicDegree } from '../../common/enums/academic-degree.enum';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { MembershipRole } from '../../common/enums/membership.enum';
import { Visibility } from '../../common/enums/visibility.enum';
import { isValidOrcid } from '../../common/validation/orcid';
import { DemoContext, DemoResearcher, generateDemoResearcher, generateDemoResearchers } from './demo-researcher.generator';

const ctx: DemoContext = {
  organizations: [
    { id: 'org-ous', region: HealthRegion.SOUTH_EAST },
    { id: 'org-ahus', region: HealthRegion.SOUTH_EAST },
    { id: 'org-bergen', region: HealthRegion.WEST },
    { id: 'org-stolav', region: HealthRegion.CENTRAL },
    { id: 'org-unn', region: HealthRegion.NORTH },
    { id: 'org-nordlandssykehuset', region: HealthRegion.NORTH },
    { id: 'org-ffo', region: null },
    { id: 'org-nk-lmh', region: null },
  ],
  areaSlugs: [
    'helsepedagogikk',
    'kommunikasjon',
    'gruppeledelse',
    'pedagogikk',
    'mestring-og-mestringsstrategier',
    'sykdom-og-diagnose',
    'brukermedvirkning',
    'samhandling',
    'psykisk-helse-og-rus',
    'helsekompetanse',
    'digitale-tilbud',
    'evaluering-og-effektforskning',
    'forskning-og-grunnlagstenkning',
    'familieperspektiv',
    'barn-og-unge-som-parorende',
  ],
  networkSlugs: ['forskernettverket', 'psykisk-helse-og-rus', 'dialogforum'],
};

const N = 20_000;
const all: DemoResearcher[] = [...generateDemoResearchers(N, ctx, { seed: 42 })];

function share(pred: (r: DemoResearcher) => boolean): number {
  return all.filter(pred).length / all.length;
}

describe('generateDemoResearcher', () => {
  it('is deterministic for (index, ctx, seed)', () => {
    expect(generateDemoResearcher(123, ctx, 42)).toEqual(generateDemoResearcher(123, ctx, 42));
    expect(generateDemoResearcher(123, ctx, 42)).toEqual(all[123]);
    // A structurally equal but distinct context object gives the same result.
    const copy: DemoContext = JSON.parse(JSON.stringify(ctx));
    expect(generateDemoResearcher(7, copy, 42)).toEqual(all[7]);
  });

  it('computes a high index directly, without generating the earlier ones', () => {
    const direct = generateDemoResearcher(90_000, ctx, 42);
    const [viaGenerator] = [...generateDemoResearchers(1, ctx, { seed: 42, startIndex: 90_000 })];
    expect(direct).toEqual(viaGenerator);
    expect(generateDemoResearcher(19_999, ctx, 42)).toEqual(all[19_999]);
  });

  it('gives different people for different seeds', () => {
    const a = generateDemoResearcher(5, ctx, 1);
    const b = generateDemoResearcher(5, ctx, 2);
    expect(a.slug).not.toBe(b.slug);
  });

  it('uses a default seed when none is given', () => {
    expect(generateDemoResearcher(3, ctx)).toEqual(generateDemoResearcher(3, ctx));
    expect([...generateDemoResearchers(2, ctx)][1]).toEqual(generateDemoResearcher(1, ctx));
  });

  it('rejects invalid indices and counts', () => {
    expect(() => generateDemoResearcher(-1, ctx)).toThrow(RangeError);
    expect(() => generateDemoResearcher(1.5, ctx)).toThrow(RangeError);
    expect(() => [...generateDemoResearchers(-1, ctx)]).toThrow(RangeError);
  });

  it('copes with an empty context', () => {
    const empty: DemoContext = { organizations: [], areaSlugs: [], networkSlugs: [] };
    const regions: (string | null)[] = Object.values(HealthRegion);
    const bad = [...generateDemoResearchers(200, empty)].filter(
      (r) =>
        r.organizationId !== null ||
        !regions.includes(r.region) ||
        r.areaSlugs.length > 0 ||
        r.memberships.length > 0,
    );
    expect(bad).toEqual([]);
  });
});

describe(`${N} generated researchers`, () => {
  /** The researchers (by slug) breaking a rule; checked in bulk to keep the suite fast. */
  const offenders = (bad: (r: DemoResearcher) => boolean): string[] =>
    all.filter(bad).map((r) => r.slug).slice(0, 5);

  it('have unique, readable, URL-safe slugs', () => {
    expect(new Set(all.map((r) => r.slug)).size).toBe(N);
    expect(offenders((r) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.slug))).toEqual([]);
    // "<given>-<family>-<code>", with æ→ae, ø→o, å→a and other diacritics dropped.
    const fold = (t: string) =>
      t
        .toLowerCase()
        .replace(/æ/g, 'ae')
        .replace(/ø/g, 'o')
        .replace(/å/g, 'a')
        .replace(/ł/g, 'l')
        .replace(/ı/g, 'i')
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[^a-z0-9]+/g, '-');
    expect(
      offenders((r) => !r.slug.startsWith(`${fold(r.givenName)}-${fold(r.familyName)}-`)),
    ).toEqual([]);
    const oystein = all.find((r) => r.givenName === 'Øystein') as DemoResearcher;
    expect(oystein.slug).toMatch(/^oystein-/);
  });

  it('have valid, unique ORCID iDs (about 60% have one)', () => {
    const orcids = all.map((r) => r.orcid).filter((o): o is string => o !== null);
    expect(orcids.length / N).toBeGreaterThan(0.5);
    expect(orcids.length / N).toBeLessThan(0.7);
    expect(new Set(orcids).size).toBe(orcids.length);
    expect(orcids.filter((o) => !/^0000-000\d-\d{4}-\d{3}[\dX]$/.test(o) || !isValidOrcid(o))).toEqual(
      [],
    );
  });

  it('have 1–6 distinct competence areas from the context', () => {
    const known = new Set(ctx.areaSlugs);
    expect(
      offenders(
        (r) =>
          r.areaSlugs.length < 1 ||
          r.areaSlugs.length > 6 ||
          new Set(r.areaSlugs).size !== r.areaSlugs.length ||
          r.areaSlugs.some((s) => !known.has(s)),
      ),
    ).toEqual([]);
  });

  it('speak Norwegian and list languages as ISO 639-1 codes', () => {
    expect(
      offenders(
        (r) =>
          !['nb', 'nn'].includes(r.languages[0] as string) ||
          new Set(r.languages).size !== r.languages.length ||
          r.languages.some((l) => !/^[a-z]{2}$/.test(l)),
      ),
    ).toEqual([]);
    expect(share((r) => r.languages.includes('nb'))).toBeGreaterThan(0.8);
    expect(share((r) => r.languages.includes('en'))).toBeGreaterThan(0.5);
    expect(share((r) => r.languages.includes('se'))).toBeGreaterThan(0.01);
    const sami = (region: HealthRegion) => {
      const rs = all.filter((r) => r.region === region);
      return rs.filter((r) => r.languages.includes('se')).length / rs.length;
    };
    expect(sami(HealthRegion.NORTH)).toBeGreaterThan(sami(HealthRegion.SOUTH_EAST));
  });

  it('have Norwegian names, many with æ, ø or å, plus Sami and immigrant-origin names', () => {
    const names = all.map((r) => `${r.givenName} ${r.familyName}`);
    for (const letter of ['æ', 'ø', 'å', 'Ø', 'Å']) {
      expect(names.some((n) => n.includes(letter))).toBe(true);
    }
    expect(names.filter((n) => /[æøåÆØÅ]/.test(n)).length / N).toBeGreaterThan(0.15);
    expect(names.some((n) => /Máret|Ánde|Somby|Gaup|Eira/.test(n))).toBe(true);
    expect(names.some((n) => /Nguyen|Hussain|Ahmed|Kowalsk/.test(n))).toBe(true);
    expect(all.some((r) => r.familyName.includes(' ') || r.familyName.includes('-'))).toBe(true);
    expect(all.some((r) => r.givenName.includes(' ') || r.givenName.includes('-'))).toBe(true);
    expect(
      offenders((r) => r.givenName.trim() !== r.givenName || r.familyName.trim() !== r.familyName),
    ).toEqual([]);
  });

  it('use only reserved example domains for e-mail and websites', () => {
    expect(offenders((r) => !/^[a-z0-9.-]+@example\.(org|no)$/.test(r.email))).toEqual([]);
    expect(
      offenders((r) => r.website !== null && !/^https:\/\/example\.(org|no)\//.test(r.website)),
    ).toEqual([]);
    expect(new Set(all.map((r) => r.email)).size).toBe(N);
  });

  it('have non-dialable fictional phone numbers and sensible visibilities', () => {
    const visibilities: string[] = Object.values(Visibility);
    expect(
      offenders(
        (r) =>
          (r.phone !== null && !/^\+47 0\d{2} \d{2} \d{3}$/.test(r.phone)) ||
          !visibilities.includes(r.emailVisibility) ||
          !visibilities.includes(r.phoneVisibility),
      ),
    ).toEqual([]);
    expect(share((r) => r.emailVisibility === Visibility.REGISTERED)).toBeGreaterThan(0.5);
    expect(share((r) => r.emailVisibility === Visibility.PUBLIC)).toBeGreaterThan(0.05);
    const phones = all.filter((r) => r.phone !== null);
    const privatePhones = phones.filter((r) => r.phoneVisibility === Visibility.PRIVATE);
    expect(privatePhones.length / phones.length).toBeGreaterThan(0.5);
  });

  it('have 2–6 distinct keywords and a 2–4 sentence Bokmål bio', () => {
    expect(
      offenders(
        (r) =>
          r.keywords.length < 2 ||
          r.keywords.length > 6 ||
          new Set(r.keywords).size !== r.keywords.length,
      ),
    ).toEqual([]);
    expect(
      offenders((r) => {
        const sentences = r.bio.split(/\. (?=\S)/).length;
        return (
          !r.bio.startsWith(`${r.givenName} ${r.familyName} `) ||
          !r.bio.endsWith('.') ||
          sentences < 2 ||
          sentences > 4 ||
          /undefined|null|\s{2}/.test(r.bio)
        );
      }),
    ).toEqual([]);
    const bios = all.map((r) => r.bio).join('\n');
    for (const term of ['KOLS', 'lærings- og mestrings', 'brukermedvirkning', 'helsekompetanse', 'Tromsø']) {
      expect(bios).toContain(term);
    }
  });

  it('use the organisation region, and a region even without one', () => {
    const byId = new Map(ctx.organizations.map((o) => [o.id, o]));
    const regions: (string | null)[] = Object.values(HealthRegion);
    expect(
      offenders((r) => {
        if (!regions.includes(r.region)) return true;
        if (r.organizationId === null) return false;
        const org = byId.get(r.organizationId);
        return org === undefined || (org.region !== null && org.region !== r.region);
      }),
    ).toEqual([]);
    expect(share((r) => r.organizationId !== null)).toBeGreaterThan(0.85);
  });

  it('have 0–2 memberships in known networks, mostly none, mostly MEMBER', () => {
    const networks = new Set(ctx.networkSlugs);
    const roles: string[] = Object.values(MembershipRole);
    expect(
      offenders(
        (r) =>
          r.memberships.length > 2 ||
          new Set(r.memberships.map((m) => m.networkSlug)).size !== r.memberships.length ||
          r.memberships.some((m) => !networks.has(m.networkSlug) || !roles.includes(m.role)),
      ),
    ).toEqual([]);
    expect(share((r) => r.memberships.length === 0)).toBeGreaterThan(0.5);
    const memberships = all.flatMap((r) => r.memberships);
    const count = (slug: string) => memberships.filter((m) => m.networkSlug === slug).length;
    expect(count('forskernettverket')).toBeGreaterThan(count('psykisk-helse-og-rus'));
    expect(count('psykisk-helse-og-rus')).toBeGreaterThan(count('dialogforum'));
    const members = memberships.filter((m) => m.role === MembershipRole.MEMBER).length;
    expect(members / memberships.length).toBeGreaterThan(0.8);
    const coordinators = memberships.filter((m) => m.role === MembershipRole.COORDINATOR).length;
    expect(coordinators).toBeGreaterThan(0);
    expect(coordinators / memberships.length).toBeLessThan(0.05);
  });

  it('follow the intended degree and availability distribution', () => {
    const near = (actual: number, expected: number, tolerance = 0.03) => {
      expect(Math.abs(actual - expected)).toBeLessThan(tolerance);
    };
    near(share((r) => r.degree === AcademicDegree.PHD), 0.35);
    near(share((r) => r.degree === AcademicDegree.MASTER), 0.3);
    near(share((r) => r.degree === AcademicDegree.PHD_IN_PROGRESS), 0.12);
    near(share((r) => r.degree === AcademicDegree.MASTER_IN_PROGRESS), 0.08);
    near(share((r) => r.degree === AcademicDegree.BACHELOR), 0.08);
    near(share((r) => r.degree === AcademicDegree.OTHER), 0.05);
    near(share((r) => r.availableAsSpeaker), 0.4);
    near(share((r) => r.availableForMedia), 0.25);
    expect(share((r) => r.title !== null)).toBeGreaterThan(0.9);
  });
});
