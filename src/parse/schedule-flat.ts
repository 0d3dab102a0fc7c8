/**
 * Schedules inside running text. A PDF copied off a web page (the transcripts of document sites,
 * a page's text without its layout) is one long line per page: the heading of an overview, its
 * header row, its rows and its total run on in one line of words and figures
 * («Forsikringsoversikt Forsikringstaker: Fjordtre AS Forsikringsnummer Årspris (kr)* Næringsdrift
 * 8200114 412 300 Total pris 412 300 *Prisen gjelder …»). No table reader sees a table there.
 *
 * What is read: an overview whose header names one money column (and perhaps a policy number's),
 * whose rows are each «<product> [<number>] <amount>», and whose total equals the sum of the rows —
 * the total is what tells how the figures group («8200114 412 300» is a number and 412 300, not
 * 8 200 114 and 412 300: the header says so, and the total agrees). Anything else under such a
 * heading is not guessed at: the safety net (src/parse/unread.ts, `flatSchedules`) names the line.
 */
import type { Coverage } from '../model/policy.js';
import { readAmount } from './amounts.js';
import { lazyPattern } from './lazy.js';
import type { Reading } from './extract.js';
import { rowIndexClass } from './index-class.js';
import { ordered } from './schedule-names.js';
import { lineAt, type Unit } from './units.js';
import { FLAT_SCHEDULE_HEADINGS, POLICY_NUMBER, SCHEDULE_COLUMNS, TOTAL_WORDS, type Col } from './vocabulary.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

/**
 * A schedule's heading inside a line of text, as a heading is written: with a capital letter or
 * in capitals («Forsikringsoversikt», «EGENANDELER»), a whole word (not «forsikringsbeviset»).
 */
export const FLAT_HEADING = new RegExp(
  String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])(?:${[...FLAT_SCHEDULE_HEADINGS]
    .sort((a, b) => b.length - a.length)
    .flatMap((h) => [escape(h[0]!.toUpperCase() + h.slice(1)), escape(h.toUpperCase())])
    .join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ\d])`,
  'gu',
);

/** The places where a unit's text names a schedule heading after other words or before more (not the unit as a heading alone). */
export function flatHeadingsIn(u: Unit): Array<{ name: string; index: number }> {
  if (u.row || u.text.length < 60) return [];
  const out: Array<{ name: string; index: number }> = [];
  FLAT_HEADING.lastIndex = 0;
  for (let m = FLAT_HEADING.exec(u.text); m; m = FLAT_HEADING.exec(u.text)) out.push({ name: m[0], index: m.index });
  return out;
}

/** Column names (and the policy number's labels) with their column, longest first. */
const HEADER_NAMES: Array<[string, Col | 'number']> = [
  ...SCHEDULE_COLUMNS.flatMap(([col, names]) => names.map((n) => [n, col] as [string, Col])),
  ...POLICY_NUMBER.labels.map((n) => [n, 'number'] as [string, 'number']),
].sort((a, b) => b[0].length - a[0].length);
// (HEADER_WORD and TOTAL are built when an overview is first read: lazyPattern says why)
const HEADER_WORD = lazyPattern(() => new RegExp(String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(${HEADER_NAMES.map(([n]) => escape(n)).join('|')})\.?(?:\s*\((?:i\s+)?(?:kr|nok)\.?\))?\*?(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'iuy'));
const COLUMN_OF = new Map(HEADER_NAMES.map(([n, c]) => [n.replace(/\s+/g, ' '), c]));

/** A total and its amount: «Total pris 412 300», «Sum årspris kr 48 810», «Samlet årspremie 37 420». */
const TOTAL = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).map(escape).join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ])(?:\s+(?:pris|premie|årspris|årspremie|premie i alt))?\s*:?\s*(?:kr\.?\s*)?(\d{1,3}(?:[ .]\d{3})+|\d{1,7})(?:,(?:\d{2}|-))?(?![\d])`,
      'iu',
    ),
);

/** One row: a name (words, no figure), perhaps a number, and an amount grouped by thousands. */
const ROW = /\s*([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&/,'–-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ÿ&/,'–-]+){0,5}?)\s+(?:([A-Z]{0,3}-?\d{5,12})\s+)?(?:kr\.?\s*)?(\d{1,3}(?:[ .]\d{3})+|\d{1,4})(?:,(?:00|-))?(?=\s|$)/uy;

interface FlatRow {
  product: string;
  amount: string;
  number: string | undefined;
  offset: number;
}

/**
 * The rows of an overview run on in text after its heading (`from`: the heading's offset), when
 * they can be read one way only; undefined otherwise.
 */
