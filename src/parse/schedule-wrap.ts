/**
 * A table row whose name cell wraps onto the next line, that line holding only the rest of the
 * name (a tab-separated or typeset table whose first column is narrow):
 *
 *   «Produkt- og	…	20.000.000	100.000	38.400» over «bedriftsansvar»  → «Produkt- og bedriftsansvar»
 *   «Bedrifts-	…	5.000.000	…» over «ansvar for underentreprenører»   → «Bedriftsansvar for underentreprenører»
 *   «Driftsavbrudd,	…	18.000.000	…» over «12 mnd ansvarstid»         → «Driftsavbrudd», note «12 mnd ansvarstid»
 *
 * A name cut after a hyphen or a joining word whose rest is not found is no name to believe.
 */
import { FIRST_RISK_WORD, readSum } from './amounts.js';
import { lowerCase } from './lower.js';
import { joinWrapped, PLACE_MARKS, PLACE_REST } from './text-cells.js';
import { INDEMNITY_PERIOD, INDEMNITY_PERIOD_SOURCE, TOTAL_ROW } from './schedule-names.js';
import type { Unit } from './units.js';
import { LEVEL_WORDS, PLACE_LINE_LABELS, type Col } from './vocabulary.js';
import { follows } from './translations.js';
import { BREAKDOWN_START, bracketRemark } from './text.js';

/**
 * A name cell that cannot end there: after a hyphen, a comma, a word that joins («og», «eller», «for»), or
 * a dash set apart — the product line before the class word («Gårdsforsikring –» over «ansvar landbruk»).
 */
