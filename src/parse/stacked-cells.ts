/**
 * A schedule's table whose cells came out of the PDF one per line — each cell of a row on a line of its
 * own, as text copied from some insurers' PDFs (Landkreditt, Zurich, Protector) gives it:
 *
 *   Forsikring                       (the column headings one per line …)
 *   Forsikringssted
 *   Forsikringssum
 *   Egenandel
 *   Årspremie
 *   Driftsbygning                    (… then each row's cells, in the headings' order)
 *   Holtetvegen 41, 2850 Lena
 *   12 500 000
 *   10 000
 *   8 412
 *
 * or the headings on one line («Objekt Forsikringssted Forsikringssum Egenandel Premie») over rows stacked
 * the same way. Nothing in such a line says which column it is; the headings do, counted down. So the
 * lines are put back into rows before any reader sees them — one line a row, its cells those of a tab
 * table, traced to the row's first line — and the table readers read them as any other table.
 *
 * A row is taken only where every cell fits its column: an amount alone under a figure column (sum,
 * deductible, premium), a number under a location's number («Lok.»), text that is no amount under a
 * text column. A text cell may wrap onto the next line where it plainly goes on (it ends with a comma,
 * a hyphen or an open bracket, or the next line starts in lower case; a street over its postcode and
 * town); a name and a place that wrap over more lines than that are told apart by where the place
 * starts (rowByFigures). The first row that does not fit ends the table (a total, a page's foot, a wrapped cell of
 * another shape): those lines stay as they were, and what no reader takes of them is named by the
 * unread check — nothing is guessed.
 */
import { AMOUNT_SOURCE, readSum } from './amounts.js';
import { lowerCase } from './lower.js';
import { columnOf } from './schedule-names.js';
import type { SourceLine } from './source.js';
import { joinWrapped } from './text-cells.js';
import { namesNumberColumn, WAITING_PERIOD } from './schedule-overview.js';
import { INDEX_COLUMN, DATES, DESCRIPTION_LABELS, NATURAL_DAMAGE, PLACE_LINE_LABELS, POLICY_NUMBER, POLICYHOLDER_BEFORE, SCHEDULE_COLUMNS, THING_FACT_LABELS, TOTAL_WORDS, type Col } from './vocabulary.js';

/**
 * A heading's role: a schedule column, the number of a location (no field of the row), or the natural-damage premium
 * («Naturskadepremie 2025»: the pool's charge beside the insurance's price, no premium of the row — its column is left out).
 */
type Role = Col | 'number' | 'pool' | 'g' | 'kroner' | 'company' | 'index';

interface Heading {
  /** The column names as written, one a cell. */
  names: string[];
  roles: Role[];
  /** Lines the headings take. */
  lines: number;
}

/** An amount alone in its cell: «12 500 000», «kr 10 000», «8 412», «15.000,-». */
const AMOUNT_CELL = /^(?:(?:kr\.?|nok)\s*)?\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?(?:\s*(?:kr|kroner|nok))?$/i;
/**
 * A sum stated by its form, as a sum column holds it: «Fullverdi», «Førsterisiko 250 000» (the table readers
 * read the form as a row's note or its first-risk sum, as on one line; the first-risk sum as readSum reads it).
 */
function sumForm(cell: string): boolean {
  if (/^fullverdi$/i.test(cell)) return true;
  // («36 måneders husleie, kr 14 400 000»: the sum in words, then in kroner — as readSum reads it)
  if (/,\s*(?:kr|nok)/i.test(cell) && !/^(?:kr|nok)/i.test(cell) && typeof readSum(cell) === 'string') return true;
  const v = /risiko/i.test(cell) ? readSum(cell) : undefined;
  return v !== undefined && typeof v === 'object' && 'first_risk' in v;
}
/** A location's number: «1», «12». */
const NUMBER_CELL = /^\d{1,4}$/;
/**
 * A broker's company column: «Selskap», «Forsikringsselskap», «Forsikringsgiver». Each cell names the row's insurer —
 * the row's, never the document's — so the column is read past as the natural-damage premium's is (its cells left out).
 */
const COMPANY_COLUMN = /^(?:forsikrings)?selskap$|^forsikringsgiver$|^forsikringsgjevar$|^assurandør$/i;
/** A sum in G in a sum column: «10 G», «4,5 G». */
const G_SUM_CELL = /^\d{1,3}(?:,\d{1,2})?\s*G$/;
/** A text cell that goes on under it: it ends with a comma, a hyphen or an open bracket. */
const OPEN_END = /[,(-]$/;
const STARTS_LOWER = /^[a-zæøå]/;
/** A postcode and its town, alone: «2850 Lena». */
const POSTCODE_TOWN = /^\d{4} [A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ -]*$/u;
/** A postcode in a place already: «Holtetvegen 41, 2850 Lena». */
const POSTCODE_IN = /\b\d{4} [A-ZÆØÅ]/;
const DIGIT = /\d/;
/** A farm's land register reference at a line's start: «Gnr 45 Bnr 112, 3036 Drammen», «Gnr. 23 bnr. 4». */
const LOT_START = /^(?:[Gg]nr|[Gg]årdsnr|[Gg]ardsnr)\.?\s*\d/;
/**
 * «Industriveien 12» over «Gnr 45 Bnr 112, 3036 Drammen»: a street and its number, then the lot (and perhaps the postcode) on
 * the line under it — one place, as written on one line. Only under a street with no postcode or lot of its own yet.
 */
function lotUnder(cell: string, rest: string | undefined): boolean {
  return rest !== undefined && LOT_START.test(rest) && /\s\d{1,4}\s?[A-Za-z]?$/.test(cell) && !POSTCODE_IN.test(cell) && !/\b[Gg]nr\b/.test(cell);
}
/** The end of a sentence: what follows it starts something else. */
const SENTENCE_END = /[.!?:]$/;
/** A column's name with a year after it: «Sum 2025», «Egenandel 2024». */
const YEAR_AFTER = /^(\D{3,30}?)\s+(?:19|20)\d\d$/;
/** A line that starts a place: a land register reference, a street and its number, a postcode and its town. */
const PLACE_START = /^(?:(?:[Gg]nr|[Gg]årdsnr)\.?\s*\d|[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ.-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ.-]+){0,3}\s+\d{1,4}\s?[A-Za-z]?(?:,|$)|\d{4}\s+[A-ZÆØÅ])/u;
const TEXT_ROLES: ReadonlySet<Role> = new Set(['product', 'object', 'coverage']);
const FIGURE_ROLES: ReadonlySet<Role> = new Set(['sum', 'deductible', 'premium']);

