/**
 * Names in schedules, shared by the schedule readers (src/parse/schedule.ts and the readers of
 * other layouts beside it): which column or field a label names, and the product and place a
 * name line states.
 */
import type { Coverage, SumValue } from '../model/policy.js';
import { DATE_SOURCE, isGCell, readAmount, readDate, readLimit, readSum } from './amounts.js';
import { namesProduct, rowIndexClass, ruleFor } from './index-class.js';
import { lowerCase } from './lower.js';
import { withoutColon } from '../core/norsk-text.js';
import { BOAT_WITH_YEAR, LIMIT_UNITS, PERSONS, SHARE_DEDUCTIBLE_WORDS, PER_UNIT_RATES, PLATE_SOURCE, SCHEDULE_COLUMNS, TOTAL_WORDS, type Col } from './vocabulary.js';

const DIGIT = /\d/;

/** A total line of a schedule: «Sum», «Totalpris», «Sum årspremie», «Total pris per år», «Samlet årspris:» (src/parse/vocabulary.ts). */
export const TOTAL_ROW = new RegExp(`^(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![a-zæøå])`, 'i');

/** «ubegrenset», «ingen øvre grense»: a cover with no limit, no sum. */
export const NO_LIMIT = /^(?:ubegrenset|ubegrensa|ubegrensede?|ingen (?:øvre )?grense|uten (?:øvre )?(?:beløps)?grense|uten sumbegrensning)$/i;
/**
 * «Lovbestemt», «Etter lov», «Iht. lov»: a person cover whose sums the law sets (yrkesskade) in a sum
 * column — no sum, and nothing lost (the sums are the law's, read from the cover's items where the
 * document lists them). Not an individually assessed sum: that is an item's («Tapt inntekt | Etter loven»).
 */
// (the law named in full is the same: «Iht. lov om yrkesskadeforsikring», «Etter yrkesskadeforsikringsloven», nynorsk
// «Etter yrkesskadeforsikringslova» — and «Erstatning etter lov», the benefit the law sets, as a portal page writes it)
export const BY_LAW = /^(?:erstatning\s+)?(?:lovbestemt|lovbestemte|lovpålagt|lovfestet|lovfesta|(?:etter|iht\.?|i\s+henhold\s+til|ifølge|iflg\.?|jf\.?)\s+(?:lov|loven|lova|yrkesskadeforsikringsloven|yrkesskadeforsikringslova|lov\s+om\s+yrkesskadeforsikring))$/i;

const COUNT_WORDS = `(?:${PERSONS.count.join('|')})`;
const FTE_WORDS = `(?:${PERSONS.fte.join('|')})`;
/**
 * «14 ansatte / 12,5 årsverk», «9 ansatte», «12,5 årsverk» in a broker's place column: whom a person
 * cover's row insures, no place.
 */
// («Antall ansatte: 16» over «Årsverk: 14,5» in the place column of a «Yrkesskade» row: the count by its label, and the
// full-time equivalents on the cell's wrapped line — whom the row insures, as «16 ansatte / 14,5 årsverk» is)
const COUNT_PART = String.raw`(?:\d[\d ]*\s+${COUNT_WORDS}|(?:(?:antall|antal|tal)\s+)?${COUNT_WORDS}\s*:\s*\d[\d ]*?)`;
// («1 042,6 årsverk»: a large staff's full-time equivalents with their thousands grouped)
const FTE_FIGURE = String.raw`(?:\d{1,3}(?: \d{3})+|\d+)(?:,\d+)?`;
const FTE_PART = String.raw`(?:${FTE_FIGURE}\s+${FTE_WORDS}|(?:(?:antall|antal|tal)\s+)?${FTE_WORDS}\s*:\s*${FTE_FIGURE})`;
export const PERSONS_CELL = new RegExp(String.raw`^${COUNT_PART}(?:\s*[/,.;]?\s*${FTE_PART})?$|^${FTE_PART}$`, 'i');

/** A name, then whom it insures in brackets: «Yrkesskade (31 ansatte, 22,5 årsverk)» (group 1 the name, 2 the persons). */
const NAME_THEN_PERSONS = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * «Yrkesskade (31 ansatte, 22,5 årsverk)», «Yrkesskade (2 ansatte, 1,6 årsverk)»: a staff cover's name with the count of
 * the people it insures in brackets after it — the count is the document's insured persons (read by the header), the
 * name before it the product. Any other name is returned as it is.
 */
export function withoutPersonsRemark(name: string): string {
  const m = NAME_THEN_PERSONS.exec(name.trim());
  return m !== null && PERSONS_CELL.test(m[2]!.trim()) && !/\d/.test(m[1]!) ? m[1]! : name;
}

/**
 * «kr 25 000 per person», «kr 1 000 pr. reise», «NOK 1 500 000 per sending», «NOK 20 000 000 i aggregat»: what a limit is
 * counted by, after the amount (LIMIT_UNITS) — in a bilingual schedule perhaps with its English after a slash («per skade /
 * any one occurrence», «i aggregat / in the aggregate»), the same unit said twice.
 */
const PER_UNIT = new RegExp(
  String.raw`^(.*\S)\s+((?:(?:per|pr\.?)\s+(?:${LIMIT_UNITS.join('|')})|i\s+(?:års)?aggregat)(?:\s*\/\s*(?:any\s+one|each|per|in\s+the|in)\s+[a-z]+(?:\s+[a-z]+)?)?)$`,
  'i',
);