const OPEN_END = /(?:[A-Za-zÀ-ÖØ-öø-ÿ]-|,|\s[–-]|\s(?:og|eller|samt|for|av|med|i|til|mot|uten|inkl\.?))$/;
/** A text cell beside the name that cannot end there: as a name cannot, or after a preposition («41 kjøretøy etter»). */
const OPEN_CELL_END = /(?:[A-Za-zÀ-ÖØ-öø-ÿ]-|,|\s(?:og|eller|samt|for|av|med|i|til|mot|uten|inkl\.?|etter|ved|på|under|over|per|pr\.?))$/;
/** The columns of a row's text (its name, its cover, its place). */
const TEXT_ROLES: ReadonlySet<Col | undefined> = new Set<Col | undefined>(['product', 'coverage', 'object']);
/** The rest of a name: starts in lower case, no figure, a few words, no sentence. */
const NAME_REST = /^[a-zæøåäöüé][^\d.:;!?]{0,58}$/;
/** The rest of a name that begins with a word that joins it to the name above («med låve og silo», «og redskap»). */
const JOINING_START = /^(?:og|eller|samt|med|for|av|i|til|inkl\.?|uten|mot|på)\s/;
/** The figure columns of a row. */
const FIGURE_ROLES: ReadonlySet<Col | undefined> = new Set<Col | undefined>(['sum', 'deductible', 'premium']);
/** A place and nothing else: a street, its number and a postcode («Haugsvegen 112, 2850 Lena»), or a lot with its place («Gnr. 41 bnr. 2, Lena»). */
// (or a named site with its lot and postcode, as a broker's overview sets a park or a farm under its row: «Kjellstad
// næringspark, Gnr 3 Bnr 118, 1540 Vestby» — a name, then the land register reference, then the postcode)
const PLACE_UNDER = /^(?:[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,4}\s?[A-Za-z]?,\s*\d{4}|(?:[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3},\s*)?(?:[Gg]nr|[Gg]årdsnr)\.?\s*\d+[,.]?\s*(?:bnr|bruksnr)\.?\s*\d+,(?:\s*\d{4})?)\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ'-]+){0,2}$/u;
/** A place line that begins with its label («Risikosted Industrivegen 9, …», «Adresse: …»): the place of the rows under it, no row's. */
function placeLabelled(text: string): boolean {
  const l = lowerCase(text);
  return PLACE_LINE_LABELS.some((label) => l.startsWith(label) && !/[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(l[label.length] ?? ' '));
}
/** A count of what the row insures on a line of its own: «38 mjølkekyr med ungdyr», «120 vinterfôra sau». */
const COUNT_UNDER = /^\d{1,3}(?: \d{3})?\s+[a-zæøåô][a-zæøåô-]+(?:\s+[a-zæøåô][a-zæøåô-]+){0,3}$/;
/** A description of what a row insures, set in under it: no label, no sentence, no amount («John Deere 6130R, årsmodell 2019»). */
const DESCRIBED_UNDER = /^(?![^:]*:\s)(?!.*\b(?:kr|nok)\b)(?!.*\d{1,3}(?: \d{3})+)[A-ZÆØÅ0-9][^!?]{2,70}$/iu;
/** An indemnity period on a line of its own: «12 mnd ansvarstid», «Ansvarstid 24 måneder» (schedule-names.ts). */
const PERIOD_LINE = INDEMNITY_PERIOD;
/** A name and its indemnity period after a comma, the line under the name joined to it: «Driftsavbrudd, 12 mnd ansvarstid». */
const NAME_AND_PERIOD = new RegExp(`^([^,]+),\\s*(${INDEMNITY_PERIOD_SOURCE})$`, 'i');

export interface Wrapped {
  /** The row with its name cell whole (its lines include the continuation's). */
  unit: Unit;
  /** The continuation line, read with the row (none when the text reader joined it already). */
  next?: Unit;
  /** An indemnity period on the continuation line: the row's note. */
  note?: string;
  /** The note is a bracket of facts under the row («(førsterisiko, vert ikkje indeksregulert)»): what it says of the sum holds for the row. */
  remark?: boolean;
}

/**
 * The row `u` of a table whose columns are `roles`, with its name continued on the line `next` (`after`
 * the line under that); 'cut' when the name cell ends where no name ends and no rest follows; undefined when the name
 * stands whole on its row.
 */
export function wrappedName(u: Unit, next: Unit | undefined, roles: ReadonlyArray<Col | undefined>, after?: Unit): Wrapped | 'cut' | undefined {
  const at = u.cells.findIndex((c) => c.trim() !== '');
  const firstRisk = next !== undefined ? firstRiskUnder(u, next, roles) : undefined;
  if (firstRisk !== undefined) return withCells(u, next!, firstRisk);
  // («Strandgata 14 | Verdigjenstander | 150 000 * | …» over «førsterisiko» set in under the row, as «Maskiner og» over
  // «inventar»: the cover's name wrapped before its last word — «Verdigjenstander førsterisiko», a first-risk cover by
  // its name (schedule.ts reads the sum so); kept apart as the place's description, the cover's name was cut)
  const cover = roles.indexOf('coverage');
  const under = next !== undefined && adjacent(u, next) ? next.text.trim() : '';
  if (cover >= 0 && (u.cells[cover] ?? '').trim() !== '' && FIRST_RISK_ALONE.test(under) && (next!.lines[0]!.indent ?? 0) >= 2 && u.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c))) {
    return withName(u, next!, cover, `${u.cells[cover]!.trim()} ${under}`);
  }
  // («Fjellstua, Gnr 45 Bnr 12 | Hytte | Super | 3 150 000 | …» over «2940 Heggenes» alone under the place column, the
  // place the table's first column: its postcode and place on the line under it, as a PDF wraps the cell — the place's rest)
  if (at >= 0 && roles[at] === 'object' && next !== undefined) {
    const first = placeRestAt(u, next, roles);
    if (first === at) return withCells(u, next, u.cells.map((c, i) => (i === at ? `${c.trim().replace(/,$/, '')}, ${next.text.trim()}` : c)));
  }
  // («Bøgata 31–35, 0655 Oslo   kr 268 900 000 …» over «  Boligblokk, 6 etasjer, 84 leil.» set in, under a table whose
  // first column is its rows' places: what stands at the place, described — the row's note, as under a name; left
  // alone, the line ended the table and the rows under it were lost)
  if (at >= 0 && roles[at] === 'object' && next !== undefined && adjacent(u, next) && (next.lines[0]!.indent ?? 0) >= 2 && PLACE_MARKS.test(u.cells[at]!) && u.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c))) {
    const rest = next.text.trim();
    if (DESCRIBED_UNDER.test(rest) && !PLACE_MARKS.test(rest)) return withName(u, next, at, u.cells[at]!.trim(), rest);
  }
  if (at < 0 || (roles[at] !== 'product' && roles[at] !== 'coverage')) return undefined;
  const name = u.cells[at]!.trim();
  // («Agria Veterinærforsikring   60 000 kr per år   2 500 kr per skade-   6 348 kr» over «  Basis      periode»: the
  // cover's level set in under its name, a narrow column's wrap — the name's last word, and a word broken in another
  // text cell goes on beside it; read apart, «Basis» had been a cover of its own and the name cut)
  const level = next !== undefined ? levelUnderName(u, next, at, roles) : undefined;
  if (level !== undefined) return withCells(u, next!, level);
  // (only a name joined from two lines: «Avbrudd, dekningstid 18 måneder» written on one line is the cover's whole name)
  const joined = NAME_AND_PERIOD.exec(name);
  if (joined && (u.lines.length > 1 || u.lines[0]!.took)) return withName(u, undefined, at, joined[1]!.trim(), joined[2]!);
  // («Avling og for   kr 350 000   kr 6 000   kr 610» over «  (førsterisiko, vert ikkje indeksregulert)», «Driftsbygning …» over
  // «  (fjøs med silo, byggeår 1976)»: a bracket of facts under a row with its figures is the row's remark — its note, read
  // for what it says of the sum (schedule-tables.ts) — and the name stands whole, though it ends as a cut name would)
  if (next !== undefined && adjacent(u, next) && bracketRemark(next.text) && u.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c))) {
    return { ...withName(u, next, at, name, next.text.trim().slice(1, -1).trim()), remark: true };
  }
  // («Hull and Machinery /» over «Kasko», «Loss of Hire /» over «Tidstap   max 90 days / maks 90 dager»: a bilingual
  // table's name, the English, a slash, and the Norwegian on the line under it — one name in two languages, as it is
  // written on one line; what stands beside the rest under a figure's column is that figure's rest, not the name's)
  const translated = next !== undefined ? translationRest(u, next, at, name) : undefined;
  if (translated !== undefined) return withName(u, next!, at, `${name} ${translated}`);
  const open = OPEN_END.test(name);
  // («Landbruksløsøre og | Haugen, gnr 41 bnr 2, | 2.500.000 | …» over «maskiner | 2850 Lena | | |»: a PDF
  // row whose name and place both wrap, the rests on a row of their own under the text columns)
  // («Motorvogn | 41 kjøretøy etter | | 8 000 | …» over « | kjøretøyliste | | |»: the rest of a text cell other than the name, in lower case)
  // («Hytte | Sjusjøvegen 212 | 2 750 000 kr | …» over « | Gnr 88 Bnr 41, 2612 Sjusjøen | | |»: a place's lot and
  // postcode on the row under it, a PDF's wrapped cell as a row of its own — the place's rest, with its comma)
  const placeAt = next !== undefined ? placeRestAt(u, next, roles) : -1;
  if (placeAt >= 0) return withCells(u, next!, u.cells.map((c, i) => (i === placeAt ? `${c.trim().replace(/,$/, '')}, ${next!.lines[0]!.cells[i]!.trim()}` : c)));
  if (next !== undefined && textRest(u, next, roles, open ? at : -1)) return withCells(u, next, u.cells.map((c, i) => (next.cells[i]?.trim() ? joinWrapped(c.trim(), next.cells[i]!.trim()) : c)));
  const rest = next !== undefined && adjacent(u, next) ? next.text.trim() : undefined;
  if (rest !== undefined && PERIOD_LINE.test(rest)) return withName(u, next!, at, name.replace(/,$/, ''), rest);
  if (!open && rest !== undefined && u.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c))) {
    // («Våningshus | Fullverdi | 8 420» over «Haugsvegen 112, 2850 Lena», in a table with no place column:
    // the row's place, written on the line under its name as a farm's overview sets it — when the table's
    // next row follows it; over a header it heads the next table, the place of its rows)
    if (!roles.includes('object') && PLACE_UNDER.test(rest) && !placeLabelled(rest) && after?.row && after.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c))) return withName(u, next!, at, joinWrapped(name, rest));
    // («Husdyr storfe | 1 980 000 | 4 470» over «38 mjølkekyr med ungdyr»: what the row counts, its note)
    if (COUNT_UNDER.test(rest)) return withName(u, next!, at, name, rest);
    // («Traktor   DA 7731   Kasko   10 000 kr   9 640 kr» over «  John Deere 6130R, årsmodell 2019» set in:
    // what the row insures, described — its note; the text reader keeps such a line apart, src/parse/text.ts)
    // (a set-in line that names a place, «  Kjellstad næringspark, Gnr 3 Bnr 118,» over «  1540 Vestby», is where the row's
    // thing stands, no description of it: left to the lines under the row, read as its object)
    // («Hus   Pluss   Fullverdi   10 000   9 184» over «  Tiurveien 14» and «  Gnr 41 Bnr 118, 3830 Ulefoss»: a street and its
    // number set in over its lot and postcode is the first line of the row's place, as a certificate wraps it — no description)
    if ((next!.lines[0]!.indent ?? 0) >= 2 && DESCRIBED_UNDER.test(rest) && !PLACE_MARKS.test(rest) && !placeGoesOn(next!, after)) return withName(u, next!, at, name, rest);
  }
  // («Driftsbygning fjøs» over «med låve og silo»: a whole name on its row, its rest on the line under
  // it beginning with a joining word)
  if (!open && rest !== undefined && NAME_REST.test(rest)) {
    if (JOINING_START.test(rest)) return withName(u, next!, at, `${name} ${rest}`);
    // («Motorvogn | 41 kjøretøy etter | | 8 000 | …» over «kjøretøyliste»: the one other text cell cut open goes on there)
    const cut = u.cells.flatMap((c, i) => (i !== at && TEXT_ROLES.has(roles[i]) && OPEN_CELL_END.test(c.trim()) ? [i] : []));
    return cut.length === 1 ? withName(u, next!, cut[0]!, joinWrapped(u.cells[cut[0]!]!.trim(), rest)) : undefined;
  }
  if (!open) return undefined;
  if (rest === undefined || !NAME_REST.test(rest)) return name.endsWith(',') ? undefined : 'cut';
  return withName(u, next!, at, joinWrapped(name, rest));
}

