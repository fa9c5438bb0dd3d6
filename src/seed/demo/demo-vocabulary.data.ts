/**
 * The demo generator's domain vocabulary (topics, conditions, methods, settings), places,
 * degree profiles and weighted tables. Order matters: draws index into these lists.
 */
import { AcademicDegree } from '../../common/enums/academic-degree.enum';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { MembershipRole } from '../../common/enums/membership.enum';
import { Weighted, weighted } from './demo-random';

export interface Topic {
  kw: string;
  /** Noun phrase that reads well after "om" / "for". */
  about: string;
  areas: readonly string[];
  mental?: boolean;
}

export const TOPICS: readonly Topic[] = [
  { kw: 'mestringsstrategier', about: 'mestringsstrategier', areas: ['mestring-og-mestringsstrategier'] },
  { kw: 'pasient- og pårørendeopplæring', about: 'pasient- og pårørendeopplæring', areas: ['helsepedagogikk', 'pedagogikk'] },
  { kw: 'helsekompetanse', about: 'helsekompetanse', areas: ['helsekompetanse'] },
  { kw: 'samvalg', about: 'samvalg og felles beslutninger', areas: ['kommunikasjon', 'brukermedvirkning'] },
  { kw: 'brukermedvirkning', about: 'brukermedvirkning i utvikling av opplæringstilbud', areas: ['brukermedvirkning'] },
  { kw: 'erfaringskonsulenter', about: 'erfaringskonsulenters rolle i opplæringen', areas: ['erfaringskonsulenter', 'brukermedvirkning'], mental: true },
  { kw: 'gruppebasert opplæring', about: 'gruppebasert opplæring', areas: ['gruppeledelse', 'pedagogikk'] },
  { kw: 'helsepedagogikk', about: 'helsepedagogikk', areas: ['helsepedagogikk', 'pedagogikk'] },
  { kw: 'digitale opplæringstilbud', about: 'digitale opplæringstilbud', areas: ['digitale-tilbud', 'digital-pasientopplaering'] },
  { kw: 'barn som pårørende', about: 'barn som pårørende', areas: ['barn-og-unge-som-parorende', 'familieperspektiv'] },
  { kw: 'pårørendestøtte', about: 'støtte til pårørende', areas: ['parorende', 'familieperspektiv'] },
  { kw: 'psykisk helse og rus', about: 'opplæring innen psykisk helse og rus', areas: ['psykisk-helse-og-rus'], mental: true },
  { kw: 'likepersonsarbeid', about: 'likepersonsarbeid', areas: ['brukermedvirkning'] },
  { kw: 'samhandling', about: 'samhandling mellom kommunehelsetjenesten og spesialisthelsetjenesten', areas: ['samhandling'] },
  { kw: 'kommunikasjon', about: 'kommunikasjon mellom helsepersonell og pasienter', areas: ['kommunikasjon'] },
  { kw: 'motiverende intervju', about: 'motiverende intervju', areas: ['kommunikasjon'] },
  { kw: 'egenmestring', about: 'egenmestring ved langvarig sykdom', areas: ['mestring-og-mestringsstrategier', 'sykdom-og-diagnose'] },
  { kw: 'gruppeledelse', about: 'gruppeledelse i lærings- og mestringstilbud', areas: ['gruppeledelse'] },
  { kw: 'minoritetshelse', about: 'opplæring for pasienter med minoritetsbakgrunn', areas: ['helsekompetanse', 'kommunikasjon'] },
  { kw: 'transisjon', about: 'overgangen fra barne- til voksenavdeling for ungdom', areas: ['samhandling', 'familieperspektiv'] },
  { kw: 'salutogenese', about: 'salutogenese og opplevelse av sammenheng', areas: ['forskning-og-grunnlagstenkning', 'mestring-og-mestringsstrategier'] },
  { kw: 'empowerment', about: 'empowerment i pasientopplæring', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'hverdagsmestring', about: 'rehabilitering og hverdagsmestring', areas: ['mestring-og-mestringsstrategier'] },
  { kw: 'recovery', about: 'recovery-orienterte tjenester', areas: ['psykisk-helse-og-rus'], mental: true },
  { kw: 'videokonsultasjoner', about: 'opplæring via videokonsultasjoner', areas: ['digitale-tilbud'] },
];

export const MENTAL_HEALTH_TOPIC = TOPICS.find((t) => t.kw === 'psykisk helse og rus') as Topic;

export interface Condition {
  kw: string;
  group: string;
  mental?: boolean;
}