/**
 * An amount in kroner and what it is counted by: «kr 40 000 per person», «inntil kr 5 000 per skade»
 * (a sum in a schedule's column, a cover's part, a person item's limit); undefined for any other cell.
 */
export function perUnitAmount(cell: string): { sum: string; per: string } | undefined {
  const m = PER_UNIT.exec(cell.trim());
  const sum = m && /\b(?:kr|nok|kroner)\b/i.test(m[1]!) ? (readLimit(m[1]!) ?? readAmount(m[1]!)) : undefined;
  return sum !== undefined ? { sum, per: m![2]! } : undefined;
}

/**
 * A G sum and what it is counted by: «10 G pr. person», «1 G per barn» (a person cover's sum in a
 * schedule's column, for each person it insures); undefined for any other cell.
 */
export function perUnitG(cell: string): { sum: SumValue; per: string } | undefined {
  const m = PER_UNIT.exec(cell.trim());
  const sum = m && isGCell(m[1]!.trim()) ? readSum(m[1]!.trim()) : undefined;
  return sum !== undefined && typeof sum !== 'string' ? { sum, per: m![2]! } : undefined;
}

/**
 * An indemnity period, its word before or after its length: «Ansvarstid 12 mnd», «Erstatningstid: 24
 * måneder», «12 mnd ansvarstid» — a business-interruption row's note, never a place or a name.
 */
const PERIOD_WORD = String.raw`(?:ansvarstid|erstatningstid|avbruddstid|dekningstid|ansvarsperiode|erstatningsperiode)`;
const PERIOD_LENGTH = String.raw`\d+\s*(?:mnd\.?|md\.?|måneder|månader|måneders|månaders|måned|månad|år|uker|veker|dager|dagar)`;
export const INDEMNITY_PERIOD_SOURCE = String.raw`(?:${PERIOD_WORD}\s*:?\s*${PERIOD_LENGTH}|${PERIOD_LENGTH}\s+${PERIOD_WORD})`;
export const INDEMNITY_PERIOD = new RegExp(`^${INDEMNITY_PERIOD_SOURCE}$`, 'i');
/**
 * A place, then an indemnity period: «Alle forsikringssteder Ansvarstid 12 mnd.», «Brynsveien 12, 0667 Oslo Ansvarstid 24 mnd»
 * — a business-interruption row's period set on the line under its place, joined into the place's cell (a web page's cell
 * printed as one text, a PDF's wrapped cell). The place, then the period (the row's note).
 */
export const PLACE_THEN_PERIOD = new RegExp(`^(.*[^\\s,])[\\s,]+(${INDEMNITY_PERIOD_SOURCE})$`, 'i');

/** «Dekning» (or «Dekninger»), in any case: a row's name, or beside a product column the row's coverage. */
export function isDekning(name: string): boolean {
  const l = lowerCase(name);
  return l === 'dekning' || l === 'dekninger';
}

/**
 * The names of each column, in lower case (src/parse/vocabulary.ts). Looked up, not matched with
 * case-insensitive regexps: every cell of every table row is tried, and compiling those cost more
 * than the lookups.
 */
const COLUMN = new Map(SCHEDULE_COLUMNS.flatMap(([col, names]) => names.map((name) => [name, col] as const)));
/** A year after a column's name: «Sum 2024», «Premie 2023 (kr)», «Forsikringssum 2025», «Pris for 2025», «Premie i 2026». */
const COLUMN_YEAR = /^(.*?\S)\s+(?:(?:for|i)\s+)?((?:19|20)\d\d)(\s*\((?:kr|nok)\.?\))?$/i;

/** The year a header cell's name ends with («Sum 2024» → 2024), or undefined. */
export function columnYear(cell: string): number | undefined {
  const m = COLUMN_YEAR.exec(withoutColon(cell.trim()));
  return m && columnOf(m[1]! + (m[3] ?? '')) !== undefined ? +m[2]! : undefined;
}

/** A figure's column name, then the date its figures apply from: «Ny sum fra 1.1.2026», «Forsikringssum frå 1. januar 2026», «Sum per 01.01.2026». */
const COLUMN_FROM_DATE = new RegExp(String.raw`^(.*?\S)\s+(?:gjeldende\s+|gjeldande\s+)?(?:fra|frå|f\.o\.m\.?|per|pr\.)\s+(${DATE_SOURCE})$`, 'i');

/**
 * A header cell dated by the day its figures apply from, as an index notice heads its table of sums
 * before and after the regulation («Sum i 2025 | Ny sum fra 1.1.2026»): the cell as its name and the
 * date's year («Sum fra 1.1.2026» → «Sum 2026», a column per year), or its name alone where words
 * date it already («Ny sum fra 1.1.2026» → «Ny sum», the new period's). Any other cell as it is.
 */
export function undatedColumn(cell: string): string {
  if (!DIGIT.test(cell)) return cell;
  const m = COLUMN_FROM_DATE.exec(withoutColon(cell.trim()));
  const date = m ? readDate(m[2]!) : undefined;
  if (!m || date === undefined) return cell;
  const name = m[1]!;
  if (columnOf(name) !== undefined) return `${name} ${date.slice(0, 4)}`;
  return figureWhen(name)?.when === 'new' ? name : cell;
}

/** A slash and the blanks around it. */
const SLASH_BLANKS = /\s*\/\s*/g;

/**
 * The columns of the cells asked before. Every line is asked whether it is a header — its cells, and
 * the two halves of each split of a cell (twoNames) — and the same cells are asked again by each
 * reader; the answer depends on the text alone. Emptied when large, so that a batch of documents does
 * not keep them all.
 */