/**
 * The row `u`'s cells with the line `next` under it joined in, where that line is set in and holds in the name's column a
 * cover level alone («Basis», «Pluss», «Premium»: the vocabulary's level words) and beside it at most the rests of cells
 * broken at a hyphen («per skade-» over «periode»); undefined otherwise. A level's name under a row with figures is never
 * a row: it has none of its own.
 */
function levelUnderName(u: Unit, next: Unit, at: number, roles: ReadonlyArray<Col | undefined>): string[] | undefined {
  const last = u.lines[u.lines.length - 1]!;
  const first = next.lines[0]!;
  if (next.lines.length !== 1 || first.page !== last.page || first.line !== last.line + 1) return undefined;
  // (a line of one piece set in; a line of cells in the table's columns — a level alone in the name's, no figure — as it is)
  if (!next.row && (first.indent ?? 0) < 2) return undefined;
  if (!u.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c))) return undefined;
  // (the line's pieces in order: the level first, then the rests of the broken cells, each in the order the cells stand)
  const pieces = (next.row ? next.cells : next.text.trim().split(/\s{2,}|\t/)).map((c) => c.trim()).filter((c) => c !== '');
  const word = pieces[0] ?? '';
  if (!/^[A-ZÆØÅ][a-zæøå]+$/.test(word) || !LEVEL_WORDS.has(word.toLowerCase())) return undefined;
  const rests = pieces.slice(1);
  const broken = u.cells.flatMap((c, i) => (i !== at && /[a-zæøå]-$/.test(c.trim()) ? [i] : []));
  if (rests.length !== broken.length || !rests.every((c) => /^[a-zæøå]+$/.test(c))) return undefined;
  return u.cells.map((c, i) => (i === at ? `${c.trim()} ${word}` : broken.includes(i) ? joinWrapped(c.trim(), rests[broken.indexOf(i)]!) : c));
}

/** A street and its number alone («Tiurveien 14», «Solbakkvegen 14 B»). */
const STREET_ALONE = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,4}(?:\s?[A-Za-z])?$/u;

/**
 * A street alone set in under a row (`next`), the place's lot or postcode set in on the line right under it (`after`): the
 * row's place over two lines, as a private certificate writes a house's place under its row.
 */
function placeGoesOn(next: Unit, after: Unit | undefined): boolean {
  if (after === undefined || after.row || after.bullet || !STREET_ALONE.test(next.text.trim())) return false;
  const a = after.lines[0]!;
  const n = next.lines[next.lines.length - 1]!;
  return a.page === n.page && a.line === n.line + 1 && (a.indent ?? 0) >= 2 && PLACE_MARKS.test(after.text);
}

