/**
 * Age deductions (aldersfradrag) in the forms insurers write them:
 *
 * - sentences: «Elektrisk verktøy: 10 % pr. påbegynte år fra tingen er 5 år», «… med 10 % fradrag
 *   for hvert påbegynte år fra tingen er 5 år», «fyringskjel gjøres fradrag med 5 % … for hvert
 *   påbegynte år objektet er eldre enn 5 år», «For skade på varmepumpe trekkes 10 prosent for hvert
 *   år varmepumpen er eldre enn 5 år», «Ett år etter at utstyret ble kjøpt som nytt reduseres
 *   erstatningen med 10 % pr. påbegynte år, maksimum 50 %», with «maksimalt 80 % fradrag»;
 * - tables: a header with a years column and a percentage column («Gjenstand | Fradragsfrie år |
 *   Fradrag per påbegynt år (maks 80 %)»), rows «Mobiltelefon | 1 | 20 %», in columns, with `|`
 *   or on one line with single spaces («Mobiltelefon 1 20 %»).
 *
 * The label is the thing the rule is for, as the document names it; its key (what a claim names)
 * comes from the base terms when the base has a row of that name, else from the words insurers
 * use for the claim categories (elektrisk verktøy → elektrisk, varmtvannsbereder …), else from
 * the label itself (Mobiltelefon → mobiltelefon).
 */
import type { SourceLine } from '../../parse/source.js';
import { clean } from '../../parse/units.js';
import type { AgeRow } from '../types.js';
import { COUNT, capitalise, readCount, readPercent, slug, uniqueKey } from './words.js';

export interface AgeRule {
  label: string;
  free_years: number;
  words: 'fra' | 'eldre enn' | 'etter';
  percent: string;
  max_percent?: string;
  /** Offset of the rule in the text. */
  at: number;
}

const PER_YEAR = /(\d{1,3}(?:,\d+)?)\s*(?:%|prosent\b)(.{0,45}?)\b(?:for hvert|per|pr\.?|hvert)\s+(?:påbegynt[e]?\s+)?år\b/;
const OLDER = new RegExp(String.raw`eldre enn ${COUNT} år`);
const FROM = new RegExp(String.raw`\bfra (?:tingen|gjenstanden|utstyret|objektet|varen|den|det|enheten)?\s*(?:er\s+)?${COUNT} år`);
const AFTER = new RegExp(String.raw`\b${COUNT} år etter at (?:utstyret|tingen|gjenstanden|varen|den|det) ble kjøpt|etter at (?:utstyret|tingen|gjenstanden) er ${COUNT} år`);
const MAX = /maks(?:imalt|imum|\.)?\s*(\d{1,3}(?:,\d+)?)\s*(?:%|prosent\b)/;
const LEAD = /^(?:det beregnes aldersfradrag for|aldersfradrag for|fradrag for|ved bruddskader? på|ved skade på|for skade på|skade på|for)\s+/i;
const CUT = /\s+(?:gjøres|trekkes|reduseres|erstattes|settes|beregnes)\b|,\s*(?:av annet materiale|som er|i annet materiale)|,?\s+\d|:\s/;

/** An age rule stated in a sentence (lower-case `lower`, original `text` of the same length). */
export function ageRuleIn(text: string, lower: string, topic: string): AgeRule | undefined {
  const m = PER_YEAR.exec(lower);
  if (!m) return undefined;
  const percent = readPercent(m[1]!);
  if (percent === undefined) return undefined;
  let free: number | undefined;
  let words: AgeRule['words'] = 'fra';
  let f: RegExpExecArray | null;
  if ((f = OLDER.exec(lower))) {
    free = readCount(f[1]!);
    words = 'eldre enn';
  } else if ((f = AFTER.exec(lower))) {
    free = readCount(f[1] ?? f[2]!);
    words = 'etter';
  } else if ((f = FROM.exec(lower))) {
    free = readCount(f[1]!);
  }
  if (free === undefined) return undefined;
  const after = lower.slice(m.index + m[0].length);
  const max = MAX.exec(after);
  const label = labelOf(text, m.index, topic);
  if (label === undefined) return undefined;
  const rule: AgeRule = { label, free_years: free, words, percent, at: m.index };
  if (max) rule.max_percent = readPercent(max[1]!);
  return rule;
}

/** What an age rule is for: «Label: …», or the words before the verb, or the heading it stands under. */
function labelOf(text: string, end: number, topic: string): string | undefined {
  let head = text.slice(0, end);
  const colon = head.indexOf(':');
  if (colon > 0) head = head.slice(0, colon);
  head = head.replace(LEAD, '');
  const cut = CUT.exec(head);
  if (cut) head = head.slice(0, cut.index);
  head = head.replace(/(?:\s+(?:med|og))?[\s,;:–-]*$/i, '').trim();
  if (/^(?:erstatningen|ett|et|en|den|det)\b/i.test(head) || head === '' || /\d/.test(head)) {
    const t = topic.replace(LEAD, '').trim();
    return t === '' ? undefined : capitalise(t);
  }
  return capitalise(head);
}

/** Materials that have no age deduction: «av annet materiale enn plast eller glassfiber». */
export function exemptMaterials(lower: string): string[] | undefined {
  const m = /annet materiale enn ([a-zæøå]+(?:, [a-zæøå]+)*(?: (?:eller|og) [a-zæøå]+)?)/.exec(lower);
  return m ? m[1]!.split(/, | eller | og /) : undefined;
}

/** A column table of age deductions: its header roles, or undefined when the line is not such a header. */
export interface AgeHeader {
  label: number;
  years: number;
  percent: number;
  max: number | undefined;
  /** «(maks 80 %)» in the header: a maximum for every row. */
  tableMax: string | undefined;
}