const columnsAsked = new Map<string, Col | undefined>();

/** The column a header cell names; «Forsikringssum (kr)», «Egenandel i kr», «Pris NOK»: the unit is not part of the name; nor a year («Sum 2024»). */
export function columnOf(cell: string): Col | undefined {
  if (columnsAsked.has(cell)) return columnsAsked.get(cell);
  if (columnsAsked.size > 20_000) columnsAsked.clear();
  const col = columnNamed(cell);
  columnsAsked.set(cell, col);
  return col;
}

/** A column's name and a remark in brackets after it, with no figure: «forsikringssum (årlig husleie)». */
const SUM_REMARK = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ ]*?)\s*\(([^()\d]+)\)$/u;
/**
 * A remark that changes what the figures under it are: first risk, G, a rate, a scale («tusen», «mill.», and the
 * currency's scaled codes a broker's overview heads its sums with: «Sum (MNOK)», «Forsikringssum (TNOK)», «(mio. kr)»,
 * «(tkr)» — read as kroner, «84,6» under «Sum (MNOK)» would be 84 kroner).
 */
const SCALE_REMARK = /risiko|\bg\b|grunnbeløp|prosent|promille|%|‰|tusen|mill|\bmio\b|\bmnok\b|\btnok\b|\btkr\b|per\s+(?:daa|m|dyr|person|år|mnd|måned)|pr\.?\s/;

/** A column of each row's policy number, named after a slash beside the product's: «Produkt / polise». */
const POLICY_COLUMN_NAMES: ReadonlySet<string> = new Set(['polise', 'polisenr', 'polisenummer', 'avtale', 'avtalenr', 'avtalenummer', 'forsikringsnr', 'forsikringsnummer']);

/** What a broker's place column names after its slash for the rows at no place: their scope or basis. */
const SCOPE_AFTER_PLACE: ReadonlySet<string> = new Set(['omfang', 'dekningsomfang', 'grunnlag', 'premiegrunnlag', 'omfang/grunnlag']);

/**
 * Whether a header cell names a place column that holds a scope for the rows at no place («Forsikringssted / omfang»,
 * «Forsikringssted / grunnlag»): a cell under it is the row's object only where it is a place.
 */
export function placeOrScope(cell: string): boolean {
  const name = withoutColon(lowerCase(cell.trim())).replace(SLASH_BLANKS, '/');
  const slash = PRODUCT_SLASH_PLACE.exec(name);
  return slash !== null && COLUMN.get(slash[1]!) === 'object' && SCOPE_AFTER_PLACE.has(slash[2]!.trim());
}

/** What a private certificate's place column names after its slash for the rows at no place of their own: the cover. */
const COVER_AFTER_PLACE: ReadonlySet<string> = new Set(['dekning', 'dekninger', 'dekningar', 'dekking', 'dekkingar']);

/**
 * Whether a header cell names a column of each row's place or, for a row at no place, its cover («Forsikringssted /
 * dekning», «Adresse / dekning» over «Fjellstølen 23, Gnr 112 Bnr 7, 3580 Geilo», then «Bod/anneks, frittliggende» and
 * «Innbo og løsøre i hytta» under it): a cell under it is the row's object only where it is a place, else its coverage.
 */
export function placeOrCover(cell: string): boolean {
  const name = withoutColon(lowerCase(cell.trim())).replace(SLASH_BLANKS, '/');
  const slash = PRODUCT_SLASH_PLACE.exec(name);
  return slash !== null && COLUMN.get(slash[1]!.trim()) === 'object' && COVER_AFTER_PLACE.has(slash[2]!.trim());
}

/** A column's name, a slash, and a second name or none (the rest wrapped onto the header's next line): «produkt/forsikringssted», «produkt/». */
const PRODUCT_SLASH_PLACE = /^([A-Za-zÀ-ÖØ-öø-ɏ ]+)\/([A-Za-zÀ-ÖØ-öø-ɏ ]*)$/u;