export const CONDITIONS = weighted<Condition>([
  [{ kw: 'KOLS', group: 'personer med KOLS' }, 10],
  [{ kw: 'diabetes type 2', group: 'personer med diabetes type 2' }, 10],
  [{ kw: 'diabetes type 1', group: 'barn og unge med diabetes type 1' }, 4],
  [{ kw: 'hjertesvikt', group: 'personer med hjertesvikt' }, 8],
  [{ kw: 'kreft', group: 'personer med kreft' }, 9],
  [{ kw: 'revmatisk sykdom', group: 'personer med revmatisk sykdom' }, 4],
  [{ kw: 'psykiske lidelser', group: 'personer med psykiske lidelser', mental: true }, 7],
  [{ kw: 'rusproblemer', group: 'personer med rusproblemer', mental: true }, 5],
  [{ kw: 'angst og depresjon', group: 'personer med angst og depresjon', mental: true }, 4],
  [{ kw: 'psykoselidelser', group: 'personer med psykoselidelser', mental: true }, 2],
  [{ kw: 'spiseforstyrrelser', group: 'ungdom med spiseforstyrrelser', mental: true }, 2],
  [{ kw: 'demens', group: 'personer med demens og pårørende' }, 5],
  [{ kw: 'hjerneslag', group: 'personer som har hatt hjerneslag' }, 4],
  [{ kw: 'kronisk smerte', group: 'personer med langvarige smerter' }, 4],
  [{ kw: 'epilepsi', group: 'personer med epilepsi' }, 2],
  [{ kw: 'multippel sklerose', group: 'personer med multippel sklerose' }, 2],
  [{ kw: 'Parkinsons sykdom', group: 'personer med Parkinsons sykdom' }, 2],
  [{ kw: 'nyresvikt', group: 'personer med nyresvikt' }, 2],
  [{ kw: 'astma', group: 'barn med astma og foreldrene deres' }, 2],
  [{ kw: 'overvekt', group: 'personer med sykelig overvekt' }, 3],
  [{ kw: 'ADHD', group: 'familier med barn som har ADHD', mental: true }, 2],
  [{ kw: 'autisme', group: 'foreldre til barn med autisme' }, 2],
  [{ kw: 'hørselstap', group: 'personer med hørselstap' }, 1],
  [{ kw: 'cøliaki', group: 'personer med cøliaki' }, 1],
]);

export interface Method {
  kw: string;
  phrase: string;
  areas: readonly string[];
}

export const METHODS: readonly Method[] = [
  { kw: 'kvalitative intervjustudier', phrase: 'kvalitative intervjustudier', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'fokusgrupper', phrase: 'fokusgruppeintervjuer', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'effektforskning', phrase: 'randomiserte kontrollerte studier', areas: ['evaluering-og-effektforskning'] },
  { kw: 'følgeforskning', phrase: 'følgeforskning', areas: ['evaluering-og-effektforskning'] },
  { kw: 'evaluering', phrase: 'evalueringsstudier', areas: ['evaluering-og-effektforskning'] },
  { kw: 'aksjonsforskning', phrase: 'aksjonsforskning', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'spørreundersøkelser', phrase: 'spørreundersøkelser og registerdata', areas: ['evaluering-og-effektforskning'] },
  { kw: 'implementeringsforskning', phrase: 'implementeringsforskning', areas: ['evaluering-og-effektforskning'] },
  { kw: 'systematiske oversikter', phrase: 'systematiske kunnskapsoppsummeringer', areas: ['forskning-og-grunnlagstenkning'] },
  { kw: 'brukermedvirkning i forskning', phrase: 'deltakende design med brukermedvirkning', areas: ['brukermedvirkning', 'forskning-og-grunnlagstenkning'] },
  { kw: 'deltakende observasjon', phrase: 'deltakende observasjon', areas: ['forskning-og-grunnlagstenkning'] },
];

export interface Setting {
  kw: string;
  /** Reads well after "i" / "fra" (often plural). */
  phrase: string;
  /** Where one person works: "i kommunehelsetjenesten", "ved et DPS". */
  at: string;
  areas: readonly string[];
}

