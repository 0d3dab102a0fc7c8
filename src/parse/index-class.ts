/**
 * THE table from a product or object name to its index class (docs/parse.md, docs/renewal.md): which
 * index rate of the renewal letter regulates a schedule row's sum, and whether the row is a
 * property sum at all (a natural-damage fire sum) or `none` (driftstap, ansvar, persons, vehicles).
 *
 * Read top to bottom; the first pattern found anywhere in the name wins (after the dash of
 * «Product - objects» first: see ruleFor), so the `none` rows come first: «Driftstap Pluss», «Husleietap», «Bedriftsansvar», «Arbeidsmaskin» are not buildings or
 * machines even though their names share words with them. The same table
 *   - gives every coverage row of a schedule its `index_class`,
 *   - maps each index rate of a letter (`- Maskin og løsøre i næringslivet 10,3 %`) to its object
 *     class (a `none` label becomes `other` there: a rate is always for some class),
 *   - tells the parser which headings name a product (a heading that matches a row here).
 * A name that matches no row is `other` for rates and, for a schedule row, `other` with a warning.
 */
import type { IndexClass } from '../params/tables.js';
import type { RowIndexClass } from '../model/policy.js';
import { lowerCase } from './lower.js';

export interface IndexClassRule {
  /**
   * Matched against the name in lower case (src/parse/lower.ts), anywhere in it (Norwegian
   * compounds).
   */
  match: RegExp;
  index_class: RowIndexClass;
  /** Why, for people reading the table. */
  why: string;
}

/**
 * A loss of income (lower case): no thing's sum, so no schedule row's index class — but its sum may follow an
 * index of its own, which a letter lists among the classes' rates («– Driftstap: 3,0 %»; see src/parse/letter.ts).
 */
// (nynorsk «Avbrotstap», «Driftsavbrot»: the same cover)
// («Tidstap / Loss of Hire   NOK 95 000 per dag» on a hull certificate: a vessel's days out of service paid per day — its loss of income)
// («Utleietap / Loss of rent» of a holiday home let out, nynorsk «Utleigetap», «Leietap»: the rent lost while the let thing is
// repaired — a loss of income as «Husleietap» is)
export const LOSS_OF_INCOME = /driftstap|avbrudd|avbrot|husleig?etap|(?:^|ut)leig?etap|tap av (?:egne )?lokaler|tap av (?:hus|ut)?leig?e(?:inntekt)?|^tidstap/;