function columnNamed(cell: string): Col | undefined {
  // «Sum 2024», «Premie 2023»: a column of one year (overviewHeader keeps the newest)
  if (DIGIT.test(cell)) {
    const m = COLUMN_YEAR.exec(withoutColon(cell.trim()));
    return m ? columnOf(m[1]! + (m[3] ?? '')) : undefined;
  }
  // «Årspris (kr)*»: a footnote mark is not part of the name
  // («Forsikringssted / objekt»: blanks around a slash are the layout's, the name is «forsikringssted/objekt»)
  // («Reg.nr.:» — an abbreviation's full stop before the label's colon — is «reg.nr» as «Reg.nr.» is)
  const bare = withoutColon(lowerCase(cell.trim()).replace(/\s*\*+$/, '').replace(/\.$/, '')).replace(/\.$/, '');
  const name = bare.includes('/') ? bare.replace(SLASH_BLANKS, '/') : bare;
  // (no column name ends with a unit, so a name found as it is needs no unit taken off)
  const col = COLUMN.get(name) ?? (endsWithUnit(name) ? COLUMN.get(name.replace(/\s*\(?(?:i\s+)?(?:kr|nok|kroner)\.?\)?$/, '')) : undefined);
  if (col === undefined && name.includes('/')) {
    // («Produkt /» over «forsikringssted», a header cell wrapped at its slash: the column of its first name — and
    // «Forsikring / forsikringssted» whole, a name column whose rows set their place under the name, the same)
    const slash = PRODUCT_SLASH_PLACE.exec(name);
    // («Produkt / polise», «Forsikring / avtalenr.»: the product and, under its name in each cell, the policy's number —
    // a broker's overview of several insurers; the number is taken off the name, policyInName)
    if (slash && COLUMN.get(slash[1]!) === 'product' && (slash[2] === '' || COLUMN.get(slash[2]!) === 'object' || POLICY_COLUMN_NAMES.has(slash[2]!.trim()))) return 'product';
    // («Forsikringssted / gjenstand», «Adresse / objekt»: the place first, then what stands there — a column of the rows'
    // objects, as «Forsikringssted/objekt» is)
    // («Forsikringssted /» over «objekt», a place column's name wrapped at its slash: the column of its first name, as a
    // product's is)
    if (slash && COLUMN.get(slash[1]!) === 'object' && (slash[2] === '' || COLUMN.get(slash[2]!) === 'object' || COLUMN.get(slash[2]!) === 'product')) return 'object';
    // («Forsikringssted / omfang», «Forsikringssted / grunnlag»: a broker's column of each row's place, or, for a cover at no
    // place, what it reaches or is counted by — «12 mnd. ansvarstid», «68 ansatte»; the object's column, whose cells are
    // objects only where they are places: placeOrScope)
    if (slash && COLUMN.get(slash[1]!) === 'object' && SCOPE_AFTER_PLACE.has(slash[2]!.trim())) return 'object';
  }
  // «Sum per person», «Forsikringssum pr. person»: the sum each insured person has — the sum's column (a
  // premium per person is no premium of the cover: not read so)
  const perPerson = col === undefined ? SUM_PER_PERSON.exec(name) : null;
  if (perPerson) return COLUMN.get(perPerson[1]!) === 'sum' ? 'sum' : undefined;
  // «Forsikringssum (årlig husleie)», «Forsikringssum (per skade)»: a sum column's name with a remark in brackets on
  // what the sum is — still the sum's column. Not a remark that changes the figure's kind or scale (a first-risk sum,
  // G, a rate, thousands: «Forsikringssum (tusen kr)»), nor any other column's (a premium's remark may name its period)
  const remark = col === undefined ? SUM_REMARK.exec(name) : null;
  if (remark && COLUMN.get(remark[1]!) === 'sum' && !SCALE_REMARK.test(remark[2]!)) return 'sum';
  if (col !== undefined || !name.includes('selskap')) return col;
  // «Forsikring Selskap» as one cell: a PDF that sets a broker's company column one space from the
  // product's draws both as one — the product column, each cell its product and then its insurer
  // (overviewRow takes the insurer off); before, the column was unknown and every row lost its name.
  // «Selskap Forsikring», the company column first, the same: each cell its insurer, then its product
  const joined = COMPANY_JOINED.exec(name) ?? COMPANY_FIRST.exec(name);
  return joined && COLUMN.get(joined[1]!) === 'product' ? 'product' : undefined;
}

/** A figure counted per unit of area, head or home: «forsikringsverdi per daa», «pris pr. m²» (PER_UNIT_RATES). */
const PER_UNIT_RATE = new RegExp(`\\s(?:per|pr\\.?)\\s*(?:${PER_UNIT_RATES.map((w) => w.replace('.', '\\.')).join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ\\d])`, 'u');

/** Whether a lower-case column name is a figure per unit (PER_UNIT_RATE): a rate, not the row's figure. */
export function perUnitRate(name: string): boolean {
  return PER_UNIT_RATE.test(name);
}

/** A column's name, then whom its figure is for: «sum per person», «forsikringssum pr. forsikra». */
const SUM_PER_PERSON = /^(.+?)\s+(?:per|pr\.?)\s+(?:person|forsikret|forsikra|ansatt|tilsett|medlem)$/;

/** A product column's name and the company column's, one space apart: «forsikring selskap». */
const COMPANY_JOINED = /^(\S+) (?:forsikrings)?selskap$/;
/** The company column's name, then the product column's, one space apart: «selskap forsikring». */
const COMPANY_FIRST = /^(?:forsikrings)?selskap (\S+)$/;

/** Ends with «kr», «nok» or «kroner», then perhaps «.» and «)»: a cheap test before the pattern that takes the unit off. */
function endsWithUnit(name: string): boolean {
  let end = name.length;
  if (name[end - 1] === ')') end--;
  if (name[end - 1] === '.') end--;
  const s = name.slice(0, end);
  return s.endsWith('kr') || s.endsWith('nok') || s.endsWith('kroner');
}

const AMOUNT_IN_NAME = /(?<![\d,])\d{1,3}(?: \d{3})+(?![\d,])/;

/**
 * A dash and the agreement's form after a product's name: « – årsavtale», « - årsforsikring», « – flåteavtale»,
 * « – rammeavtale», « - samleavtale» (a fleet's), « – enkelttransport» (a goods insurance bought for a year or for one shipment), and whatever stands
 * after it on the title's line (its translation).
 */
// (or after a comma: «Forsikringsbevis – Transportforsikring, årsavtale»)
export const AGREEMENT_FORM_AFTER = /(?:\s+[-–]|,)\s+(?:års|flåte|ramme|tids|samle)(?:avtale|forsikring)\b.*$|\s+[-–]\s+enkelt(?:transport|reise|sending)\b.*$/i;

/**
 * The agreement's form before the insurance it is for, a business's or a fleet's heading: «Bedriftsavtale kjøretøy»,
 * «Samleavtale bil», «Rammeavtale motorvogn», «Flåteavtale kjøretøy» — how the insurance is bought, as « – samleavtale»
 * after it is (AGREEMENT_FORM_AFTER); the insurance after it, in lower case, is the product.
 */