export function flatOverview(text: string, from: number): { col: 'sum' | 'premium'; rows: FlatRow[]; numbered: boolean } | undefined {
  const rest = text.slice(from);
  const total = TOTAL().exec(rest);
  if (!total) return undefined;
  // the header: the first run of two or more column names, after fields such as «Forsikringstaker: …»
  const body = rest.slice(0, total.index);
  let cols: Array<Col | 'number'> = [];
  let end = -1;
  for (let i = 0; i < body.length && end < 0; i++) {
    if (i > 0 && /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(body[i - 1]!)) continue;
    const run: Array<Col | 'number'> = [];
    let at = i;
    for (;;) {
      const header = HEADER_WORD();
      header.lastIndex = at;
      const m = header.exec(body);
      if (!m) break;
      run.push(COLUMN_OF.get(m[1]!.toLowerCase().replace(/\s+/g, ' '))!);
      at = m.index + m[0].length;
      const gap = /^\s*/.exec(body.slice(at))![0].length;
      at += gap;
    }
    if (run.length >= 2) {
      cols = run;
      end = at;
    }
  }
  if (end < 0) return undefined;
  // one money column, perhaps a number's and a product's: any more and the figures group more than one way
  const money = cols.filter((c) => c === 'sum' || c === 'deductible' || c === 'premium');
  const others = cols.filter((c) => c !== 'sum' && c !== 'deductible' && c !== 'premium');
  if (money.length !== 1 || money[0] === 'deductible' || others.some((c) => c !== 'number' && c !== 'product')) return undefined;
  const numbered = others.includes('number');
  const rows: FlatRow[] = [];
  const rowsText = body.slice(end);
  ROW.lastIndex = 0;
  let at = 0;
  while (rowsText.slice(at).trim() !== '') {
    ROW.lastIndex = at;
    const m = ROW.exec(rowsText);
    if (!m || m[2] === undefined === numbered) return undefined;
    const amount = readAmount(m[3]!);
    // (a name the index-class table does not know is still the row's: the total vouches for the row, and its class is warned about)
    if (amount === undefined) return undefined;
    rows.push({ product: m[1]!.trim(), amount, number: m[2], offset: from + end + m.index + m[0].indexOf(m[1]!) });
    at = m.index + m[0].length;
  }
  const sum = rows.reduce((s, r) => s + Number(r.amount), 0);
  const stated = readAmount(total[1]!);
  if (rows.length === 0 || stated === undefined || sum !== Number(stated)) return undefined;
  return { col: money[0] as 'sum' | 'premium', rows, numbered };
}

/**
 * What this reader read in a document: its headings (`unit index:offset`) and the coverages it
 * added (their indexes), for the safety net — a coverage read here says nothing about another
 * heading on the same line.
 */
const READ = new WeakMap<Reading, { headings: ReadonlySet<string>; coverages: ReadonlySet<number> }>();

export function flatRead(r: Reading): { headings: ReadonlySet<string>; coverages: ReadonlySet<number> } {
  return READ.get(r) ?? { headings: new Set(), coverages: new Set() };
}

/** Read the overviews that run on in a line of text (after the table readers: a unit they read rows from is theirs). */
export function readFlatOverviews(r: Reading): void {
  const read = { headings: new Set<string>(), coverages: new Set<number>() };
  READ.set(r, read);
  let covered: Set<string> | undefined;
  for (const u of r.units) {
    // (also in a letter's part: a header row, rows and a total that adds up are an overview wherever they stand)
    const found = flatHeadingsIn(u);
    if (found.length === 0) continue;
    // (a unit another reader took a date or a number from is still read here; one a table reader took rows from is not)
    covered ??= new Set([...r.trace].filter(([path]) => path.startsWith('coverages[')).map(([, t]) => `${t.page}:${t.line}`));
    if (u.lines.some((l) => covered!.has(`${l.page}:${l.line}`))) continue;
    for (const h of found) {
      const o = flatOverview(u.text, h.index + h.name.length);
      if (!o) continue;
      read.headings.add(`${u.index}:${h.index}`);
      const coverages = (r.policy.coverages ??= []);
      for (const row of o.rows) {
        const byName = rowIndexClass(row.product);
        const c: Coverage = { product: row.product, [o.col]: row.amount, index_class: byName.index_class };
        r.atUnit(`coverages[${coverages.length}]`, u, row.offset);
        read.coverages.add(coverages.length);
        coverages.push(ordered(c));
        if (!byName.known) r.warn(lineAt(u, row.offset), `index class of «${row.product}» is not known from its name; set to other`);
      }
      // one row with its number: the number of the policy the overview is of
      if (o.numbered && o.rows.length === 1 && r.policy.policy_number === undefined) {
        r.policy.policy_number = o.rows[0]!.number!;
        r.atUnit('policy_number', u, o.rows[0]!.offset);
      }
      // (the unit is not marked as used: what else its text states — another heading's figures — the safety net still sees)
    }
  }
}