/** A sum cell that holds only the first-risk word, perhaps with the English after a slash: «Førsterisiko», «Førsterisiko /», «Førsterisiko / First loss». */
const FIRST_RISK_SUM_CELL = new RegExp(String.raw`^${FIRST_RISK_WORD}(?:\s*\/(?:\s*first[\s-]loss)?)?$`, 'i');

/**
 * «Varer | Førsterisiko | 50 000 | 9 300» over «6 000 000» in the sum's column, «Uthus/naust | Stølsvegen 3, Gnr 45 Bnr 12, |
 * Førsterisiko | 8 000 | 960» over « | 6868 Gaupne | 300 000», «Varer | Nordvikveien 2, 6100 Volda | Førsterisiko /» over
 * « | | first loss 2 500 000 | 50 000 | 2 945»: a sum cell too narrow for «Førsterisiko» and its amount, the amount set on the
 * line under it in the same column — one first-risk sum, as on one line. The line under may hold the rest of the row's place
 * (its cell ends in a comma, or it is the postcode and place of a street that has none) and the figures the row's line
 * left empty, nothing else. The row's cells with the sum (and those
 * rests) joined; undefined for any other pair of lines.
 */
function firstRiskUnder(u: Unit, next: Unit, roles: ReadonlyArray<Col | undefined>): string[] | undefined {
  const at = roles.indexOf('sum');
  if (at < 0 || !FIRST_RISK_SUM_CELL.test((u.cells[at] ?? '').trim())) return undefined;
  const last = u.lines[u.lines.length - 1]!;
  const first = next.lines[0]!;
  if (next.lines.length !== 1 || next.bullet || first.page !== last.page || first.line !== last.line + 1) return undefined;
  const under = first.cells;
  const joined = `${u.cells[at]!.trim()} ${(under[at] ?? '').trim()}`;
  const sum = readSum(joined);
  if (sum === undefined || typeof sum !== 'object' || !('first_risk' in sum)) return undefined;
  const cells = roles.map((_, i) => u.cells[i] ?? '');
  for (const [i, c] of under.entries()) {
    const rest = c.trim();
    if (i === at || rest === '') continue;
    const mine = (cells[i] ?? '').trim();
    // (the place's rest under a place that ends in a comma; a figure the row's line left empty)
    if (roles[i] === 'object' && mine.endsWith(',') && PLACE_REST.test(rest)) cells[i] = `${mine} ${rest}`;
    // («Industriveien 16 | Førsterisiko | 10 000 | 12 410» over «3036 Drammen | 6 500 000»: the place's postcode on the line
    // under a street with none, as the rows above it in the same column write theirs — joined as on one line)
    else if (roles[i] === 'object' && mine !== '' && !PLACE_MARKS.test(mine) && PLACE_REST.test(rest)) cells[i] = `${mine}, ${rest}`;
    else if (mine === '' && FIGURE_ROLES.has(roles[i]) && /\d/.test(rest)) cells[i] = rest;
    else return undefined;
  }
  cells[at] = joined;
  return cells;
}

/** The first-risk word alone, in lower case, as a cover's name wraps it onto the line under the row: «førsterisiko». */
const FIRST_RISK_ALONE = new RegExp(String.raw`^(?=[a-zæøå1])${FIRST_RISK_WORD}$`);

/** A name cell that ends in a slash between languages: «Hull and Machinery /». */
const SLASH_END = /\S\s+\/$/;
/** The other language's name: a capital, a few words, no figure («Kasko», «Tidstap», «Kaskointeresse»). */
const TRANSLATION = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ'-]+){0,4}$/u;

/**
 * The Norwegian under a name cell `name` (column `at`) that ends in a slash, on the line right under the row: that line's
 * cell in the name's column, a name in the other language and nothing else there; undefined for anything else.
 */
function translationRest(u: Unit, next: Unit, at: number, name: string): string | undefined {
  if (!SLASH_END.test(name)) return undefined;
  const last = u.lines[u.lines.length - 1]!;
  const first = next.lines[0]!;
  if (next.bullet || next.lines.length !== 1 || first.page !== last.page || first.line !== last.line + 1) return undefined;
  // (a line of one piece is the name's column's; a row's cell in that column, other cells only further right)
  const cells = next.row ? next.cells : [next.text];
  const rest = (next.row ? cells[at] : cells[0])?.trim() ?? '';
  if (!next.row && at !== 0 && (first.indent ?? 0) === 0) return undefined;
  if (next.row && cells.slice(0, at).some((c) => c.trim() !== '')) return undefined;
  return TRANSLATION.test(rest) ? rest : undefined;
}

/** A line of its own right under the row, nothing but text, not read yet by the table. */
function adjacent(u: Unit, next: Unit): boolean {
  const last = u.lines[u.lines.length - 1]!;
  const first = next.lines[0]!;
  return !next.row && !next.bullet && next.lines.length === 1 && first.page === last.page && first.line === last.line + 1;
}

/**
 * A row right under `u` that holds only the rests of its text cells: text (no figure) only under
 * columns of names and places that have text, none under a figure's — the name's rest in lower case
 * under a name cut open (`at`), or (`at` < 0) rests all in lower case under a row with its figures.
 */
