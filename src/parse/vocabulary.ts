/**
 * THE vocabulary of the parser: the words each field of the policy model is written with across
 * Norwegian insurers' documents (forsikringsbevis, forsikringsoversikt, fornyelse and «Nyheter og
 * endringer» letters, index and natural-damage notices, web pages). Data, not code: the readers
 * (header.ts, letter.ts, changes.ts, schedule.ts) build their patterns from these lists, so a new
 * insurer's word is one line here (with a test in vocabulary.test.ts).
 *
 * Every word is lower case (the readers match a unit's lower-case text, src/parse/lower.ts).
 * Where the words came from: the corpus documents (Gjensidige), and public documents and pages of
 * other insurers and bodies studied for the test corpus (If, Tryg, Fremtind/SpareBank 1, KLP,
 * Storebrand, Frende, Eika, Protector, Codan, Finans Norge, Norsk Naturskadepool, NAV) — the
 * conventions of the field, not one insurer's sentences.
 */
import { lowerCase } from './lower.js';

/** The policy (agreement) number and the words that are not one. */
export const POLICY_NUMBER = {
  /** Labels before the number: «Forsikringsnummer 81848035», «Avtalenr. 7730-118845», «Polisenummer: 6021884410». */
  labels: [
    'forsikringsnummer',
    'forsikringsnr',
    'forsikrings nr',
    'forsikringsavtalenummer',
    'forsikringsavtale nr',
    'avtalenummer',
    'avtalenr',
    'avtale nr',
    'avtalenummer/forsikringsnummer',
    'polisenummer',
    'polisenr',
    'polise nr',
    'polisnummer',
    'polise',
    // upper-case certificate headers («FORSIKRINGSBEVISNR. 5503128») and a broker's export
    // («Polisenr. hos selskapet;81733905»: the insurer's number, not the broker's own)
    'forsikringsbevisnr',
    'forsikringsbevisnummer',
    'forsikringsbevis nr',
    'polisenr. hos selskapet',
    'polisenummer hos selskapet',
    'avtalenr. hos selskapet',
    'avtalenummer hos selskapet',
    // the policy named in a sentence by its word, definite, with «nr.» after it: «avtalen nr. 88 120 447 gjelder …»,
    // nynorsk «polisa nr. 4410 2287» — «nr.» makes the number the policy's, as in «Polise nr.»; the word alone before a
    // number in a sentence does not («avtale 2025»). In brackets, «Polisen (nr. 2210044)», see bracketNr.
    'polisen nr',
    'polisa nr',
    'avtalen nr',
    'avtala nr',
    'forsikringsavtalen nr',
  ],
  /**
   * Words that label the number only as a field's label, before a colon or as a row's first cell
   * («Avtale: GL-30417»): in a sentence they name other things («Fornyelse av avtale 2025»).
   */
  // («Forsikringsavtale: 2027-KOM-30118» in a letter's address block; «Forsikringsavtalen fornyes» is no label)
  fieldLabels: ['avtale', 'forsikringsavtale'],
  /**
   * A letter's reference fields, whose value may be the agreement by its word and number: «Vår ref.: Avtale 30 118 774 –
   * Eigedomsforsikring for burettslag» — the field's label before the colon makes «Avtale» a label there too.
   */
  referenceLabels: ['vår ref', 'vår referanse', 'deres ref', 'dykkar ref', 'dykkar referanse', 'deres referanse'],
  /**
   * Words of the policy before «(nr.» and its number in a sentence: «Polisen (nr. 2210044) fornyes 1/1-25»,
   * «avtalen (nr. 88 120 447)», «forsikringen (nr. 5512 4401)» — the bracket names the number of the policy the
   * sentence is about, as «Polise nr.» does.
   */
  bracketNr: ['polise', 'polisen', 'polisa', 'avtale', 'avtalen', 'avtala', 'forsikringsavtale', 'forsikringsavtalen', 'forsikring', 'forsikringen', 'forsikringa'],
  /**
   * Words after a label that name the company the number is held with, before the colon:
   * «Polisenummer hos Tryg: 7712 4410», «Avtalenummer i Gjensidige: 88-1203» (and a bracket,
   * «Forsikringsnr. (If): 5512 4401»).
   */
  heldWith: ['hos', 'hjå', 'i', 'fra', 'frå', 'ved'],
  /** Numbers that are not the policy's: customer, organisation, claim, invoice and account numbers. */
  notLabels: ['kundenummer', 'kundenr', 'kunde nr', 'org.nr', 'org nr', 'orgnr', 'organisasjonsnummer', 'foretaksnummer', 'skadenummer', 'skadenr', 'fakturanummer', 'fakturanr', 'kontonummer', 'kontonr', 'kid'],
} as const;

/** Dates of the document. */
export const DATES = {
  /** The issue date: «UTSTEDT 30.11.2023», «Utstedt dato: 29.04.2024», «Dato: 03.11.21», «Dato for utstedelse: 12.03.2025». */
  issued: [
    'utstedt dato',
    'utstedelsesdato',
    'dato for utstedelse',
    'utstedt',
    'utferda',
    'utferda dato',
    'dato for utferding',
    // bokmål «Utferdiget 18. mars 2026», «Utferdigelsesdato: …»
    'utferdiget',
    'utferdiget dato',
    'utferdigelsesdato',
    // nynorsk «Skriven ut: 12.03.2025», bokmål «Skrevet ut: …» (a certificate printed from the insurer's system)
    'skriven ut',
    'skrevet ut',
    'utskrevet',
    'utskriven',
    'utskriftsdato',
    'dokumentdato',
    'dato',
    'utarbeidet',
    'utarbeidet dato',
    // nynorsk «Utarbeidd 14.11.2026» (a certificate's running header, repeated on each page)
    'utarbeidd',
    'utarbeidd dato',
    // a letter's own date under a label of its own, the value beside it or on the next line
    // («Brevdato» / «14.11.2024», «Dato for brevet: 14.11.2024»)
    'brevdato',
    'dato for brevet',
    // a notice's date on a portal or in a letter («Dato for melding» / «12.01.2026», «Meldingsdato: …»,
    // nynorsk «Dato for meldinga»): the date the notice was written, as a letter's date is
    'dato for melding',
    'dato for meldingen',
    'dato for meldinga',
    'meldingsdato',
    'dato for varsel',
    'varseldato',
    'dato for varselet',
    // a portal's document page: «Dokumentet er laget: 3. januar 2025» over the letter — the day the document was made, as a
    // letter's date is (nynorsk «Dokumentet er laga», and «… opprettet», «… utarbeidet»)
    'dokumentet er laget',
    'dokumentet er laga',
    'dokumentet er opprettet',
    'dokumentet er oppretta',
    'dokumentet er utarbeidet',
    'dokumentet er utarbeidd',
  ],
  /**
   * A web news page's dateline under its title, its parts set apart by «|»: a label before the
   * date («Publisert 12.01.2026 | Skadeforsikring»), or a section's word beside a bare date
   * («Nyheter | 14.03.25»). The date is the notice's issue date.
   */
  published: ['publisert', 'publisert dato', 'publ.', 'postet'],
  newsSections: ['nyheter', 'nyhet', 'nyheiter', 'nyheit', 'aktuelt', 'pressemelding', 'pressemeldinger', 'artikkel', 'artikler', 'nyhetsbrev', 'blogg'],
  /**
   * The renewal date itself: «Fornyelse gjelder fra 01.01.2024», «fornyes fra hovedforfall
   * 01.01.2024», «Hovedforfall: 01.01.2025». («Neste hovedforfall» is the next renewal: not read.)
   */
  renewal: [
    'fornyelse gjelder fra',
    'fornyelsen gjelder fra',
    'fornyelse gjelder f.o.m.',
    'fornyes fra hovedforfall',
    'fornyes fra',
    'fornyes per',
    'fornyes pr.',
    'fornyes pr',
    'fornyelsesdato',
    // «Fornyelsesdato er 01.01.2025.» in a sentence of the letter (nynorsk «Fornyingsdatoen er …»)
    'fornyelsesdato er',
    'fornyelsesdatoen er',
    'fornyingsdato er',
    'fornyingsdatoen er',
    // a field «Fornyelse: 01.01.2025» (an e-mail's or a summary's short form)
    'fornyelse',
    'fra hovedforfall',
    // «Endringene trer i kraft ved fornyelsen 01.03.2027»: the renewal named in a sentence right before its date
    'ved fornyelsen',
    'fra fornyelsen',
    // («… den nye prisen du får sammen med fornyelsen 1. januar 2025»: the renewal named by its date, whatever the preposition)
    'fornyelsen',
    'hovedforfall',
    'fornyes',
    // nynorsk
    'fornying gjeld frå',
    'fornyinga gjeld frå',
    'fornyast frå hovudforfall',
    'fornyast frå',
    // «Forsikringene blir automatisk fornyet 1. januar 2025»
    'blir automatisk fornyet',
    'blir fornyet',
    'vert automatisk fornya',
    // «Forsikringane dykkar vert fornya 1. januar 2025»
    'vert fornya',
    'blir fornya',
    'fornyast',
    'fornyingsdato',
    'fornying',
    'frå hovudforfall',
    'ved fornyinga',
    'fornyinga',
    'frå fornyinga',
    'hovudforfall',
  ],
  /**
   * The period the document states; its first day is the renewal date: «Forsikringstid:
   * 01.05.2024 - 30.04.2025», «Avtaleperiode: 01.12.21 - 30.11.22», «Gjelder fra: 01.07.2024».
   */
  period: [
    'forsikringstid',
    // («Forsikringsår: 01.02.2026 - 31.01.2027» in a broker's overview, nynorsk «Forsikringstida: …»)
    'forsikringsår',
    'forsikringsåret',
    'forsikringstida',
    'forsikringsperioden',
    'forsikringsperiode',
    'avtaleperiode',
    // («Programperiode: 01.01.2025 – 31.12.2025» in a broker's overview of a customer's insurance programme)
    'programperiode',
    'avtaletid',
    'perioden',
    'periode',
    'gyldighetsperiode',
    'gjelder fra',
    'gjeldende fra',
    'gjeld frå',
    'gjeldande frå',
    'avtalen gjeld frå',
    'forsikringa gjeld frå',
    'forsikringane gjeld frå',
    'gyldig frå',
    'avtalen gjelder fra',
    'forsikringen gjelder fra',
    'forsikringene gjelder fra',
    'forsikringene under gjelder fra',
    'gyldig fra',
    'ikrafttredelse',
    'startdato',
  ],
  /**
   * Labels that make a date a period's first day only when a period follows («GJELDER: 01.09.21 –
   * 31.08.22»): alone in a sentence («Endringen gjelder 01.01.2025») the word dates other things.
   */
  // («Gyldig: 01.07.2025 til 30.06.2026» in a certificate's head: valid over a period — the period's first day)
  periodOnly: ['gjelder', 'gjeld', 'varighet', 'gyldig'],
  /**
   * A period named in a sentence, a verb between it and «fra», and its end after the first day:
   * «Ny forsikringsperiode er fra DATE til DATE», «Den nye perioden er fra …», «Forsikringsperioden
   * blir fra … til …». The first day is the renewal date, as a labelled period's.
   */
  periodInProse: ['forsikringsperioden', 'forsikringsperiode', 'avtaleperioden', 'avtaleperiode', 'perioden', 'periode', 'forsikringstiden', 'avtaletiden'],
  // («Forsikringsperioden løper fra 1. juli 2025 til 30. juni 2026», «Forsikringstiden varer fra …», «Perioden går frå …»: a
  // certificate's letter says the period runs from its first day to its last)
  periodVerbs: ['er', 'blir', 'vert', 'vil være', 'vil bli', 'skal være', 'gjelder', 'gjeld', 'løper', 'varer', 'varar', 'går'],
  /** Words that make a following date the next renewal or a period's end, not this one's start. */
  /**
   * The conditions a policy refers to, whose version is dated by a period's word: «Vilkår: Bilforsikring Enter,
   * gjeldende fra 01.01.2026», «Forsikringsvilkår BIL-2024 gjelder fra 01.01.2024» — the conditions' date, no period's.
   */
  conditions: ['vilkår', 'vilkåra', 'vilkårene', 'forsikringsvilkår', 'forsikringsvilkåra', 'forsikringsvilkårene', 'avtalevilkår', 'vilkårsversjon'],
  notRenewal: ['neste hovedforfall', 'neste hovudforfall', 'neste fornyelse', 'neste fornying', 'gjelder til', 'gjeld til', 'gyldig til', 'utløpsdato', 'sluttdato'],
} as const;

