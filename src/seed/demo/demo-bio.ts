/**
 * The demo researcher's bio: an introduction by degree and title, then a few sentences
 * drawn from those that fit the person. The order of random draws is part of the output.
 */
import { AcademicDegree } from '../../common/enums/academic-degree.enum';
import { HealthRegion } from '../../common/enums/health-region.enum';
import { Gender } from './demo-names.data';
import { chance, pick, Rng, sample } from './demo-random';
import { Condition, LIVED_EXPERIENCE_TITLES, Method, REGION_LABEL, Setting, Topic } from './demo-vocabulary.data';

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export interface BioInput {
  fullName: string;
  givenName: string;
  gender: Gender;
  degree: AcademicDegree | null;
  title: string | null;
  field: string | null;
  topics: Topic[];
  conditions: Condition[];
  method: Method | null;
  setting: Setting;
  city: string;
  region: HealthRegion;
  speaker: boolean;
  media: boolean;
  speaksSami: boolean;
  heritageLanguage: string | null;
  research: boolean;
}

/** Ids of the bio's optional sentences. */
enum S {
  LEADS_PROJECT,
  METHOD_USES,
  METHOD_BUILDS_ON,
  FOLLOW_UP_RESEARCH,
  RESEARCH_GROUP,
  TEACHES,
  THESIS,
  INTEREST,
  GROUP_TEACHING,
  USER_INVOLVEMENT,
  DIGITAL,
  LMS_BUILDER,
  SETTING,
  PLANS_COURSES,
  PUBLISHED,
  YEARS,
  COURSES_FOR_STAFF,
  USER_ORGANISATIONS,
  LOW_LITERACY,
}

/** What a sentence may use; `subject()` draws "Hun"/"Han" or the given name. */
interface BioVars {
  b: BioInput;
  subject: () => string;
  pron: string;
  poss: string;
  t: Topic;
  t2: Topic;
  c: Condition;
  m: Method;
}

const SENTENCES: Record<S, (v: BioVars) => string> = {
  [S.LEADS_PROJECT]: (v) => `${v.subject()} leder et forskningsprosjekt om ${v.t2.about} hos ${v.c.group}.`,
  [S.METHOD_USES]: (v) => `I forskningen sin bruker ${v.pron} ${v.m.phrase} for å undersøke ${v.t2.about}.`,
  [S.METHOD_BUILDS_ON]: (v) => `Forskningen ${v.poss} bygger på ${v.m.phrase}, med vekt på ${v.t.about}.`,
  [S.FOLLOW_UP_RESEARCH]: (v) =>
    `${v.subject()} deltar i følgeforskning på et nytt opplæringstilbud for ${v.c.group} i ${v.b.city}.`,
  [S.RESEARCH_GROUP]: (v) =>
    `${v.subject()} er med i en forskergruppe som evaluerer lærings- og mestringstilbud i ${REGION_LABEL[v.b.region]}.`,
  [S.TEACHES]: (v) => `${v.subject()} underviser i helsepedagogikk og veileder studenter på master- og ph.d.-nivå.`,
  [S.THESIS]: (v) => `Doktorgradsarbeidet ${v.poss} handlet om ${v.t.about} i ${v.b.setting.phrase}.`,
  [S.INTEREST]: (v) =>
    `${v.subject()} har særlig interesse for ${v.t.about}, og for ${v.t2 === v.t ? 'brukermedvirkning' : v.t2.about}.`,
  [S.GROUP_TEACHING]: (v) => `${v.subject()} har lang erfaring med gruppebasert opplæring for ${v.c.group}.`,
  [S.USER_INVOLVEMENT]: (v) =>
    `${v.subject()} er opptatt av brukermedvirkning og samarbeider tett med erfaringskonsulenter og brukerrepresentanter.`,
  [S.DIGITAL]: (v) => `${v.subject()} har vært med på å utvikle digitale opplæringstilbud for ${v.c.group}.`,
  [S.LMS_BUILDER]: (v) => `${v.subject()} har bidratt til å bygge opp lærings- og mestringstilbudet i ${v.b.city}.`,
  [S.SETTING]: (v) =>
    `${v.subject()} har erfaring fra ${v.b.setting.phrase} og er opptatt av samhandling mellom kommune og sykehus.`,
  [S.PLANS_COURSES]: (v) =>
    `${v.subject()} er med og planlegger kurs for ${v.c.group} ved lærings- og mestringssenteret i ${v.b.city}.`,
  [S.PUBLISHED]: (v) =>
    `${v.subject()} har publisert flere artikler om ${v.t.about} i nordiske og internasjonale tidsskrifter.`,
  [S.YEARS]: (v) => `${v.subject()} har arbeidet med ${v.c.kw} i mange år, både klinisk og som forsker.`,
  [S.COURSES_FOR_STAFF]: (v) => `${v.subject()} holder kurs for helsepersonell i helsepedagogikk og gruppeledelse.`,
  [S.USER_ORGANISATIONS]: (v) => `${v.subject()} samarbeider med brukerorganisasjoner om opplæringstilbud for ${v.c.group}.`,
  [S.LOW_LITERACY]: (v) =>
    `${v.subject()} er særlig opptatt av hvordan opplæringen kan tilpasses personer med lav helsekompetanse.`,
};