function textRest(u: Unit, next: Unit, roles: ReadonlyArray<Col | undefined>, at: number): boolean {
  const last = u.lines[u.lines.length - 1]!;
  const first = next.lines[0]!;
  if (!next.row || next.lines.length !== 1 || first.page !== last.page || first.line !== last.line + 1 || next.cells.length > u.cells.length) return false;
  // (`at` < 0: the name stands whole, and every rest is in lower case; else the name's rest is there)
  if (at >= 0 ? !NAME_REST.test((next.cells[at] ?? '').trim()) : !next.cells.some((c) => c.trim() !== '') || next.cells.some((c) => c.trim() !== '' && !NAME_REST.test(c.trim()))) return false;
  if (at < 0 && !u.cells.some((c, i) => (roles[i] === 'sum' || roles[i] === 'deductible' || roles[i] === 'premium') && /\d/.test(c))) return false;
  return next.cells.every((c, i) => c.trim() === '' || ((roles[i] === 'product' || roles[i] === 'coverage' || roles[i] === 'object') && (u.cells[i] ?? '').trim() !== '' && !/^\d[\d .]*$/.test(c.trim())));
}


/**
 * The column of the place whose rest (PLACE_REST) stands alone on the row `next` right under `u` (a
 * row of its own, under the place column, every other cell empty), the place above lacking its
 * postcode and lot; -1 when there is none.
 */
function placeRestAt(u: Unit, next: Unit, roles: ReadonlyArray<Col | undefined>): number {
  const last = u.lines[u.lines.length - 1]!;
  const first = next.lines[0]!;
  // (the line's own cells: a line of one piece is no row of units, but its cell stands in its column)
  // (a line of one piece at the margin, under a row whose first cell is filled, stands in the first column:
  // «2940 Heggenes» under «Fjellstua, Gnr 45 Bnr 12 | Hytte | …»)
  const margin = first.cells.length === 1 && u.cells.length > 1 && (u.cells[0] ?? '').trim() !== '' && (first.indent ?? 0) === 0 && (last.indent ?? 0) === 0 && !last.setIn;
  const cells = margin ? u.cells.map((_, i) => (i === 0 ? first.cells[0]! : '')) : first.cells;
  if (next.lines.length !== 1 || first.page !== last.page || first.line !== last.line + 1 || cells.length !== u.cells.length) return -1;
  const filled = cells.flatMap((c, i) => (c.trim() !== '' ? [i] : []));
  const at = filled[0];
  if (filled.length !== 1 || at === undefined || roles[at] !== 'object') return -1;
  const place = (u.cells[at] ?? '').trim();
  const rest = cells[at]!.trim();
  if (place === '' || !/\d/.test(place) || !PLACE_REST.test(rest)) return -1;
  if (!PLACE_MARKS.test(place)) return at;
  // («Fjellstua, Gnr 45 Bnr 12» over «2940 Heggenes»: a place with its lot but no postcode, the postcode and place its rest —
  // never a second postcode, nor a lot under a place that has one)
  return POSTCODE_ONLY.test(rest) && !POSTCODE_MARK.test(place) && LOT_MARK.test(place) ? at : -1;
}

/** A postcode and its place, nothing else («2940 Heggenes»). */
const POSTCODE_ONLY = /^\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ'. -]{1,40}$/u;
/** A postcode before a place's name, anywhere in a cell. */
const POSTCODE_MARK = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;
/** A farm's lot («Gnr 45 Bnr 12», «gnr. 7/31»). */
const LOT_MARK = /\b(?:gnr|gårdsnr)\.?\s*\d/iu;

function withCells(u: Unit, next: Unit, cells: string[]): Wrapped {
  const text = cells.filter((c) => c.trim() !== '').join(' ');
  return { unit: { ...u, cells, text, lower: lowerCase(text), lines: [...u.lines, ...next.lines], offsets: [...u.offsets, text.length] }, next };
}

function withName(u: Unit, next: Unit | undefined, at: number, name: string, note?: string): Wrapped {
  const cells = u.cells.map((c, i) => (i === at ? name : c));
  const text = cells.filter((c) => c.trim() !== '').join(' ');
  const unit: Unit = next ? { ...u, cells, text, lower: lowerCase(text), lines: [...u.lines, ...next.lines], offsets: [...u.offsets, text.length] } : { ...u, cells, text, lower: lowerCase(text) };
  const out: Wrapped = { unit };
  if (next) out.next = next;
  if (note !== undefined) out.note = note;
  return out;
}

/**
 * A sub-row set in under a table's row that says what part of the row is some cover — «   herav ansvar   Iht. lov
 * (inngår)» under «Bil Kasko | 8 000 kr | 9 864 kr», «  hvorav naturskade …», «  derav trafikkforsikringsavgift …»:
 * a breakdown of the row above, priced in it. It is no row of its own and no rest of the row's name (joined to the
 * row, «Bil Kasko herav ansvar» lost its cover and its deductible became «8 000 kr Iht. lov»). (BREAKDOWN_START, text.ts)
 */
/** `next` is a breakdown sub-row set in under the row `u` (BREAKDOWN_START). */
export function breakdownUnder(u: Unit, next: Unit | undefined): boolean {
  if (next === undefined || next.lines.length !== 1) return false;
  const last = u.lines[u.lines.length - 1]!;
  const first = next.lines[0]!;
  if (first.page !== last.page || first.line !== last.line + 1) return false;
  return (first.setIn === true || (first.indent ?? 0) > (u.lines[0]!.indent ?? 0)) && BREAKDOWN_START.test(next.text.trim());
}

/** A line that may be the start of a row's name: short, no figure, no sentence's or label's end. */
const HEAD_END = /[.:;!?)]$/;

/**
 * A line of text right over the row `row` of a table whose columns are `roles`, holding the start of
 * the row's name, the row's name cell going on in lower case (a tab-separated table whose name cell
 * wraps before the row's figures, the empty cells of the first line left out):
 *
 *   «Innbo og løsøre i» over «fellesareal | Storgata 4, 3510 Hønefoss | 800 000 | 10 000 | 2 310»
 *   → «Innbo og løsøre i fellesareal»
 *
 * The row with its name whole (its lines the head's and its own, its values traced to its own line);
 * undefined when the line is no such start. (It ended the table, and the row and every row after it
 * were lost without a word.)
 */
