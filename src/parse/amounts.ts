/**
 * Finding amounts, G sums, percentages and dates inside document text. Every figure is read by
 * the one Norwegian reader (src/core/norsk-text.ts: machine form, no decimal.js) with
 * `dots: 'thousands'` (documents write `118.620`); these patterns only find where a figure is.
 */
import { parseDate, parseGAmountText, tryParseNumberText, type IsoDate } from '../core/norsk-text.js';
import type { SumValue } from '../model/policy.js';
import { lowerCase } from './lower.js';

/**
 * An amount of money in running text: grouped thousands (`10 000`, `118.620`, `1 234 567,89`),
 * or any number with a currency word (`kr 500`, `150 kroner`, `kr 15.000,-`). A bare `20` (as in
 * «20 år») is not an amount, nor is the start of a longer figure («NOK 84,600» is not «NOK 84,60»:
 * see readAmount; «NOK 1,1 mill.» is found with its «mill.»). Found in lower-case text (src/parse/lower.ts): without the `i` flag
 * the pattern costs half as much to compile.
 */
export const AMOUNT_SOURCE =
  // («Sum: NOK 1,1 mill.», «kr 2 mill.», «2,5 mio. kr»: an amount in millions is found whole, with its word of millions —
  // found without it, «NOK 1,1» was read as 1,10 kroner; readAmount reads it as MILLIONS. Only with its currency: a
  // condition's «maksimalt 10 millioner» in a renewal letter's other terms is a limit of a rule, no amount of the schedule)
  String.raw`(?:kr\.?|nok)\s*\d{1,5}(?:,\d{1,6})?\s*(?:mill(?:ioner|\.)?|mio\.?)(?![a-zæøå])(?:\s*(?:kr|kroner|nok)\b)?|` +
  String.raw`\d{1,5}(?:,\d{1,6})?\s*(?:mill(?:ioner|\.)?|mio\.?)\s*(?:kr|kroner|nok)\b|` +
  String.raw`(?:(?:kr\.?|nok)\s*)?\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{1,2}|-))?(?!,?\d)(?:\s*(?:kr|kroner|nok)\b)?` +
  String.raw`|(?:kr\.?|nok)\s*\d+(?:,(?:\d{1,2}|-))?(?!,?\d)` +
  String.raw`|\d+(?:,(?:\d{1,2}|-))?\s*(?:kr|kroner)\b`;

const AMOUNT_G = new RegExp(AMOUNT_SOURCE, 'g');

/**
 * A cell that is only kroner, with their «kr» or «kroner»: «kr 100 000», «250 000 kr» (not a bare
 * figure, which could be a count or a G sum).
 */
export const KRONER_ONLY = /^(?:(?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?|\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{1,2}|-))?\s*(?:kr\.?|kroner))$/i;

/** The rest of an amount broken at a line end, on a line of its own: groups of three digits only (`000`, `400 000`, `000,-`). */
export const AMOUNT_REST = /^\d{3}(?:[\s.]\d{3})*(?:,\d+|,-)?$/;

/** Read one amount (`Kr 10 000`, `kr 15.000,-`, `15 000 kr`, `52000000`); undefined if it is not one. */
export function readAmount(text: string): string | undefined {
  // («212,4 mill.»: a sum in millions, as property schedules of large risks write it)
  if (MILLIONS_WORD.test(text)) return inMillions(text);
  if (text.includes(',')) {
    // («NOK 84,600»: 84,6 kroner or 84 600 — no kroner amount has three decimals, so it could be read two ways: not read)
    if (COMMA_THOUSAND.test(text.trim())) return undefined;
    // («NOK 50,000,000», as an English schedule groups thousands: two commas are no decimal comma)
    const g = COMMA_GROUPED.exec(text.trim());
    if (g) return tryParseNumberText(g[1]!.replace(/,/g, '') + (g[2] !== undefined ? `,${g[2]}` : ''));
  }
  // (the pattern only where the text can end with «kroner»)
  const v = tryParseNumberText(text.endsWith('r') || text.endsWith('R') ? text.replace(/\s*(?:kroner)$/i, '') : text, { dots: 'thousands' });
  // A grouped figure of more than 13 digits («96 500 000 210 300 000») is two figures run together
  // — the cells of two rows joined — not 96 billiarder kroner: it could be read two ways, so it is
  // not read (the reader then warns that it could not read the cell).
  if (v !== undefined && GROUPED.test(text) && v.replace(/^-/, '').replace(/\..*$/, '').length > MAX_GROUPED_DIGITS) return undefined;
  return v;
}