/**
 * The header fields of an e-mail («Fra: Fremtind Forsikring AS <…>», «Til: post@…», «Emne: VS:
 * Fornyelse 2025», «Sendt: 2. desember 2024»), in Norwegian and English as mail programs write them:
 * such a line names the letter's sender and subject, never a product or a heading over what follows.
 */
export const MAIL_HEADERS: readonly string[] = ['fra', 'frå', 'til', 'emne', 'sendt', 'dato', 'kopi', 'kopi til', 'blindkopi', 'svar til', 'from', 'to', 'cc', 'bcc', 'subject', 'sent', 'date', 'reply-to'];

/** Index regulation: where a letter states the index rates of the year. */
export const INDEX = {
  /**
   * A heading over a letter's list of changes that ends in the date they apply from: «Nytt frå 1. januar
   * 2025», «Endringer i forsikringene dine fra 01.01.2025», «Nyheter og endringer f.o.m. 01.01.2026». It
   * dates the index rates when nothing nearer them does (a renewal letter's changes apply from the renewal).
   */
  changesHeadings: ['nytt', 'nyheter', 'nyheiter', 'endringer', 'endringar', 'endringene', 'endringane'],
  /**
   * A field of a notice's head that states the date the index rates apply from, its label a colon before the date:
   * «Indeksdato: 01.01.2025» beside «Avtalenr.:» and «Dato:» over «Fra indeksdatoen justerer vi summene …», «Reguleringsdato:»,
   * «Dato for indeksregulering:» (lower case, without the colon).
   */
  dateLabels: ['indeksdato', 'indeksreguleringsdato', 'indeksjusteringsdato', 'reguleringsdato', 'justeringsdato', 'dato for indeksregulering', 'dato for indeksjustering', 'dato for regulering', 'indeksregulering fra', 'indeksregulering frå', 'indeksjustering fra', 'indeksjustering frå', 'indeksregulert fra', 'indeksregulert frå'],
  /** Words of an index heading or sentence (prefixes of their forms: «Indeksreguleringen», «Indeksøkning»). */
  words: [
    'indeksregul',
    'indeksøkning',
    'indeksauke',
    'indeksjuster',
    'indeksendring',
    'indekstillegg',
    'indeksen',
    // a label of its own in an e-mail's run of points: «Indeks: Bygningene … justeres opp med 3,2 %, …»
    'indeks:',
    // «Hvert år justeres forsikringssummene for bygninger og løsøre slik at de følger prisene»
    'justeres forsikringssummene',
    'justering av forsikringssum',
    'regulering av forsikringssum',
    'forsikringssummene justeres',
    'forsikringssummene reguleres',
    'summene justeres',
    // «Fra 1. januar 2025 justeres summene slik:» over a list of rates: the verb before the sums
    'justeres summene',
    'reguleres summene',
    'følger prisutviklingen',
    'i takt med prisutviklingen',
    'etter prisutviklingen',
    'i tråd med prisutviklingen',
    'følgjer prisutviklinga',
    'i takt med prisutviklinga',
    'etter prisutviklinga',
    // «Verdiregulering. Forsikringsverdiene for skog på rot reguleres opp med 4,5 %» (a forest insurer)
    'verdiregul',
    'verdiene reguleres',
    // «Hvert år regulerer vi forsikringssummene slik at de holder tritt med prisutviklingen. I år blir det 4,4 % for
    // bygninger …»: the active voice, the verb before the sums
    'regulerer vi forsikringssummene',
    'justerer vi forsikringssummene',
    'regulerer vi summene',
    'justerer vi summene',
    'regulerer vi forsikringssummane',
    'justerer vi forsikringssummane',
    'held tritt med prisutviklinga',
    'holder tritt med prisutviklingen',
    'holder følge med prisutviklingen',
    // «Bygningssummene er justert med indeks, 3,9 prosent, fra 01.01.2025»: the index named without its suffix
    'justert med indeks',
    'justeres med indeks',
    'regulert med indeks',
    'reguleres med indeks',
    'regulert etter indeks',
    'reguleres etter indeks',
    'justert etter indeks',
    'justeres etter indeks',
  ],
  /**
   * A rate with these words in its label or sentence is a price change of a product, not an index
   * rate: «Generell økning for Behandlingsforsikring + 6 %», «Premien for motorvogn øker med 7 %».
   */
  /**
   * What the index follows, named in its sentences («… slik at de følger konsumprisene»,
   * «byggekostnadsindeksen»): no price of a product, though «prisene» stands in the word. Taken out
   * of a line before it is tested for `notRates`.
   */
  // («… slik at dei følgjer prisane»: the prices the sums follow, no product's price)
  bases: ['konsumprisindeks', 'konsumpris', 'prisindeks', 'byggekostnadsindeks', 'byggjekostnadsindeks', 'følger prisene', 'følgjer prisane', 'følgjer prisene', 'i takt med prisene', 'i takt med prisane'],
  notRates: ['generell økning', 'generell auke', 'generell', 'prisøkning', 'prisauke', 'prisendring', 'premieøkning', 'premieendring', 'premien', 'prisen', 'premiane', 'prisane', 'premier ', 'premiar ', 'pris ', 'tariff', 'rabatt', 'g-regulering', 'grunnbeløp', 'skadekostnad'],
} as const;

const INDEX_BASES = new RegExp(INDEX.bases.join('|'), 'g');
/** A lower-case line with what the index follows («konsumprisene») taken out, before it is tested for INDEX.notRates. */
export function withoutIndexBases(l: string): string {
  return l.replace(INDEX_BASES, ' ');
}

/** The natural-damage premium rate (Norsk Naturskadepool). */
export const NATURAL_DAMAGE = {
  /** A sentence about the rate names natural damage (or stands under a heading that does). */
  words: ['naturskade'],
  /** The rate's unit. */
  units: ['promille', '‰'],
  /** Words before a rate that make it the rate before the change: «fra 0,065», «mot 0,065 promille i 2023». */
  previous: [
    'fra', 'frå', 'mot', 'tidligere', 'tidlegare', 'var', 'erstatter', 'i stedet for',
    // «0,08 promille (i fjor 0,07 promille)», a line «Sats i fjor: 0,07 ‰», «Fjorårets sats: 0,07 ‰»
    // («Satsen har vært 0,07 promille», «I fjor utgjorde den 0,07 promille»: a verb of the past right before it)
    'vært', 'vore', 'utgjorde',
    'i fjor', 'i fjar', 'fjorårets sats', 'fjorårets premiesats', 'forrige sats', 'førre sats', 'gammel sats', 'gamal sats',
    // («blir 0,08 promille … fra 2025 (i dag 0,07 promille)»: today's rate in brackets after the coming one — only in brackets,
    // as «Satsen er i dag 0,08 promille» alone is the rate as it stands)
    String.raw`\(\s*(?:i dag|per i dag|dagens sats)`,
  ],
  /**
   * Verbs of the past that make a rate the previous one with the subject between them and the
   * rate: «I 2024 var satsen 0,07 promille», «tidligere var premiesatsen 0,065 promille».
   */
  previousVerbs: ['var', 'tidligere', 'tidlegare', 'vart', 'vært', 'vore', 'utgjorde', 'betalte', 'ligget', 'lege'],
  /** Words right after a rate (its unit, a bracket between) that make it the previous one: «(0,08 promille i fjor)». */
  previousAfter: ['i fjor', 'i fjar', 'i fjoråret', 'forrige år', 'førre år', 'året før', 'tidligere', 'tidlegare'],
  /**
   * Words before a rate that make it older than the previous one — no candidate for either: «I 2024
   * var satsen 0,07 promille, og året før det 0,065 promille», «i forfjor 0,065».
   */
  older: ['året før det', 'året før dette', 'året før der', 'året før', 'i forfjor', 'i forfjar', 'før det igjen', 'to år sidan', 'to år siden', 'for to år siden'],
  /** Words before a rate that make it the new one: «til 0,07», «Ny sats er 0,065», «utgjør 0,08». */
  next: ['til', 'økes til', 'endres til', 'settes til', 'er', 'blir', 'utgjør', 'utgjer', 'vert'],
  /**
   * Words before a figure that make it the size of a change, not a rate: «redusert med 0,005
   * promille», «en økning på 0,01 promille».
   */
  change: [
    'redusert med', 'reduseres med', 'reduserast med', 'økt med', 'øker med', 'økes med', 'auka med', 'aukar med', 'endret med', 'endres med',
    'senket med', 'senkes med', 'hevet med', 'heves med', 'ned med', 'opp med', 'justert med', 'justeres med',
    'økning på', 'reduksjon på', 'nedgang på', 'endring på', 'auke på', 'oppgang på',
  ],
} as const;

/** G, folketrygdens grunnbeløp. */
export const BASE_AMOUNT = {
  /** Words that name G in a sentence (besides a standalone «G»): «grunnbeløpet», nynorsk «grunnsummen». */
  words: ['grunnbeløp', 'grunnbelop', 'grunnsum'],
  /** A sentence with these words states something else about G: an average, an increase. */
  notG: ['gjennomsnitt', 'økte med', 'øker med', 'økt med', 'økning', 'auka med', 'aukar med', 'auke', 'endring', 'det vil si', 'dvs'],
  /** Plausible G in kroner (1 May 2003: 56 861; 1 May 2026: 136 549): a figure outside is not G. */
  min: 40_000,
  max: 400_000,
} as const;

/** Insured persons and full-time equivalents. */
export const PERSONS = {
  count: ['personer', 'personar', 'ansatte', 'tilsette', 'forsikrede', 'forsikra', 'arbeidstakere', 'arbeidstakarar', 'medlemmer', 'medlemer'],
  fte: ['årsverk'],
} as const;

/** Words for a coverage level after a product's name («Bygning Standard», «Næringsbygg Pluss»). */
export const LEVEL_WORDS: ReadonlySet<string> = new Set(['standard', 'pluss', 'basis', 'utvidet', 'ekstra', 'super', 'topp', 'premium', 'kombi', 'start', 'komplett', 'classic', 'optimal', 'utvida']);

/** Deductibles and their changes. */
export const DEDUCTIBLE = {
  // (nynorsk «eigendel» too: «Eigendelen på driftsbygning aukar …», a column «Eigendel»)
  words: ['egenandel', 'eigenandel', 'eigendel', 'selvrisiko'],
  /** A sentence with these words states a deductible that stays as it is, not a change. */
  unchanged: ['uendret', 'uendra', 'ikke endret', 'ikkje endra', 'endres ikke', 'vert ikkje endra', 'ikkje vert endra', 'ikke blir endret', 'blir ikke endret', 'som før', 'videreføres', 'vidareførast', 'vert vidareført'],
  /**
   * A change the customer may choose, not one made («Egenandelen på villa kan økes til 20 000 for lavere premie»,
   * «Du kan velge en høyere egenandel»): a broker's advice or an offer states no change.
   */
  offer: ['kan økes', 'kan heves', 'kan endres', 'kan reduseres', 'kan senkes', 'kan settes', 'kan aukast', 'kan endrast', 'kan du', 'kan de', 'kan dere', 'kan dykk', 'kan velges', 'kan veljast', 'kunne økes', 'kunne endres', 'kunne reduseres', 'har mulighet', 'har moglegheit', 'ønsker du', 'ønskjer du', 'hvis du ønsker', 'dersom du ønsker', 'vi anbefaler', 'vi tilrår'],
  /**
   * Words that make a sentence about a deductible a change: the verbs and the words of before and after. A sentence
   * without any of them («Egenandelen er 2 500 kr per skadetilfelle.», a card's «20 % av kostnadene, minst 4 000 kr»)
   * states the deductible as it is.
   */
  changeSigns: ['blir', 'bli', 'vert', 'verte', 'økes', 'øker', 'økt', 'auka', 'aukar', 'aukast', 'endres', 'endrer', 'endret', 'endra', 'endrast', 'endring', 'endringer', 'endringar', 'reduseres', 'redusert', 'reduserer', 'heves', 'hevet', 'heva', 'hevast', 'senkes', 'senket', 'settes', 'satt', 'sett', 'ny', 'nye', 'nytt', 'fra', 'frå', 'til', 'innføres', 'innført', 'innfører', 'innførast', 'forhøyet', 'forhøyes', 'tidligere', 'tidlegare', 'før', 'nå', 'no', 'i dag', 'dagens', 'heretter', 'framover', 'fremover', 'mot', 'justert', 'justeres', 'går', 'gjeld', 'gjelder', 'skal', 'får'],
} as const;