export function nameHead(head: Unit, row: Unit | undefined, roles: ReadonlyArray<Col | undefined>): Unit | undefined {
  if (row === undefined || !row.row || head.row || head.bullet || head.lines.length !== 1 || row.lines.length !== 1) return undefined;
  const t = head.text.trim();
  if (t.length > 60 || HEAD_DIGIT.test(t) || HEAD_END.test(t) || !HEAD_START.test(t)) return undefined;
  const a = head.lines[0]!;
  const b = row.lines[0]!;
  if (!follows(a, b)) return undefined;
  const at = row.cells.findIndex((c) => c.trim() !== '');
  if (at < 0 || (roles[at] !== 'product' && roles[at] !== 'coverage')) return undefined;
  // (a head set in its own cells stands in the name's column: «Innbo og løsøre i | | | |»)
  const headAt = a.cells.findIndex((c) => c.trim() !== '');
  if (headAt !== at && !(headAt === 0 && a.cells.length === 1)) return undefined;
  const rest = row.cells[at]!.trim();
  if (!NAME_REST.test(rest)) return undefined;
  // (a row of the table: a figure under a sum's, a deductible's or a price's column)
  if (!row.cells.some((c, i) => (roles[i] === 'sum' || roles[i] === 'deductible' || roles[i] === 'premium') && HEAD_DIGIT.test(c))) return undefined;
  const cells = row.cells.map((c, i) => (i === at ? joinWrapped(t, rest) : c));
  const text = cells.filter((c) => c.trim() !== '').join(' ');
  return { ...row, cells, text, lower: lowerCase(text), lines: [a, b], offsets: [0, 0] };
}
const HEAD_DIGIT = /\d/;
const HEAD_START = /^[A-ZÀ-ÖØ-Þ]/;

/** The name of a place on a line of its own, ending with the comma before its lot or postcode: «Nordre Lyngstad,». */
const PLACE_NAME_LINE = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ\d.'-]+){0,4},$/u;
/** The same name at the start of a line that goes on with the place's lot or postcode: «Lillehagveien 2-8, 0581 Oslo». */
const PLACE_NAME_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ\d.'-]+){0,4},\s+/u;

/**
 * The place of a row written under it over one line or more, in a table with no place column — its name
 * ending with a comma, then its lot and postcode on the next line, as a farm certificate sets a wrapped cell:
 *
 *   «Våningshus   4 850 000   10 000   7 912» over «Nordre Lyngstad,» and «Gnr 88 Bnr 3, 7650 Verdal»
 *   → the object «Nordre Lyngstad, Gnr 88 Bnr 3, 7650 Verdal»
 *
 * The lines start at the units' `from` (right under the row, or under its name's rest); what follows them
 * must be the next row of figures, a line set in (the building's description), or a gap (a blank line, the
 * page's end). The place and its units; undefined when the lines are no such place (they ended the table,
 * and every row under it was lost).
 */
export function placeLinesUnder(units: readonly Unit[], from: number, roles: ReadonlyArray<Col | undefined>): { place: string; units: Unit[] } | undefined {
  const row = units[from - 1];
  // (only under the name of a table's rows: a first column of places or buildings the vocabulary does not name is no such table)
  if (row === undefined || roles.includes('object') || roles[0] !== 'product') return undefined;
  let prev = row.lines[row.lines.length - 1]!;
  const taken: Unit[] = [];
  const parts: string[] = [];
  // (two lines of the place may be one unit already: «Lillehagveien 2-8,» over «0581 Oslo»)
  for (let k = from; k < units.length && parts.length < 3; k++) {
    const v = units[k]!;
    // (a lot line may be taken for a heading: its shape below decides)
    if (v.row || v.bullet || v.lines.length > 2) break;
    let fits = true;
    for (const l of v.lines) {
      // (a row that took in the line under it — a wrapped remark — ends a line later than its own)
      const gap = l.line - prev.line;
      if (l.page !== prev.page || (l.indent ?? 0) !== 0 || !(gap === 1 || (gap === 2 && parts.length === 0 && prev.took))) fits = false;
      // (a unit that took in the line under it ends there)
      prev = l.took ? { ...l, line: l.line + 1 } : l;
    }
    if (!fits) break;
    taken.push(v);
    for (const l of v.lines) parts.push(l.text.trim());
    if (!parts[parts.length - 1]!.endsWith(',')) break;
  }
  if (taken.length === 0) return undefined;
  const last = parts[parts.length - 1]!;
  if (!PLACE_REST.test(last.replace(PLACE_NAME_START, '')) || parts.slice(0, -1).some((p) => !PLACE_NAME_LINE.test(p))) return undefined;
  const after = units[from + taken.length];
  const al = after?.lines[0];
  const gapAfter = al === undefined || al.page !== prev.page || al.line !== prev.line + 1;
  const rowAfter = after !== undefined && after.row && after.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c));
  const setIn = after !== undefined && !after.row && (al?.indent ?? 0) >= 2;
  if (!gapAfter && !rowAfter && !setIn) return undefined;
  return { place: parts.join(' '), units: taken };
}

/**
 * Labels of a line set in under a row that names the row's own place or thing: the place labels of the field
 * («Forsikringssted», «Adresse», and the short «Sted»/«Stad»), a vehicle's or a thing's («Kjøretøy», «Gjenstand»,
 * «Objekt»), and «Gjelder» («Gjelder: Xiaomi Electric Scooter 4 Pro», what the cover is for).
 */