/** The first sentence: who the person is, by degree and title. */
function introduction(rng: Rng, b: BioInput, t: Topic, c: Condition, lived: boolean): string {
  const name = b.fullName;
  const title = b.title;
  switch (b.degree) {
    case AcademicDegree.PHD:
      if (title === null) return `${name} har doktorgrad i ${b.field} og forsker på ${t.about}.`;
      if (chance(rng, 0.5)) return `${name} er ${title} og har doktorgrad i ${b.field}.`;
      return `${name} er ${title} med doktorgrad i ${b.field} og forsker på ${t.about}.`;
    case AcademicDegree.PHD_IN_PROGRESS:
      return title === null
        ? `${name} skriver en doktorgradsavhandling om ${t.about} hos ${c.group}.`
        : `${name} er ${title} og skriver en doktorgradsavhandling om ${t.about} hos ${c.group}.`;
    case AcademicDegree.MASTER:
      if (title === null) return `${name} har mastergrad i ${b.field} og arbeider med ${t.about} ${b.setting.at}.`;
      if (chance(rng, 0.5)) return `${name} er ${title} og har mastergrad i ${b.field}.`;
      return `${name} arbeider som ${title} og har en mastergrad i ${b.field}.`;
    case AcademicDegree.MASTER_IN_PROGRESS:
      return title === 'masterstudent' || title === null
        ? `${name} er masterstudent i ${b.field} og skriver masteroppgave om ${t.about}.`
        : `${name} arbeider som ${title} og tar en mastergrad i ${b.field}.`;
    default:
      if (lived) return `${name} er ${title} og har egen erfaring som pasient og pårørende.`;
      if (!title) return `${name} arbeider med ${t.about} ${b.setting.at}.`;
      return title.includes('mestringssenter')
        ? `${name} arbeider som ${title} og har lang erfaring med pasient- og pårørendeopplæring.`
        : `${name} arbeider som ${title} ${b.setting.at} og har lang erfaring med pasient- og pårørendeopplæring.`;
  }
}

/** The optional sentences that fit this person, in a fixed order (draws index into it). */
function eligibleSentences(b: BioInput, lived: boolean): S[] {
  const pool: S[] = [];
  if (b.research) {
    pool.push(S.LEADS_PROJECT, S.FOLLOW_UP_RESEARCH, S.RESEARCH_GROUP, S.PUBLISHED, S.YEARS);
    if (b.method) pool.push(S.METHOD_USES, S.METHOD_BUILDS_ON);
  }
  if (b.degree === AcademicDegree.PHD) pool.push(S.TEACHES, S.THESIS);
  pool.push(
    S.INTEREST,
    S.GROUP_TEACHING,
    S.USER_INVOLVEMENT,
    S.DIGITAL,
    S.LMS_BUILDER,
    S.SETTING,
    S.COURSES_FOR_STAFF,
    S.USER_ORGANISATIONS,
    S.LOW_LITERACY,
  );
  if (lived) pool.push(S.PLANS_COURSES);
  return pool;
}

/** Sentences about languages and availability, when they apply. */
function personalSentences(rng: Rng, v: BioVars, out: string[]): void {
  const { b } = v;
  if (b.speaksSami && chance(rng, 0.7)) {
    out.push(`${v.subject()} snakker nordsamisk og har bidratt til samiskspråklige opplæringstilbud.`);
  }
  if (b.heritageLanguage && chance(rng, 0.6)) {
    out.push(`${v.subject()} har erfaring med opplæring for pasienter med minoritetsbakgrunn, også på ${b.heritageLanguage}.`);
  }
  if (out.length < 3 && b.speaker && chance(rng, 0.35)) {
    out.push(`${v.subject()} holder gjerne foredrag om ${pick(rng, b.topics).about}.`);
  }
  if (out.length < 3 && b.media && chance(rng, 0.3)) {
    out.push(`${v.subject()} kan uttale seg til media om ${v.c.kw} og om ${v.t2.about}.`);
  }
}

export function buildBio(rng: Rng, b: BioInput): string {
  const pron = b.gender === 'F' ? 'hun' : 'han';
  const t = b.topics[0] as Topic;
  const v: BioVars = {
    b,
    subject: () => (chance(rng, 0.75) ? capitalise(pron) : b.givenName),
    pron,
    poss: b.gender === 'F' ? 'hennes' : 'hans',
    t,
    t2: (b.topics[1] ?? b.topics[0]) as Topic,
    c: b.conditions[0] as Condition,
    m: b.method as Method,
  };
  const lived = b.title !== null && LIVED_EXPERIENCE_TITLES.has(b.title);

  // Collected and joined once: a flat string rather than a rope of concatenations.
  const out: string[] = [introduction(rng, b, t, v.c, lived)];
  personalSentences(rng, v, out);
  const extra = Math.min(1 + Math.floor(rng() * 3), 4 - out.length); // 1–3 more, at most 4 in all
  for (const id of sample(rng, eligibleSentences(b, lived), extra)) out.push(SENTENCES[id](v));
  return out.join(' ');
}