/** «NOK 84,600», «150,000»: one comma before three digits and nothing after them (see readAmount). */
const COMMA_THOUSAND = /^(?:(?:kr\.?|nok)\s*)?\d{1,3},\d{3}(?:\s*(?:kr\.?|kroner|nok))?$/i;
/** «NOK 50,000,000», «1,250,000.00 kr»: thousands grouped by commas, two groups at least. */
const COMMA_GROUPED = /^(?:(?:kr\.?|nok)\s*)?(\d{1,3}(?:,\d{3}){2,})(?:\.(\d{1,2}))?(?:\s*(?:kr\.?|kroner|nok))?$/i;

/** «212,4 mill.», «NOK 1,25 mill.», «18 millioner kroner», «MNOK 96,75», «2,5 mio. kr»: kroner in millions. */
// («MNOK 4 120»: thousands of millions grouped as any figure is — read only where a word of millions stands, see readAmount)
const MILLIONS = /^(?:(?:kr|nok)\.?\s*)?(?:mnok\s*)?(\d{1,2}[ \u00a0]\d{3}|\d{1,5})(?:,(\d{1,6}))?\s*(?:mill(?:\.|ioner)?|mio\.?|mnok)?\s*(?:kr\.?|kroner|nok)?$/i;

/** A word of millions anywhere in a text: «mill.», «millioner», «mio.», «MNOK». */
const MILLIONS_WORD = /mill|mio|mnok/i;

/** An amount in millions (MILLIONS) in whole kroner, exactly (string arithmetic, no floats); undefined for anything else. */
function inMillions(text: string): string | undefined {
  const t = text.trim();
  const m = MILLIONS.exec(t);
  if (!m) return undefined;
  const whole = m[1]!.replace(/\D/g, '');
  const decimals = (m[2] ?? '').padEnd(6, '0');
  return `${whole}${decimals}`.replace(/^0+(?=\d)/, '');
}

const GROUPED = /\d[ .\u00a0\u202f]\d{3}/;
const MAX_GROUPED_DIGITS = 13;

/** Every amount in a text, in order (`Kr 6 000 Kr 10 000` → ["6000", "10000"]). */
export function amountsIn(text: string): Array<{ value: string; index: number; text: string }> {
  const out: Array<{ value: string; index: number; text: string }> = [];
  for (const m of lowerCase(text).matchAll(AMOUNT_G)) {
    const index = m.index ?? 0;
    const amount = text.slice(index, index + m[0].length);
    const v = readAmount(amount);
    if (v !== undefined) out.push({ value: v, index, text: amount });
  }
  return out;
}

/**
 * The amounts of a table cell: the whole cell as one amount (`10 000`, `5000`), or several with
 * their currency words (`Kr 6 000 Kr 10 000`). Undefined when the cell holds something else.
 */
export function cellAmounts(cell: string): string[] | undefined {
  const one = readAmount(cell);
  if (one !== undefined) return [one];
  const found = amountsIn(cell);
  if (found.length === 0) return undefined;
  // the amounts must be all the cell says (besides currency words and separators)
  let rest = cell;
  for (const f of found) rest = rest.replace(f.text, ' ');
  if (/[A-Za-zÀ-ÖØ-öø-ÿ\d]/.test(lowerCase(rest).replace(/\b(?:kr|kroner|nok|og|eller)\b/g, ''))) return undefined;
  return found.map((f) => f.value);
}

