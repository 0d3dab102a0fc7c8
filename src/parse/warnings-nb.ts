/**
 * The parser's warnings for people. The policy model keeps them in English (a machine format, as
 * error messages are); a report for people — the renewal report's «Merknader» — says them in
 * Norwegian. One table of the parser's warning forms: a test parses the whole corpus and checks
 * that every warning it gives has its Norwegian form here, so a new form cannot slip through in
 * English.
 */

/** «page 2, line 14» → «side 2, linje 14», wherever a place is named. */
function places(s: string): string {
  return s.replace(/\bpage (\d+), line (\d+)/g, 'side $1, linje $2').replace(/\bline (\d+)/g, 'linje $1');
}

/** «A (…) and B (…)»: the candidates of a field, joined in Norwegian. */
function candidates(s: string): string {
  return places(s).replace(/\) and /g, ') og ').replace(/» and «/g, '» og «');
}

const FIELD: Readonly<Record<string, string>> = {
  insurer: 'forsikringsselskap',
  'policy number': 'forsikringsnummer',
  'issue date': 'utstedelsesdato',
  'renewal date': 'fornyelsesdato',
  G: 'G',
  'insured persons': 'antall forsikrede',
};

/** «sum «…», deductible «…»» → «forsikringssummen «…», egenandelen «…»». */
function columns(s: string): string {
  return s.replace(/\bsum «/g, 'forsikringssummen «').replace(/\bdeductible «/g, 'egenandelen «').replace(/\bpremium «/g, 'premien «');
}

const WHAT: Readonly<Record<string, string>> = {
  'the index rate': 'indekssatsen',
  'the natural-damage rate': 'naturskadesatsen',
  G: 'G',
  'the deductible change': 'egenandelsendringen',
  'the policy number': 'forsikringsnummeret',
  'the sum': 'forsikringssummen',
  'the deductible': 'egenandelen',
  'the premium': 'premien',
  'the coverage': 'forsikringen',
};