export const SETTINGS = weighted<Setting>([
  [{ kw: 'kommunehelsetjenesten', phrase: 'kommunehelsetjenesten', at: 'i kommunehelsetjenesten', areas: ['samhandling'] }, 8],
  [{ kw: 'spesialisthelsetjenesten', phrase: 'spesialisthelsetjenesten', at: 'i spesialisthelsetjenesten', areas: [] }, 8],
  [{ kw: 'lærings- og mestringssenter', phrase: 'lærings- og mestringssentre (LMS)', at: 'ved et lærings- og mestringssenter (LMS)', areas: ['helsepedagogikk'] }, 10],
  [{ kw: 'frisklivssentraler', phrase: 'frisklivssentraler', at: 'ved en frisklivssentral', areas: ['helsekompetanse'] }, 3],
  [{ kw: 'DPS', phrase: 'distriktspsykiatriske sentre (DPS)', at: 'ved et distriktspsykiatrisk senter (DPS)', areas: ['psykisk-helse-og-rus'] }, 3],
  [{ kw: 'hjemmetjenesten', phrase: 'hjemmetjenesten', at: 'i hjemmetjenesten', areas: ['samhandling'] }, 2],
  [{ kw: 'helsestasjon', phrase: 'helsestasjons- og skolehelsetjenesten', at: 'i helsestasjons- og skolehelsetjenesten', areas: ['familieperspektiv'] }, 2],
]);

export const DPS_SETTING = SETTINGS.values.find((s) => s.kw === 'DPS') as Setting;

export const CITIES: Record<HealthRegion, readonly string[]> = {
  [HealthRegion.NORTH]: ['Tromsø', 'Bodø', 'Harstad', 'Alta', 'Hammerfest', 'Kirkenes', 'Mo i Rana', 'Narvik', 'Karasjok', 'Vadsø'],
  [HealthRegion.CENTRAL]: ['Trondheim', 'Ålesund', 'Levanger', 'Molde', 'Namsos', 'Kristiansund', 'Steinkjer', 'Orkanger'],
  [HealthRegion.WEST]: ['Bergen', 'Stavanger', 'Haugesund', 'Førde', 'Stord', 'Voss', 'Egersund'],
  [HealthRegion.SOUTH_EAST]: ['Oslo', 'Kristiansand', 'Drammen', 'Tønsberg', 'Hamar', 'Lillehammer', 'Fredrikstad', 'Skien', 'Arendal', 'Gjøvik', 'Kongsberg', 'Lørenskog', 'Sarpsborg', 'Elverum'],
};

export const REGION_LABEL: Record<HealthRegion, string> = {
  [HealthRegion.NORTH]: 'Helse Nord',
  [HealthRegion.CENTRAL]: 'Helse Midt-Norge',
  [HealthRegion.WEST]: 'Helse Vest',
  [HealthRegion.SOUTH_EAST]: 'Helse Sør-Øst',
};

export const REGION_TABLE = weighted<HealthRegion>([
  [HealthRegion.SOUTH_EAST, 56],
  [HealthRegion.WEST, 20],
  [HealthRegion.CENTRAL, 14],
  [HealthRegion.NORTH, 10],
]);

export const DEGREE_TABLE = weighted<AcademicDegree | null>([
  [AcademicDegree.PHD, 35],
  [AcademicDegree.MASTER, 30],
  [AcademicDegree.PHD_IN_PROGRESS, 12],
  [AcademicDegree.MASTER_IN_PROGRESS, 8],
  [AcademicDegree.BACHELOR, 8],
  [AcademicDegree.OTHER, 5],
  [null, 2],
]);

export interface DegreeProfile {
  titles: Weighted<string>;
  fields: readonly string[];
  orcid: number;
  english: number;
  speaker: number;
  media: number;
  research: boolean;
}