/** A G sum as a cell holds it: `4,50 G`, `22-30 G`, `22 G til 30 G`, `22 G – 30 G`, `Inntil 0,75 G`, `mellom 2 G og 12 G`. */
const G_CELL = /^(?:(?:[Ii]nntil|[Oo]pptil|[Mm]aks(?:imalt)?|[Hh]øyst)\s+)?(\d+(?:[.,]\d+)?)(?:\s*(?:G\s*)?(?:[-–]|til)\s*(\d+(?:[.,]\d+)?))?\s*G$|^[Mm]ellom\s+\d+(?:[.,]\d+)?\s*(?:G\s+)?og\s+\d+(?:[.,]\d+)?\s*G$/;
/** A sum assessed case by case: «Individuelt», «Etter loven» (the law sets it), «Fastsettes individuelt». */
/** A word every form of INDIVIDUAL has (a small pattern first: INDIVIDUAL costs ~1 M instructions to compile). */
const RISIKO = /risiko/i;
/** «Førsterisiko 250 000», «Første risiko: kr 250 000», nynorsk «Fyrsterisiko …», «1. risiko …»; and the word after the amount. */
export const FIRST_RISK_WORD = String.raw`(?:f(?:ø|o)rste\s*-?\s*risiko|fyrste\s*-?\s*risiko|1\.\s*risiko)`;
// (a bilingual schedule puts the English after a slash: «2 000 000 Førsterisiko / First loss», Protector's and HDI's
// «Norsk / English» certificates — and before the amount too: «Førsterisiko / First loss 15 000 000»)
// («Førsterisikosum 300 000 kr», nynorsk «Fyrsterisikosum …»: the word for the sum itself, a cell that names its kind of sum)
const FIRST_RISK_BEFORE = new RegExp(String.raw`^${FIRST_RISK_WORD}(?:sum(?:men)?|beløp(?:et)?)?(?:\s*\/\s*first[\s-]loss)?\s*:?\s*(.+)$`, 'i');
const FIRST_RISK_AFTER = new RegExp(String.raw`^(.+?)\s*\(?${FIRST_RISK_WORD}\)?(?:\s*\/\s*first[\s-]loss)?$`, 'i');
const INDIVIDUAL_HINT = /ndividuel|lov/i;
// (nynorsk writes the participle and the passive its own way: «Individuelt fastsett», «fastsetjast individuelt», «berekna»)
const INDIVIDUAL = /^(?:individuel(?:t|le?)(?:\s+(?:vurdert|beregnet|fastsatt|fastsett|berekna|utmålt))?|(?:fastsettes|fastsetjast|fastsetjes|vurderes|vurderast|beregnes|bereknast|utmåles|utmålast)\s+individuelt|(?:etter|iht\.?|i\s+henhold\s+til|iflg\.?|ifølge)\s+(?:loven|lov|lova))$/i;

/** A sum cell of a schedule: kroner, G (`4,50 G`, `22-30 G`), first risk, or «Individuelt». */
export function readSum(cell: string): SumValue | undefined {
  const c = cell.trim();
  if (INDIVIDUAL_HINT.test(c) && INDIVIDUAL.test(c)) return { individual: true };
  // (each pattern below is tried only where its words are: most cells are plain amounts, and each costs its compiling)
  if (c.endsWith('G') && G_CELL.test(c)) return readG(c);
  // «Fullverdi (premiegrunnlag 284 300 000)», «Fullverdi, premiegrunnlag kr 212 600 000»: the basis is the sum
  const basis = c[0] === 'f' || c[0] === 'F' ? /^fullverdi\b[\s,(]*premiegrunnlag\s*:?\s*([^)]+)\)?$/i.exec(c) : null;
  if (basis) return readAmount(basis[1]!.trim());
  const fr = RISIKO.test(c) ? (FIRST_RISK_BEFORE.exec(c) ?? FIRST_RISK_AFTER.exec(c)) : null;
  if (fr) {
    const v = readAmount(fr[1]!);
    return v === undefined ? undefined : { first_risk: v };
  }
  // «36 måneders husleie, kr 14 400 000», «12 mnd driftstap, kr 8 000 000»: what the sum is, in words, then the sum in kroner
  // after a comma — the amount marked by «kr» is the sum (the words say what it is made of)
  const worded = c.includes(',') ? WORDS_THEN_KRONER.exec(c) : null;
  if (worded) return readAmount(worded[1]!);
  return readAmount(c);
}

