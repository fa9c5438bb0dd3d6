/**
 * The networks kept by the national competence service (NK LMH). Networks are data, not
 * code: editors can add more later; these three are seeded.
 */
export interface NetworkSeed {
  /** Stable, URL-safe identifier. */
  slug: string;
  /** Official name (Bokmål). */
  name: string;
  /** What the network is and how it works (Bokmål). */
  description: string;
  /** Who may join (Bokmål). */
  criteria: string;
  /** Whether anyone may apply for membership; false means membership is by appointment. */
  applicationsOpen: boolean;
  /** Whether an application must state degree and research experience. */
  asksResearchBackground?: boolean;
  /** Whether members represent health regions, one each. */
  representsRegions?: boolean;
}

export const NETWORKS: NetworkSeed[] = [
  {
    slug: 'forskernettverket',
    name: 'Forskernettverk innen pasient- og pårørendeopplæring',
    description:
      'Forskernettverket samler forskere som arbeider med pasient- og pårørendeopplæring og ' +
      'læring og mestring ved langvarige helseutfordringer. Nettverket skal styrke forskningen ' +
      'på feltet og legge til rette for faglig utveksling og samarbeid på tvers av fagmiljøer ' +
      'og helseregioner. Medlemmene får nyhetsbrev to ganger i året.',
    criteria:
      'Nettverket er åpent for deg som har mastergrad eller doktorgrad, eller er i gang med en ' +
      'slik utdanning, og som planlegger, gjennomfører eller har gjennomført forskningsprosjekter ' +
      'eller større evalueringer innen pasient- og pårørendeopplæring.',
    applicationsOpen: true,
    asksResearchBackground: true,
  },
  {
    slug: 'psykisk-helse-og-rus',
    name: 'Nasjonalt nettverk for læring og mestring innen feltet psykisk helse og rus',
    description:
      'Nettverket er en nasjonal møteplass for praktikere og forskere som arbeider med læring ' +
      'og mestring innen psykisk helse og rus. Det koordineres av en prosjektleder sammen med ' +
      'en ressursgruppe med representanter fra hver helseregion og fra brukerorganisasjonene. ' +
      'Målet er å dele kunnskap og erfaringer og bidra til gode lærings- og mestringstilbud for ' +
      'pasienter og pårørende på feltet.',
    criteria:
      'Nettverket er åpent for praktikere og forskere som arbeider innen psykisk helse og rus, ' +
      'i spesialisthelsetjenesten, i kommunene, ved utdannings- og forskningsinstitusjoner ' +
      'eller i bruker- og pårørendeorganisasjoner, og som er opptatt av læring og mestring, ' +
      'pasient- og pårørendeopplæring eller brukermedvirkning.',
    applicationsOpen: true,
  },
  {
    slug: 'dialogforum',
    name: 'Dialogforum',
    description:
      'Dialogforum er en nasjonal arena for dialog og samarbeid mellom de regionale ' +
      'lærings- og mestringsmiljøene og kompetansetjenesten. Forumet består av lederne for de ' +
      'regionale lærings- og mestringssentrene, eller representanter for de regionale ' +
      'nettverkene, én fra hver helseregion, samt lederen for kompetansetjenesten. ' +
      'Dialogforum møtes om lag fire ganger i året.',
    criteria:
      'Medlemskap er ved oppnevning: én representant fra hver helseregion, enten lederen for ' +
      'det regionale lærings- og mestringssenteret eller en representant for det regionale ' +
      'nettverket, i tillegg til lederen for Nasjonal kompetansetjeneste for læring og mestring ' +
      'innen helse. Det tas ikke imot søknader om medlemskap.',
    applicationsOpen: false,
    representsRegions: true,
  },
];