/**
 * Headings of a schedule (forsikringsbevis, forsikringsoversikt): under them, rows or fields of
 * coverages are expected; a heading under which none is read is a warning.
 */
export const SCHEDULE_HEADINGS = [
  'forsikringsoversikt',
  'forsikringsoversyn',
  'oversikt over forsikringene',
  'oversikt over forsikringer',
  'oversikt over forsikringane',
  'oversyn over forsikringane',
  'dine forsikringer',
  'dine forsikringar',
  'bedriftens forsikringer',
  'forsikringen dekker',
  'forsikringa dekkjer',
  'forsikringa omfattar',
  'forsikringen omfatter',
  'forsikringene omfatter',
  'dette er forsikret',
  'dette er forsikra',
  'dette dekker forsikringen',
  'dette dekkjer forsikringa',
  'hva er forsikret',
  'kva er forsikra',
  'dekningsoversikt',
  'dekningsoversyn',
  'dekninger',
  'dekningar',
  'dekninger og forsikringssummer',
  'dekningar og forsikringssummar',
  'forsikringssummer',
  'forsikringssummar',
  'forsikringssummer og egenandeler',
  'forsikringssummar og eigenandelar',
  'forsikringssummar og eigendelar',
  'forsikringsbeløp',
  'erstatningsbeløp',
] as const;

/**
 * Headings of a renewal letter's list of prices («Din nye pris» over «Villa   Skogveien 4   kr 12 460»),
 * bokmål and nynorsk; a year after them («Pris for 2025», «Premie i 2025») is part of the heading.
 * Not schedule headings for the readers: the safety net counts the lines with amounts under one that
 * no reader took (src/parse/unread.ts), so that a list of prices read by no rule is never lost silently.
 */
export const PRICE_HEADINGS = [
  'din nye pris',
  'dine nye priser',
  'den nye prisen din',
  'dei nye prisane dine',
  'ny pris',
  'nye priser',
  'nye prisar',
  'din pris',
  'prisen din',
  'prisane dine',
  'prisene dine',
  'prisen deres',
  'prisen dykkar',
  'pris',
  'priser',
  'premie',
  'premier',
  'ny premie',
  'nye premier',
  'din nye premie',
  'prisoversikt',
  'prisoversyn',
  'premieoversikt',
  'premieoversyn',
  'oversikt over prisene',
  'oversyn over prisane',
  'dette betaler du',
  'dette betaler dere',
  'dette betalar du',
  'dette betalar de',
  'slik blir prisen',
  'slik blir prisen din',
  'slik blir prisene',
  'slik vert prisen',
  'slik vert prisane',
  'slik blir forsikringene dine',
  'slik blir forsikringene deres',
  'slik vert forsikringane dine',
  'slik vert forsikringane dykkar',
] as const;

/**
 * The title of a certificate as a letterhead sets it, right-aligned beside the insurer's name, the product it is for on
 * the line under it: «FORSIKRINGSBEVIS» over «Hund», «Polise» over «Hesteforsikring» (src/parse/schedule-tables.ts).
 */
/**
 * Labels of a line that describes the policyholder's business («Virksomhet: Elektroinstallasjon, ca. 35 ansatte»): a
 * count of employees there describes the firm, it does not say whom an insurance covers.
 */
export const BUSINESS_DESCRIPTION_LABELS: ReadonlySet<string> = new Set(['virksomhet', 'virksomheten', 'verksemd', 'verksemda', 'bransje', 'næring', 'næringskode', 'virksomhetsbeskrivelse', 'beskrivelse av virksomheten', 'skildring av verksemda', 'drift', 'aktivitet', 'business', 'business activity']);

export const CERTIFICATE_TITLES = new Set(['forsikringsbevis', 'forsikringsbrev', 'polise', 'forsikringspolise', 'forsikringsavtale']);

/**
 * What a certificate's title names after its dash when it names the occasion it was issued on, not a product: «Forsikringsbevis –
 * fornyelse», «Forsikringsbevis – endring», nynorsk «Forsikringsbevis – fornying», «– kopi» (src/parse/schedule-titles.ts). The rows
 * under such a title name their own products; read as one, «fornyelse» had become every row's product. In lower case.
 */
export const TITLE_OCCASIONS: ReadonlySet<string> = new Set(['fornyelse', 'fornyelsen', 'fornying', 'fornyinga', 'endring', 'endringer', 'endringar', 'endring av avtalen', 'endring i avtalen', 'nytegning', 'ny avtale', 'ny forsikring', 'kopi', 'duplikat', 'bekreftelse', 'stadfesting', 'oppdatert', 'oppdatering']);

/**
 * Headings of a schedule as they stand inside running text — a page copied as one line, as web
 * transcripts of PDFs are («… Forsikringsoversikt Forsikringstaker: … Næringsdrift 8200114 412 300
 * Total pris 412 300 …»), nynorsk forms with them. Written with a capital or in capitals there
 * (src/parse/schedule-flat.ts); figures after one that no rule read are a warning.
 */
export const FLAT_SCHEDULE_HEADINGS = [
  'forsikringsoversikt',
  'forsikringsoversyn',
  'oversikt over forsikringene',
  'oversikt over forsikringer',
  'oversyn over forsikringane',
  'dekningsoversikt',
  'dekningsoversyn',
  'forsikringsbevis',
  'egenandeler',
  'eigenandelar',
  'eigendelar',
  'dine forsikringer',
  'bedriftens forsikringer',
  'forsikringssummer og egenandeler',
  'dekninger og forsikringssummer',
] as const;

/**
 * Lines that are a total of a schedule, not a coverage: «Sum», «Totalt», «Totalpris», «Samlet
 * årspris: kr 22 450», «Å betale».
 */
export const TOTAL_WORDS = ['sum', 'sum årspris', 'sum pris', 'sum premie', 'totalt', 'total', 'totalpris', 'total pris', 'totalpremie', 'samlet', 'samlet pris', 'samlet årspris', 'samlet premie', 'samla', 'samla pris', 'samla årspris', 'samla premie', 'i alt', 'å betale', 'pris å betale', 'premie å betale', 'beløp å betale', 'til sammen', 'til saman', 'forsikringens premie', 'forsikringens pris', 'forsikringa sin premie'] as const;

/**
 * A price of the agreement itself, not of a coverage: «Grunnpris lag/klubb   350» under an overview's
 * rows, «Avtalegebyr», «Fakturagebyr». No row of the schedule (the model holds coverages' premiums).
 */
export const FEE_WORDS = ['grunnpris', 'grunnpremie', 'avtalegebyr', 'fakturagebyr', 'administrasjonsgebyr', 'etableringsgebyr', 'gebyr'] as const;

/**
 * The labels of a line that states, once, the place of the table under it (whose rows have no place
 * column): «Forsikringssted: Storgata 41, 3611 Kongsberg», «Risikoadresse | Sjøgata 2, 8006 Bodø» (a tab between them),
 * «Eiendom: Gnr. 12 bnr. 4, Ringsaker». The place reaches the rows until the next such line.
 */
export const PLACE_LINE_LABELS = ['forsikringssted', 'forsikringsstad', 'risikosted', 'risikostad', 'risikoadresse', 'forsikringsadresse', 'adresse', 'beliggenhet', 'eiendom', 'eigedom'] as const;
/**
 * The place labels that name the insured place itself: not «Adresse» (as often the policyholder's) nor
 * «Eiendom» (a property's name as often as its place).
 */
export const INSURED_PLACE_LABELS: readonly string[] = PLACE_LINE_LABELS.filter((l) => l !== 'adresse' && l !== 'eiendom' && l !== 'eigedom');

/**
 * The labels of a schedule's columns and fields (a table header cell, or «Label: value»), each
 * with the field it names.
 */
export const SCHEDULE_COLUMNS: ReadonlyArray<readonly [Col, readonly string[]]> = [
  // («Sted | Forsikret gjenstand | Forsikringssum | …»: what each row insures, its product)
  // («Interesse | Forsikringssum | Egenandel | Indeks»: a commercial certificate's name for what is insured — «Bygning»,
  // «Husleietap 24 mnd» —, each row's product)
  ['product', ['interesse', 'forsikret interesse', 'forsikra interesse', 'forsikret gjenstand', 'forsikra gjenstand', 'forsikrede gjenstander', 'forsikra gjenstandar', 'forsikring', 'forsikringer', 'forsikringar', 'forsikringsart', 'forsikringstype', 'produkt', 'produkter', 'dekning', 'dekninger', 'dekningar', 'hvem er forsikret', 'kven er forsikra', 'forsikret', 'kjøretøy', 'køyretøy', 'kjøretøy/objekt', 'køyretøy/objekt', 'bil', 'fartøy', 'maskin', 'arbeidsmaskin', 'gjenstand', 'gjenstandar', 'gjenstander']],
  [
    'object',
    // (nynorsk «Kvar» — where — over the place column)
    ['forsikringssted', 'forsikringsstad', 'sted', 'stad', 'kvar', 'adresse', 'forsikret adresse', 'forsikra adresse', 'forsikret bolig', 'forsikra bustad', 'objekt', 'forsikret objekt', 'forsikra objekt', 'forsikringsobjekt', 'beliggenhet', 'risikosted', 'risikostad', 'risikoadresse', 'forsikringssted/objekt', 'forsikringsstad/objekt', 'gjelder', 'gjelder for', 'gjeld for', 'beskrivelse', 'skildring', 'regnr', 'reg.nr', 'reg. nr', 'registreringsnummer', 'kjennemerke',
      // a machine's identity in the plate's place («Maskin | Reg./serienr. | …» over «Gravemaskin Volvo EC220E | VCEC220EP00312 | …»)
      'serienr', 'serienr.', 'serienummer', 'reg./serienr', 'reg./serienr.', 'regnr./serienr', 'regnr./serienr.', 'reg.nr./serienr', 'reg.nr./serienr.', 'chassisnr', 'chassisnr.', 'chassisnummer', 'understellsnr', 'understellsnr.', 'understellsnummer',
      'hva er forsikret', 'kva er forsikra',
      // (a letter to a private customer heads the column of the thing and its place «Hva/hvor»: «Kvernhusvegen 7, …», «Volvo XC40, SV 55120»)
      'hva/hvor', 'hva / hvor', 'hva og hvor', 'kva/kvar', 'kva og kvar', 'byggested', 'byggestad', 'byggeplass',
      // a farm's lot in a column of its own («Gnr./bnr. | Bygning | Byggeår | …» over «41/2 | Våningshus | 1928 | …»)
      // (with and without the last abbreviation's full stop: a column's name is looked up without it)
      'gnr./bnr.', 'gnr./bnr', 'gnr/bnr', 'gnr.bnr.', 'gnr.bnr', 'gnr. og bnr.', 'gnr. og bnr', 'gnr og bnr', 'gårds- og bruksnummer', 'gards- og bruksnummer', 'gårds- og bruksnr.', 'gårds- og bruksnr', 'gards- og bruksnr.', 'gards- og bruksnr'],
  ],
  ['sum', ['forsikringssum', 'forsikringssummer', 'forsikringssummar', 'sum', 'forsikringsbeløp', 'forsikringsverdi', 'beløp', 'erstatningsbeløp', 'ansvarssum', 'forsikringssum per skade', 'forsikringssum per skadetilfelle', 'forsikringssum per hendelse', 'forsikringssum per tvist', 'sum per skade', 'sum per hendelse', 'sum per tvist', 'kontraktssum', 'kontraktsum', 'entreprisesum',
    // (a cover's limit, the most it pays: «Maksimal erstatning per forsikringsår: 60 000 kr» under a vet's insurance)
    'maksimal erstatning', 'maksimal erstatning per år', 'maksimal erstatning per forsikringsår', 'maks erstatning', 'maks. erstatning', 'maks erstatning per år', 'maks. erstatning per år', 'høyeste erstatning', 'maksimalt erstatningsbeløp', 'erstatningsgrense',
    // (a column of first-risk sums: «Dekning | Førsterisikosum | Egenandel» — each sum a first-risk sum, src/parse/schedule-overview.ts)
    'førsterisikosum', 'førsterisikosummer', 'fyrsterisikosum', 'fyrsterisikosummar', 'sum førsterisiko', 'sum fyrsterisiko',
    // (a goods insurance's open cover states the most it pays for one sending, by conveyance or by area: «Transportmåte |
    // Maksimum | Egenandel», «Transportområde | Forsikringssum pr. sending | Egenandel», «Maksimalbeløp per sending»)
    'maksimum', 'maksimalbeløp', 'maksimum per sending', 'maksimum pr. sending', 'maksimalbeløp per sending', 'maksimalbeløp pr. sending',
    'forsikringssum per sending', 'forsikringssum pr. sending', 'forsikringssum pr sending', 'maks. per sending', 'maks per sending']],
  // (nynorsk certificates write the short «Eigendel» as often as «Eigenandel»)
  ['deductible', ['egenandel', 'eg.andel', 'eg. andel', 'egenandeler', 'selvrisiko', 'eigenandel', 'eigenandelar', 'eigendel', 'eigendelar', 'fast egenandel', 'fast eigenandel', 'fast eigendel', 'valgt egenandel', 'vald eigenandel', 'vald eigendel', 'valt eigendel', 'valt eigenandel']],
  [
    'premium',
    ['pris', 'premie', 'årspremie', 'årspris', 'pris per år', 'pris pr år', 'pris pr. år', 'pris for perioden', 'premie for perioden', 'pris i perioden', 'årlig pris', 'årlig premie', 'årleg pris', 'årleg premie', 'netto premie', 'premie per år', 'premie pr. år', 'premie pr år', 'pris/år', 'premie/år', 'pris for året', 'premie for året', 'pris for år', 'pris for heile året', 'pris for hele året',
      // («… | Egenandel | Per år | Per mnd»: the year's price named by its period alone, beside the month's)
      'per år', 'pr. år', 'pr år',
      // («- Betalt premie 2025: 11 204 kr» in a year overview: what the year's insurance cost, the year's premium)
      'betalt premie', 'innbetalt premie', 'betalt pris'],
  ],
  // (a goods insurance's conveyance, each with its own limit per sending: «Transportmåte» over «Sjø», «Bil», «Fly» — the covers
  // of the open cover)
  ['coverage', ['dekningsomfang', 'omfang', 'dekningsnivå', 'nivå', 'variant', 'dekningstype', 'dekningsalternativ', 'transportmåte', 'transportmåter']],
];