/**
 * A sum's words — a count of months, years, days or weeks first —, a comma, and its amount marked by «kr» or «NOK» last:
 * «36 måneders husleie, kr 14 400 000» («Kriminalitet, NOK 2 000 000» is a name with its limit, no such sum). The words hold no
 * percentage, kroner or rule («min.», «maks.», «per»): a cell of two amounts or a rate is not of this shape.
 */
const WORDS_THEN_KRONER = /^(?=\d{1,3}\s*(?:måneders?|månaders?|mnd\.?|års?|dagers?|døgn|ukers?)\s)(?!.*(?:%|‰|\bkr\b.*,|\bnok\b.*,|\bmin\b|\bmaks|\bper\b|\bpr\b|\bG\b))[A-Za-zÀ-ÖØ-öø-ɏ\d ]*[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ ]*,\s*((?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})*(?:,-)?)$/iu;

/** A limit in kroner as a cell of a G table holds it: «inntil kr 100 000», «opptil kr 50 000», «maks. 20 000 kr». */
const LIMIT_WORD = /^(?:inntil|opptil|maks(?:imalt|\.)?|høyst|høgst)\s+/i;
const KRONER_WORD = /\b(?:kr|nok|kroner)\b/i;

/**
 * The sum of an item written as a limit in kroner («inntil kr 100 000»: the limit is the sum
 * insured); undefined when the cell is no such limit.
 */
export function readLimit(cell: string): string | undefined {
  const c = cell.trim();
  const m = LIMIT_WORD.exec(c);
  // (in kroner only: a bare «inntil 2» names no sum)
  return m && KRONER_WORD.test(c) ? readAmount(c.slice(m[0].length)) : undefined;
}

/** A G sum in words and figures: `4,5 G`, `22–30 G`, `1 til 6,5 G`, `mellom 2 G og 12 G`, `mellom 1 og 6,5 G`, `inntil 0,5 G`; undefined when it is none. */
export function readG(text: string): SumValue | undefined {
  const t = text.trim().replace(/^(?:[Ii]nntil|[Oo]pptil|[Mm]aks(?:imalt)?|[Hh]øyst)\s+/, '');
  // («mellom 1 og 6,5 G»: the unit after the second figure only)
  const between = /^[Mm]ellom\s+(\d+(?:[.,]\d+)?)\s*(?:G\s+)?og\s+(\d+(?:[.,]\d+)?)\s*G$/.exec(t);
  try {
    if (between) return parseGAmountText(`${between[1]}-${between[2]} G`);
    // «22 G til 30 G», «22 G – 30 G»: a range written with G after each end
    return parseGAmountText(t.replace(/(\d)\s*G\s*(?=[-–]|til\b)/, '$1 ').replace(/\s+til\s+/, '-'));
  } catch {
    return undefined;
  }
}

/** A G sum inside running text, with where it stands: «… erstatning mellom 2 G og 12 G, …», «Erstatning: 20-28 G». */
export const G_IN_TEXT = /(?:(?:[Ii]nntil|[Oo]pptil|[Mm]aks(?:imalt)?|[Hh]øyst)\s+)?(?:[Mm]ellom\s+\d+(?:[.,]\d+)?\s*(?:G\s+)?og\s+\d+(?:[.,]\d+)?\s*G|\d+(?:[.,]\d+)?(?:\s*(?:G\s*)?(?:[-–]|til)\s*\d+(?:[.,]\d+)?)?\s*G)(?![A-Za-zÀ-ÖØ-öø-ÿ])/g;