const AGREEMENT_FORM_BEFORE = /^(?:bedrifts|samle|ramme|flåte|kollektiv|firma)avtale\s+(?=[a-zæøå])/i;

/**
 * «Bedriftsavtale kjøretøy» → «Kjøretøy» (AGREEMENT_FORM_BEFORE); any other name as it is. A heading in capitals,
 * «SAMLEAVTALE MOTORVOGN», gives the insurance as a product is written, «Motorvogn».
 */
export function withoutFormBefore(name: string): string {
  const m = AGREEMENT_FORM_BEFORE.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  const tail = rest === rest.toUpperCase() ? lowerCase(rest.slice(1)) : rest.slice(1);
  return rest[0]!.toUpperCase() + tail;
}

/**
 * «Dekninger som inngår i husforsikringen» (nynorsk «Dekningar som inngår i husforsikringa»): a caption over the covers an
 * insurance named in the definite form takes in — the product is that insurance, «Husforsikring».
 */
const COVERS_OF_INSURANCE = /^(?:dekninger|dekningar|tilleggsdekninger|tilleggsdekningar)\s+som\s+(?:inngår|er\s+med|er\s+inkludert)\s+i\s+([a-zæøå]{2,40}forsikring)(?:en|a)$/i;

/** «Dekninger som inngår i husforsikringen» → «Husforsikring» (COVERS_OF_INSURANCE); any other name as it is. */
export function insuranceOfCovers(name: string): string {
  const m = COVERS_OF_INSURANCE.exec(name.trim());
  return m ? m[1]![0]!.toUpperCase() + m[1]!.slice(1) : name;
}

/** A line that names a product, and perhaps its place after a comma («Våningshus, Haugsvegen 142, 2630 Ringebu»). */
export function productLine(text: string): { product: string; object?: string } | undefined {
  const t = text.trim();
  if (t === '' || t.length > 120 || /[.:;!?]$/.test(t) || !/^[A-ZÀ-ÖØ-Þ]/.test(t)) return undefined;
  // (a line with an amount in it is a row of figures run together, not a name)
  if (AMOUNT_IN_NAME.test(t)) return undefined;
  // the place is the part after the first comma when it holds a postcode and a place name (a comma
  // inside brackets is the name's: «Eiendeler (maskiner, inventar og utstyr), Nedre Langgate 22, …»)
  // «Husforsikring Standard – Kirkegata 7, 2317 Hamar»: after a dash, the whole address is the place
  // (the comma's rule would leave «Kirkegata 7» in the product and only «2317 Hamar» as the place)
  const vehicle = vehicleAfterDash(t);
  if (vehicle) return vehicle;
  const dash = DASH_BEFORE_PLACE.exec(t);
  // («Næringsdrift - maskiner og inventar, Storgata 15, 2815 Gjøvik»: words in lower case after the dash are the name's
  // rest, no place — a place begins with a capital or a figure; the place is after the comma, as for any name)
  if (dash && !/\d/.test(t.slice(0, dash.index)) && !/^[a-zß-öø-ÿčđŋšŧž]/u.test(t.slice(dash.index + dash[0].length))) {
    // «Bygningsforsikring – Naust – 6863 Leikanger»: an insurance's name ends at its first dash, and
    // the place is the site's name and postcode after it (not «Naust» in the product, «6863 Leikanger» alone)
    const first = INSURANCE_THEN_DASH.exec(t);
    if (first && first[0].length < dash.index) return { product: first[1]!, object: t.slice(first[0].length) };
    return { product: t.slice(0, dash.index), object: t.slice(dash.index + dash[0].length) };
  }
  const comma = commaOutsideBrackets(t);
  if (comma > 0 && POSTCODE_PLACE.test(t.slice(comma + 2))) return { product: t.slice(0, comma), object: t.slice(comma + 2) };
  // («Vareforsikring – årsavtale»: the agreement's form after the dash is how the product is bought, no part of its name)
  const bought = insuranceOfCovers(withoutFormBefore(t.replace(AGREEMENT_FORM_AFTER, '')));
  return { product: bought !== '' ? bought : t };
}

/** A name without figures, a dash, and what follows it: «Bil – Volkswagen ID.4 (EV 40211)». */
const NAME_DASH_REST = /^([A-ZÀ-ÖØ-Þ][^\d–—]{1,30}?)\s[–—-]\s(.+)$/;
/** A vehicle's kind, one word, then its plate first in the rest: «Tilhenger TN 4471 Brenderup 1205». */
const KIND_THEN_PLATE = new RegExp(String.raw`^([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)\s+(${PLATE_SOURCE}(?:\s.*)?)$`);
/** A plate anywhere, also in brackets («Toyota Yaris 2016 (DN 55872)»). */
const PLATE_ANYWHERE = new RegExp(String.raw`(?:^|[\s,(])${PLATE_SOURCE}(?=$|[\s,)])`);

/**
 * «Bil – Volkswagen ID.4 (EV 40211)», «Båt – Askeladden C61 Cruiser 2020», «Personbil EK 12345 Toyota
 * Corolla 2019»: a vehicle's or a boat's
 * product, then after a dash the thing itself — its plate, or a model that ends in its year. The
 * thing as written is the object (a reader names the car, not the plate alone); before, the whole
 * line was the product and the object was lost. Undefined for a product that is no vehicle
 * («Yrkesskade – lovbestemt») or a rest that names no vehicle.
 */