const YEARS_HEAD = /fradragsfri\w*\s+år|år uten (?:fradrag|verdireduksjon|aldersfradrag)|fradrag fra år|alder før fradrag|antall år/;
const PERCENT_HEAD = /fradrag\w* (?:per|pr\.?|for hvert) (?:påbegynt\w* )?år|(?:verdireduksjon|reduksjon|fradrag) per år|% per år|prosent per år/;

export function ageHeader(cells: string[]): AgeHeader | undefined {
  const lower = cells.map((c) => c.toLowerCase());
  const years = lower.findIndex((c) => YEARS_HEAD.test(c));
  const percent = lower.findIndex((c, i) => i !== years && PERCENT_HEAD.test(c));
  if (years < 0 || percent < 0) return undefined;
  const maxCol = lower.findIndex((c, i) => i !== years && i !== percent && /^maks\w*/.test(c.trim()));
  const label = lower.findIndex((_, i) => i !== years && i !== percent && i !== maxCol);
  const tableMax = MAX.exec(lower[percent]!)?.[1];
  return { label: label < 0 ? 0 : label, years, percent, max: maxCol < 0 ? undefined : maxCol, tableMax: tableMax === undefined ? undefined : readPercent(tableMax) };
}

/** A header written on one line with colons: «Gjenstand: Fradragsfrie år: Fradrag per påbegynt år (maks 80 %):». */
export function splitColonHeader(text: string): string[] | undefined {
  if (!YEARS_HEAD.test(text.toLowerCase()) || !PERCENT_HEAD.test(text.toLowerCase())) return undefined;
  const parts = text.split(/:\s*/).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length >= 3 ? parts : undefined;
}

/** A row «Mobiltelefon 1 20 %» written with single spaces: label, years, percentage (and a maximum). */
const SPACED_ROW = /^(.*?[^\d\s])\s+(\d{1,2})\s+(\d{1,3}(?:,\d+)?)\s*%(?:\s+(\d{1,3}(?:,\d+)?)\s*%)?$/;

export interface TableRow {
  label: string;
  free_years: number;
  percent: string;
  max_percent?: string;
}

/** One row of an age table under `h`, or undefined when the line is not one. */
export function ageTableRow(line: SourceLine, h: AgeHeader | 'spaced'): TableRow | undefined {
  const cells = line.cells.map((c) => clean(c));
  if (h === 'spaced' || cells.length === 1) {
    const m = SPACED_ROW.exec(clean(line.text.replace(/\t/g, ' ')));
    if (!m) return undefined;
    const row: TableRow = { label: m[1]!.trim(), free_years: +m[2]!, percent: readPercent(m[3]!)! };
    if (m[4]) row.max_percent = readPercent(m[4]);
    return row;
  }
  const label = cells[h.label]?.trim() ?? '';
  const years = readCount((cells[h.years] ?? '').replace(/\s*år$/i, ''));
  const percent = readPercent((cells[h.percent] ?? '').replace(/\s*(?:%|prosent)$/i, ''));
  if (label === '' || /^\d/.test(label) || years === undefined || percent === undefined) return undefined;
  const row: TableRow = { label: label.replace(/:$/, ''), free_years: years, percent };
  if (h.max !== undefined) {
    const mx = readPercent((cells[h.max] ?? '').replace(/\s*(?:%|prosent)$/i, ''));
    if (mx !== undefined) row.max_percent = mx;
  }
  return row;
}

/**
 * Keys insurers' categories go by in claims, by the words they are named with. Only names that
 * mean the same thing across insurers are here; anything else keeps a key made from its label.
 */
const KNOWN_KEYS: ReadonlyArray<[RegExp, string]> = [
  [/^elektrisk verktøy/, 'elektrisk'],
  [/^håndverktøy/, 'handverktoy'],
  [/datautstyr|^pc\b|^pc\//, 'it'],
  [/^(?:andre|annet|øvrige?) (?:maskiner|ting|løsøre|inventar)/, 'annet'],
  [/fyr(?:ings)?kjel/, 'fyringskjel'],
  [/^varmekabl/, 'varmekabler'],
  [/oppvarmingsinstallasjon|kjøleinstallasjon|ventilasjon og vvs/, 'vvs'],
  [/boblebad|jacuzzi/, 'boblebad'],
  [/utvendige? (?:rør|ledning)|^tanker, kummer/, 'utvendig_ror'],
  [/varmtvannsb(?:ereder|eholder)/, 'varmtvannsbereder'],
  [/varmepumpe.*luft.til.luft|varmepumpe.*luft-luft/, 'varmepumpe_luft_luft'],
  [/elektronisk (?:utstyr|ekstrautstyr)$|ettermontert elektronisk/, 'elektronikk'],
];

/** The key of a row: the base's key for a row of the same name, a known key, or one made from the label. */
export function keyFor(label: string, base: readonly AgeRow[] | undefined, taken: Set<string>): string {
  const norm = normalise(label);
  const same = base?.find((r) => normalise(r.label) === norm);
  return uniqueKey(same?.key ?? knownKey(label.toLowerCase()) ?? slug(label, 3), taken);
}

/** The known key whose words come first in the label («varmtvannsbeholder, fyrkjele o.l.» → varmtvannsbereder). */
function knownKey(lower: string): string | undefined {
  let best: { at: number; key: string } | undefined;
  for (const [re, key] of KNOWN_KEYS) {
    const m = re.exec(lower);
    if (m && (best === undefined || m.index < best.at)) best = { at: m.index, key };
  }
  return best?.key;
}

function normalise(s: string): string {
  return s.toLowerCase().replace(/[^a-zæøå0-9]+/g, ' ').trim();
}