/**
 * The words a sum's cell holds in place of a figure: the value the cover pays («Markedsverdi» for a car, «Fullverdi» for a
 * house — what it costs to build again), in lower case.
 */
export const VALUE_BASIS_WORDS: readonly string[] = ['markedsverdi', 'markedsverdien', 'dagsverdi', 'dagsverdien', 'fullverdi', 'gjenanskaffelsesverdi', 'gjenanskaffelsesverdien'];

/** Every name of a schedule's column (SCHEDULE_COLUMNS), in lower case. */
export const COLUMN_NAME_SET: ReadonlySet<string> = new Set(SCHEDULE_COLUMNS.flatMap(([, names]) => names));
/** The names of the figure columns (sum, deductible, premium), in lower case. */
export const FIGURE_COLUMN_NAME_SET: ReadonlySet<string> = new Set(SCHEDULE_COLUMNS.filter(([col]) => col === 'sum' || col === 'deductible' || col === 'premium').flatMap(([, names]) => names));

/**
 * What a cover does, right after its name at a letter's paragraph's start: «Veterinær dekker …», «Liv gir deg 25 000 kr …»,
 * «Ansvar betaler …» (schedule-cover-paragraphs.ts; longest first, as parts of a regular expression).
 */
export const PARAGRAPH_COVER_VERBS: readonly string[] = ['betaler ut', 'gir deg', 'gir dere', 'gir dykk', 'dekker', 'dekkjer', 'betaler', 'utbetaler', 'erstatter', 'erstattar'];

/**
 * The words that give a figure in a sentence its role («Forsikringssummen er kr 10 000 000»,
 * «forsikret for inntil kr 650 000», «egenandelen kr 10 000», «til en pris av kr 3 915 i året»),
 * as parts of a regular expression matched as whole words.
 */
export const PROSE_ROLES: ReadonlyArray<readonly ['sum' | 'deductible' | 'premium', readonly string[]]> = [
  // (a cover's limit said by its verb right before the figure — «Bedriftsansvaret er forsikret med NOK 20 000 000», «Rettshjelp …
  // er dekket med inntil NOK 250 000», «Tilbakekalling er med inntil NOK 2 000 000», «dekkes med opptil …», nynorsk «er dekt
  // med inntil …», «ansvaret er begrenset til kr 5 000 000»: only with nothing between the verb and the figure, so that
  // «forsikret med egenandel kr 6 000» stays the deductible's)
  ['sum', ['forsikringssum(?:men|mer|mene)?', 'forsikret (?:for|til)(?: inntil| opptil)?', 'forsikra (?:for|til)(?: inntil| opptil)?', 'forsikringsbeløp(?:et)?', 'sum(?:men)? (?:for|er)',
    '(?:forsikr(?:et|a)|dekket|dekt|dekkes|dekkast|erstattes) med(?: inntil| opptil)?(?=\\s*$)', '(?:er|gjelder|gjeld) med (?:inntil|opptil)(?=\\s*$)', '(?:begrenset|avgrensa|begrensa) til(?: inntil)?(?=\\s*$)']],
  ['deductible', ['egenandel(?:en|er|ene)?', 'eg\\.\\s?andel', 'eigenandel(?:en|ar|ane)?', 'eigendel(?:en|ar|ane)?', 'selvrisiko(?:en)?']],
  ['premium', ['premie(?:n)?', 'årspremie(?:n)?', 'pris(?:en)?', 'årspris(?:en)?', 'koster', 'kostar']],
];

export type Col = 'product' | 'coverage' | 'object' | 'sum' | 'deductible' | 'premium';

/**
 * The companies that sell non-life insurance in Norway, as their documents name them: the short
 * name the model gives, and the names (legal and usual) a document may use. A name is found as
 * whole words, in its own capitalisation.
 *
 * Sources: NOU 2019: 4 «Organisering av norsk naturskadeforsikring», vedlegg 4, tabell 4.1 —
 * the members of Norsk Naturskadepool with their market shares 2017 (every company that sells
 * fire insurance in Norway must be a member); Norsk Naturskadepool, «Takst og indeks» (2024:
 * the index committee's companies, with Fremtind Forsikring); Finans Norge's market statistics
 * for non-life insurance (2017–2023). Later names: SpareBank 1 Skadeforsikring and DNB Forsikring
 * are Fremtind Forsikring since 2019; Codan's Norwegian business became Tryg's in 2022.
 * Finanstilsynet's register of non-life insurers (about 52 companies, 13 of them local
 * brannkasser, and some 23 branches of foreign insurers) has more small companies than this list:
 * a company not listed is still read by its company form («… Forsikring AS», «… Forsikringsselskap
 * Gjensidig», «… Brannkasse»), see header.ts. `onlyAlone`: a body that runs a scheme of its own but
 * is more often named as an employer or a policyholder: the insurer only where no other is named.
 * `brands`: names (without company form) a brand is written with also by another insurer: such a
 * name yields to another company's legal name.
 */