function vehicleAfterDash(t: string): { product: string; object: string } | undefined {
  // («Personbil EK 12345 Toyota Corolla 2019»: the kind, then the plate and the model with no dash — an
  // e-mail's block title; the vehicle as the line names it is the object, as in an overview's product column)
  const m = NAME_DASH_REST.exec(t) ?? KIND_THEN_PLATE.exec(t);
  if (!m) return undefined;
  const rule = ruleFor(m[1]!);
  if (rule === undefined || rule !== ruleFor('bil')) return undefined;
  return PLATE_ANYWHERE.test(m[2]!) || BOAT_WITH_YEAR.test(m[2]!) ? { product: m[1]!, object: m[2]! } : undefined;
}

/** An insurance's name («…forsikring», «…forsikringa») and the dash after it. */
const INSURANCE_THEN_DASH = /^([^\d–—]*?forsikring(?:a|en)?)\s[–—-]\s/i;
/** A postcode and a place name («2317 Hamar»). */
export const POSTCODE_PLACE = /\b\d{4}\s+[A-ZÀ-ÖØ-Þ]/;
/**
 * A dash with spaces before an address that ends with its postcode and place («… – Kirkegata 7, 2317 Hamar»), or a middle
 * dot where a letter's record writes one there («Villa · Husøyveien 31, 3145 Tjøme»);
 * a dash between figures in the address is a range of house numbers («Lindebergveien 12–38, 1069 Oslo»), no second dash.
 */
const DASH_BEFORE_PLACE = /\s[–—·-]\s(?=(?:[^–—]|(?<=\d)[–—](?=\d))*\b\d{4}\s+[A-ZÀ-ÖØ-Þ](?:[^–—]|(?<=\d)[–—](?=\d))*$)/;

/** The first «, » of a text that is not inside brackets; -1 when there is none. */
export function commaOutsideBrackets(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length - 1; i++) {
    const c = t[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === ',' && depth === 0 && t[i + 1] === ' ') return i;
  }
  return -1;
}

export function ordered(c: Coverage): Coverage {
  const out: Coverage = { product: c.product };
  for (const k of ['coverage', 'object', 'index_class', 'sum', 'deductible', 'premium', 'note', 'items'] as const) {
    if (c[k] !== undefined) (out as unknown as Record<string, unknown>)[k] = c[k];
  }
  return out;
}

/** Words of a business's contents as objects (not of a peril to machines, «maskinbrudd», «maskinskade»). */
const CONTENTS = /løsøre|lausøre|lausøyre|inventar|eiendeler|eigedelar|driftstilbehør|utstyr|\bmaskiner\b|\bmaskinar\b/;

/** A product of property damage and another cover in one: «Tingskade og avbrudd», «Ting og driftstap», «Eiendom og avbrudd», «Tingskade og ansvar» (lower case). */
const PROPERTY_AND_INCOME = /\b(?:ting|tingskade|tingsskade|eiendom|eigedom)\b/;

/** A bracket at the end of a name, and what it holds: «Varer (deler og dekk)». */
const BRACKET_END = /\s*\(([^()]+)\)$/;

/**
 * The index class of a coverage of a product («Eiendeler» with the coverage «Varer»): the most
 * specific name wins where the coverage names stock, household contents or no property sum
 * («Husleietap» of a building), or where the product's own name says nothing; a coverage of a
 * building that names machines («Maskinbrudd», a peril) leaves it a building.
 */
export function coverageIndexClass(product: string, coverage: string | undefined): ReturnType<typeof rowIndexClass> {
  const own = rowIndexClass(product);
  if (coverage === undefined || coverage === '' || !namesProduct(coverage)) return own;
  // («TINGSKADE OG AVBRUDD» over «Bygninger», «Varer», «Avbrudd»: the product is both, each cover names its own
  // class — read by the product's loss of income, the buildings were no property sum)
  // («Tingskade og ansvar» over «Bygning», «Maskiner og inventar», «Bedriftsansvar»: property and liability in one
  // product — the liability's word is no statement about the property covers' sums)
  if (own.index_class === 'none' && PROPERTY_AND_INCOME.test(lowerCase(product))) return rowIndexClass(coverage);
  // («Løsøre, dyr og produksjon» over «Landbruksløsøre og maskiner», «Besetning storfe», «Skog»: a heading that lists
  // things of several kinds groups rows of several classes — each row's own name, where the table knows it, gives its
  // class; read by the heading's first word, the herd and the forest were contents)
  const mine = rowIndexClass(coverage);
  if (mine.known && mixedList(product)) return mine;
  // («Varer (deler og dekk)» under «Eiendeler»: a bracket that names no class describes the cover and is no
  // part of the name that gives its class — with it, «Eiendeler» stood first and the stock was contents)
  const bracket = BRACKET_END.exec(coverage);
  const named = bracket && !rowIndexClass(bracket[1]!).known ? coverage.slice(0, bracket.index) : coverage;
  const both = rowIndexClass(`${product} - ${named}`);
  // (a coverage that names a business's contents — «Maskiner, inventar og løsøre» under «Kommuneeiendom» —
  // is those contents; a peril named after machines, «Maskinbrudd», leaves a building a building)
  const contents = both.index_class === 'maskin_losore' && CONTENTS.test(lowerCase(coverage));
  const specific = both.index_class === 'varer' || both.index_class === 'innbo' || both.index_class === 'none' || contents;
  return specific || !own.known || own.index_class === 'other' ? both : own;
}

/**
 * A heading that lists things whose classes differ (lower case, split at its commas and «og»): «Løsøre, dyr og
 * produksjon» (contents, animals, produce), «Løsøre og avling» — never «Maskiner og inventar», two words of one class.
 */