/** A person product's G column: «Sum i G», «Sum (G)», «Erstatning i G», «Antall G», «G». */
const G_COLUMN = /^(?:(?:forsikrings)?sum(?:mer|mar)?|erstatning|ytelse|utbetaling)\s*(?:\(\s*G\s*\)|i\s+G)$|^antall\s+G$|^G$/i;
/** The G sums said again in kroner beside a G column: «Sum i kroner», «Sum i kroner fra 01.05.2025», «Beløp i kr». */
const KRONER_COLUMN = /^(?:(?:forsikrings)?sum(?:mer|mar)?|beløp|erstatning)\s+i\s+(?:kroner|kr\.?|nok)(?:\s+(?:fra|frå|per|pr\.?)\s+\d{1,2}\.\d{1,2}\.\d{2,4})?$/i;
/** A G column's cell: «5 G», «22–30 G», «4,5», or words with no figure («fast sum», «etter regning», «–»). */
const G_CELL = /^(?:\d{1,3}(?:[.,]\d+)?(?:\s*[-–]\s*\d{1,3}(?:[.,]\d+)?)?(?:\s*G)?|\D{1,30})$/;

/** A total's label: «Sum årspremie», «Samlet premie», «Totalt» (TOTAL_WORDS, then nothing or a space). */
const TOTAL = new RegExp(`^(?:${[...TOTAL_WORDS].sort((a, b) => b.length - a.length).join('|')})(?:\\s|$)`);
/** The first words of the schedule's column names («forsikringssted», «pris» of «pris per år»). */
const FIRST_WORDS: ReadonlySet<string> = new Set(SCHEDULE_COLUMNS.flatMap(([, names]) => names.map((n) => n.split(' ')[0]!)));
/** The most words a column's name has («forsikringssum per skadetilfelle»). */
const MAX_NAME_WORDS = 4;

/**
 * A change table's old or new deductible column: «Tidligere egenandel», «Egenandel i dag»; «Ny egenandel»,
 * «Egenandel fra 01.03.2026». A figure's column as a deductible's is (the reader of deductible changes reads
 * the rows put back on their lines by these names). «Endret egenandel» is the section's title, no column.
 */
const CHANGE_COLUMN = /^(?:(?:tidligere|tidlegare|gammel|gjeldende|gjeldande|nåværende|noverande|dagens|opprinnelig|ny|nye|fremtidig|framtidig) (?:egenandel|eigenandel|eigendel)|(?:egenandel|eigenandel|eigendel) (?:i dag|nå|no|før|etter|etter fornyelsen|etter fornyinga|fra \S+|frå \S+))$/;

/**
 * A heading cell's role, or undefined when it names no column. Asked of every line's text, and of most lines more than once
 * (as the line under a run and as the line over it: see headingAt), each answer from up to nine patterns — kept by text,
 * as ruleFor (src/parse/index-class.ts) keeps its answers: the role depends on the text alone.
 */
function roleOf(name: string): Role | undefined {
  let role = rolesAsked.get(name);
  if (role === undefined && !rolesAsked.has(name)) {
    if (rolesAsked.size > 20_000) rolesAsked.clear();
    role = roleOfText(name);
    rolesAsked.set(name, role);
  }
  return role;
}

/** The roles of the texts asked before (emptied when large: a batch of documents does not keep them all). */
const rolesAsked = new Map<string, Role | undefined>();

function roleOfText(name: string): Role | undefined {
  if (G_COLUMN.test(name)) return 'g';
  // («Indeks» / «Indeksklasse» among the headings: the index each row's sum follows, «Bygg», «Maskin», «Ingen» —
  // a column of the table (the table readers read its cell as the row's index class), so the cells after it keep their columns)
  if (INDEX_COLUMN.test(lowerCase(name))) return 'index';
  if (COMPANY_COLUMN.test(name)) return 'company';
  if (KRONER_COLUMN.test(name)) return 'kroner';
  if (CHANGE_COLUMN.test(lowerCase(name))) return 'deductible';
  // («Sum 2024» / «Sum 2025», a broker's columns of one figure per year: the figure's column — which
  // year is the row's the table readers tell from the header, as they do of a table on one line)
  const year = YEAR_AFTER.exec(name);
  if (year) return columnOf(year[1]!);
  if (DIGIT.test(name) || name.length > 40) return undefined;
  if (namesNumberColumn(name)) return 'number';
  // («Bygning» / «Bygg» / «Eiendom» over «Adresse», «Forsikringssum», …: the first column names the buildings — no column
  // the schedule's names know, but the name column of the table; the table readers tell from the header cell and the
  // heading over it whether its cells are the rows' products or the objects of the title's product)
  return columnOf(name) ?? (BUILDING_COLUMN.test(lowerCase(name)) ? 'product' : undefined);
}