export const INSURERS: ReadonlyArray<{ name: string; names: readonly string[]; onlyAlone?: true; brands?: readonly string[] }> = [
  { name: 'Gjensidige', names: ['Gjensidige Forsikring ASA', 'Gjensidige Forsikring', 'Gjensidige'] },
  { name: 'If', names: ['If Skadeforsikring NUF', 'If Skadeforsikring AB', 'If Skadeforsikring', 'If Forsikring', 'If'] },
  { name: 'Fremtind', names: ['Fremtind Forsikring AS', 'Fremtind Forsikring', 'Fremtind Livsforsikring AS', 'Fremtind'] },
  // («SpareBank 1 Forsikring» without its form is also the brand under which Fremtind Forsikring AS writes: the insurer
  // only where no other company is named by its legal name)
  {
    name: 'SpareBank 1',
    names: ['SpareBank 1 Skadeforsikring AS', 'SpareBank 1 Skadeforsikring', 'SpareBank 1 Forsikring AS', 'Sparebank 1 Skadeforsikring', 'SpareBank 1 Forsikring', 'Sparebank 1 Forsikring', 'SpareBank 1'],
    // («SpareBank 1» alone, or a bank of the alliance, «SpareBank 1 Østlandet», over a web page or a year's overview:
    // the brand the customer bought under — yielding, as a brand does, to a company named by its legal name)
    brands: ['SpareBank 1 Forsikring', 'Sparebank 1 Forsikring', 'SpareBank 1'],
  },
  { name: 'Tryg', names: ['Tryg Forsikring A/S', 'Tryg Forsikring', 'Tryg'] },
  { name: 'KLP', names: ['KLP Skadeforsikring AS', 'KLP Skadeforsikring', 'Kommunal Landspensjonskasse', 'KLP'] },
  { name: 'Protector', names: ['Protector Forsikring ASA', 'Protector Forsikring', 'Protector'] },
  { name: 'Eika', names: ['Eika Forsikring AS', 'Eika Forsikring', 'Eika'] },
  { name: 'Frende', names: ['Frende Skadeforsikring AS', 'Frende Livsforsikring AS', 'Frende Forsikring', 'Frende Skadeforsikring', 'Frende Livsforsikring', 'Frende'] },
  // (a bank's life company sells group life and staff insurance: «DNB Livsforsikring AS» is DNB, as a certificate's reader names it)
  { name: 'DNB', names: ['DNB Skadeforsikring AS', 'DNB Forsikring AS', 'DNB Livsforsikring ASA', 'DNB Livsforsikring AS', 'DNB Livsforsikring', 'DNB Forsikring'] },
  { name: 'Codan', names: ['Codan Forsikring NUF', 'Codan Forsikring AS', 'Codan Forsikring', 'Codan'] },
  { name: 'Storebrand', names: ['Storebrand Forsikring AS', 'Storebrand Skadeforsikring AS', 'Storebrand Livsforsikring AS', 'Storebrand Forsikring', 'Storebrand'] },
  { name: 'Jernbanepersonalets Forsikring', names: ['Jernbanepersonalets Forsikring Gjensidig', 'Jernbanepersonalets forsikring gjensidig', 'Jernbanepersonalets Forsikring', 'Jernbanepersonalets forsikring', 'JBF'] },
  { name: 'W.R. Berkley', names: ['W.R. Berkley Insurance Nordic NUF', 'W.R. Berkley Insurance', 'W.R. Berkley'] },
  { name: 'Landbruksforsikring', names: ['Landbruksforsikring AS', 'Landbruksforsikring'] },
  { name: 'Landkreditt Forsikring', names: ['Landkreditt Forsikring AS', 'Landkreditt Forsikring'] },
  // (the company writes its short name both in capitals and not: «KNIF Trygghet Forsikring AS», «Knif Trygghet Forsikring AS»)
  { name: 'KNIF Trygghet', names: ['KNIF Trygghet Forsikring AS', 'KNIF Trygghet Forsikring', 'KNIF Trygghet', 'Knif Trygghet Forsikring AS', 'Knif Trygghet Forsikring', 'Knif Trygghet'] },
  { name: 'Oslo Forsikring', names: ['Oslo Forsikring A/S', 'Oslo Forsikring AS', 'Oslo Forsikring'] },
  // (foreign companies that carry the risk through a Norwegian branch are named by their own name without
  // the form, as any company is: «AIG Europe S.A.» is «AIG Europe», «Zurich Insurance Europe AG» «Zurich
  // Insurance Europe» — not the group's brand)
  { name: 'AIG Europe', names: ['AIG Europe S.A.', 'AIG Europe Limited', 'AIG Europe Ltd', 'AIG Europe'] },
  { name: 'Zurich Insurance Europe', names: ['Zurich Insurance Europe AG', 'Zurich Insurance Europe'] },
  { name: 'Zurich Insurance', names: ['Zurich Insurance plc', 'Zurich Insurance'] },
  // (the company that carries the risk, «Insr Insurance Group ASA», is named by its name without its
  // form; its brand «Insr Forsikring» only where a document names no company)
  { name: 'Insr Insurance Group', names: ['Insr Insurance Group ASA', 'Insr Insurance Group'] },
  { name: 'Insr', names: ['Insr Forsikring AS', 'Insr Forsikring'] },
  { name: 'AmTrust', names: ['AmTrust International Underwriters DAC', 'AmTrust Europe Limited', 'AmTrust'] },
  { name: 'Ly Forsikring', names: ['Ly Forsikring ASA', 'Ly Forsikring'] },
  { name: 'Enter Forsikring', names: ['Enter Forsikring AS', 'Enter Forsikring'] },
  { name: 'Nemi Forsikring', names: ['Nemi Forsikring AS', 'Nemi Forsikring ASA', 'Nemi Forsikring', 'NEMI Forsikring AS', 'NEMI Forsikring'] },
  { name: 'Skogbrand', names: ['Skogbrand Forsikringsselskap Gjensidig', 'Skogbrand Forsikring', 'Skogbrand'] },
  { name: 'Unison Forsikring', names: ['Unison Forsikring AS', 'Unison Forsikring'] },
  { name: 'Watercircles Forsikring', names: ['Watercircles Forsikring ASA', 'Watercircles Forsikring'] },
  { name: 'Moderna Forsikring', names: ['Moderna Försäkringar', 'Moderna Forsikring'] },
  { name: 'Gouda', names: ['Gouda Reiseforsikring', 'Gouda Rejseforsikring', 'Gouda'] },
  // (the company without its form, as «AIG Europe S.A.» is «AIG Europe»; the brand alone where no company is named)
  { name: 'Chubb European Group', names: ['Chubb European Group SE', 'Chubb European Group'] },
  { name: 'Chubb', names: ['Chubb'] },
  { name: "Lloyd's Insurance Company", names: ["Lloyd's Insurance Company S.A.", "Lloyd's Insurance Company"] },
  // (the market's members carry the risk of a coverholder's certificate: «Certain Underwriters at Lloyd's», «Enkelte
  // assurandører ved Lloyd's» — the bare name, as strong as a legal name after those words: src/parse/header.ts)
  { name: "Lloyd's", names: ["Lloyd's"] },
  { name: 'Help Forsikring', names: ['Help Forsikring AS', 'Help Forsikring'] },
  { name: 'Europeiske Reiseforsikring', names: ['Europeiske Reiseforsikring ASA', 'Europeiske Reiseforsikring', 'ERV Forsikring'] },
  { name: 'Agria', names: ['Agria Dyreforsikring AS', 'Agria Dyreforsikring', 'Agria'] },
  // (two companies of one group, each carrying its own risk in Norway through a branch: HDI Global SE
  // writes industrial insurance, HDI Global Specialty SE specialty lines — the company a document
  // names is the insurer, by its name without the form as any company's — «HDI Global SE» is «HDI Global» —, as a brand's
  // short name, «HDI», is only where the document names no company; a bare «HDI» beside one legal name is that company's)
  { name: 'HDI Global Specialty', names: ['HDI Global Specialty SE', 'HDI Global Specialty'] },
  { name: 'HDI Global', names: ['HDI Global SE', 'HDI Global'] },
  { name: 'HDI', names: ['HDI'] },
  // (two companies of one group, as HDI's: «Gard Marine & Energy Forsikring AS» is the Norwegian company that writes the
  // marine and energy risks, «Gard AS» the group's manager — the one the document names is the insurer; the «&» is part of
  // the one name, never the end of another company's)
  // «Gard Marine & Energy Insurance (Europe) AS» is a company of its own (the group's insurer in the EEA, in Arendal): named,
  // as any company that carries the risk, by its name without the form — the bracket is part of the name
  { name: 'Gard Marine & Energy Insurance (Europe)', names: ['Gard Marine & Energy Insurance (Europe) AS', 'Gard Marine & Energy Insurance (Europe)'] },
  { name: 'Gard Marine & Energy', names: ['Gard Marine & Energy Forsikring AS', 'Gard Marine & Energy Forsikring', 'Gard Marine & Energy Insurance', 'Gard Marine & Energy'] },
  { name: 'Gard', names: ['Gard AS'] },
  { name: 'Skuld', names: ['Assuranceforeningen Skuld (Gjensidig)', 'Skuld'] },
  // (the mutual marine clubs of Bergen and Oslo that write hull, loss of hire and war risks: «Norwegian Hull Club
  // Gjensidig Assuranseforening» over its certificates, «Den Norske Krigsforsikring for Skib» (DNK) — a club carries its members' risk)
  { name: 'Norwegian Hull Club', names: ['Norwegian Hull Club Gjensidig Assuranseforening', 'Norwegian Hull Club'] },
  { name: 'Den Norske Krigsforsikring for Skib', names: ['Den Norske Krigsforsikring for Skib Gjensidig Forening', 'Den Norske Krigsforsikring for Skib'] },
  { name: 'Norsk Hussopp Forsikring', names: ['Norsk Hussopp Forsikring Gjensidig', 'Norsk Hussopp Forsikring'] },
  // group life and personal insurance are also sold by life insurers: a certificate names them
  { name: 'Danica', names: ['Danica Pensjonsforsikring AS', 'Danica Pensjonsforsikring', 'Danica'] },
  // (the pension and group insurance company of the City of Oslo's employees: its certificates name it in the footer)
  { name: 'Oslo Pensjonsforsikring', names: ['Oslo Pensjonsforsikring AS', 'Oslo Pensjonsforsikring'] },
  // the state's own scheme: group life and occupational injury of state employees are its certificates;
  // but as an employer or a policyholder it is named in other insurers' letters (onlyAlone: the
  // insurer only when the document names no other)
  { name: 'Statens pensjonskasse', names: ['Statens pensjonskasse', 'Statens Pensjonskasse', 'SPK'], onlyAlone: true },
];

/** Every name of INSURERS (its own and as documents write it), in lower case: a cell or a text's tail that is an insurer's name. */
export const INSURER_NAME_SET: ReadonlySet<string> = new Set(INSURERS.flatMap((i) => [i.name, ...i.names].map((n) => lowerCase(n))));

/**
 * Labels and words right before a name that make it the policyholder, the employer or the insured,
 * never the insurer («Forsikringstaker: Statens pensjonskasse», «Arbeidsgjevar: Kvam herad»).
 */
export const POLICYHOLDER_BEFORE: readonly string[] = [
  'forsikringstaker', 'forsikringstakar', 'forsikringstakers navn', 'arbeidsgiver', 'arbeidsgjevar', 'arbeidsgivar', 'kunde', 'kundenavn',
  'sikrede', 'sikra', 'oppdragsgiver',
];

/**
 * A staff page's sentence that places the employer's insurances with a company: the name after
 * these words carries the risk («Kommunen har sine personalforsikringer i KLP.», «Fylkeskommunen
 * har alle sine personforsikringar i KLP.»), and after «avtale med» when the words after the name
 * say what it insures («Bedriften har avtale med Storebrand om yrkesskadeforsikring.»).
 */
export const INSURER_IN_PROSE = {
  /** The insurances, then «i» or «hos», right before the name. */
  insurances: ['forsikringer', 'forsikringar', 'forsikringene', 'forsikringane', 'forsikringen', 'forsikringa', 'forsikret', 'forsikra'],
  held: ['i', 'hos'],
  /** A possessive after the insurances, nynorsk's order: «Kommunen har alle personalforsikringane sine i KLP». */
  possessive: ['sine', 'sin', 'sitt', 'våre', 'vår', 'dine', 'deira', 'dykkar'],
  /** «avtale med» before the name, «om …forsikring» after it. */
  agreement: ['avtale med', 'avtalen med', 'forsikringsavtale med', 'forsikringsavtalen med', 'avtale hos'],
} as const;

/**
 * Brokers and agents: they sell, write and sign documents, but do not carry the risk, so they are
 * never the insurer (src/parse/header.ts). «Vardia» sells as an agent for an insurer; Söderberg &
 * Partners, Matrix Insurance, Pareto and the others are brokers. A name here is dropped where
 * the insurer is looked for; a document that names a broker and an insurer has that insurer.
 */
export const INTERMEDIARIES: readonly string[] = [
  'Vardia Forsikring AS',
  'Vardia Forsikring',
  'Vardia',
  'Söderberg & Partners',
  'Söderberg',
  'Matrix Insurance',
  'Pareto Forsikringsmegling',
  'Gallagher',
  'Howden',
  'Aon',
  'Marsh',
  'Willis Towers Watson',
  'WTW',
  'Lockton',
  'Partner Assuranse',
];

/**
 * What a heading adds to its name where its table goes on after a page break: «Bygninger
 * (fortsatt)», «Gruppeliv (fortsettelse)», «Yrkesskade, forts.», nynorsk «(framhald)» — no part of
 * the name (lower case, as patterns).
 */
export const GOES_ON_WORDS = ['forts', 'fortsettelse', 'fortsetjing', 'fortsatt', 'framhald'] as const;

/**
 * Person coverages (yrkesskade, gruppeliv, ulykke, personalforsikring) and their G items
 * (src/parse/g-items.ts).
 */