export function mixedList(heading: string): boolean {
  // (a list of things only: «Huseierforsikring Borettslag - Vilkår BBRIQ100, Sikkerhetsforskrift FB021», a product with its
  // terms' codes after a dash and a comma, is one product — its «Naturskade» row stays the building's)
  if (/\d|\s[-–]\s/.test(heading)) return false;
  const parts = lowerCase(heading).split(/\s*,\s*|\s+og\s+/).filter((p) => p !== '');
  if (parts.length < 2 || parts.some((p) => p.split(/\s+/).length > 3)) return false;
  const classes = new Set(parts.map((p) => {
    const c = rowIndexClass(p);
    return c.known ? c.index_class : `unknown:${p}`;
  }));
  return classes.size > 1;
}

/** A figure of a schedule's row. */
export type Figure = 'sum' | 'deductible' | 'premium';

/** Stems of the figure columns' names: a header cell without one names no figure. */
const FIGURE_STEMS = ['sum', 'beløp', 'verdi', 'egenandel', 'eigenandel', 'eigendel', 'selvrisiko', 'pris', 'premie'];
/** Words that date a figure's column to the period before («Forrige års premie», «Premie i fjor»). */
const OLD_WORDS = /^(?:forrige|forrige års|forrige år|fjorårets|fjorårs|tidligere|tidlegare|gammel|gamle|opprinnelig|i fjor|i fjar|før fornyelse|før fornying|før endring|før endringen|før regulering|før reguleringen|før reguleringa|før indeksregulering|før indeksreguleringen|før indeksreguleringa|før justering|før justeringen|før justeringa|før indeksjustering)$/;
/** Words that date it to the period running when the document was written («Premie nå», «Egenandel i dag»): the old one beside a new column. */
const NOW_WORDS = /^(?:nå|no|i dag|dagens|nåværende|noverande)$/;
/** Words that date it to the period the schedule is for («Ny premie», «Premie etter fornyelse», «Sum i år» beside «Sum i fjor»;
 * a renewal letter's «Pris neste periode», the price of the period the letter renews into). */
const NEW_WORDS = /^(?:ny|nye|nytt|fornyet|etter fornyelse|etter fornying|etter endring|etter endringen|neste år|neste periode|neste forsikringsperiode|neste forsikringsår|for neste periode|kommende periode|fra neste periode|frå neste periode|neste avtaleperiode|fra fornyelse|fra fornyelsen|frå fornyinga|i år|årets|etter regulering|etter reguleringen|etter reguleringa|etter indeksregulering|etter indeksreguleringen|etter indeksreguleringa|etter justering|etter justeringen|etter justeringa|etter indeksjustering|regulert|justert)$/;
const MONEY_UNIT = /^\(?(?:kr|nok|kroner)\.?\)?$/;

/**
 * A header cell that names one figure with words of when it applies — «Forrige års premie»,
 * «Premie i fjor» (`old`), «Premie nå», «Egenandel i dag» (`now`), «Ny premie», «Premie etter
 * fornyelse» (`new`), «Pris per måned», «Pris med rabatt» (`unclear`: words the vocabulary does
 * not date) — or undefined: a cell the vocabulary
 * names as it is (columnOf), one with a figure (a year column), or one that names no figure or
 * two («Sum premie»).
 */
/** «Pris per måned» beside «Pris per år»: the month's share of the year's premium is how it is paid, not another period's figure. */
export function perMonth(cell: string): boolean {
  return PER_MONTH.test(withoutColon(lowerCase(cell.trim())));
}

/** A price per month: «pris per måned», «premie pr. mnd.», «månedspris», «kr/mnd». */
const PER_MONTH = /(?:\b(?:per|pr\.?|i)\s+(?:måned|månad|mnd\.?)|\/\s*mnd\.?|\bmåne?d?s(?:pris|premie)|\bmånadspris)(?:$|\s)/;


/** `old`, `now` or `new` when the words date a figure («forrige års», «i dag», «etter fornyelse»), else undefined. */
export function periodOf(words: string): 'old' | 'now' | 'new' | undefined {
  return OLD_WORDS.test(words) ? 'old' : NOW_WORDS.test(words) ? 'now' : NEW_WORDS.test(words) ? 'new' : undefined;
}

export function figureWhen(cell: string): { col: Figure; when: 'old' | 'now' | 'new' | 'unclear' } | undefined {
  if (DIGIT.test(cell)) return undefined;
  const l = withoutColon(lowerCase(cell.trim()));
  if (!FIGURE_STEMS.some((s) => l.includes(s))) return undefined;
  // «Forsikringsverdi per daa» beside «Forsikringssum»: a figure per unit is a rate the sum is made
  // from, no figure of the row and of no period (read as the sum of an unclear period, it hid the
  // real sum column and the table lost every sum)
  if (perUnitRate(l)) return undefined;
  const words = l.split(/\s+/).filter((w) => !MONEY_UNIT.test(w));
  // the longest run of words that names a figure; the words around it say when
  for (let n = words.length - 1; n >= 1; n--) {
    const hits: Array<{ col: Figure; at: number }> = [];
    for (let at = 0; at + n <= words.length; at++) {
      const col = columnOf(words.slice(at, at + n).join(' '));
      if (col === 'sum' || col === 'deductible' || col === 'premium') hits.push({ col, at });
    }
    if (hits.length === 0) continue;
    if (hits.some((h) => h.col !== hits[0]!.col)) return undefined;
    const { col, at } = hits[0]!;
    const parts = [words.slice(0, at).join(' '), words.slice(at + n).join(' ')].filter((p) => p !== '');
    // («Fast egenandel | Bevegelig egenandel», an animal's or a health cover's fixed amount and its share of each claim: the
    // share's column is no period's deductible — no figure the row's deductible could be, and the fixed one stays the row's)
    if (col === 'deductible' && parts.length === 1 && SHARE_DEDUCTIBLE_WORDS.includes(parts[0]!)) return undefined;
    const whens = parts.map((p) => periodOf(p) ?? 'unclear');
    return { col, when: whens.every((w) => w === whens[0]) ? whens[0]! : 'unclear' };
  }
  return undefined;
}