/** A first column that names the buildings or properties insured: «Bygning», «Bygg», «Bygninger», «Eiendom». */
const BUILDING_COLUMN = /^(?:bygning|bygningar|bygninger|bygg|bygget|eiendom|eigedom)$/;

/** A line of one cell (a stacked table's lines are such), its text; undefined otherwise. */
function single(l: SourceLine | undefined): string | undefined {
  if (l === undefined) return undefined;
  const cells = l.cells.filter((c) => c.trim() !== '');
  return cells.length === 1 ? cells[0]!.trim() : undefined;
}

/** Whether the headings name a table of figures: a text column and a figure column at least. */
function namesTable(roles: readonly Role[]): boolean {
  // («Dekning» / «Sum i G» / «Sum i kroner»: a person product's items, their G sums and the kroner they make)
  if (roles.some((r) => r === 'g' || r === 'kroner')) return roles.length === 3 && TEXT_ROLES.has(roles[0]!) && roles[1] === 'g' && roles[2] === 'kroner';
  return roles.length >= 3 && roles.some((r) => r === 'sum' || r === 'deductible' || r === 'premium') && roles.some((r) => r === 'product' || r === 'object' || r === 'coverage');
}

/** «Objekt Forsikringssted Forsikringssum Egenandel Premie»: a line whose every word is in a column's name, split into those names. */
function headingLine(text: string): Heading | undefined {
  const words = text.split(/\s+/);
  const names: string[] = [];
  const roles: Role[] = [];
  for (let i = 0; i < words.length; ) {
    // the longest name that starts here («pris per år» before «pris»)
    let n = Math.min(MAX_NAME_WORDS, words.length - i);
    for (; n > 0; n--) {
      const role = roleOf(words.slice(i, i + n).join(' '));
      if (role === undefined) continue;
      names.push(words.slice(i, i + n).join(' '));
      roles.push(role);
      break;
    }
    if (n === 0) return undefined;
    i += n;
  }
  return namesTable(roles) ? { names, roles, lines: 1 } : undefined;
}

/** Column names one per line from line `i` (as many as there are), or undefined when line `i` names none. */
function nameRun(lines: readonly SourceLine[], i: number): Heading | undefined {
  const names: string[] = [];
  const roles: Role[] = [];
  for (let k = i; k < lines.length && sameRun(lines, i, k); k++) {
    const t = single(lines[k]);
    const role = t === undefined ? undefined : roleOf(t);
    if (role === undefined) break;
    // («Forsikring», «Objekt», … «Årspremie» over «Arbeidsmaskin», the first row's name: a second name column after the
    // figure columns is no heading — the headings name the row's name first and its figures last)
    if (role === 'product' && roles.includes('product') && roles.some((x) => x === 'sum' || x === 'deductible' || x === 'premium')) break;
    names.push(t!);
    roles.push(role);
  }
  return names.length > 0 ? { names, roles, lines: names.length } : undefined;
}

/** A section's title in the plural that is also a column's name: «Forsikringer», «Forsikringar», «Dekninger». */
const PLURAL_TITLE = /^(?:forsikring(?:er|ar)|dekning(?:er|ar)|produkter)$/i;

/**
 * «Forsikringer» over «Dekning», «Forsikringssum», «Egenandel», «Pris per år»: the section's title right over the
 * headings of its table, one per line. Read as the table's first heading, each row would have two names and no
 * row fit; the title is a line of its own when the headings under it name a table with a name column of the same role.
 */
function titleOverRun(lines: readonly SourceLine[], i: number): boolean {
  const t = single(lines[i]);
  if (t === undefined || !PLURAL_TITLE.test(t) || i + 1 >= lines.length || !sameRun(lines, i, i + 1)) return false;
  const run = nameRun(lines, i + 1);
  return run !== undefined && run.names.length >= 3 && namesTable(run.roles) && run.roles[0] === roleOf(t);
}

/** Whether line `k`, right under headings from line `i`, is a column's name with a year that names no column the schedule knows («Naturskadepremie 2025»). */
function unknownColumnAfter(lines: readonly SourceLine[], i: number, k: number): boolean {
  const t = k < lines.length && sameRun(lines, i, k) ? single(lines[k]) : undefined;
  const year = t === undefined ? null : YEAR_AFTER.exec(t);
  return year !== null && !year[1]!.includes(' ') && roleOf(t!) === undefined;
}