export const PERSON_COVERAGES = {
  /**
   * Headings that name the law, a regulation or an agreement the section's sums follow, not a
   * product: «Lov om yrkesskadeforsikring», «I henhold til hovedtariffavtalen». Their items belong
   * to the product the section is about (prefixes, in lower case).
   */
  lawHeadings: ['lov om', 'lov av', 'loven', 'lova ', 'etter lov', 'i henhold til', 'i samsvar med', 'iht.', 'jf.', 'forskrift', 'standardforskrift', 'hovedtariffavtal', 'hovudtariffavtal', 'tariffavtal', 'overenskomst'],
  /**
   * Extensions sold as products of their own, named by what they extend (a line that starts with
   * one is a product even when it ends with a percentage, «Utvidet mén 1–14 %»).
   */
  products: ['utvidet mén', 'utvidet men', 'utvida mén', 'utvida men', 'utvidet ménerstatning', 'utvidet menerstatning', 'utvida ménerstatning', 'utvidet medisinsk invaliditet', 'utvida medisinsk invaliditet', 'utvidet invaliditet', 'kritisk sykdom', 'kritisk sjukdom', 'annen sykdom', 'anna sjukdom', 'trygghetsforsikring', 'personalkasko', 'utvidet yrkesskade', 'utvida yrkesskade'],
  /**
   * Words that name a cover sold on top of a person product, before the extension's name («Tilleggsdekning Utvida mén
   * 1–14 %», «Tilleggsforsikring: Kritisk sjukdom»): the line is still that extension's heading (lower case, a space
   * or a colon after).
   */
  addOnWords: ['tilleggsdekning', 'tilleggsdekking', 'tilleggsforsikring', 'tillegg', 'tilvalg', 'tilval'],
  /**
   * The names a person product's benefits start with (lower case, whole words): «Dødsfall», «Erstatning ved dødsfall»,
   * «Medisinsk invaliditet (100 %)», «Behandlingsutgifter etter ulykke», «Ménerstatning». Read as a coverage of its own
   * or as the product's «coverage», such a name and its sum are the product's item.
   */
  benefits: ['dødsfall', 'død', 'dødsfallserstatning', 'dødsfallsum', 'erstatning ved dødsfall', 'erstatning ved død', 'tilleggserstatning ved dødsfall', 'tilleggserstatning dødsfall', 'medisinsk invaliditet', 'invaliditet', 'invaliditetserstatning', 'behandlingsutgifter', 'behandlingsutgiftar', 'behandlingskostnader', 'ménerstatning', 'menerstatning', 'mén', 'men', 'ervervsuførhet', 'ervervsuføre', 'uførhet', 'uførekapital', 'uførheitskapital', 'dagpenger', 'dagpengar', 'sykehusopphold', 'tannskade', 'tannskadar', 'begravelsesutgifter', 'gravferdsutgifter', 'barnetillegg', 'ektefelletillegg', 'tap i fremtidig erverv', 'tap i framtidig erverv', 'tapt inntekt', 'påført inntektstap', 'grunnerstatning'],
  /** Words of a person product's name (in lower case, anywhere in it): «Gruppeliv for bedrifter», «Ulykkesforsikring fritid». */
  productWords: ['yrkesskade', 'yrkessykdom', 'yrkessjukdom', 'ulykke', 'ulukke', 'gruppeliv', 'livsforsikring', 'dødsfallsforsikring', 'personal', 'uføre', 'behandling', 'helse', 'sykdom', 'sjukdom', 'trygghet', 'mén', 'menerstatning', 'invaliditet', 'reiseforsikring', 'barneforsikring'],
  /** Verbs of a sentence that says a sum is assessed case by case: «Tap av inntekt fastsettes individuelt». */
  individualVerbs: [
    'fastsettes', 'fastsetjast', 'vurderes', 'vurderast', 'beregnes', 'bereknast', 'utmåles', 'utmålast', 'erstattes', 'erstattast', 'dekkes', 'dekkjast', 'ytes', 'ytast',
    // the passive with «blir»/«vert»: «Erstatning for tapt inntekt vert fastsett individuelt»
    'blir fastsatt', 'blir fastsett', 'vert fastsett', 'vert fastsatt', 'blir vurdert', 'vert vurdert', 'blir beregnet', 'blir berekna', 'vert berekna', 'vert rekna ut',
    'blir utmålt', 'vert utmålt', 'blir erstattet', 'vert erstatta', 'blir dekket', 'vert dekt', 'vert dekka',
  ],
  /**
   * A person cover's cost paid as it is documented, in a sum's cell («Behandlingsutgifter | etter
   * regning», «Påført inntektstap | individuell utmåling»): the item's way of payment, no sum (lower case).
   */
  assessedCells: ['individuell utmåling', 'individuell utmåling etter loven', 'individuelt utmålt', 'etter regning', 'etter rekning', 'dokumenterte utgifter', 'dokumenterte utgiftar', 'dokumenterte kostnader', 'dokumenterte kostnadar', 'faktiske utgifter', 'faktiske utgiftar', 'nødvendige og dokumenterte utgifter', 'etter forskrift', 'etter forskriften', 'etter forskrifta', 'iht. forskrift', 'etter standardforskrift', 'etter standardforskriften', 'etter standardforskrifta'],
  /** The words of such a sentence after its verb. */
  individualWords: ['individuelt', 'etter loven', 'etter lova', 'i henhold til loven', 'i samsvar med lova', 'iht. loven'],
  /** Sub-headings that do not name an item, so a field «Forsikringssum: 0,75 G» under them keeps its own label. */
  /**
   * What a heading adds to a product's name where its section goes on (after a page break, or with
   * its add-ons): «Gruppeliv (fortsettelse)», «Yrkesskade – tillegg», «Yrkesskade, forts.» (lower
   * case, as patterns).
   */
  continued: [...GOES_ON_WORDS, 'tillegg', 'tilleggsdekning(?:er|ar)?', 'utvidelser?', 'utviding(?:ar)?'],
  /**
   * What a heading adds after a person product's name, behind a dash, to name one of the product's
   * sections: the cover the law requires and the cover added to it («Yrkesskade – lovbestemt» over
   * its items, then «Yrkesskade – tillegg» over its own). Such a heading is the section's name as it
   * stands, as «Lovbestemt yrkesskade» is one (lower case, whole words).
   */
  sections: ['lovbestemt', 'lovbestemte', 'lovpålagt', 'lovpålagd', 'lovpålagte', 'lovfestet', 'lovfesta', 'obligatorisk', 'pliktig', 'tillegg', 'tilleggsdekning', 'tilleggsdekninger', 'tilleggsdekningar', 'utvidet', 'utvida', 'utvidelse', 'utvidelser', 'utviding', 'frivillig'],
  /**
   * Labels of a remark in prose, not of a field: «Merk: grunnbeløpet (G) er 124 028 kroner, så 10 G er …»
   * names no item, whatever G sum it mentions (lower case, the whole label).
   */
  // («Eksempel: Med ny G er 10 G i gruppelivsforsikringen 1 301 600 kroner.»: a worked example, nynorsk «Døme», no item)
  remarkLabels: ['merk', 'merknad', 'merknader', 'nb', 'n.b.', 'obs', 'obs!', 'husk', 'viktig', 'note', 'notat', 'tips', 'kommentar', 'ps', 'presisering', 'informasjon', 'info', 'eksempel', 'eksempler', 'eks.', 'døme', 'til dømes', 'for eksempel'],
  notItemHeadings: ['fakta', 'om ', 'informasjon', 'hva ', 'kva ', 'hvem', 'kven', 'hvor', 'kvar', 'når', 'slik', 'dette', 'dekning', 'forsikringssum', 'oversikt', 'oversyn', 'vilkår', 'pris', 'premie', 'viktig', 'generelt', 'les mer', 'les meir'],
  /**
   * The words a question heading starts its question with, bokmål and nynorsk («Yrkesskade – kva vert
   * utbetalt?», «Hva dekker ulykkesforsikringen?»; lower case).
   */
  questionWords: ['hva', 'kva', 'hvem', 'kven', 'hvor', 'kvar', 'kor', 'hvilke', 'hvilken', 'hvilket', 'kva for', 'når', 'hvordan', 'korleis', 'kva slags', 'hvorfor', 'kvifor'],
  /**
   * Words of a note on how a sum changes with age or time, or may be raised by choice («Det kan
   * kjøpes utvidelse av forsikringssummen med inntil 6 G»): such a line or clause is no item.
   */
  notes: ['kan kjøpes', 'kan kjøpast', 'kan utvides', 'kan utvidast', 'utvidelse av forsikringssummen', 'utviding av forsikringssummen',
    // a sum that falls with age by so much a year («Frå fylte 60 år vert summen sett ned med 1 G kvart år»)
    'sett ned med', 'settes ned med', 'satt ned med', 'reduseres', 'reduserast', 'synker', 'søkk', 'minker', 'minkar', 'går ned med', 'senkes med',
    'nedtrapping', 'nedtrappes', 'trappes ned', 'avtrapping', 'avtrappes', 'trappast ned', 'reduseres med', 'reduserast med', 'reduseres gradvis', 'reduserast gradvis', 'blir redusert', 'vert redusert', 'blir avkortet', 'vert avkorta', 'trappa ned', 'aldri under', 'ikkje under', 'ikke under', 'aldri lavere enn', 'aldri lågare enn'],
} as const;

/**
 * Cover levels a schedule row names among its figures («Bilforsikring EL 48213 … kasko, egenandel
 * kr 6 000»; a vehicle row's «Kasko» cell): the row's `coverage`. In lower case; read only in the
 * run of labelled figures that ends a row, never as a product.
 */
export const COVER_LEVELS: readonly string[] = [
  'kasko',
  'delkasko',
  'minikasko',
  'toppkasko',
  'superkasko',
  'full kasko',
  'ansvar',
  'brann og tyveri',
  'brann',
  'basis',
  'standard',
  'pluss',
  'ekstra',
  'super',
  'topp',
  'utvidet',
  'utvida',
  // («Veterinærforsikring Premium», «Husforsikring Premium»: the top level of an animal's or a home's cover)
  'premium',
];

/**
 * A boat named by its model and its year («Askeladden 20 Cabin 2018», «Nimbus 305 Coupé, 2019», «Yamarin 59 DC (2019)»): a
 * boat has no plate, and often no registration mark either; the year at the end says it is the boat
 * itself, not its kind («Båt: Motorbåt»).
 */
export const BOAT_WITH_YEAR = /^[A-ZÀ-ÖØ-Þ][^:]{1,60}[\s,]\s*(?:(?:19|20)\d\d|\((?:19|20)\d\d\))$/;

/** COVER_LEVELS as a set, for the readers that ask whether a word is a cover level. */
export const COVER_LEVEL_SET: ReadonlySet<string> = new Set(COVER_LEVELS);

/**
 * A Norwegian registration plate, as a source for patterns: two letters and four or five digits («EK 12345», «AB1234»),
 * the digits also grouped in thousands as a fleet list prints them («EV 41 207», «JK 1 772»).
 */
export const PLATE_SOURCE = String.raw`[A-ZÆØÅ]{2}\s?(?:\d{4,5}|\d{1,2} \d{3})`;

/**
 * The names a business's vehicle insurance goes by in a letter, a mail or a portal page («Bilforsikring næring – avtale …»,
 * «Emne: Endringer bilforsikring fra 1/2-25», a page titled «Næringskjøretøy»), with the word for whom it is for after
 * it — lower case, for a pattern.
 */
export const VEHICLE_PRODUCTS = {
  names: ['bilforsikring', 'næringskjøretøy', 'næringsbil', 'motorvognforsikring', 'kjøretøyforsikring', 'firmabilforsikring'],
  after: ['næring', 'bedrift', 'firma'],
} as const;

/** A cell that is a registration plate alone («EV 41 207»): a vehicle's name, never an amount. */
export const PLATE_CELL = new RegExp(`^${PLATE_SOURCE}$`);

/** A registration plate anywhere in a text, set apart by spaces or commas; the plate is group 1. */
export const PLATE_IN_TEXT = new RegExp(String.raw`(?:^|[\s,])(${PLATE_SOURCE})(?=$|[\s,])`);
/**
 * A registration mark after «reg.» alone, as a boat's is written in its description («Saga 27 AC, reg. LJK 418»: the
 * small-boat register's three letters and digits; «Hobby 560, reg. DN 7731»): the thing itself, named by its mark.
 */
export const REG_MARK_IN_TEXT = /\breg\.\s*[A-ZÆØÅ]{2,3}\s?\d{1,5}\b/;
/** A registration number after «reg.nr.» in a vehicle's or boat's description («Nimbus 305 Coupé 2019, reg.nr. ABC 123»; a plate alone: PLATE_IN_TEXT). */
export const REG_NUMBER_IN_TEXT = /\breg(?:istrerings)?\.?\s*(?:nr|nummer)\.?\s*:?\s*[A-ZÆØÅ0-9]/i;

/**
 * Labels of a field that describes the insured thing — its kind, use, age or build («Bygningstype:
 * Verksted og kontor, byggeår 1998») — never a product, whatever its value names (lower case).
 */
export const DESCRIPTION_LABELS = ['bygningstype', 'bygningstype/bruk', 'type bygning', 'bygningens bruk', 'bruk', 'bruksområde', 'byggeår', 'byggemåte', 'konstruksjon', 'bygningsbeskrivelse',
  // a home's facts on a contents insurance's page («Boligtype: Leilighet i blokk», «Antall personer i husstanden: 2»)
  'boligtype', 'bustadtype', 'type bolig', 'antall personer i husstanden', 'antal personar i husstanden', 'antall i husstanden', 'boligareal', 'bruksareal'] as const;

/**
 * A web page's links beside a card's title or field («Husforsikring Pluss      Vis detaljer >», «Se detaljer ›»): what the
 * customer clicks, no cell of the card — its title had become a row of two cells, and the card was not read (lower case;
 * read with an arrow after it or none).
 */
/**
 * A portal card's state set right of its insurance's name («Bilforsikring          Aktiv»): the agreement's status, no
 * part of the name (lower case).
 */
export const CARD_STATUS = ['aktiv', 'aktivt', 'aktiv avtale', 'avsluttet', 'avslutta', 'utløpt', 'utgått', 'kommende', 'starter snart', 'fornyes snart', 'under endring', 'sagt opp', 'oppsagt'] as const;

/**
 * Where a travel insurance holds («Gjelder: hele verden, reiser inntil 60 dager», «Område: Europa»): the area of its
 * journeys, no thing insured — the first words of such a value (lower case).
 */
export const TRAVEL_AREAS = ['hele verden', 'heile verda', 'verden', 'verda', 'europa', 'norden', 'hele norden', 'norge og norden', 'kun norge', 'skandinavia'] as const;

/** A portal page's tabs over one insurance («Oversikt    Dokumenter    Betaling»), two or more on a line (lower case). */
/**
 * Words before the code of the terms or safety rules a section of a certificate follows («Vilkår ND-200», «Sikkerhetsforskrift
 * FG-2», nynorsk «Tryggleiksforskrift»): such a line between a product's heading and its table names no product of its own.
 */