/**
 * A name that is a figure's label, not a coverage: «Premie», «Premie i fjor», «Årets premie»,
 * «Forsikringssum». A line that compares this year's premium with last year's names no product.
 */
export function namesFigure(name: string): boolean {
  const t = withoutColon(name.trim());
  const col = columnOf(t);
  if (col === 'sum' || col === 'deductible' || col === 'premium') return true;
  const when = figureWhen(t);
  return when !== undefined && (when.when !== 'unclear' || /^(?:årets|fjorårets|fjoråret|neste års|ny|nye)\b/i.test(t));
}

/** «se under», «se nedenfor», nynorsk «sjå nedanfor», «se side 2»: a table's cell that points to what the document states below it. */
export const SEE_BELOW = /^(?:se|sjå)\s+(?:under|nedenfor|nedanfor|nedafor|neste\s+side|side\s+\d{1,3})\.?$/i;

/** A figure's label and its amount inside a place or a cell: «Forsikringssum kr 1 500 000», «Egenandel: 4 000», «Årspremie kr 3 180». */
export const FIGURE_IN_PLACE = /(?:^|\s)(?:forsikringssum|sum|egenandel|eigenandel|årspremie|premie|pris|pris per år|årspris)\s*:?\s*(?:kr\.?|nok)?\s*\d/i;

/** A building's facts in a description line: its year, its floors, its area (lower case; «bygd 1974», «168 m2», «1 etg.» as well). */
// (and a count of the dwellings or parking places in it — «Boligblokk, 48 leiligheter», «Garasjeanlegg, 52 plasser» under a
// housing co-operative's place: what the building holds describes it as its floors do; read as a name, the garage became a product)
// (and the facts of a farm's other things under their place — «Storfe, 42 dyr» under the livestock's, «Produktiv skog, 1 240
// dekar» under the forest's: the herd's size and the forest's area describe the thing as a building's year does, no place)
export const BUILDING_FACTS = /\d\s*(?:dyr|dyreenheter|kyr|kuer|mjølkekyr|melkekyr|purker|søyer|sauer|vinterfôra\s+sau|høner|dekar|daa|mål|hektar)(?![a-zæøå])|\d\s*(?:leiligheter|leilegheiter|boenheter|bueiningar|parkeringsplasser|garasjeplasser|p-plasser|plasser)\b|\bbygge?år\b|\bbygd i\b|\b(?:bygd|bygget|bygt)\s+(?:i\s+)?(?:1[89]|20)\d\d\b|\d\s*etasjer?\b|\d\s*etg\b|\b(?:en|to|tre|fire|fem) etasjer?\b|\bm²|\d\s*m2\b|\bkvm\b|\bbruksareal\b/;

/**
 * An address that ends with its postcode and place, then a description of the building on the line
 * under it, joined as the cell's rest: «Lerkeveien 7, 3036 Drammen Enebolig, byggeår 1968, 142 m² BRA»,
 * «Høgfjellsvegen 220, 2640 Vinstra Laftet hytte, byggeår 1979», «… 2640 Vinstra Fjøs/låve, byggeår 1987» (a capitalised word, its other
 * name after a slash, up to five more in lower
 * case and a comma, then a building's fact: a year built, an area, its floors or flats — «Lamellblokk, 4 etasjer, 48
 * leiligheter» as a PDF wraps it into the place's cell; a town of several words, «8616 Mo i Rana Enebolig, …»; the kind with its
 * area before the comma, «1352 Kolsås Enebolig 212 m², byggeår 1979», as a renewal letter's «Hva er forsikret» column
 * writes it; a broker's overview's «Produksjonshall m/ kran, 1999», the year alone after the comma that ends the line and
 * «m/» as a word; a farm's herd or forest, «7520 Hegra Storfe, 42 dyr», «… Produktiv skog, 1 240 dekar»). The address,
 * then the description.
 */
export const PLACE_THEN_BUILDING = /^(.*\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:(?:[ -]|\s(?:i|på)\s)[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*)*?)\s+([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]+(?:\/[a-zß-öø-ÿčđŋšŧž][A-Za-zÀ-ÖØ-öø-ɏ-]*)?(?:\s[a-zß-öø-ÿčđŋšŧž][A-Za-zÀ-ÖØ-öø-ɏ-]*\/?){0,5}(?:\s\d+(?:[.,]\d+)?\s?(?:m²|m2|kvm))?,\s.*(?:byggeår|bygd|bygget|(?<=,\s)(?:1[89]|20)\d\d$|\d\s?m²|\d\s?kvm|\bBRA\b|\bBTA\b|\d\s(?:etasjer|etasjar|etg\.|leiligheter|leilegheiter|leil\.|boenheter|bueiningar|dyr|kyr|dekar|daa|mål|hektar)(?![A-Za-zÀ-ÖØ-öø-ɏ])).*)$/u;
