/**
 * The competence taxonomy: a two-level controlled vocabulary for the field of
 * learning and mastery in health (læring og mestring; patient and relative education).
 *
 * Pure data, no database code. Slugs are stable identifiers: editors may rename labels,
 * but a slug that has been seeded must never be changed or reused for something else.
 */
export interface CompetenceAreaSeed {
  /** Stable, URL-safe identifier (lowercase ASCII, words joined by hyphens). */
  slug: string;
  /** Norwegian (Bokmål) label. */
  name: string;
  /** English label. */
  nameEn: string;
  /** Second-level areas; only top-level areas have children. */
  children?: CompetenceAreaSeed[];
}

export const COMPETENCE_AREAS: CompetenceAreaSeed[] = [
  {
    slug: 'helsepedagogikk',
    name: 'Helsepedagogikk',
    nameEn: 'Health pedagogy',
    children: [
      { slug: 'kommunikasjon', name: 'Kommunikasjon', nameEn: 'Communication' },
      { slug: 'gruppeledelse', name: 'Gruppeledelse', nameEn: 'Group facilitation' },
      { slug: 'pedagogikk', name: 'Pedagogikk', nameEn: 'Pedagogy' },
      {
        slug: 'mestring-og-mestringsstrategier',
        name: 'Mestring og mestringsstrategier',
        nameEn: 'Coping and coping strategies',
      },
      { slug: 'sykdom-og-diagnose', name: 'Sykdom og diagnose', nameEn: 'Illness and diagnosis' },
    ],
  },
  {
    slug: 'brukermedvirkning',
    name: 'Brukermedvirkning',
    nameEn: 'User involvement',
    children: [
      {
        slug: 'erfaringskonsulenter',
        name: 'Erfaringskonsulenter',
        nameEn: 'Peer support workers',
      },
    ],
  },
  { slug: 'samhandling', name: 'Samhandling', nameEn: 'Collaboration across services' },
  {
    slug: 'psykisk-helse-og-rus',
    name: 'Psykisk helse og rus',
    nameEn: 'Mental health and substance use',
  },
  { slug: 'helsekompetanse', name: 'Helsekompetanse', nameEn: 'Health literacy' },
  {
    slug: 'digitale-tilbud',
    name: 'Digitale tilbud',
    nameEn: 'Digital services',
    children: [
      {
        slug: 'digital-pasientopplaering',
        name: 'Digital pasientopplæring',
        nameEn: 'Digital patient education',
      },
    ],
  },
  {
    slug: 'evaluering-og-effektforskning',
    name: 'Evaluering og effektforskning',
    nameEn: 'Evaluation and effectiveness research',
  },
  {
    slug: 'forskning-og-grunnlagstenkning',
    name: 'Forskning og grunnlagstenkning',
    nameEn: 'Research and theoretical foundations',
  },
  {
    slug: 'familieperspektiv',
    name: 'Familieperspektiv',
    nameEn: 'Family perspective',
    children: [
      {
        slug: 'barn-og-unge-som-parorende',
        name: 'Barn og unge som pårørende',
        nameEn: 'Children and young people as next of kin',
      },
      { slug: 'parorende', name: 'Pårørende', nameEn: 'Relatives and carers' },
    ],
  },
];