export const INDEX_CLASS_TABLE: readonly IndexClassRule[] = [
  // (nynorsk «Husleigetap» as bokmål «Husleietap»)
  { match: LOSS_OF_INCOME, index_class: 'none', why: 'loss of income, not a sum for a thing' },
  // «Ekstrautgifter | - | Etter regning» beside «Driftstap» in a business certificate: the costs of keeping the business
  // going after a loss (nynorsk «Ekstrautgifter», «Meirutgifter»), sold with the interruption cover — a limit, no thing's sum
  { match: /^(?:ekstrautgift|merutgift|meirutgift)/, index_class: 'none', why: 'extra expenses after a loss: part of the interruption cover, a limit, not a property sum' },
  // «Oppryddingskostnader / Debris removal | Alle steder | Etter regning», «Rydding og riving», «Opprydding etter skade»
  // beside the buildings of a property schedule: the cost of clearing the site after a loss, paid as incurred or up to a
  // first-risk limit — a limit as the extra expenses are, no thing's sum that an index adjusts
  { match: /^(?:opp)?rydding|^riving\b/, index_class: 'none', why: 'clearing and demolition costs after a loss: paid as incurred or up to a limit, not a property sum' },
  { match: /ansvar/, index_class: 'none', why: 'liability: a limit per event, not a property sum' },
  // «Tilbakekallingskostnader» beside «Produktansvar» in a liability schedule
  { match: /tilbakekall/, index_class: 'none', why: 'product recall costs: a limit per recall, sold with product liability, not a property sum' },
  // «Rene formuestap» (nynorsk «Reine formuestap»), «Formuesskadeansvar» beside «Bedriftsansvar» in a liability programme
  { match: /formuestap|formuesskade/, index_class: 'none', why: 'pure financial loss: a liability limit per claim or year, not a property sum' },
  // «Naturskade (0,08 promille av brannforsikringssum)»: the pool's premium on the fire sums of the rows above
  { match: /^naturskade(?:forsikring|premie)?\b/, index_class: 'none', why: 'natural damage: a premium on the fire sums of the other rows, no sum of its own' },
  { match: /rettshjelp|rettshjelpforsikring|advokatforsikring|advokathjelp/, index_class: 'none', why: 'legal expenses: a limit per dispute, not a property sum' },
  {
    match: /veterinær|dyreforsikring|hundeforsikring|katteforsikring|hesteforsikring|\b(?:hund|katt|hest)(?:en|ar|er|ene)?\b|^(?:husdyr|besetning|buskap|storfe|fjørfe)/,
    index_class: 'none',
    why: "an animal's covers («Tap av hund»: the animal's agreed value; vet costs up to a limit a year), a farm's livestock named first («Husdyr», «Besetning storfe», «Buskap»: the animals at their value; «Lausøyre, avling og buskap» is the contents heading a list) — no indexed property",
  },
  // a municipality's buildings named by what they house — before the persons' words, which «helsetun» would match
  // («Rindal helsetun», «Mosjøen brannstasjon», «Rindal skule», «Solbakken barnehage» in a kommune's list of properties);
  // a cover named after them («Skoleforsikring», «Barnehageforsikring»: the children's accident cover) is no building
  {
    match: /(?:helsetun|helsesenter|helsesenteret|helsestasjon|helsehus|brannstasjon|sykehjem|sjukeheim|omsorgssenter|\bskole|\bskule|barnehage|bibliotek)(?:en|et|a|n|r|ne|ane|ar|er)?(?![a-zæøå])/,
    index_class: 'bygninger',
    why: "a municipality's buildings named by their use (a school, a nursery, a care home, a health centre, a fire station, a library): «Bygninger» rate",
  },
  {
    match: /yrkesskade|yrkessykdom|ulykke|ulukke|personal|behandling|helse|sykdom|sjukdom|\bliv\b|gruppeliv|(?<!nærings)livsforsikring|uføre|pensjon|reise|barn(?:e|a)?forsikring|innskuddsfritak|premiefritak/,
    index_class: 'none',
    why: 'persons (a child\'s insurance, a pension\'s premium waiver «Innskuddsfritak» among them): G or fixed amounts, not indexed property',
  },
  // a shed for a vehicle or a boat is a building, though its name starts with the vehicle («Båthus», «Traktorgarasje»)
  {
    match: /^(?:båt|bil|traktor|redskap)(?:hus|skjul|naust|garasje|bu|bod)(?:et|a|en|ene|er)?\b/,
    index_class: 'bygninger',
    why: 'a boat house or a vehicle shed: the building the vehicle stands in, «Bygninger» rate',
  },
  // vehicles that need no registration are machines and movables of the business, no vehicle's cover
  // («Maskiner, inventar og kjøretøy utenfor vegtrafikkloven», «… kjøretøy som ikke er registreringspliktige»)
  {
    match: /kjøretøy\s+(?:utenfor|utanfor)\s+veg(?:trafikk)?lov|kjøretøy\s+som\s+ikke\s+er\s+registrer|uregistrerte?\s+kjøretøy/,
    index_class: 'maskin_losore',
    why: 'vehicles outside the road-traffic act (unregistered): movable property of the business, «Maskiner» rate',
  },
  // a crane is a machine, also where its name starts with what it lifts («Båtkran 5 tonn»)
  { match: /kran(?:en|er|ar|ane|ene)?\b/, index_class: 'maskin_losore', why: 'a crane: a machine («Maskiner» rate), not the boat or vehicle its name may start with' },
  {
    // (a work machine by its kind — «Gravemaskin Volvo EC220E», «Hjullaster», «Dumper», «Beltevogn» — is a vehicle as «Arbeidsmaskin» is)
    match: /(?:gravemaskin|graver|hjullaster|gravelaster|teleskoplaster|dumper|beltevogn|veghøvel|veihøvel)(?:en|ar|er|ane|ene|e)?\b|motorvogn|campingvogn|bil\b|buss(?:en|ar|er|ane|ene)?\b|bilforsikring|biler\b|bil(?:ar|ane)\b|arbeidsmaskin|båt|kjøretøy|køyretøy|tilhengar|tilhenger|traktor|motorsykkel|moped|snøscooter|vannscooter|fartøy|\bskrog|\bkasko|delkasko|minikasko|toppkasko|kriminalitet|underslag|bedrageri|utroskap|cyber|\bstyre/,
    index_class: 'none',
    why: 'vehicles (a bus, «Minibuss», among them), boats (a hull: «skrog», «kasko») and financial lines — crime («Kriminalitet», «Underslag», «Bedrageri», «Utroskap»: the direct financial loss from an employee\'s crime, up to a first-risk limit chosen in kroner or G, no property valued by a building or contents index) and cyber: market value or agreed limits',
  },
  // household contents where they are kept: «Innbo hytte», «Innbo fritidsbolig» insure the contents, the
  // building word says where («Hus og innbo», one sum for both, stays the building's)
  { match: /(?<!\bog )inn(?:bo|bu)/, index_class: 'innbo', why: 'household contents, also where a building word names where they are' },
  {
    match: /næringsbygg|bygning|\bbygg(?!e?var)|[a-zæøå]bygg(?:et|a|ene)?(?![a-zæøå])|bygn(?![a-zæøå])|bust\.|bolig|borettslag|sameie|fritidshus|hytte|\bhytta\b|eiendom|eigedom|lagerbygg|kontorbygg|garasje|våningshus|uthus|\bkirke(?:bygg|n|r|ne)?\b|\bhus(?:et|ene|a)?\b|\bhusforsikring|\bhuseier|\bhuseigar|villa|rekkehus|tomannsbolig|leilighet|bustad|fjøs|\blåve|\bløe\b|\bløa\b|stabbur|\bnaust|redskapshus|maskinhus|veksthus|drivhus|^[a-zæøå]{3,}hall(?:en|ene|ar|er)?(?![a-zæøå])/,
    index_class: 'bygninger',
    why: 'buildings, farm buildings among them (fjøs, låve, nynorsk løe, stabbur, naust), a compound that ends in «bygg» («Utleiebygg») — not one that only begins with it («Byggevarer», stock), a system\'s abbreviations («Driftsbygn. m/lager», «Kommunale utleigebust.» for bustader), and a hall as a name\'s first word («Lagerhall», «Idrettshall»): «Bygninger» rate',
  },
  // the buildings of a farm and a summer farm (seter) a farm schedule names one by one: «Eldhus», «Setra»,
  // «Sel» (a seter's hut, only alone or before «og», a comma or a dash: «Sel kommune» is a municipality), «Jordkjeller»,
  // «Anneks»; and a compound that ends in a building word is a building («Redskapsbu», «Sjøbu»,
  // «Vedskjul», «Sykkelbod», «Høyløe», «Kornlåve», «Seterhus») — as a name's first word only, since
  // a surname or a farm's name ends so as well («Kari Nordhus»), and not the estate of a deceased or
  // a bankrupt («dødsbu», «konkursbu»), household contents («innbu») or an offer («tilbod»)
  {
    // (a word ends before a letter that is not ASCII too: `\b` would let «Bodø» be a «bod»)
    match: /\beldhus|\bsetra(?![a-zæøå])|^sel(?:et)?(?:$|\s+(?:og|på|i|ved)\s|\s*[,/(–-])|jordkjeller|potetkjeller|\banneks|^[a-zæøå]{2,}(?<!inn|døds|konkurs|felles)bu(?:a|ene)?(?![a-zæøå])|^[a-zæøå]{2,}(?:hus(?:et|ene)?|skjul(?:et)?|løe|løa|låve(?:n)?)(?![a-zæøå])|^(?:[a-zæøå]{2,}(?<!til|for|på|an))?bod(?:a|en|er|ene)?(?![a-zæøå])/,
    index_class: 'bygninger',
    why: 'a farm\'s and a summer farm\'s buildings (eldhus, sel, setra, jordkjeller, anneks) and compounds ending in a building word (-bu, -hus, -skjul, -bod, -løe, -låve): «Bygninger» rate',
  },
  { match: /\bskog(?!s?bil)/, index_class: 'other', why: 'standing forest: valued at timber prices, none of the index classes' },
  // stock and household contents before machines: «Innbo og løsøre» is household contents, not a business's løsøre
  // («Kundebilar i varetekt»: custody, «varetekt», is no stock — the customers' cars are vehicles, read above)
  // («Avling og produkter på lager»: what a farm or a business holds «på lager» is its stock)
  { match: /\bvare(?!tekt)|varer(?:ne)?\b|(?<!ans)var(?:ar|ane)\b|\bpå lager\b|^(?:lagret|lagrede|lagra)\s/, index_class: 'varer', why: 'stock, also in a compound («innsatsvarer», «råvarer», «handelsvarane») and things held «på lager» or named as stored («Lagret fôr og avling»): «Varer» rate' },
  { match: /innbo|innbu/, index_class: 'innbo', why: 'household contents: «Innbo» rate' },
  // a church's or a school's instruments are its movable property, sold in a schedule's row of their own («Orgel», «Flygel»
  // beside «Inventar og løsøre» in a congregation's schedule): valued as contents are, by the movables' index
  {
    match: /\borgel(?:et|a|en)?(?![a-zæøå])|\borgl(?:ar|er|ene|ane)(?![a-zæøå])|\bflygel|\bpiano|musikkinstrument/,
    index_class: 'maskin_losore',
    why: 'musical instruments (an organ, a grand piano): movable property of the congregation or school, «Maskin og løsøre» rate',
  },
  {
    match: /eiendel|eigedel|maskin|inventar|løsøre|lausøre|lausøyre|losore|driftstilbehør|utstyr|anleggsmateriell|brakkerigg|(?:kjøle|kjøl|fryse|frys|kulde|kjøle- og fryse|kjøle- og frys)anlegg/,
    index_class: 'maskin_losore',
    why: 'machines, fixtures and contents of a business, a contractor\'s site huts and equipment («Brakkerigg og anleggsmateriell») and a refrigeration plant («Kjøle- og fryseanlegg», «Kuldeanlegg», nynorsk «Kjøleanlegg» too) among them: «Maskin og løsøre i næringslivet» rate',
  },
];

/** A cover of lost income or rent («Driftstap», «Avbrudd», «Husleietap»): the table's first rule. */
export function namesLossOfIncome(name: string): boolean {
  return INDEX_CLASS_TABLE[0]!.match.test(lowerCase(name));
}

/**
 * A farm's animals and crop («Husdyr», «Husdyr storfe», «Avling og fôr», nynorsk «Avl»): things kept
 * at the farm, though no index class names them (they are valued each year, not by an index).
 */
const FARM_STOCK = /^(?:husdyr|buskap|besetning|besetnad|avling|avl\b|fôr\b|korn\b)/i;

/** Whether a name is a farm's animals or crop (see FARM_STOCK). */
export function namesFarmStock(name: string): boolean {
  return FARM_STOCK.test(name);
}

/**
 * The first rule of the table a lower-case name matches. Among the things of property (buildings,
 * stock, machines and contents) the word that stands first names the object: «Lausøyre Hjelmvik
 * Eigedom KF» — a product cell a PDF ran into the company's cell beside it — is the contents, not
 * the building its company's name speaks of, as «Varer i lagerbygg» is stock («Inventar i
 * utleiehyttene» the contents of the huts). The rules above them
 * (loss of income, liability, persons, vehicles, contents where they are kept) win anywhere.
 */
function firstRule(lower: string): IndexClassRule | undefined {
  const i = INDEX_CLASS_TABLE.findIndex((r) => r.match.test(lower));
  if (i < 0) return undefined;
  let best = INDEX_CLASS_TABLE[i]!;
  // («Traktor og reiskap (lausøyre)», «Arbeidsmaskiner (maskin og løsøre)»: a vehicle's word, then in brackets at the end the
  // class of property the row is insured as — the bracket says what the sum is, movable property of the farm or the business)
  if (best === VEHICLES) {
    const said = CLASS_IN_BRACKETS.exec(lower);
    const rule = said ? INDEX_CLASS_TABLE.find((r) => r.index_class !== 'none' && r.match.test(said[1]!)) : undefined;
    if (rule && (rule.index_class === 'maskin_losore' || rule.index_class === 'varer')) return rule;
  }
  if (best.index_class === 'none' || best.index_class === 'innbo') return best;
  let at = lower.search(best.match);
  // (a name in brackets, «Eiendeler (varer)», is the specific name: it wins as after a dash)
  if (lower.lastIndexOf('(', at) > lower.lastIndexOf(')', at)) return best;
  for (const r of INDEX_CLASS_TABLE.slice(i + 1)) {
    const k = r.index_class === 'none' ? -1 : lower.search(r.match);
    if (k >= 0 && k < at) [best, at] = [r, k];
  }
  return best;
}

/** The table's rule of vehicles, boats and financial lines (its class `none`, its `why` begins «vehicles»). */
const VEHICLES = INDEX_CLASS_TABLE.find((r) => r.index_class === 'none' && r.why.startsWith('vehicles'))!;
/** A class of property in brackets at a name's end: «(lausøyre)», «(maskin og løsøre)» (lower case). */
const CLASS_IN_BRACKETS = /\(\s*((?:maskin(?:er)?\s+og\s+)?(?:løsøre|lausøre|lausøyre|maskin og løsøre|driftstilbehør))\s*\)\s*$/;

/** A building's name, then after a comma what of it is insured: «Adm. bygg, lausøyre». */
const COMMA_PART = /,\s*([^,]+)$/;
/** Contents named after a building's comma: the contents, kept in that building. */
function contentsAfterComma(lower: string, head: IndexClassRule | undefined): IndexClassRule | undefined {
  const part = head?.index_class === 'bygninger' ? COMMA_PART.exec(lower) : null;
  const tail = part ? firstRule(part[1]!) : undefined;
  return tail && (tail.index_class === 'maskin_losore' || tail.index_class === 'varer' || tail.index_class === 'innbo') ? tail : undefined;
}

const DASH = /\s[-–—]\s/;
/** Brackets holding a list of two or more («(inventar, utstyr og varer)», «(bygning og innbo)»). */
const LISTED = /\s*\([^()]*(?:,|\bog\b|\beller\b)[^()]*\)/;

/**
 * The rule a name matches, or undefined. The most specific name wins: in «Eiendeler - Varer» the
 * part after the dash names the objects (stock: `varer`), as in «Eiendeler - Maskiner, inventar og
 * løsøre» (`maskin_losore`) and «Bygning - Boligblokk»; but a product that is no property sum
 * («Driftstap - Eiendeler», «Husleietap - tap av egne lokaler») stays what its product is.
 */
export function ruleFor(name: string): IndexClassRule | undefined {
  // (every reader asks of the names it meets whether they are products — the same names again and
  // again, a block's product for each of its lines: the answer depends on the name alone)
  if (rulesAsked.has(name)) return rulesAsked.get(name);
  if (rulesAsked.size > 20_000) rulesAsked.clear();
  const rule = ruleOfName(name);
  rulesAsked.set(name, rule);
  return rule;
}

/** The rules of the names asked before (emptied when large: a batch of documents does not keep them all). */
const rulesAsked = new Map<string, IndexClassRule | undefined>();

function ruleOfName(name: string): IndexClassRule | undefined {
  const lower = lowerCase(name);
  // («Eiendom løsøre», «Eiendom bygninger» in a broker's overview, «Eigedom lausøyre»: the product family, property
  // insurance, then the part of it the row insures — that part is the class, as after a dash)
  const family = PROPERTY_FAMILY.exec(lower);
  const part = family ? firstRule(family[1]!) : undefined;
  if (part && part.index_class !== 'none' && part.index_class !== 'other') return part;
  // «Løsøre (inventar, utstyr og varer)»: a list in brackets says what the name holds, several kinds
  // of it; the name before the brackets is the class (one word in brackets, «Eiendeler (varer)», is
  // the specific name, and wins as after a dash)
  const listed = LISTED.exec(lower);
  if (listed) {
    const head = firstRule(lower.slice(0, listed.index));
    if (head) return head;
  }
  const dash = DASH.exec(lower);
  if (!dash) {
    const rule = firstRule(lower);
    return contentsAfterComma(lower, rule) ?? rule;
  }
  const head = firstRule(lower.slice(0, dash.index));
  if (head?.index_class === 'none') return head;
  const after = lower.slice(dash.index + dash[0].length);
  // («Maskiner og inventar - begge bygg», «Varer - i alle lagerbygg»: after the dash, which ones or where they are, not
  // what they are — the name before it is the class)
  if (head && WHERE_AFTER_DASH.test(after)) return head;
  return firstRule(after) ?? head ?? firstRule(lower);
}

/** «Eiendom …», «Eiendomsforsikring …», nynorsk «Eigedom …»: property insurance as a product family, then a word of its part (not «og …»). */
const PROPERTY_FAMILY = /^(?:eiendom|eigedom)(?:sforsikring)?\s+(?!og\s|i\s|på\s)(\S.*)$/;

/** Words that begin a place or a count, not a thing: «begge bygg», «alle lokasjoner», «i lagerbygget», «på garden». */
const WHERE_AFTER_DASH = /^(?:begge|alle|hele|heile|i|på|ved)\s/;

/** Index class of a schedule row from its product name (`other` when the table does not know it). */
export function rowIndexClass(name: string): { index_class: RowIndexClass; known: boolean } {
  const rule = ruleFor(name);
  return rule ? { index_class: rule.index_class, known: true } : { index_class: 'other', known: false };
}

/** Object class of an index rate from its label in the letter. */
export function rateObjectClass(label: string): IndexClass {
  const c = ruleFor(label)?.index_class;
  return c === undefined || c === 'none' ? 'other' : c;
}

/** True when a name is one the table knows (used to recognise product headings). */
export function namesProduct(name: string): boolean {
  return ruleFor(name) !== undefined;
}

/**
 * A product word as the product's name, when the index-class table knows it: capitalised, a definite
 * form as its base — «husforsikringen» → «Husforsikring», «bustadforsikringa» → «Bustadforsikring»,
 * «hytta» → «Hytte», «innboet», «eiendommen». Undefined for a word the table does not know.
 */
export function productName(word: string): string | undefined {
  const lower = lowerCase(word.trim());
  if (!namesProduct(lower)) return undefined;
  // («bygningene», nynorsk «bygningane»: the plural's definite form, its base the singular)
  const plural = /(?:ene|ane)$/.exec(lower);
  if (plural && lower.length - 3 >= 4) {
    const stem = lower.slice(0, -3);
    const single = [stem, `${stem}e`].find((b) => namesProduct(b) && !/(?:en|et|a)$/.test(b));
    if (single !== undefined) return `${single[0]!.toUpperCase()}${single.slice(1)}`;
  }
  const suffix = /(?:en|et|a)$/.exec(lower);
  let base = lower;
  if (suffix && lower.length - suffix[0].length >= 4) {
    const whole = lower.slice(0, -suffix[0].length);
    const stem = whole.replace(/([bdfgklmnprst])\1$/, '$1');
    // (a feminine noun's «-a» stands for its «-e»: «hytta», «løa»; a noun whose base ends in a double consonant keeps it,
    // «næringsbygget» → «næringsbygg», where «eiendommen» is «eiendom»)
    const base2 = [stem, ...(suffix[0] === 'a' ? [`${lower.slice(0, -1)}e`] : []), ...(whole !== stem ? [whole] : [])].find((b) => namesProduct(b));
    if (base2 !== undefined) base = base2;
  }
  return `${base[0]!.toUpperCase()}${base.slice(1)}`;
}