const UNDER_ROW_LABELS: ReadonlySet<string> = new Set<string>([...PLACE_LINE_LABELS, 'sted', 'stad', 'gjelder', 'gjeld', 'objekt', 'gjenstand', 'kjøretøy', 'køyretøy', 'forsikret objekt', 'forsikra objekt']);
/** «  Sted: Lindeberg terrasse 12, H0203, 1067 Oslo»: a label of a word or two, its colon, its value. */
const LABELLED_LINE = /^([A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ ]{1,30}?)\s*:\s*(\S.*)$/u;
/** What no place or thing holds: an amount in kroner, a date, a percentage. */
const NO_PLACE = /\b(?:kr|nok)\b|\d\s*%|\d{1,2}\.\d{1,2}\.\d{2,4}/i;

/**
 * A row's own place or thing on a labelled line set in under it, in a table with no place column (an e-mail's pasted
 * overview, a portal's list):
 *
 *   «Innbo   Ekstra   NOK 650 000,-   NOK 4 000,-   NOK 2 736,-» over «  Sted: Lindeberg terrasse 12, H0203, 1067 Oslo»
 *   «Elsparkesykkel   Ansvar   -   NOK 2 000,-   NOK 1 080,-» over «  Gjelder: Xiaomi Electric Scooter 4 Pro»
 *
 * The line is the row's because it is set in under it (a place line at the margin between rows is the place of the rows
 * under it, placeOfRows); what follows it must be the next row of figures, another line set in, or a gap. The value and
 * its unit; undefined for any other line (it then ends the table, and the rows under it are warned about).
 */
export function labelledLineUnder(units: readonly Unit[], from: number, roles: ReadonlyArray<Col | undefined>): { place: string; units: Unit[] } | undefined {
  const row = units[from - 1];
  const v = units[from];
  if (row === undefined || v === undefined || roles.includes('object') || roles[0] !== 'product' || v.row || v.bullet || v.lines.length !== 1) return undefined;
  const prev = row.lines[row.lines.length - 1]!;
  const l = v.lines[0]!;
  if (l.page !== prev.page || l.line !== prev.line + 1 || (l.indent ?? 0) < 2 || (row.lines[0]!.indent ?? 0) >= (l.indent ?? 0)) return undefined;
  const m = LABELLED_LINE.exec(l.text.trim());
  if (!m || !UNDER_ROW_LABELS.has(lowerCase(m[1]!.trim()))) return undefined;
  const value = m[2]!.trim();
  if (value.length > 100 || !/^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ\d]/u.test(value) || NO_PLACE.test(value) || /[.!?]$/.test(value)) return undefined;
  const after = units[from + 1];
  const al = after?.lines[0];
  const gapAfter = al === undefined || al.page !== l.page || al.line !== l.line + 1;
  const rowAfter = after !== undefined && after.row && after.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c));
  // (or the table's total line: «Mazda 2 1.5 | Delkasko | …» over «DJ 31558» over «Sum   kr 12 432» — a PDF sets the
  // total's word at the table's margin, its amount in the next column, where the text set it in under the figures;
  // the total closes the rows, and the lines above it are the last row's)
  const totalAfter = after !== undefined && TOTAL_ROW.test(after.text.trim()) && AMOUNT_IN_LINE.test(after.text);
  if (!gapAfter && !rowAfter && !totalAfter) return undefined;
  return { place: value, units: [v] };
}

/** An amount in a line: kroner before or after a figure, or a figure in thousands groups («9 850 000», «1.420.000»). */
// (a figure in thousands with a unit of its own, «16 000 km», «1 240 kvm», is a fact of the thing, no amount)
const AMOUNT_IN_LINE = /\b(?:kr|nok)\.?\s*\d|\d\s*(?:kr|nok)\b|\d{1,3}(?:[ .]\d{3})+(?!\d)(?!\s*(?:km|kvm|m²|m2|hk|kw|dekar|daa)(?![A-Za-zæøå]))/i;
/** A postcode before a place's name, a farm's lot, or a street and its number alone («Bratlandsvegen 210»): the line names a place. */
const PLACE_IN_LINE = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]|\b[Gg](?:nr|årdsnr)\.?\s*\d|^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,3}\s?[A-Za-z]?(?:[-–]\d{1,3})?$/u;
/** A line that ends a sentence or heads what follows («Forsikringssted: …», «Bygningssummene indeksreguleres hvert år.»). */
const SENTENCE_OR_LABEL_END = /[.:!?]$/;
/** A field's label and its value («Forsikringssted: Haugenvegen 41»): the place or fact of the lines under it, no row's. */
const LABEL_AND_VALUE = /^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ .]{1,30}:\s/u;

/** A fact of a row's sum on a line of its own: first risk, no index («førsterisiko», «Indeksreguleres ikke»). */
const FACT_LINE = /f[øy]rsterisiko|1\.\s*risiko|indeks|reguler/i;

/** What the lines under a row say of it: the rest of its place, its facts, a description. */
export interface RowLines {
  /** The place's rest («Gnr 88 Bnr 3, 2260 Kirkenær»): after the row's own place, or its place when it has none. */
  place?: string;
  /** The rest of the thing's name («Comprima V150 (ny)» under «Rundballepresse Krone»). */
  nameRest?: string;
  /**
   * A line that could be the rest of the thing's name but stands at the row's margin: in a PDF, where a line set in
   * under a row's name and one at its margin may look alike (the generator set the line apart from the table), it may
   * be the name's rest or a note — the caller reads neither way (see openTableRow).
   */
  marginRest?: string;
  /** Descriptions and facts («Driftsbygning, fjøs og låve, byggeår 1978», «(sagelinje, høvler, truck)», «førsterisiko»). */
  notes: string[];
  units: Unit[];
}

/**
 * The number of the file's line that follows `l`: past the line it took in as its cell's rest («Maskin og» over «løsøre»
 * is one row, «  Kjellstad næringspark, Gnr 3 Bnr 118,» over «  1540 Vestby» one place) — the line under that is next.
 */