export const DEGREES = new Map<AcademicDegree | null, DegreeProfile>([
  [
    AcademicDegree.PHD,
    {
      titles: weighted([
        ['professor', 14], ['førsteamanuensis', 20], ['forsker', 10], ['seniorforsker', 6],
        ['postdoktor', 8], ['dosent', 3], ['forskningsleder', 3], ['seniorrådgiver', 5],
        ['overlege', 4], ['leder ved lærings- og mestringssenter', 3], ['fagsjef', 2],
        ['psykologspesialist', 2], ['professor II', 2],
      ]),
      fields: ['helsevitenskap', 'sykepleievitenskap', 'folkehelsevitenskap', 'medisin', 'psykologi', 'pedagogikk', 'sosiologi', 'klinisk medisin', 'samfunnsmedisin', 'helsefag'],
      orcid: 0.9, english: 0.93, speaker: 0.5, media: 0.36, research: true,
    },
  ],
  [
    AcademicDegree.MASTER,
    {
      titles: weighted([
        ['høgskolelektor', 10], ['universitetslektor', 6], ['spesialsykepleier', 10],
        ['rådgiver', 10], ['seniorrådgiver', 6], ['fagutviklingssykepleier', 8],
        ['leder ved lærings- og mestringssenter', 6], ['prosjektleder', 6],
        ['klinisk ernæringsfysiolog', 3], ['psykologspesialist', 3], ['fysioterapeut', 3],
        ['ergoterapeut', 2], ['diabetessykepleier', 3], ['helsesykepleier', 2], ['avdelingsleder', 2],
      ]),
      fields: ['helsefag', 'klinisk sykepleie', 'psykisk helsearbeid', 'folkehelsevitenskap', 'helse- og sosialfag', 'pedagogikk', 'helseledelse', 'samhandling innen helse- og omsorgstjenester', 'rehabilitering'],
      orcid: 0.5, english: 0.72, speaker: 0.38, media: 0.22, research: true,
    },
  ],
  [
    AcademicDegree.PHD_IN_PROGRESS,
    {
      titles: weighted([['ph.d.-kandidat', 10], ['stipendiat', 8], ['doktorgradsstipendiat', 3]]),
      fields: ['helsevitenskap', 'sykepleievitenskap', 'folkehelsevitenskap', 'psykologi', 'pedagogikk', 'klinisk medisin'],
      orcid: 0.8, english: 0.9, speaker: 0.3, media: 0.15, research: true,
    },
  ],
  [
    AcademicDegree.MASTER_IN_PROGRESS,
    {
      titles: weighted([['masterstudent', 4], ['sykepleier', 5], ['fysioterapeut', 2], ['rådgiver', 3], ['koordinator ved lærings- og mestringssenter', 2]]),
      fields: ['helsefag', 'klinisk sykepleie', 'psykisk helsearbeid', 'folkehelsevitenskap', 'helsepedagogikk og helsefremmende arbeid'],
      orcid: 0.35, english: 0.65, speaker: 0.25, media: 0.1, research: true,
    },
  ],
  [
    AcademicDegree.BACHELOR,
    {
      titles: weighted([['sykepleier', 10], ['vernepleier', 3], ['sosionom', 3], ['erfaringskonsulent', 4], ['brukerrepresentant', 3], ['rådgiver', 3], ['koordinator ved lærings- og mestringssenter', 3], ['ergoterapeut', 2]]),
      fields: [],
      orcid: 0.15, english: 0.45, speaker: 0.3, media: 0.15, research: false,
    },
  ],
  [
    AcademicDegree.OTHER,
    {
      titles: weighted([['erfaringskonsulent', 6], ['brukerrepresentant', 6], ['likeperson', 3], ['pårørenderepresentant', 2], ['helsefagarbeider', 2]]),
      fields: [],
      orcid: 0.1, english: 0.35, speaker: 0.4, media: 0.25, research: false,
    },
  ],
  [
    null,
    {
      titles: weighted([['brukerrepresentant', 3], ['rådgiver', 3], ['erfaringskonsulent', 2]]),
      fields: [],
      orcid: 0.2, english: 0.4, speaker: 0.3, media: 0.15, research: false,
    },
  ],
]);

export const LIVED_EXPERIENCE_TITLES = new Set(['erfaringskonsulent', 'brukerrepresentant', 'likeperson', 'pårørenderepresentant']);

export const EXTRA_LANGUAGES: readonly (readonly [string, number])[] = [
  ['sv', 0.07],
  ['da', 0.03],
  ['de', 0.03],
  ['fr', 0.015],
  ['es', 0.015],
];

/** Number of areas minus one: mostly 1–3 areas, up to 6. */
export const AREA_COUNT = weighted<number>([
  [0, 20],
  [1, 35],
  [2, 25],
  [3, 12],
  [4, 5],
  [5, 3],
]);

export const RESEARCH_NETWORK_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 97],
  [MembershipRole.COORDINATOR, 1],
  [MembershipRole.RESOURCE_GROUP_MEMBER, 1.5],
  [MembershipRole.LEADER, 0.5],
]);
export const MENTAL_HEALTH_NETWORK_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 85],
  [MembershipRole.RESOURCE_GROUP_MEMBER, 12],
  [MembershipRole.COORDINATOR, 2],
  [MembershipRole.PROJECT_LEADER, 1],
]);
export const DIALOGFORUM_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 88],
  [MembershipRole.LEADER, 7],
  [MembershipRole.COORDINATOR, 5],
]);
export const OTHER_NETWORK_ROLES = weighted<MembershipRole>([
  [MembershipRole.MEMBER, 98],
  [MembershipRole.COORDINATOR, 2],
]);