/** The headings that start at line `i`: one per line, or all on one line; undefined when none do. */
function headingAt(lines: readonly SourceLine[], i: number): Heading | undefined {
  // (the run's tail is no heading of its own: «Forsikring» over «Forsikringssted» … over a row short of a cell
  // would be read by the last three headings, its name as a place — but for a section's title over the run)
  const above = i > 0 && sameRun(lines, i - 1, i) ? single(lines[i - 1]) : undefined;
  if (above !== undefined && roleOf(above) !== undefined && !titleOverRun(lines, i - 1)) return undefined;
  const run = nameRun(lines, i);
  // («Forsikring» … «Egenandel» over «Naturskadepremie 2025»: a column the schedule's names do not know, named with its
  // year, goes on with the headings — read without it, the rows' cells would be counted into the wrong columns)
  // (but one that names natural damage, «Naturskadepremie 2025», is the pool's premium: a column of the table, read past)
  if (run !== undefined && run.names.length >= 3 && unknownColumnAfter(lines, i, i + run.lines)) {
    const name = single(lines[i + run.lines])!;
    if (!namesTable(run.roles) || !NATURAL_DAMAGE.words.some((w) => lowerCase(name).includes(w))) return undefined;
    return { names: [...run.names, name], roles: [...run.roles, 'pool'], lines: run.lines + 1 };
  }
  if (run !== undefined && run.names.length >= 3) return namesTable(run.roles) ? run : undefined;
  const t = single(lines[i]);
  // (most lines are no heading: one whose first word begins no column's name is not split into names at all)
  const first = t?.split(' ', 1)[0] ?? '';
  return t === undefined || t.length > 120 || !(FIRST_WORDS.has(lowerCase(first)) || namesNumberColumn(first)) ? undefined : headingLine(t);
}

/**
 * «… premiegrunnlaget for hver bygning. Lok.» over «Adresse», «Sum», «Egenandel»: the first heading run onto
 * the end of the paragraph above it (a PDF's reader joins a short line to a line that ends near the margin).
 * The paragraph's text without it, and the headings; undefined for any other line.
 */
function gluedHeading(lines: readonly SourceLine[], i: number): { text: string; heading: Heading } | undefined {
  const t = single(lines[i]);
  const sp = t === undefined ? -1 : t.lastIndexOf(' ');
  if (sp < 0 || !SENTENCE_END.test(t!.slice(0, sp)) || i + 1 >= lines.length || !sameRun(lines, i, i + 1)) return undefined;
  const first = t!.slice(sp + 1);
  const role = roleOf(first);
  const rest = role === undefined ? undefined : nameRun(lines, i + 1);
  if (rest === undefined || !namesTable([role!, ...rest.roles])) return undefined;
  return { text: t!.slice(0, sp), heading: { names: [first, ...rest.names], roles: [role!, ...rest.roles], lines: rest.lines } };
}

/** Whether line `k` follows line `from` on the same page with no line skipped between (a blank line ends a table). */
function sameRun(lines: readonly SourceLine[], from: number, k: number): boolean {
  const a = lines[from]!;
  const b = lines[k]!;
  return b.page === a.page && (k === from || b.line === lines[k - 1]!.line + 1);
}

/** A figure column's cell that holds no figure: a dash («-», «–», «—»), as a table marks a cover without a deductible. */
const EMPTY_CELL = /^[-–—]$/;
/** A premium's or a sum's cell of a cover that has none of its own: «Inkludert», «inkl.». */
const INCLUDED_CELL = /^(?:inkludert|inkl\.?)$/i;
/**
 * A deductible's cell that states a rule, not one amount: «kr 3 000 + 20 %», «20 %, min. kr 10 000», «10 % / maks 50 000».
 * It fits the column (the row is put back together, so its other cells are read); the table readers then keep
 * it as the row's note and warn that the deductible could not be read — no amount of it is taken for the deductible.
 */
/** An amount as the project reads one, or a percentage («20 %»). */
const FIGURE_PART = String.raw`(?:${AMOUNT_SOURCE}|\d{1,3}(?:,\d{1,2})?\s*%)`;
const DEDUCTIBLE_RULE = new RegExp(String.raw`^${FIGURE_PART}(?:\s*(?:\+|,|\/|og)?\s*(?:min\.?|minimum|minst|maks\.?|maksimum|høgst|høyst)?\s*${FIGURE_PART})+$`, 'i');

/**
 * A sum's cell that points elsewhere for the sum instead of stating one: «Iht. lov» (a statutory cover, yrkesskade), «Etter
 * lov», «Lovbestemt», «Se kjøretøyliste», «Se vedlegg» (a fleet's list). It fits the column, so the row's other cells are read;
 * the table readers read no sum in it.
 */
const REFERENCE_SUM = /^(?:(?:iht\.?|i\s+henhold\s+til|etter|jf\.?|ifølge|iflg\.?)\s+lov(?:en)?|lovbestemt|lovfestet|se\s+(?:eget\s+|egen\s+)?[a-zæøå-]*(?:liste|vedlegg|spesifikasjon|oversikt)(?:\s+[a-zæøå]+)?)\.?$/i;