export const TERMS_CODE_WORDS = ['vilkår', 'forsikringsvilkår', 'særvilkår', 'sikkerhetsforskrift', 'sikkerhetsforskrifter', 'sikkerheitsforskrift', 'sikkerheitsforskrifter', 'tryggleiksforskrift', 'tryggleiksforskrifter'] as const;
export const PAGE_TABS = ['oversikt', 'dokumenter', 'dokument', 'betaling', 'skader', 'skadesaker', 'dekninger', 'vilkår', 'detaljer', 'endre', 'historikk'] as const;

export const PAGE_LINKS = ['vis detaljer', 'skriv ut', 'last ned', 'se detaljer', 'se mer', 'vis mer', 'les mer', 'endre', 'meld skade', 'se forsikringsbevis', 'vis forsikringsbevis', 'gå til forsikringen', 'se vilkår'] as const;

/**
 * Labels of a vehicle's or a boat's facts in its record or card («Kjørelengde: 16 000 km», «Båttype:
 * Motorbåt», «Motor: Yamaha F115», «Båtplass: Vikholmen marina, Sandefjord»): what the thing is and
 * where it lies, no figure of the schedule's, never a product — whatever their value names (lower case).
 */
export const THING_FACT_LABELS = [
  'kjørelengde', 'køyrelengd', 'årlig kjørelengde', 'årleg køyrelengd', 'kjørelengde per år', 'køyrelengd per år', 'bonus', 'yngste fører', 'yngste førar', 'årsmodell', 'registreringsår', 'kilometerstand',
  'båttype', 'type båt', 'båtmodell', 'merke og modell', 'merke/modell', 'merke', 'modell', 'motor', 'motortype', 'motoreffekt', 'hestekrefter', 'lengde', 'båtlengde',
  'båtplass', 'båtplass/havn', 'liggeplass', 'havn', 'hamn', 'opplagsplass', 'opplag', 'fartøytype', 'skrogmateriale', 'toppfart', 'drivstoff',
  // (a boat's card: «Båthavn» over «Son Båtforening, plass 114», «Største fart» over «42 knop», «Skrognummer (HIN)» over its number)
  'båthavn', 'største fart', 'maks fart', 'skrognummer', 'skrognummer (hin)', 'hin', 'hin-nummer',
  // (nynorsk: «Båthamn: Hjellestad småbåthamn», «Lengd: 6,1 meter»)
  'båthamn', 'lengd',
  // (a caravan's record: «Fast plass   Nei», «Fast plass: Ja, Lyngør camping»)
  'fast plass', 'fastplass',
  // (a motorcycle's, snowmobile's or boat's season on the road or water: «Sesong   1. april – 31. oktober (avregistrert resten av året)»;
  // a machine's serial or chassis number: «Serienummer   VCEC220EP00312»)
  'sesong', 'sesongperiode', 'bruksperiode', 'brukssesong', 'serienummer', 'serienr', 'serienr.', 'chassisnummer', 'understellsnummer',
] as const;

/**
 * Labels of an insured animal's facts on its certificate, one a row under its heading («Hesten» over «Navn | Kvamsblakken»,
 * «Rase | Fjordhest», «UELN | 578…»; a dog's «Chipnummer»): what the animal is, never a figure or a product (lower case).
 */
export const ANIMAL_FACT_LABELS = [
  'navn', 'namn', 'rase', 'kjønn', 'født', 'fødd', 'fødselsdato', 'fødselsår', 'alder', 'farge', 'farge/tegning', 'ueln', 'ueln-nummer',
  'chipnummer', 'chip-nummer', 'id-nummer', 'id-merking', 'mikrochip', 'brikkenummer', 'bruk', 'bruksområde', 'stambok', 'stambokført', 'registreringsnummer nkk',
] as const;

/**
 * Headings of a certificate's section that says what its one cover insures — the boat, the vehicle,
 * the travellers — over their facts and the cover's parts («Båten», «Fartøyet», «Reisende»,
 * «Forsikrede»): no product of their own, the title's product stays (lower case, without a colon).
 */
export const THING_HEADINGS = [
  // (the definite forms only: «Kjøretøy», «Båt» alone head a business schedule's section of vehicles, a product)
  'båten', 'fartøyet', 'kjøretøyet', 'køyretøyet', 'bilen',
  'reisende', 'dei reisande', 'de reisende', 'forsikrede', 'forsikra', 'forsikret', 'forsikrede personer', 'sikrede',
] as const;

/**
 * Headings a certificate of one thing («FORSIKRINGSBEVIS – BÅT», «Forsikringsbevis Campingvogn») sets between its title
 * and the table of its covers: the thing's facts («Fartøy» over «Båt | Merke/modell | Byggeår | Lengde | Motor»,
 * «Kjøretøy») and the covers' own heading («Dekningar», «Dekninger»). Under such a title they name no product: the rows
 * under them are the title's product's covers (lower case, without a colon). Under no title «Kjøretøy» heads a business
 * schedule's section of vehicles, a product — src/parse/schedule-section.ts keeps them to a titled section.
 */
// («Forsikringsbevis – hesteforsikring» over «Hesten» and the horse's facts, «Navn | Kvamsblakken», «Rase | Fjordhest»: the
// animal the certificate insures, named as the boat and the vehicle are — its heading, no product)
export const TITLED_THING_HEADINGS = ['fartøy', 'fartøyet', 'kjøretøy', 'køyretøy', 'kjøretøyet', 'køyretøyet', 'vogna', 'vognen', 'hesten', 'hunden', 'katten', 'dyret', 'forsikret hest', 'forsikret hund', 'forsikret katt', 'forsikret dyr', 'dekninger', 'dekningar', 'dekningene', 'dekningane'] as const;

/**
 * A certificate's caption over the blocks of its one product's covers («FORSIKRINGSBEVIS» / «Hesteforsikring» … «Dekninger» /
 * «Liv – Sykdom og ulykke» / «  Forsikringssum: …»): each block's name under it is a cover of the title's product, no product
 * of its own (lower case, without a colon).
 */
export const COVERS_CAPTIONS = ['dekninger', 'dekningar', 'dekningene', 'dekningane', 'dine dekninger', 'dine dekningar', 'valgte dekninger', 'valde dekningar', 'forsikringen omfatter', 'forsikringa omfattar', 'dette er dekket', 'dette er dekka', 'dekninger og priser', 'dekningar og prisar'] as const;

/**
 * The header cell of a renewal letter's table of what changed that says what each row changes
 * («Forsikring | Gjelder | Før | Fra 1.1.2025», «Hva endres»): a deductible, a price, a sum (lower case).
 */
export const WHAT_CHANGED_COLUMNS = ['gjelder', 'hva endres', 'hva er endret', 'endring', 'endringar', 'endringer'] as const;

/**
 * The words before a deductible's name that make its column a share of each claim, not an amount: «Bevegelig egenandel»,
 * «Variabel egenandel», «Prosentvis egenandel» beside «Fast egenandel» (an animal's vet cover takes both) — lower case.
 */
export const SHARE_DEDUCTIBLE_WORDS: readonly string[] = ['bevegelig', 'bevegeleg', 'variabel', 'prosentvis'];

/**
 * What a limit in a sum's cell may be counted per, after «per» or «pr.» (lower case): a person cover's «kr 40 000 per
 * person», a travel cover's «per reise», a liability's or a legal-expenses cover's «NOK 20 000 000 per skade», «kr 1 000 000
 * per tvist», a goods insurance's «NOK 2,5 mill. per transportmiddel», «per skip», «per sending», «per lager» — the most it
 * pays for one such unit: the amount is the sum, what it is counted by a note. (A rate per area or head, PER_UNIT_RATES, is no limit.)
 */
export const LIMIT_UNITS = [
  'person', 'barn', 'reise', 'reisende', 'skade', 'skadetilfelle', 'skadehendelse', 'skadehending', 'hendelse', 'hending', 'krav', 'tvist', 'sak',
  'år', 'forsikringsår', 'dag', 'døgn',
  'sending', 'forsendelse', 'transportmiddel', 'transport', 'skip', 'fartøy', 'lager',
] as const;

/**
 * The units a column's figure may be counted per that make it a rate, not the row's figure: a
 * forest's «Forsikringsverdi per daa» (the sum is the area times it), «Premie pr. dekar», a
 * building's «Pris per m²», livestock's «Verdi per dyr», a co-operative's «Pris per boenhet»
 * (lower case, after «per» or «pr.»). Never «år» (a year's premium is the row's) nor a person (a sum
 * per person is the sum each insured has, read as the sum).
 */
export const PER_UNIT_RATES = ['daa', 'dekar', 'mål', 'hektar', 'ha', 'm²', 'kvm', 'kvadratmeter', 'dyr', 'stk', 'stk.', 'enhet', 'boenhet', 'bueining', 'leilighet', 'husvære'] as const;

/**
 * Generic words for the thing insured that head a table's first column under a heading that names the
 * product («Næringsbygg» over «Bygning | Forsikringssted | …», «Skogforsikring» over «Eiendom | Bonitet |
 * Forsikringssum | …»): the column is the rows' object, not their product (lower case). A forest's or a
 * farm's property («Eiendom», nynorsk «Eigedom») is written by its lots («Gnr. 12 bnr. 3, Folldal»), a
 * plot of it as «Felt» or «Teig» («Juletreforsikring» over «Felt | Areal (daa) | …»).
 */
/**
 * Labels that name a record in a card of one label a line — the thing or product the fields under it are for («Objekt» over
 * «Hytte», «Forsikring» over «Gruppeliv», «Produkt» over «Innboforsikring»), the record's product (lower case).
 */
export const RECORD_NAME_LABELS = ['forsikring', 'produkt', 'objekt', 'forsikringsobjekt', 'forsikret objekt', 'forsikra objekt'] as const;
/**
 * Labels of a line that describes the insured thing in a record of one label a line («Skildring» over «Laftehytte, byggeår
 * 1994, 96 m²», «Beskrivelse» over «Enebolig i to etasjer»): the record's note, never its place or product (lower case).
 */
export const RECORD_NOTE_LABELS = ['skildring', 'beskrivelse'] as const;

export const PROPERTY_COLUMNS = ['eiendom', 'eigedom', 'felt', 'teig'] as const;
export const GENERIC_THING_COLUMNS = ['bygning', 'bygg', 'gjenstand', 'objekt', 'forsikringsobjekt', 'eiendel', 'eigedel', ...PROPERTY_COLUMNS] as const;

/**
 * Bilingual schedules of international insurers and Lloyd's coverholders write every label, heading
 * and product twice, Norwegian first and English after it (or English first, as a broker's schedule for a foreign
 * insurer writes them: «Cover / Dekning», «Location / Forsikringssted:», «3. GENERAL LIABILITY / ANSVAR»): after a slash on the same line
 * («Forsikringstaker / Policyholder:», «Bygning / Building»), or on the line under it
 * («Forsikringstaker   Vestby Plastindustri AS» over «Policyholder», a table's header over «Cover  Sum
 * insured  Deductible  Premium», «Bygning …» over «Buildings»). The English is a translation of the
 * Norwegian beside it: the readers read the Norwegian, and the translation is taken out before they
 * see it (src/parse/translations.ts). A translation is known by its words, all of them English words
 * of these labels and products (lower case), one at least not a Norwegian word too.
 */
