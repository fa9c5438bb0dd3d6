import { HealthRegion } from '../../common/enums/health-region.enum';
import { OrganizationKind } from '../../common/enums/organization-kind.enum';

/**
 * Real Norwegian organisations in the field of learning and mastery in health: health
 * trusts and hospitals, universities and university colleges that teach health sciences,
 * user organisations, learning-and-mastery centres (LMS), municipalities and national
 * competence services. Pure data, no database code. Names are unique and are the
 * organisations' own official Norwegian spellings.
 *
 * `region` is the regional health authority area the organisation is located in;
 * national organisations without a regional home have `null`.
 */
export interface OrganizationSeed {
  name: string;
  shortName?: string;
  kind: OrganizationKind;
  region: HealthRegion | null;
  /** The name of the organisation this one is part of (an LMS under its health trust). */
  parent?: string;
}

const { HEALTH_TRUST, MUNICIPALITY, UNIVERSITY, USER_ORGANIZATION, LMS_CENTRE, OTHER } =
  OrganizationKind;
const { NORTH, CENTRAL, WEST, SOUTH_EAST } = HealthRegion;

export const ORGANIZATIONS: OrganizationSeed[] = [
  // --- Health trusts and hospitals: Helse Sør-Øst -------------------------------------
  { name: 'Oslo universitetssykehus HF', shortName: 'OUS', kind: HEALTH_TRUST, region: SOUTH_EAST },
  {
    name: 'Akershus universitetssykehus HF',
    shortName: 'Ahus',
    kind: HEALTH_TRUST,
    region: SOUTH_EAST,
  },
  { name: 'Sykehuset Innlandet HF', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Vestre Viken HF', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Sykehuset i Vestfold HF', shortName: 'SiV', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Sykehuset Telemark HF', shortName: 'STHF', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Sørlandet sykehus HF', shortName: 'SSHF', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Sykehuset Østfold HF', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Sunnaas sykehus HF', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Lovisenberg Diakonale Sykehus', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Diakonhjemmet Sykehus', kind: HEALTH_TRUST, region: SOUTH_EAST },

  // --- Health trusts and hospitals: Helse Vest -----------------------------------------
  { name: 'Helse Bergen HF', kind: HEALTH_TRUST, region: WEST },
  { name: 'Helse Stavanger HF', kind: HEALTH_TRUST, region: WEST },
  { name: 'Helse Fonna HF', kind: HEALTH_TRUST, region: WEST },
  { name: 'Helse Førde HF', kind: HEALTH_TRUST, region: WEST },
  { name: 'Haraldsplass Diakonale Sykehus', kind: HEALTH_TRUST, region: WEST },

  // --- Health trusts: Helse Midt-Norge -------------------------------------------------
  { name: 'St. Olavs hospital HF', kind: HEALTH_TRUST, region: CENTRAL },
  { name: 'Helse Møre og Romsdal HF', kind: HEALTH_TRUST, region: CENTRAL },
  { name: 'Helse Nord-Trøndelag HF', shortName: 'HNT', kind: HEALTH_TRUST, region: CENTRAL },

  // --- Health trusts: Helse Nord -------------------------------------------------------
  {
    name: 'Universitetssykehuset Nord-Norge HF',
    shortName: 'UNN',
    kind: HEALTH_TRUST,
    region: NORTH,
  },
  { name: 'Nordlandssykehuset HF', kind: HEALTH_TRUST, region: NORTH },
  { name: 'Helgelandssykehuset HF', kind: HEALTH_TRUST, region: NORTH },
  { name: 'Finnmarkssykehuset HF', kind: HEALTH_TRUST, region: NORTH },

  // --- Universities and university colleges teaching health sciences ------------------
  { name: 'Universitetet i Oslo', shortName: 'UiO', kind: UNIVERSITY, region: SOUTH_EAST },
  { name: 'Universitetet i Bergen', shortName: 'UiB', kind: UNIVERSITY, region: WEST },
  {
    name: 'Norges teknisk-naturvitenskapelige universitet',
    shortName: 'NTNU',
    kind: UNIVERSITY,
    region: CENTRAL,
  },
  { name: 'UiT Norges arktiske universitet', shortName: 'UiT', kind: UNIVERSITY, region: NORTH },
  {
    name: 'OsloMet – storbyuniversitetet',
    shortName: 'OsloMet',
    kind: UNIVERSITY,
    region: SOUTH_EAST,
  },
  { name: 'Universitetet i Agder', shortName: 'UiA', kind: UNIVERSITY, region: SOUTH_EAST },
  { name: 'Universitetet i Stavanger', shortName: 'UiS', kind: UNIVERSITY, region: WEST },
  { name: 'Universitetet i Sørøst-Norge', shortName: 'USN', kind: UNIVERSITY, region: SOUTH_EAST },
  { name: 'Høgskulen på Vestlandet', shortName: 'HVL', kind: UNIVERSITY, region: WEST },
  { name: 'Nord universitet', shortName: 'Nord', kind: UNIVERSITY, region: NORTH },
  // Formerly Høgskolen i Innlandet (HINN); accredited as a university by NOKUT in 2024.
  { name: 'Universitetet i Innlandet', shortName: 'INN', kind: UNIVERSITY, region: SOUTH_EAST },
  { name: 'Høgskolen i Molde', shortName: 'HiMolde', kind: UNIVERSITY, region: CENTRAL },
  { name: 'VID vitenskapelige høgskole', shortName: 'VID', kind: UNIVERSITY, region: SOUTH_EAST },
  { name: 'Høgskolen i Østfold', shortName: 'HiØ', kind: UNIVERSITY, region: SOUTH_EAST },

  // --- User organisations (national) ---------------------------------------------------
  {
    name: 'FFO – Funksjonshemmedes Fellesorganisasjon',
    shortName: 'FFO',
    kind: USER_ORGANIZATION,
    region: null,
  },
  {
    name: 'SAFO – Samarbeidsforumet av funksjonshemmedes organisasjoner',
    shortName: 'SAFO',
    kind: USER_ORGANIZATION,
    region: null,
  },
  { name: 'Mental Helse', kind: USER_ORGANIZATION, region: null },
  { name: 'Mental Helse Ungdom', kind: USER_ORGANIZATION, region: null },
  {
    name: 'LHL – Landsforeningen for hjerte- og lungesyke',
    shortName: 'LHL',
    kind: USER_ORGANIZATION,
    region: null,
  },
  // Formerly Norges Diabetesforbund.
  { name: 'Diabetesforbundet', kind: USER_ORGANIZATION, region: null },
  { name: 'Kreftforeningen', kind: USER_ORGANIZATION, region: null },
  { name: 'Rådet for psykisk helse', kind: USER_ORGANIZATION, region: null },
  {
    name: 'Landsforeningen for pårørende innen psykisk helse',
    shortName: 'LPP',
    kind: USER_ORGANIZATION,
    region: null,
  },
  { name: 'BAR – Barn av rusmisbrukere', shortName: 'BAR', kind: USER_ORGANIZATION, region: null },
  { name: 'Norsk Revmatikerforbund', kind: USER_ORGANIZATION, region: null },
  {
    name: 'Norges Astma- og Allergiforbund',
    shortName: 'NAAF',
    kind: USER_ORGANIZATION,
    region: null,
  },
  { name: 'Hørselshemmedes Landsforbund', shortName: 'HLF', kind: USER_ORGANIZATION, region: null },
  { name: 'Norges Blindeforbund', kind: USER_ORGANIZATION, region: null },
  { name: 'Norsk Epilepsiforbund', kind: USER_ORGANIZATION, region: null },
  {
    name: 'Norsk Forbund for Utviklingshemmede',
    shortName: 'NFU',
    kind: USER_ORGANIZATION,
    region: null,
  },
  {
    name: 'Landsforeningen for Nyrepasienter og Transplanterte',
    shortName: 'LNT',
    kind: USER_ORGANIZATION,
    region: null,
  },
  { name: 'Nasjonalforeningen for folkehelsen', kind: USER_ORGANIZATION, region: null },
  { name: 'Foreningen for hjertesyke barn', kind: USER_ORGANIZATION, region: null },
  { name: 'Pårørendealliansen', kind: USER_ORGANIZATION, region: null },

  // --- Learning-and-mastery centres (LMS) and regional LMS services ---------------------
  {
    name: 'Lærings- og mestringssenteret, Oslo universitetssykehus',
    kind: LMS_CENTRE,
    parent: 'Oslo universitetssykehus HF',
    region: SOUTH_EAST,
  },
  {
    name: 'Lærings- og mestringssenteret, Akershus universitetssykehus',
    kind: LMS_CENTRE,
    parent: 'Akershus universitetssykehus HF',
    region: SOUTH_EAST,
  },
  {
    name: 'Regional kompetansetjeneste for pasient- og pårørendeopplæring i Helse Sør-Øst',
    shortName: 'RK PPO',
    kind: LMS_CENTRE,
    region: SOUTH_EAST,
    parent: 'Helse Sør-Øst RHF',
  },
  { name: 'Lærings- og mestringssenteret i Helse Bergen', kind: LMS_CENTRE, region: WEST, parent: 'Helse Bergen HF' },
  { name: 'Lærings- og mestringssenteret, St. Olavs hospital', kind: LMS_CENTRE, region: CENTRAL, parent: 'St. Olavs hospital HF' },
  {
    name: 'Lærings- og mestringssenteret, Universitetssykehuset Nord-Norge',
    kind: LMS_CENTRE,
    parent: 'Universitetssykehuset Nord-Norge HF',
    region: NORTH,
  },
  { name: 'Lærings- og mestringssenteret, Nordlandssykehuset', kind: LMS_CENTRE, region: NORTH, parent: 'Nordlandssykehuset HF' },
  {
    name: 'Lærings- og mestringssenteret, Sørlandet sykehus',
    kind: LMS_CENTRE,
    region: SOUTH_EAST,
    parent: 'Sørlandet sykehus HF',
  },
  { name: 'Lærings- og mestringssenteret i Helse Stavanger', kind: LMS_CENTRE, region: WEST, parent: 'Helse Stavanger HF' },
  { name: 'Lærings- og mestringssenteret i Helse Møre og Romsdal', kind: LMS_CENTRE, region: CENTRAL, parent: 'Helse Møre og Romsdal HF' },
  { name: 'Lærings- og mestringssenteret, Helgelandssykehuset', kind: LMS_CENTRE, region: NORTH, parent: 'Helgelandssykehuset HF' },

  // --- Municipalities ------------------------------------------------------------------
  { name: 'Oslo kommune', kind: MUNICIPALITY, region: SOUTH_EAST },
  { name: 'Kristiansand kommune', kind: MUNICIPALITY, region: SOUTH_EAST },
  { name: 'Bergen kommune', kind: MUNICIPALITY, region: WEST },
  { name: 'Stavanger kommune', kind: MUNICIPALITY, region: WEST },
  { name: 'Trondheim kommune', kind: MUNICIPALITY, region: CENTRAL },
  { name: 'Tromsø kommune', kind: MUNICIPALITY, region: NORTH },
  { name: 'Bodø kommune', kind: MUNICIPALITY, region: NORTH },

  // --- The regional health authorities, which own the health trusts -------------------
  // Helse Sør-Øst RHF owns the competence service (through Oslo universitetssykehus HF).
  { name: 'Helse Sør-Øst RHF', shortName: 'HSØ', kind: HEALTH_TRUST, region: SOUTH_EAST },
  { name: 'Helse Vest RHF', kind: HEALTH_TRUST, region: WEST },
  { name: 'Helse Midt-Norge RHF', kind: HEALTH_TRUST, region: CENTRAL },
  { name: 'Helse Nord RHF', kind: HEALTH_TRUST, region: NORTH },

  // --- National competence services and other bodies ----------------------------------
  { name: 'Helse- og omsorgsdepartementet', shortName: 'HOD', kind: OTHER, region: null },
  { name: 'Folkehelseinstituttet', shortName: 'FHI', kind: OTHER, region: null },
  {
    // Hosted by Oslo universitetssykehus HF; owned by Helse Sør-Øst RHF.
    name: 'Nasjonal kompetansetjeneste for læring og mestring innen helse',
    shortName: 'NK LMH',
    kind: OTHER,
    region: SOUTH_EAST,
  },
  {
    name: 'Nasjonalt kompetansesenter for psykisk helsearbeid',
    shortName: 'NAPHA',
    kind: OTHER,
    region: CENTRAL,
  },
  {
    // Hosted by Sykehuset i Vestfold HF.
    name: 'Nasjonal kompetansetjeneste for aldring og helse',
    shortName: 'Aldring og helse',
    kind: OTHER,
    region: SOUTH_EAST,
  },
  {
    // Hosted by Sykehuset Innlandet HF.
    name: 'Nasjonal kompetansetjeneste for samtidig rusmisbruk og psykisk lidelse',
    shortName: 'ROP',
    kind: OTHER,
    region: SOUTH_EAST,
  },
  { name: 'KS – Kommunesektorens organisasjon', shortName: 'KS', kind: OTHER, region: null },
  { name: 'Helsedirektoratet', kind: OTHER, region: null },
];