/** Whether a cell fits a column of this role. */
function fits(role: Role, cell: string): boolean {
  if (role === 'sum' && REFERENCE_SUM.test(cell)) return true;
  if ((role === 'sum' || role === 'deductible' || role === 'premium') && EMPTY_CELL.test(cell)) return true;
  if ((role === 'sum' || role === 'premium') && INCLUDED_CELL.test(cell)) return true;
  // («3 døgn», «72 timer» under «Egenandel» of a loss-of-income cover: its waiting period — the table readers keep it as the row's note and warn)
  if (role === 'deductible' && WAITING_PERIOD.test(cell)) return true;
  if (role === 'deductible' && DEDUCTIBLE_RULE.test(cell) && /[%+]|min|maks|høgst|høyst/i.test(cell)) return true;
  if (role === 'sum') return AMOUNT_CELL.test(cell) || sumForm(cell) || G_SUM_CELL.test(cell);
  if (role === 'deductible' || role === 'premium') return AMOUNT_CELL.test(cell);
  if (role === 'number') return NUMBER_CELL.test(cell);
  if (role === 'pool') return AMOUNT_CELL.test(cell);
  if (role === 'g') return G_CELL.test(cell);
  if (role === 'company') return !DIGIT.test(cell) && cell.length <= 60;
  // (an index's cell names it in a word or two, no figure: «Bygg», «Løsøre», «Ingen»)
  if (role === 'index') return !DIGIT.test(cell) && cell.length <= 40;
  if (role === 'kroner') return AMOUNT_CELL.test(cell) || /^[-–]$/.test(cell);
  return !AMOUNT_CELL.test(cell) && !NUMBER_CELL.test(cell);
}

/** The row whose first cell is on line `i`: its cells and the index after its last line; undefined when a cell does not fit. */
function rowAt(lines: readonly SourceLine[], i: number, from: number, roles: readonly Role[]): { cells: string[]; next: number } | undefined {
  const cells: string[] = [];
  let k = i;
  for (const [j, role] of roles.entries()) {
    const t = k < lines.length && sameRun(lines, from, k) ? single(lines[k]) : undefined;
    if (t === undefined || !fits(role, t)) return undefined;
    let cell = t;
    k++;
    // a text cell wrapped onto the next line: it ends open, or its rest starts in lower case
    while ((role === 'product' || role === 'object' || role === 'coverage') && k < lines.length && sameRun(lines, from, k)) {
      const rest = single(lines[k]);
      // («Holtetvegen 43» over «2850 Lena»: a place's postcode and town on the line under its street)
      const town = role === 'object' && ((POSTCODE_TOWN.test(rest ?? '') && !POSTCODE_IN.test(cell)) || lotUnder(cell, rest));
      if (rest === undefined || !fits(role, rest) || !(OPEN_END.test(cell) || STARTS_LOWER.test(rest) || town)) break;
      // («Underslag» over «kr 500 000 (førsterisiko)»: a line the next figure column reads as its cell — a first-risk sum,
      // «kr …» in lower case — is that cell, never the name's rest)
      const after = roles[j + 1];
      if (after !== undefined && FIGURE_ROLES.has(after) && fits(after, rest)) break;
      // («Behandlingsutgifter» / «fast sum» / «kr 50 000» under «Dekning» / «Sum i G» / «Sum i kroner»: the words are the G cell, the amount under them the row's last)
      if (roles[j + 1] === 'g' && j + 2 === roles.length - 1 && AMOUNT_CELL.test(single(lines[k + 1]) ?? '')) break;
      cell = joinWrapped(cell, rest);
      k++;
    }
    cells.push(cell);
  }
  return { cells, next: k };
}

/**
 * A row whose name and place wrap over more lines than rowAt joins («Driftsbygning med» / «sauefjøs» /
 * «Gnr. 23 bnr. 4» / «6770 Nordfjordeid» / three amounts): under a product and a place heading and
 * figure headings after them, the lines up to the row's amounts are its name and its place — the place
 * from the first line that starts one (a land register reference, a street and its number, a postcode).
 * Undefined where the headings are of another shape or no line starts a place: nothing is guessed.
 */
function rowByFigures(lines: readonly SourceLine[], i: number, from: number, roles: readonly Role[]): { cells: string[]; next: number } | undefined {
  const text = roles.findIndex((r) => !TEXT_ROLES.has(r));
  if (text !== 2 || roles[0] !== 'product' || roles[1] !== 'object' || !roles.slice(text).every((r) => FIGURE_ROLES.has(r))) return undefined;
  const names: string[] = [];
  let k = i;
  for (; k < lines.length && sameRun(lines, from, k) && names.length <= text + 3; k++) {
    const t = single(lines[k]);
    if (t === undefined || NUMBER_CELL.test(t)) return undefined;
    if (AMOUNT_CELL.test(t)) break;
    names.push(t);
  }
  const place = names.findIndex((t, j) => j > 0 && PLACE_START.test(t));
  if (names.length <= text || place < 0) return undefined;
  const figures: string[] = [];
  for (; figures.length < roles.length - text; k++) {
    const t = k < lines.length && sameRun(lines, from, k) ? single(lines[k]) : undefined;
    if (t === undefined || !AMOUNT_CELL.test(t)) return undefined;
    figures.push(t);
  }
  const name = names.slice(0, place).reduce((a, b) => joinWrapped(a, b));
  const where = names.slice(place).reduce((a, b) => joinWrapped(a, b));
  return { cells: [name, where, ...figures], next: k };
}

/**
 * A table copied from a PDF's columns one column at a time (a web page's or a two-column PDF's copy):
 * the headings one per line, then each column's cells as a block of its own, blocks apart by a blank line
 *
 *   Dekning / Forsikringssum / Egenandel / Pris       (the headings)
 *   Bygning / Maskiner og inventar                    (the first column's cells)
 *   kr 41 700 000 / kr 9 800 000                      (the sums)
 *   kr 20 000 / kr 20 000                             (the deductibles) …
 *
 * The rows are the blocks' lines read across. Taken only where there is one block for each heading, every
 * block has the same number of lines (two or more; a wrapped cell would make them differ, and then nothing
 * is read) and every cell fits its column; each row is traced to its first cell's line. `k` is the line after
 * the headings; undefined where the lines are of another shape.
 */