/** True when a cell looks like a G sum or «Individuelt» (a person-insurance schedule row). */
export function isGCell(cell: string): boolean {
  const c = cell.trim();
  // cheap tests first (every cell of a table is asked): a G sum ends with «G», «Individuelt» starts with «i»
  return (c.endsWith('G') && G_CELL.test(c)) || ((c.endsWith('t') || c.endsWith('n') || c.endsWith('e') || c.endsWith('v') || c.endsWith('a')) && INDIVIDUAL_HINT.test(c) && INDIVIDUAL.test(c));
}

/** Something that mentions G with a number but is not a G cell we can read. */
export function mentionsG(cell: string): boolean {
  return cell.includes('G') && /\d\s*G\b/.test(cell);
}

const MONTH_NAMES = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'];
/**
 * The months as a bilingual schedule's English writes a date, the day before the month with no full stop: «28 November
 * 2025», «1 January 2026 – 31 December 2026» (HDI, Lloyd's coverholders).
 */
const ENGLISH_MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * A date as documents write it, in lower-case text: `01.01.2024`, `1.1.2021`, `03.11.21` (two-digit
 * year), `2024-01-01`, `1. januar 2024`. Not followed by a digit (`01.01.20` is not the start of
 * `01.01.2024`). Also the day and month a stroke apart and the year after a hyphen — `1/1-25`,
 * `9/12-2024`, `24/12-05` —, the Norwegian form of handwriting and of forms printed by older policy
 * systems («Forsikringstid: 1/1-25 - 31/12-25»); only with its year (a bare `1/1` is a day of every year,
 * «indeksreguleres pr. 1/1», and no date).
 */
export const DATE_SOURCE = String.raw`\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?!\d)|\d{1,2}/\d{1,2}-(?:\d{4}|\d{2})(?![\d/])|\d{4}-\d{2}-\d{2}|\d{1,2}\.\s*(?:${MONTH_NAMES.join('|')})\s+\d{4}|\d{1,2}\s+(?:${ENGLISH_MONTHS.join('|')})\s+\d{4}(?!\d)`;
/**
 * A cell that is only a date or a period («03.03.2024», «12. mars 2025», «01.04.2024 - 31.03.2025»):
 * a value of its own, never the rest of a wrapped cell.
 */
export const DATE_CELL = new RegExp(String.raw`^(?:${DATE_SOURCE})(?:\s*[-–]\s*(?:${DATE_SOURCE}))?$`, 'i');

/**
 * Read a date; undefined when it is not one or does not exist. A two-digit year is of this century
 * (documents of policies in force: `03.11.21` is 3 November 2021).
 */
export function readDate(text: string): IsoDate | undefined {
  let t = text.trim();
  const named = /^(\d{1,2})\.\s*([a-zæøå]+)\s+(\d{4})$/i.exec(t);
  const english = named ? undefined : /^(\d{1,2})\s+([a-z]+)\s+(\d{4})$/i.exec(t);
  if (english) {
    const m = ENGLISH_MONTHS.indexOf(english[2]!.toLowerCase());
    if (m < 0) return undefined;
    t = `${english[1]}.${m + 1}.${english[3]}`;
  }
  if (named) {
    const m = MONTH_NAMES.indexOf(named[2]!.toLowerCase());
    if (m < 0) return undefined;
    t = `${named[1]}.${m + 1}.${named[3]}`;
  }
  // («9/12-24»: day/month-year, the stroke-and-hyphen form; read as the dotted one)
  const stroked = /^(\d{1,2})\/(\d{1,2})-(\d{2}|\d{4})$/.exec(t);
  if (stroked) t = `${stroked[1]}.${stroked[2]}.${stroked[3]}`;
  const short = /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{2}|\d{4})$/.exec(t);
  if (short) t = `${short[1]}.${short[2]}.${short[3]!.length === 2 ? `20${short[3]}` : short[3]}`;
  try {
    return parseDate(t);
  } catch {
    return undefined;
  }
}

/** A Norwegian decimal (`5,2`, `0,065`, `517,39`) → machine decimal string. */
export function readDecimal(text: string): string | undefined {
  return tryParseNumberText(text, { dots: 'thousands', allowNegative: true });
}