export const TRANSLATION = {
  /** English words of labels, headings and product names a bilingual schedule translates. */
  english: [
    'policyholder', 'policy', 'holder', 'insured', 'named', 'number', 'no.', 'ref.', 'reference', 'schedule', 'certificate', 'of', 'insurance',
    'cover', 'covers', 'coverage', 'period', 'sum', 'sums', 'deductible', 'deductibles', 'excess', 'premium', 'premiums', 'total', 'annual',
    'date', 'issue', 'issued', 'insurer', 'insurers', 'broker', 'renewal', 'inception', 'expiry', 'product', 'products', 'location', 'locations',
    'situation', 'limit', 'limits', 'indemnity', 'reg.', 'registration', 'organisation', 'commercial', 'buildings', 'building', 'machinery',
    'contents', 'stock', 'goods', 'business', 'interruption', 'liability', 'public', 'employers', "employers'", 'professional', 'property',
    'equipment', 'and', 'the', 'any', 'one', 'claim', 'each', 'per', 'aggregate', 'months', 'both', 'days', 'inclusive', 'directors',
    'officers', 'cyber', 'travel', 'accident', 'personal', 'group', 'life', 'motor', 'vehicles', 'marine', 'cargo', 'transit', 'crime',
    // (headings and labels an English-first schedule writes before the Norwegian: «GENERAL LIABILITY / ANSVAR», «Currency / Valuta»)
    'general', 'index', 'regulation', 'natural', 'perils', 'currency', 'occupancy', 'payment', 'special', 'conditions',
    // (a Norwegian-first schedule's labels and products: «Kundenummer / Customer No.», «Husleietap / Loss of rent»,
    // «Eierens ansvar /» over «Property owner's liability», «SIKKERHETSFORSKRIFTER / SAFETY REGULATIONS», «Vilkår / Terms»)
    'customer', 'loss', 'rent', 'owner', "owner's", 'owners', "owners'", 'financial', 'indexation', 'safety', 'regulations', 'terms',
    'interests', 'territory', 'properties', 'all', 'object', 'objects',
    // (a bilingual workers' compensation's labels: «Antall ansatte / Number of employees», «Årsverk / Full-time equivalents»,
    // «Tilleggserstatning ved død / Additional death benefit», «Yrkesskade / Workers' compensation (lovbestemt / statutory)»)
    'employees', 'full-time', 'equivalents', 'workers', "workers'", 'compensation', 'statutory', 'additional', 'death', 'disability', 'benefit',
    'benefits',
    // (a private customer's bilingual certificate, as the digital insurers write it: «Forsikringssted / Insured address:»,
    // «Adresse / Address:», «Innbo / Home contents», «Reise Europa / Travel Europe», «Reisegods / Baggage», «Avbestilling /
    // Cancellation», «Reisesyke / Medical expenses», «Gyldig fra / Valid from», «NOK 1 788 per år / per year», «Betales
    // månedlig / Paid monthly»)
    'address', 'home', 'household', 'europe', 'worldwide', 'baggage', 'luggage', 'cancellation', 'medical', 'expenses', 'valid', 'from',
    'until', 'year', 'month', 'monthly', 'paid', 'only',
    // (a car's and a trip's covers and what their limits say: «Ansvar / Third-party liability», «Kasko / Own damage», «Brann og
    // tyveri / Fire and theft», «Glass / Windscreen», «Leiebil / Rental car», «Markedsverdi / Market value», «Iht. lov / As
    // required by law», «Etter regning / As invoiced», «BILFORSIKRING KASKO / CAR INSURANCE – COMPREHENSIVE», «ENKELTPERSON / SINGLE»)
    'third-party', 'own', 'damage', 'fire', 'theft', 'windscreen', 'rental', 'car', 'market', 'value', 'as', 'required', 'by', 'law',
    'invoiced', 'comprehensive', 'single', 'family',
    // (what a bilingual private certificate's parts and limits say: «Etter regning / As incurred», «Etter regning / Actual
    // costs», «Iht. lov / According to law», «Inkludert / Included:», «Sykkel / Bicycle», «Sykdom og hjemtransport / Medical
    // expenses and repatriation», «per reise / per trip»)
    'incurred', 'actual', 'according', 'to', 'included', 'bicycle', 'repatriation', 'trip',
    // (a goods insurance's bilingual certificate, as the marine insurers write it: «Vareforsikring – årsavtale / Cargo
    // Insurance – Annual Open Cover», «Transport, per sending /» over «Transit, any one conveyance», «Mellomlagring /
    // Storage», «Temperaturskade / Temperature» over «damage (…)»)
    'open', 'conveyance', 'storage', 'temperature', 'damage', 'shipment', 'voyage',
    // (a liability certificate's covers in both languages: «Ren formuesskade / Pure financial loss», «Forurensning / Sudden
    // pollution», «Rettshjelp / Legal defence costs»)
    'pure', 'sudden', 'pollution', 'legal', 'defence', 'costs',
    // (a liability's limit in both languages, wrapped in its cell: «NOK 20 000 000» over «per skade / any one» over
    // «occurrence», «i aggregat / in the» over «aggregate» — the English of the limit's unit, the line under it its rest)
    'occurrence', 'in',
    // (a board liability's certificate in both languages, as the international insurers write it: «Egenandel / Retention»,
    // «Retroaktiv dato / Retroactive date», «Kostnader ved etterforskning / Investigation costs»)
    'retention', 'retroactive', 'investigation',
    // (a hull certificate's vessel and covers, as the marine mutuals write them: «Fartøy / Vessel», «Navn / Name:»,
    // «Kjenningssignal / Call sign:», «Fiskerimerke / Fishing reg.:», «Klasse / Class:», «Medlemsnr. / Member No.:», «Sikrede /
    // Assured:», «Forsikringer / Insurances», «Kasko og maskin / Hull and Machinery»,
    // «Tidstap / Loss of Hire», «Panthaver / Mortgagee:» — not «interest» or «day»: «Hull Interest /» over «Kaskointeresse» and
    // «per day / per dag» in a cell are English first, and read as translations the rows under them lost their lines)
    'vessel', 'name', 'call', 'sign', 'fishing', 'class', 'member', 'assured', 'insurances', 'hull', 'hire',
    'mortgagee',
    // (the column of a hull policy's covers, «Forsikringsart» over «Type of insurance», and a fishing vessel's cover of its
    // catch and gear, «Fangst og redskap /» over «Catch and fishing gear»)
    'type', 'catch', 'gear',
    // (a broker's bilingual renewal and an international insurer's certificate of property: «Section / Seksjon», «Client ref.
    // / Kunderef.», «Index adjustment / Indeksregulering», «SCHEDULE OF INSURED VALUES», «Changes at renewal», «Glass og skilt
    // / Glass and» over «signs», «Opprydding / Debris removal», «Inkl./Incl.», «excl. natural perils premium»)
    'section', 'sections', 'client', 'adjustment', 'adjustments', 'values', 'changes', 'glass', 'signs', 'debris', 'removal', 'incl.',
    'excl.', 'rate', 'rates', 'water', 'new', 'current', 'first', 'at',
    // (a travel insurance's bilingual table of covers, as the digital insurers write it: «Forsinkelse / Delay», «Ubegrenset /
    // Unlimited», «kr 120 000 (enkeltgjenstand / single item kr 30 000)», «kr 500 000 (barn / children kr 800 000)»)
    'delay', 'unlimited', 'item', 'items', 'children', 'child',
    // (and its English set in on the line under each row, the cells translated too: «  Illness and repatriation   As invoiced
    // None» under «Sykdom og hjemtransport   Etter regning   Ingen», «  Cancellation   per person» under «Avbestilling   60 000 kr»)
    'illness', 'none', 'person',
  ],
  /**
   * English a row's translation on the line under it may hold besides those, never read as English elsewhere: «Hull Interest»
   * under «Kaskointeresse   NOK 8 000 000 …», «Hull & Machinery» under «Kasko   …» (as a slash's translation «Hull Interest /»
   * is English first, src/parse/translations.ts).
   */
  underOnly: ['interest', '&'],
  /** Of those, words Norwegian writes too: a translation needs an English word besides them («Cyber» alone is Norwegian as well). */
  shared: ['sum', 'per', 'cyber', 'motor', 'limit', 'total', 'group', 'all', 'open', 'fire', 'by', 'as', 'to', 'glass', 'at', 'person'],
  /**
   * Names of the languages a letter set in two columns heads them with («Norsk   English», «Bokmål   Engelsk»): the
   * columns' header, no text of either (src/parse/text-columns.ts).
   */
  languages: ['norsk', 'bokmål', 'nynorsk', 'norwegian', 'english', 'engelsk'],
} as const;

/**
 * Perils and covers a letter's change may be labelled by («* Glass: …», «Leiebil:»), none a product: in lower case.
 * With the cover levels (COVER_LEVEL_SET), the words a letter's change (src/parse/changes.ts) takes for a coverage of the document's product.
 */
export const PERIL_COVER_WORDS: ReadonlySet<string> = new Set([
  'glass', 'glasskade', 'glasskader', 'glassdekning', 'rute', 'rutebrudd', 'bilglass', 'leiebil', 'veihjelp', 'redning', 'tyveri', 'tjuveri',
  'innbrudd', 'vannskade', 'vasskade', 'vann', 'vatn', 'brannskade', 'naturskade', 'hussopp', 'råte', 'skadedyr', 'skadeinsekter', 'maskinskade',
]);

/**
 * Words for one kind of thing insured that private insurers use for each other: a renewal letter writes a change by the
 * kind («Egenandelen for vannskade i fritidsbolig …», nynorsk «Eigenandel på hus»), its schedule names the product by
 * another word of the kind and a level («Hytte Super», «Hus Pluss») — hytteforsikring is sold «for alle typer
 * fritidsbolig», husforsikring is also called villa- or boligforsikring. Lower case, the base forms; each group one kind.
 */
export const THING_KIND_WORDS: ReadonlyArray<readonly string[]> = [
  ['hytte', 'fritidsbolig', 'fritidsbustad', 'fritidshus', 'fritidseiendom', 'fritidseigedom'],
  ['hus', 'bolig', 'bustad', 'villa', 'enebolig', 'einebustad', 'helårsbolig'],
  ['båt', 'fritidsbåt', 'småbåt', 'motorbåt', 'seilbåt'],
];

/**
 * Kinds of vehicle a broker's or an insurer's letter names a fleet's deductible change by («Egenandelen på kasko for
 * firmabilene går opp …», «Egenandel kasko på lastebilene økes …»): the base forms, lower case; a sentence writes them
 * in the definite or the plural (VEHICLE_KIND_ENDINGS). The kind is the change's product (`Firmabil`, `Lastebil`).
 */
export const VEHICLE_KINDS: readonly string[] = [
  'bil', 'firmabil', 'lastebil', 'varebil', 'personbil', 'tankbil', 'kranbil', 'tippbil', 'budbil', 'leiebil', 'elbil',
  'buss', 'minibuss', 'turbuss', 'drosje', 'taxi', 'traktor', 'trekkvogn', 'tilhenger', 'tilhengar', 'semitrailer',
  'arbeidsmaskin', 'anleggsmaskin', 'motorsykkel', 'moped', 'bobil', 'campingvogn',
];
/** The endings of a vehicle kind's definite and plural forms, bokmål and nynorsk («lastebilene», «lastebilane», «trekkvogna», «tilhengere»). */
export const VEHICLE_KIND_ENDINGS: readonly string[] = ['', 'en', 'er', 'ene', 'ar', 'ane', 'a', 'e', 'ne', 'ere', 'erne'];
/** The levels of a vehicle's own cover a fleet's change names with the kind (lower case): the change's coverage. */
export const VEHICLE_COVER_LEVELS: readonly string[] = ['kasko', 'delkasko', 'minikasko', 'toppkasko', 'superkasko', 'brann og tyveri'];

/** The name of a schedule's column, or a record's label, of the index a sum follows: «Indeks», «Indeksreg.» (abbreviated in a narrow table), «Indeksregulering», «Indeksklasse» (lower case). */
export const INDEX_COLUMN = /^(?:indeks|indeksreg\.?|indeksregulering|indeksregulert|indeksklasse|indekstype)$/;
/** What such a column's cell or label's value says of a sum that is not adjusted: «Ingen», «Nei», «Ikke indeksregulert». */
export const NO_INDEX_CELL = /^(?:ingen|nei|ikke indeksert|ikkje indeksert|ikke indeksregulert|indeksreguleres ikke|ikkje indeksregulert|vert ikkje indeksregulert)$/i;

/**
 * The labels a web page's card sets beside their values, one field a line («Dekning   Super», «Avtalenummer   2201 4471»,
 * «Pris   2 964 kr/år», «Fornyes   01.06.2025»): a schedule's columns but the product's, the policy number's and the dates'
 * labels, a vehicle's facts, and the card's own words for when it renews (src/parse/pdf/card-fields.ts splits them off
 * where a PDF set label and value one space apart).
 */
export const CARD_FIELD_LABELS: ReadonlySet<string> = new Set([
  ...SCHEDULE_COLUMNS.filter(([col]) => col !== 'product').flatMap(([, names]) => names),
  ...POLICY_NUMBER.labels,
  ...DATES.issued,
  ...DATES.renewal,
  ...THING_FACT_LABELS,
  'dekning',
  'fornyes',
  'fornyast',
  'neste fornyelse',
  'neste fornying',
  'forfallsdato',
  'kjennemerke',
  'registreringsnummer',
  'reg.nr.',
  'regnr.',
]);