function columnBlocks(lines: readonly SourceLine[], k: number, roles: readonly Role[]): { rows: SourceLine[]; next: number } | undefined {
  const blocks: number[] = [];
  let n = 0;
  let at = k;
  for (let b = 0; b < roles.length; b++) {
    // (every block after the first stands apart from the one above by a blank line)
    if (at >= lines.length || (b > 0 && sameRun(lines, at - 1, at))) return undefined;
    let end = at;
    while (end < lines.length && sameRun(lines, at, end) && single(lines[end]) !== undefined) end++;
    if (b === 0) n = end - at;
    if (n < 2 || end - at !== n) return undefined;
    for (let r = at; r < end; r++) if (!fits(roles[b]!, single(lines[r])!)) return undefined;
    blocks.push(at);
    at = end;
  }
  // (a block that runs on past the last one is no table of this shape: its lines would be counted into none)
  if (at < lines.length && sameRun(lines, at - 1, at) && single(lines[at]) !== undefined && fits(roles[roles.length - 1]!, single(lines[at])!)) return undefined;
  const rows: SourceLine[] = [];
  for (let r = 0; r < n; r++) rows.push(rowLine(lines[blocks[0]! + r]!, blocks.map((b) => single(lines[b + r])!)));
  return { rows, next: at };
}

/**
 * A table whose rows are copied one cell per line, each row a block of its own, blocks apart by a blank line
 * (a web page's or a letter's overview):
 *
 *   Objekt / Sted / Forsikringssum / Egenandel / Premie      (the headings)
 *   (a blank line)
 *   Driftsbygning / Haugsvegen 210, 2850 Lena / 14 870 000 kr / 10 000 kr / 28 415 kr
 *   (a blank line)
 *   Våningshus / …
 *
 * A block is taken as a row only where its lines are exactly one row's cells, each fitting its column (rowAt);
 * the first block that is not ends the table, its lines left as they are. `k` is the line after the rows read
 * so far, which must start a block of its own.
 */
function rowBlocks(lines: readonly SourceLine[], k: number, roles: readonly Role[]): { rows: SourceLine[]; next: number; rest: SourceLine[] } | undefined {
  const rows: SourceLine[] = [];
  const rest: SourceLine[] = [];
  let at = k;
  while (at < lines.length && at > 0 && !sameRun(lines, at - 1, at)) {
    const whole = rowAt(lines, at, at, roles);
    // (the row must end where its block does: a block of more lines is of another shape — unless its ends say where each cell is)
    const row = whole === undefined || (whole.next < lines.length && sameRun(lines, whole.next - 1, whole.next)) ? blockByEnds(lines, at, roles) : { ...whole, rest: [] };
    if (row === undefined) break;
    rows.push(rowLine(lines[at]!, row.cells));
    rest.push(...row.rest);
    at = row.next;
  }
  return rows.length > 0 ? { rows, next: at, rest } : undefined;
}

/**
 * A row's block whose lines are more than its cells (a Tryg-style certificate copied from its PDF: «Landbruksbygning» /
 * «Heggeveien 112, Gnr 45 Bnr 2» / «2930 Bagn» / «Fjøs og låve, byggeår 1978» / three amounts, under «Forsikring /
 * Forsikringssted / Forsikringssum / Egenandel / Pris per år»): read by its two ends. The amounts at the block's end are
 * the figure columns', as many as there are (a block with fewer or more is not read); the text lines from its start are
 * the text columns', one each in order, a line that plainly goes on (rowAt's wrap: a postcode and town under its street,
 * a rest in lower case) joined to its cell. Text lines left over when every text column has its cell describe the row and
 * are no cell of it: they are kept as lines of their own, after the table (`rest`). Taken only under headings of text
 * columns then figure columns; undefined for any other block.
 */
function blockByEnds(lines: readonly SourceLine[], at: number, roles: readonly Role[]): { cells: string[]; next: number; rest: SourceLine[] } | undefined {
  const text = roles.findIndex((r) => !TEXT_ROLES.has(r));
  if (text < 1 || roles[0] !== 'product' || !roles.slice(text).every((r) => FIGURE_ROLES.has(r))) return undefined;
  let end = at;
  while (end < lines.length && sameRun(lines, at, end) && single(lines[end]) !== undefined) end++;
  // (a block that does not end with a blank line, the page's end or the document's end is no row's block)
  if (end < lines.length && sameRun(lines, at, end)) return undefined;
  const cells = [];
  for (let k = at; k < end; k++) cells.push(single(lines[k])!);
  const figures = roles.length - text;
  const first = cells.length - figures;
  if (first < 1) return undefined;
  for (let j = 0; j < figures; j++) if (!fits(roles[text + j]!, cells[first + j]!)) return undefined;
  const texts = cells.slice(0, first);
  // (an amount or a number among the text lines: the block is of another shape — a figure without its column)
  if (texts.some((t) => AMOUNT_CELL.test(t) || NUMBER_CELL.test(t) || sumForm(t))) return undefined;
  const out: string[] = [];
  let t = 0;
  for (let j = 0; j < text; j++) {
    if (t >= texts.length) {
      out.push('');
      continue;
    }
    let cell = texts[t++]!;
    while (t < texts.length) {
      const rest = texts[t]!;
      const town = roles[j] === 'object' && ((POSTCODE_TOWN.test(rest) && !POSTCODE_IN.test(cell)) || lotUnder(cell, rest));
      if (!(OPEN_END.test(cell) || STARTS_LOWER.test(rest) || town)) break;
      cell = joinWrapped(cell, rest);
      t++;
    }
    out.push(cell);
  }
  // (with lines left over, each text cell after the name must be a place — a postcode, a street and its number, a land
  // register reference: a description before the place would be taken for it, and then nothing is read)
  if (t < texts.length && !out.slice(1).every((c, j) => roles[j + 1] !== 'object' || POSTCODE_IN.test(c) || PLACE_START.test(c))) return undefined;
  const rest = lines.slice(at + t, at + first) as SourceLine[];
  return { cells: [...out, ...cells.slice(first)], next: end, rest };
}