const FORMS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^could not read the deductible change in (.*)$/s, (m) => `kunne ikke lese egenandelsendringen i ${m[1]}`],
  [/^could not read the deductible amount («.*») for (.*)$/s, (m) => `kunne ikke lese egenandelen ${m[1]} for ${m[2]}`],
  [/^the accident sums under («.*») are of one of (\d+) vehicle covers above them; not read$/s, (m) => `ulykkessummene under ${m[1]} hører til én av ${m[2]} kjøretøydekninger over dem; ikke lest`],
  [/^could not read the G sum in (.*)$/s, (m) => `kunne ikke lese G-summen i ${m[1]}`],
  [/^the bare figure («.*») of («.*») names no unit \(G or kroner\); not read$/s, (m) => `tallet ${m[1]} for ${m[2]} står uten enhet (G eller kroner); ikke lest`],
  [/^a percentage in the index paragraph was not read as an index rate \(no property named beside it\): (.*)$/s, (m) => `en prosentsats i avsnittet om indeksregulering ble ikke lest som indekssats (ingen eiendel nevnt ved den): ${m[1]}`],
  [/^(«.*») describes the business; its count of employees is not read as the insured persons$/s, (m) => `${m[1]} beskriver virksomheten; antall ansatte der er ikke lest som antall forsikrede`],
  [/^could not read the sum paid out in (.*)$/s, (m) => `kunne ikke lese utbetalingen i ${m[1]}`],
  [/^could not read the figures of (.*?) in («.*»)$/s, (m) => `kunne ikke lese tallene for ${m[1]} i ${m[2]}`],
  [/^the place («.*») of (.*) ends in an amount («.*»): a figure's cell ran into it; the amount is not read$/s, (m) => `stedet ${m[1]} for ${m[2]} slutter med et beløp ${m[3]}: en celle med et tall har gått inn i det; beløpet er ikke lest`],
  [/^could not tell whose premium the total (.*) is \((\d+) coverages\); not read$/s, (m) => `kunne ikke avgjøre hvilken dekning totalen ${m[1]} er premien for (${m[2]} dekninger); ikke lest`],
  [/^could not read the index rates in (.*)$/s, (m) => `kunne ikke lese indekssatsene i ${m[1]}`],
  [/^index rates: (.*) names two objects and two rates and not which rate is whose; none is used$/s, (m) => `indekssatser: ${m[1]} nevner to eiendeler og to satser, men ikke hvilken sats som hører til hvilken; ingen av dem er brukt`],
  [/^index rates: (.*) states a rate for («[^»]*») \((.*)\), an object the index classes do not have; not read$/s, (m) => `indekssatser: ${m[1]} oppgir en sats for ${m[2]} (${m[3]}), en eiendel uten indeksklasse; ikke lest`],
  [/^index rates: (.*) states a change of the price, not of the sums; not read as an index rate$/s, (m) => `indekssatser: ${m[1]} oppgir en endring av prisen, ikke av forsikringssummene; ikke lest som indekssats`],
  [/^the total premium in (.*) is (\d+), the premiums read add up to (\d+) \((\d+) coverages?\): a coverage's premium may be missing or wrong$/s, (m) => `samlet premie i ${m[1]} er ${m[2]}, premiene som ble lest er til sammen ${m[3]} (${m[4]} dekninger): en dekning kan mangle eller ha feil premie`],
  [/^could not read (the index rate|the natural-damage rate|G|the deductible change|the policy number|the sum|the deductible|the premium|the coverage) in (.*)$/s, (m) => `kunne ikke lese ${WHAT[m[1]!]} i ${candidates(m[2]!)}`],
  [/^(schedule|table) («.*»): (\d+) lines? with amounts (?:was|were) not read \((.*)\)$/s, (m) => `${m[1] === 'schedule' ? 'oversikten' : 'tabellen'} ${m[2]}: ${m[3]} ${m[3] === '1' ? 'linje' : 'linjer'} med beløp er ikke lest (${places(m[4]!).replace(/\blines (\d+)/, 'linje $1')})`],
  [/^could not read the change (.*): it is no deductible's, and the model holds no other change$/s, (m) => `kunne ikke lese endringen ${m[1]}: den gjelder ingen egenandel, og modellen har ingen annen endring`],
  [/^could not read the old and new figures (.*): they stand in no part on deductibles, and the model holds no other change$/s, (m) => `kunne ikke lese de gamle og nye tallene ${m[1]}: de står ikke i en del om egenandeler, og modellen har ingen annen endring`],
  [/^could not read the change of the premium \(the model holds each coverage's premium, not its change\) in (.*)$/s, (m) => `kunne ikke lese endringen av premien (modellen har premien for hver dekning, ikke endringen) i ${m[1]}`],
  [/^the blocks (.*) give figures per coverage, but the document names no one product they are of; not read$/s, (m) => `blokkene ${m[1]!.replace(/ and /g, ' og ')} oppgir tall per dekning, men dokumentet nevner ikke ett produkt de gjelder; ikke lest`],
  [/^the vehicles' rows could be under «(.*)» or «(.*)»: which insurance they are of is not known; each vehicle is read as it is named$/s, (m) => `kjøretøyradene kan høre til «${m[1]}» eller «${m[2]}»: hvilken forsikring de gjelder er ukjent; hvert kjøretøy er lest slik det er navngitt`],
  [/^could not read which product the sum (.*) is for$/s, (m) => `kunne ikke lese hvilket produkt forsikringssummen ${m[1]} gjelder`],
  [/^could not read the (sum|deductible|premium) of (.*): the line states (.*); none is used$/s, (m) => `kunne ikke lese ${{ sum: 'forsikringssummen', deductible: 'egenandelen', premium: 'premien' }[m[1]!]} for ${m[2]}: linjen oppgir ${candidates(m[3]!)}; ingen av dem er brukt`],
  [/^could not read the ((?:sum|deductible|premium) «.*) of (.*)$/s, (m) => `kunne ikke lese ${columns(m[1]!)} for ${m[2]}`],
  [/^(insurer|policy number|issue date|renewal date|G|insured persons): the document states (.*); none is used$/s, (m) => `${FIELD[m[1]!]}: dokumentet oppgir ${candidates(m[2]!)}; ingen av dem er brukt`],
  [/^(insurer|policy number|issue date|renewal date|G): (.*) is used; the document also states (.*)$/s, (m) => `${FIELD[m[1]!]}: ${candidates(m[2]!)} er brukt; dokumentet oppgir også ${candidates(m[3]!)}`],
  [/^policy number: (.*) stands beside (.*), one of the several insurers the document names; it is that insurer's, not the document's, and is not used$/s, (m) => `forsikringsnummer: ${m[1]} står ved ${m[2]}, ett av flere selskaper dokumentet nevner; det er det selskapets nummer, ikke dokumentets, og er ikke brukt`],
  [/^policy number: («.*») could be read with or without its last digits; not read$/s, (m) => `forsikringsnummer: ${m[1]} kan leses med eller uten de siste sifrene; ikke lest`],
  [/^insurer: the document names (.*); none is used$/s, (m) => `forsikringsselskap: dokumentet nevner ${candidates(m[1]!)}; ingen av dem er brukt`],
  [/^issue date (".*") is not a date$/s, (m) => `utstedelsesdato ${m[1]} er ikke en dato`],
  [/^issue date: could not read the date the message was sent in (.*)$/s, (m) => `utstedelsesdato: kunne ikke lese datoen meldingen ble sendt, i ${m[1]}`],
  [/^issue date: the reply and the message it quotes are sent on different days, and neither names an insurer; the date the message was sent is not used$/s, () => 'utstedelsesdato: svaret og meldingen det siterer er sendt på ulike dager, og ingen av dem nevner et forsikringsselskap; datoen meldingen ble sendt er ikke brukt'],
  [/^«(.*)» is the insurance's deductible, no cover: not read as a coverage$/s, (m) => `«${m[1]}» er forsikringens egenandel, ingen dekning: ikke lest som dekning`],
  [/^the deductible of (.*) is a share of the cost, (.*), no amount; not read$/s, (m) => `egenandelen for ${m[1]} er en andel av kostnadene, ${m[2]}, ikke et beløp; ikke lest`],
  [/^renewal date: «Hovedforfall» stands among other labels whose dates could not be paired with them; the due date elsewhere is not used for it$/s, () => 'fornyelsesdato: «Hovedforfall» står blant andre feltnavn som datoene ikke kunne pares med; forfallsdatoen andre steder er ikke brukt for den'],
  [/^(.*) runs? past the page's right edge and is cut there; not read$/s, (m) => `${m[1]!.replace(/ and /g, ' og ')} går ut over sidens høyre kant og er kuttet der; ikke lest`],
  [/^cover («.*») of (.*): its first sentence states (\d+) amounts; its figures are not read$/s, (m) => `dekningen ${m[1]} i ${m[2]}: den første setningen oppgir ${m[3]} beløp; tallene er ikke lest`],
  [/^cover («.*») of (.*): the amount («.*») is not said to be its limit; its figures are not read$/s, (m) => `dekningen ${m[1]} i ${m[2]}: beløpet ${m[3]} er ikke oppgitt som grensen; tallene er ikke lest`],
  [/^cover («.*») of (.*): it states (\d+) deductibles; its figures are not read$/s, (m) => `dekningen ${m[1]} i ${m[2]}: den oppgir ${m[3]} egenandeler; tallene er ikke lest`],
  [/^the values of (.*) run together beside their labels and could not be told apart; not read$/s, (m) => `verdiene til ${m[1]} står sammen ved feltnavnene og kan ikke skilles fra hverandre; ikke lest`],
  [/^renewal date (".*") is not a date$/s, (m) => `fornyelsesdato ${m[1]} er ikke en dato`],
  [/^renewal date: (.*) stands in a run of labels over a run of dates whose counts differ; none is used$/s, (m) => `fornyelsesdato: ${places(m[1]!)} står i en rekke feltnavn over en rekke datoer som ikke er like mange; ingen er brukt`],
  [/^renewal date: (.*) is the renewal of one insurer's agreement among several in the overview; not used$/s, (m) => `fornyelsesdato: ${m[1]} er fornyelsen av én av flere selskapers avtaler i oversikten; ikke brukt`],
  [/^the count of insured persons (.*) is larger than this tool holds exactly \(2\^53 − 1\); not read$/s, (m) => `antallet forsikrede ${m[1]} er større enn verktøyet kan holde nøyaktig (2^53 − 1); ikke lest`],
  [/^the insured persons of the breakdown add up to more than this tool holds exactly \(2\^53 − 1\); not read$/s, () => 'de forsikrede i fordelingen blir til sammen flere enn verktøyet kan holde nøyaktig (2^53 − 1); ikke lest'],
  [/^insured persons stated again with other figures \((.*)\); the first statement is used$/s, (m) => `antallet forsikrede oppgitt på nytt med andre tall (${m[1]}); det første er brukt`],
  [/^index rate for (.*): the document states (.*); none is used$/s, (m) => `indekssatsen for ${m[1]}: dokumentet oppgir ${candidates(m[2]!)}; ingen av dem er brukt`],
  [/^natural-damage rate: the document states (.*); none is used$/s, (m) => `naturskadesats: dokumentet oppgir ${candidates(m[1]!)}; ingen av dem er brukt`],
  [/^index rate for (.*) stated again as (.*) % \(first (.*) %\); the first is used$/s, (m) => `indekssatsen for ${m[1]} oppgitt på nytt som ${m[2]} % (først ${m[3]} %); den første er brukt`],
  [/^index rates: (.*) states a rate per column and not which is this year's; none is used$/s, (m) => `indekssatser: ${m[1]} oppgir en sats per kolonne og ikke hvilken som gjelder i år; ingen er brukt`],
  [/^natural-damage rate: (.*) states more than one rate and not which is the new one; none is used$/s, (m) => `naturskadesats: ${m[1]} oppgir mer enn én sats og ikke hvilken som er den nye; ingen er brukt`],
  [/^natural-damage rate: (.*) states a change of the rate, not the rate; none is used$/s, (m) => `naturskadesats: ${m[1]} oppgir en endring av satsen, ikke satsen; ingen er brukt`],
  [/^natural-damage rate: (.*) states the previous rate, not the new one; none is used$/s, (m) => `naturskadesats: ${m[1]} oppgir forrige sats, ikke den nye; ingen er brukt`],
  [/^natural-damage rate stated again as (.*) ‰ \(first (.*) ‰\); the first is used$/s, (m) => `naturskadesatsen oppgitt på nytt som ${m[1]} ‰ (først ${m[2]} ‰); den første er brukt`],
  [/^the line (.*) holds the figures of more than one row; not read$/s, (m) => `linjen ${m[1]} har tallene til mer enn én rad; ikke lest`],
  [/^the row (.*) has more figures than its header names; not read$/s, (m) => `raden ${m[1]} har flere tall enn overskriften har kolonner; ikke lest`],
  [/^the row (.*) has (one amount|\d+ amounts) for (\d+) figure columns, and which column is which is not said; not read$/s, (m) => `raden ${m[1]} har ${m[2] === 'one amount' ? 'ett beløp' : `${m[2]!.split(' ')[0]} beløp`} for ${m[3]} tallkolonner, og det står ikke hvilken kolonne hvert hører til; ikke lest`],
  [/^(«.*») runs across the two products' columns: which words are whose is not certain; not read$/s, (m) => `${m[1]} går over begge produktenes spalter: hvilke ord som hører til hvor, er usikkert; ikke lest`],
  [/^(«[^»]*») of (.*) has no value under it; not read$/s, (m) => `${m[1]} i ${m[2]} har ingen verdi under seg; ikke lest`],
  [/^could not tell whether (.*) is a field of (.*) or one of its items; not read$/s, (m) => `kunne ikke avgjøre om ${m[1]} er et felt i ${m[2]} eller et av punktene; ikke lest`],
  [/^the amounts at the end of (.*) can be read more than one way \((.*)\); not read$/s, (m) => `beløpene til slutt i ${m[1]} kan leses på mer enn én måte (${m[2]!.replace(/ or /g, ' eller ')}); ikke lest`],
  [/^could not tell which sums (.*) says are not index-regulated; no row's index class was changed$/s, (m) => `kunne ikke avgjøre hvilke summer ${m[1]} sier ikke indeksreguleres; ingen rads indeksklasse ble endret`],
  [
    /^could not tell which sum (.*) says is not index-regulated: the sentence before names more than one row; no row's index class was changed$/s,
    (m) => `kunne ikke avgjøre hvilken sum ${m[1]} sier ikke indeksreguleres: setningen før nevner mer enn én rad; ingen rads indeksklasse ble endret`,
  ],
  [/^could not read which product the row (.*) is for$/s, (m) => `kunne ikke lese hvilket produkt raden ${m[1]} gjelder`],
  [
    /^could not tell which of the columns (.*) is the (.*) of the period; not read$/s,
    (m) => `kunne ikke avgjøre hvilken av kolonnene ${m[1]} som er ${m[2]!.replace(/\bpremium\b/g, 'premien').replace(/\bdeductible\b/g, 'egenandelen').replace(/\bsum\b/g, 'forsikringssummen').replace(/ and the /g, ' og ')} for perioden; ikke lest`,
  ],
  [/^could not tell which of the columns (.*) the cells of (.*) stand in; not read$/s, (m) => `kunne ikke avgjøre hvilke av kolonnene ${m[1]} cellene i ${m[2]} står i; ikke lest`],
  [/^(.*) is a premium for the rows above together, and the table has no premium column to say whose; not read$/s, (m) => `${m[1]} er en premie for radene over samlet, og tabellen har ingen premiekolonne som sier hvem den gjelder; ikke lest`],
  [/^(«[^»]*»): the premium (.*) may be that of (.*); not read$/s, (m) => `${m[1]}: premien ${m[2]} kan være premien til ${m[3]!.replace(/» or «/g, '» eller «')}; ikke lest`],
  [/^(«[^»]*»): («[^»]*») has the premium (.*) above; the premium (.*) was not read$/s, (m) => `${m[1]}: ${m[2]} har premien ${m[3]} over; premien ${m[4]} ble ikke lest`],
  [/^the G sums of (.*) stand in several columns, and no header says which column is which; not read$/s, (m) => `G-summene i ${m[1]} står i flere kolonner, og ingen overskrift sier hvilken kolonne som er hvilken; ikke lest`],
  [
    /^the deductible change for (.*) has a maximum (\(«.*»\)) that the model has no place for; the change is read without it: (.*)$/s,
    (m) => `egenandelsendringen for ${m[1]} har et maksimum ${m[2]} som modellen ikke har plass til; endringen er lest uten det: ${m[3]}`,
  ],
  [
    /^the deductible change for (.*) states an amount plus a percentage of the claim, which the model has no form for; not read: (.*)$/s,
    (m) => `egenandelsendringen for ${m[1]} oppgir et beløp pluss en prosent av skaden, som modellen ikke har noen form for; ikke lest: ${m[2]}`,
  ],
  [/^the deductible change (.*) names no product; it is read with the product «ukjent»$/s, (m) => `egenandelsendringen ${m[1]} nevner ikke noe produkt; den er lest med produktet «ukjent»`],
  [/^the deductible column of (.*) states a waiting period («.*»), no amount; kept as a note$/s, (m) => `egenandelskolonnen for ${m[1]} oppgir en karenstid ${m[2]}, ikke et beløp; tatt med som merknad`],
  [
    /^the (sum|deductible|premium) («.*») of (.*) holds the row's figure and the total («.*») run together, and no one split of it adds up to the total; not read$/s,
    (m) => `${m[1] === 'sum' ? 'forsikringssummen' : m[1] === 'deductible' ? 'egenandelen' : 'premien'} ${m[2]} for ${m[3]} har radens tall og summen ${m[4]} i ett, og ingen enkelt deling av det går opp i summen; ikke lest`,
  ],
  [/^could not tell which of the columns (.*) the figures (.*) stand in; not read$/s, (m) => `kunne ikke se hvilken av kolonnene ${m[1]} tallene ${m[2]} står i; ikke lest`],
  [/^the cells of (.*) do not line up with the columns of the table; not read$/s, (m) => `cellene i ${m[1]} står ikke under tabellens kolonner; ikke lest`],
  [/^(.*) may be two rows run together \(their figures in one cell\); not read$/s, (m) => `${m[1]} kan være to rader skrevet sammen (tallene deres i én celle); ikke lest`],
  [/^(.*) states full-time equivalents but no count of insured persons; not read$/s, (m) => `${m[1]} oppgir årsverk, men ikke antall forsikrede; ikke lest`],
  [/^the name (.*) is cut off and its rest was not found; the row was not read$/s, (m) => `navnet ${m[1]} er brutt av, og resten ble ikke funnet; raden ble ikke lest`],
  [/^the name (.*) is cut off and its rest was not found; the row's object is its place alone$/s, (m) => `navnet ${m[1]} er brutt av, og resten ble ikke funnet; radens objekt er bare stedet`],
  [/^(.*) is a price of the agreement, not of a coverage; not read$/s, (m) => `${m[1]} er en pris for avtalen, ikke for en dekning; ikke lest`],
  [/^index class of (.*) is not known from its name; set to other$/s, (m) => `indeksklassen for ${m[1]} kan ikke leses av navnet; satt til annet`],
  [/^index class of (.*) is not known from its name; set to none, as a cover of the insured animal$/s, (m) => `indeksklassen for ${m[1]} kan ikke leses av navnet; satt til ingen, som en dekning for det forsikrede dyret`],
  [/^index class of (.*) is not known from its name; set to none, as a cover of the insured vessel$/s, (m) => `indeksklassen for ${m[1]} kan ikke leses av navnet; satt til ingen, som en dekning for det forsikrede fartøyet`],
  [/^index class of (.*) is not known from its name; set to none, as a limit of the liability insurance (.*)$/s, (m) => `indeksklassen for ${m[1]} kan ikke leses av navnet; satt til ingen, som en grense i ansvarsforsikringen ${m[2]}`],
  [/^schedule («.*») runs on in a line of text; the amounts after it were not read: (.*)$/s, (m) => `oversikten ${m[1]} står i en linje med løpende tekst; beløpene etter den er ikke lest: ${m[2]}`],
  [/^(.*) heads a schedule, but no coverage could be read under it$/s, (m) => `${m[1]} innleder en forsikringsoversikt, men ingen dekning kunne leses under den`],
];

/** A warning of the policy model in Norwegian, its place («line 14: …») included; as it is when its form is not known. */
export function norwegianWarning(warning: string): string {
  const at = /^((?:page \d+, )?line \d+): /.exec(warning);
  const message = at ? warning.slice(at[0].length) : warning;
  for (const [re, say] of FORMS) {
    const m = re.exec(message);
    if (m) return `${at ? `${places(at[1]!)}: ` : ''}${say(m)}`;
  }
  return warning;
}