function lineAfter(l: { line: number; took?: true }): number {
  return l.line + (l.took ? 2 : 1);
}

/** A line drawn of rule characters alone («------», «=====», «______»). */
const RULE_LINE = /^[-=_–—.\s]{3,}$/;

/**
 * The lines under a table's row that hold no amount, up to the next row of figures or a gap — the rest of the row
 * («Haugenvegen 41 | kr 9 850 000 | kr 10 000 | kr 31 220» over «Gnr 88 Bnr 3, 2260 Kirkenær» and «Driftsbygning, fjøs
 * og låve, byggeår 1978»; «Næringsbygg – Sagbruksvegen 2   kr 31 600 000 …» over «    Gnr 31 Bnr 118, 2390 Moelv» and
 * «    Sagbruk og høvleri, byggeår 1987»; «Varer på utelager – …» over «    førsterisiko»): a row begins where its anchor
 * cells — a name and its amounts — begin, and what stands under it without amounts is its own: a place, a note, a fact.
 * Left alone, such a line ended the table and every row under it was lost. Only where what follows the lines is the
 * next row of figures, the table's total line («Sum   kr 12 432») or a gap (a blank line, the page's end): a line over
 * anything else (a header, a heading, a sentence) is no row's. Undefined when no line under the row is such.
 */
export function linesUnderRow(units: readonly Unit[], from: number, roles: ReadonlyArray<Col | undefined>, row: Unit): RowLines | undefined {
  let prev = row.lines[row.lines.length - 1]!;
  const indent = row.lines[0]!.indent ?? 0;
  const taken: Unit[] = [];
  const lines: Array<{ text: string; indent: number }> = [];
  // (lines of the block may be one unit already: «  Vikavegen 118» over «  Gnr 41 Bnr 2, 6893 Vik i Sogn», a place going on)
  for (let k = from; k < units.length && lines.length < 5; k++) {
    const v = units[k]!;
    if (v.row || v.bullet || v.lines.length > 3) break;
    let fits = true;
    for (const l of v.lines) {
      const t = l.text.trim();
      // («------------» over «Totalt … kr 15 100»: a rule drawn under the figures, no note of the row above)
      // («Kårbolig   2 100 000 kr   10 000 kr   4 215 kr» over «  Forsikringssummen for kårboligen er avtalt fast og
      // indeksreguleres ikke.»: a sentence set in under the row, no amount in it, is the row's note — it does not end the table)
      const setInSentence = (l.indent ?? 0) > indent && /[.!]$/.test(t) && /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(t) && t.length <= 100 && /\s/.test(t);
      if (l.page !== prev.page || l.line !== lineAfter(prev) || t === '' || RULE_LINE.test(t) || (t.length > 80 && !setInSentence) || AMOUNT_IN_LINE.test(t) || (SENTENCE_OR_LABEL_END.test(t) && !setInSentence) || LABEL_AND_VALUE.test(t) || placeLabelled(t)) fits = false;
      // (a heading at the row's margin, a name alone with no figure, place or bracket, heads what follows: «Bygninger», «ANSVAR»)
      else if ((v.heading || v.product) && (l.indent ?? 0) <= indent && !/[\d,(]/.test(t)) fits = false;
      if (!fits) break;
      prev = l;
    }
    if (!fits) {
      prev = taken.length > 0 ? taken[taken.length - 1]!.lines[taken[taken.length - 1]!.lines.length - 1]! : row.lines[row.lines.length - 1]!;
      break;
    }
    taken.push(v);
    for (const l of v.lines) lines.push({ text: l.text.trim(), indent: l.indent ?? 0 });
  }
  if (taken.length === 0) return undefined;
  const after = units[from + taken.length];
  const al = after?.lines[0];
  const gapAfter = al === undefined || al.page !== prev.page || al.line !== lineAfter(prev);
  // (or the row's parts set in under it, «  Fører- og passasjerulykke   kr 100 000» under «Honda CB650R | Kasko | …» over «ML 4821»)
  const rowAfter = after !== undefined && after.row && (after.cells.some((c, i) => FIGURE_ROLES.has(roles[i]) && /\d/.test(c)) || (after.lines[0]!.setIn === true && /\d/.test(after.text)));
  // (or the table's total line: «Mazda 2 1.5 | Delkasko | …» over «DJ 31558» over «Sum   kr 12 432» — a PDF sets the
  // total's word at the table's margin, its amount in the next column, where the text set it in under the figures;
  // the total closes the rows, and the lines above it are the last row's)
  const totalAfter = after !== undefined && TOTAL_ROW.test(after.text.trim()) && AMOUNT_IN_LINE.test(after.text);
  if (!gapAfter && !rowAfter && !totalAfter) return undefined;
  const out: RowLines = { notes: [], units: taken };
  const places: string[] = [];
  lines.forEach((l, i) => {
    const t = l.text;
    if (PLACE_IN_LINE.test(t) && places.length === i) places.push(t.replace(/,$/, ''));
    // (a short line set in under a thing's name, with no comma, no bracket and no fact of the sum: the name's rest — the
    // caller joins it only to a name that holds no place)
    else if (i === 0 && l.indent > indent && !t.includes(',') && t.length <= 30 && /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ\d]/u.test(t) && !FACT_LINE.test(t)) out.nameRest = t;
    else {
      if (i === 0 && l.indent === indent && !t.includes(',') && t.length <= 30 && /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ\d]/u.test(t) && !FACT_LINE.test(t)) out.marginRest = t;
      out.notes.push(/^\(.*\)$/.test(t) ? t.slice(1, -1).trim() : t);
    }
  });
  if (places.length > 0) out.place = places.join(', ');
  return out;
}