/** A total's label over its amount, as a stacked table's last two lines give them: one row of the table's width; undefined otherwise. */
function totalAt(lines: readonly SourceLine[], i: number, width: number): SourceLine | undefined {
  const label = single(lines[i]);
  const amount = i + 1 < lines.length && sameRun(lines, i, i + 1) ? single(lines[i + 1]) : undefined;
  if (label === undefined || amount === undefined || !AMOUNT_CELL.test(amount) || !TOTAL.test(lowerCase(label))) return undefined;
  const cells = [label, ...new Array<string>(width - 2).fill(''), amount];
  return rowLine(lines[i]!, cells);
}

/** The labels of an agreement's own fields (its number, dates, holder, payment), in lower case, without a colon or a full stop. */
const FIELD_LABELS: ReadonlySet<string> = new Set([
  ...POLICY_NUMBER.labels,
  ...POLICY_NUMBER.notLabels,
  ...DATES.issued,
  ...DATES.renewal,
  ...DATES.period,
  ...POLICYHOLDER_BEFORE,
  'forsikret',
  'forsikrede',
  'betalingsmåte',
  'betalingsfrekvens',
  'betalingsform',
].map((l) => l.replace(/[:.]$/, '')));

/** A line's one cell as an agreement's field label («Forsikringsnummer», «Org.nr.», «Utstedt:»), or undefined. */
function fieldLabel(l: SourceLine | undefined): string | undefined {
  const t = single(l);
  if (t === undefined || t.length > 40) return undefined;
  const label = t.replace(/\s*[:.]$/, '');
  return FIELD_LABELS.has(lowerCase(label)) ? label : undefined;
}

/**
 * An agreement's fields copied from two columns of a PDF, all the labels first, then all the values:
 *
 *   Forsikringstaker / Forsikringsnummer / Utstedt       (three labels or more, one a line)
 *   (a blank line)
 *   Vest-Telemark Brann og Redning IKS / SP 7740 2219 / 02.10.2025   (as many values, one a line)
 *
 * Each label goes with the value at its place in the run, as «Label: value» at the value's line. Taken only
 * where every label line is an agreement's field label, the values are as many as the labels (a blank
 * line or the page's end after them) and none of them is a label; undefined otherwise.
 */
function labelsThenValues(lines: readonly SourceLine[], i: number): { out: SourceLine[]; next: number } | undefined {
  const labels: string[] = [];
  let k = i;
  for (; k < lines.length && sameRun(lines, i, k); k++) {
    const label = fieldLabel(lines[k]);
    if (label === undefined) break;
    labels.push(label);
  }
  if (labels.length < 3 || k >= lines.length || sameRun(lines, k - 1, k) || (i > 0 && sameRun(lines, i - 1, i) && single(lines[i - 1]) !== undefined && fieldLabel(lines[i - 1]) !== undefined)) return undefined;
  const from = k;
  const out: SourceLine[] = [];
  for (; k < lines.length && sameRun(lines, from, k); k++) {
    const value = single(lines[k]);
    if (value === undefined || fieldLabel(lines[k]) !== undefined || out.length === labels.length) return undefined;
    const text = `${labels[out.length]!}: ${value}`;
    out.push({ page: lines[k]!.page, line: lines[k]!.line, text, cells: [text] });
  }
  return out.length === labels.length ? { out, next: k } : undefined;
}

/** Labels of a product's block beside the schedule's columns: its place, the building or vehicle, their facts. */
const BLOCK_LABELS: ReadonlySet<string> = new Set<string>([...PLACE_LINE_LABELS, ...DESCRIPTION_LABELS, ...THING_FACT_LABELS, 'bygning', 'bygg', 'kjøretøy', 'køyretøy', 'båt', 'beskrivelse']);

/** A product's own field label («Produkt», «Forsikring»; «Dekning» beside it is the cover level). */
const PRODUCT_LABELS: ReadonlySet<string> = new Set(['produkt', 'produktnavn', 'forsikring', 'forsikringstype', 'forsikringsart']);

/** A line of two cells whose first is a product block's label («Produkt   Husforsikring»): its label's role and the two cells; undefined otherwise. */
function blockField(l: SourceLine): { role: Role | undefined; label: string; value: string } | undefined {
  const cells = l.cells.map((c) => c.trim()).filter((c) => c !== '');
  // («Forsikring:    Hytteforsikring», a label with its colon: the readers of blocks read such rows already)
  if (cells.length !== 2 || cells[0]!.length > 40 || DIGIT.test(cells[0]!) || cells[0]!.endsWith(':')) return undefined;
  const label = cells[0]!;
  // («Bygning», «Kjøretøy» beside a product's own field name the thing insured, no product)
  if (BLOCK_LABELS.has(lowerCase(label))) return { role: undefined, label, value: cells[1]! };
  const role = columnOf(label);
  return role !== undefined ? { role, label, value: cells[1]! } : undefined;
}

/**
 * A product's block of fields set side by side, each label in a column of its own and its value beside it
 * (a certificate's «Produkt   Husforsikring» / «Dekning   Pluss» / «Forsikringssted   …» / «Forsikringssum
 * Fullverdi» / «Egenandel   kr 10 000» / «Pris per år   kr 9 846»): the same fields as «Label: value» lines,
 * which the readers of blocks read — as two cells a line, the product's field was read as a table's header
 * and the block's product lost. Taken where three lines or more in a row are such fields, one of them names
 * the product (a product column's label) and one a figure (sum, deductible or price); undefined otherwise.
 */
function productBlock(lines: readonly SourceLine[], i: number): { out: SourceLine[]; next: number } | undefined {
  if (i > 0 && sameRun(lines, i - 1, i) && blockField(lines[i - 1]!) !== undefined) return undefined;
  const fields: Array<NonNullable<ReturnType<typeof blockField>>> = [];
  let k = i;
  for (; k < lines.length && sameRun(lines, i, k); k++) {
    const f = blockField(lines[k]!);
    if (f === undefined) break;
    fields.push(f);
  }
  if (fields.length < 3 || fields.filter((f) => PRODUCT_LABELS.has(lowerCase(f.label))).length !== 1 || !fields.some((f) => f.role !== undefined && FIGURE_ROLES.has(f.role))) return undefined;
  const out = fields.map((f, j): SourceLine => {
    const text = `${f.label}: ${f.value}`;
    return { page: lines[i + j]!.page, line: lines[i + j]!.line, text, cells: [text] };
  });
  return { out, next: k };
}

/** One line of a row's cells, at the row's first line (so a value read from it is traced there). */
function rowLine(first: SourceLine, cells: string[]): SourceLine {
  return { page: first.page, line: first.line, text: cells.join('\t'), cells };
}

/** The rows and headings without the natural-damage premium's column (role «pool»): the model has no field for it. */
function withoutPool(h: Heading, rows: SourceLine[]): SourceLine[] {
  const keep = h.roles.map((r) => r !== 'pool' && r !== 'company');
  if (keep.every(Boolean)) return rows;
  return rows.map((l) => (l.cells.length === keep.length ? rowLine(l, l.cells.filter((_, j) => keep[j])) : l));
}

/** The document's lines with every stacked table put back into rows (see above); other lines as they are. */
export function rowsOfStackedCells(lines: SourceLine[]): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const fields = labelsThenValues(lines, i) ?? productBlock(lines, i);
    if (fields !== undefined) {
      out.push(...fields.out);
      i = fields.next;
      continue;
    }
    if (titleOverRun(lines, i)) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    // (the headings at line i are looked for once: headingAt reads the line and the lines around it anew each time)
    const own = headingAt(lines, i);
    const glued = own === undefined ? gluedHeading(lines, i) : undefined;
    const h = glued?.heading ?? own;
    const rows: SourceLine[] = [];
    // (a row's describing lines no column names, kept as lines of their own after the table)
    const rest: SourceLine[] = [];
    let k = i + (glued ? 1 : 0) + (h?.lines ?? 0);
    const next = (at: number): ReturnType<typeof rowAt> => rowAt(lines, at, i, h!.roles) ?? rowByFigures(lines, at, i, h!.roles);
    for (let row = h && next(k); row; row = next(k)) {
      rows.push(rowLine(lines[k]!, row.cells));
      k = row.next;
    }
    // (each row a block of its own, blocks apart by a blank line: read on block by block)
    if (h !== undefined && !glued && rows.length <= 1) {
      const blocks = rowBlocks(lines, k, h.roles);
      if (blocks !== undefined && rows.length + blocks.rows.length >= 2) {
        rows.push(...blocks.rows);
        rest.push(...blocks.rest);
        k = blocks.next;
      }
    }
    // (no row read across: the columns, one block each, under the headings)
    const cols = h !== undefined && rows.length === 0 && !glued ? columnBlocks(lines, k, h.roles) : undefined;
    if (cols !== undefined) {
      out.push(...withoutPool(h!, [rowLine(lines[i]!, h!.names), ...cols.rows]));
      i = cols.next;
      continue;
    }
    if (h === undefined || rows.length === 0) {
      out.push(lines[i]!);
      i++;
      continue;
    }
    if (glued) out.push({ ...lines[i]!, text: glued.text, cells: [glued.text] });
    out.push(...withoutPool(h, [rowLine(lines[glued ? i + 1 : i]!, h.names), ...rows]));
    i = k;
    // «Samlet premie» over «80 300» right under the rows: the table's total row, its amount in the last column
    const total = totalAt(lines, i, h.roles.filter((r) => r !== 'pool').length);
    if (total !== undefined) {
      out.push(total);
      i += 2;
    }
    out.push(...rest);
  }
  return out;
}
