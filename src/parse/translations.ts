/**
 * The English of a bilingual schedule taken out before the readers see it (see TRANSLATION in
 * src/parse/vocabulary.ts): «Forsikringsperiode / Period of insurance: 01.01.2027 - 31.12.2027» is read
 * as «Forsikringsperiode: …», «Bygning / Building | Lagerveien 12 …» as «Bygning | …», and a line
 * that only translates the one above it («Policyholder» under «Forsikringstaker   Vestby
 * Plastindustri AS», «Buildings» under the row «Bygning   48 500 000 …») is no line of its own: the
 * line under it follows the line above it (`under`), so a table's rows stay one table.
 *
 * Only in a document that translates at least twice: one slash before an English-looking word in a
 * Norwegian document («Innbo / Contents»?) is not enough to call the document bilingual.
 */
import type { SourceDocument, SourceLine } from './source.js';
import { FIRST_RISK_WORD } from './amounts.js';
import { COLUMN_NAME_SET, TRANSLATION } from './vocabulary.js';

const ENGLISH: ReadonlySet<string> = new Set(TRANSLATION.english);
/** Words only a translation on the line under a row may hold (TRANSLATION.underOnly). */
const UNDER_ONLY: ReadonlySet<string> = new Set(TRANSLATION.underOnly);
const SHARED: ReadonlySet<string> = new Set(TRANSLATION.shared);

/** A line as the text reader holds it: its page, its line in the file, its text. */
export interface LineOf {
  page: number;
  line: number;
  raw: string;
  /** The file's line this line follows when lines of translation stood between them. */
  under?: number;
}

/** True when every word is an English label word, and one at least is not Norwegian too. */
export function isTranslation(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const lower = words.map((w) => w.toLowerCase());
  return lower.every((w) => ENGLISH.has(w)) && lower.some((w) => !SHARED.has(w));
}

/** A word of a translation: letters, with an apostrophe or a full stop («employers'», «no.»). */
const WORD = /^[A-Za-z][A-Za-z'’.-]*/;
/**
 * What may end a translation after a slash: the line's end, a colon, a column gap, a bar, a dash between words, a comma,
 * a dot leader to the figure («Forsikringssum / Sum insured ........ 64 000 000»), a bracket's remark after it
 * («Yrkesskade / Workers' compensation (lovbestemt / statutory)») or the bracket it closes («(lovbestemt / statutory)»).
 */
// (or the figure both languages share, after the translation inside a bracket: «(enkeltgjenstand / single item kr 30 000)»)
const END = /^(?:$|\s*:|\s{2,}|\t|\s*\||\s[–-]\s|,|\s*(?:\.{3,}|…)|\s\(|\)|\s(?=(?:kr\.?|NOK)\s?\d))/;

/**
 * The text without its translations after a slash: «Forsikringstaker / Policyholder:» →
 * «Forsikringstaker:»; a slash between Norwegian words («Innbo / løsøre») or before a figure stays.
 * Returns the text and how many translations it took out.
 */
export function slashTranslationsOut(text: string): { text: string; count: number } {
  const figures = figureHalvesOut(text);
  const own = slashOut(figures.text, false);
  // (a word Norwegian writes too is a translation after a slash on a line that translates another label:
  // «Forsikringssum / Sum» beside «Egenandel / Deductible» and «Premie / Premium»)
  const out = own.count > 0 ? slashOut(figures.text, true) : own;
  return { text: out.text, count: out.count + figures.count };
}

/** A half's first figure, with the currency before it: «NOK 50 000 …», «1 January 2025», «0.08 ‰ (2024: 0.07 ‰)». */
const HALF_START = /(?:\b(?:NOK|MNOK|kr|EUR|USD|SEK|DKK)\s?)?\d/;

/**
 * The text with one of two halves that write the same figures taken out, as a bilingual document states a figure in both
 * languages across a slash: «3.7 % / 3,7 %» → «3,7 %», «0.08 ‰ (2024: 0.07 ‰) / 0,08 promille (2024: 0,07 promille)» →
 * «0,08 promille (2024: 0,07 promille)», «fra 1 January 2025 / 1. januar 2025» → «fra 1. januar 2025», «3 days / 3 dager»
 * → «3 dager». The halves are a cell's text around a slash with blanks on both sides, the first from its first figure (and
 * the currency before it), the second beginning with its own; their digits must be the same and the halves not (a «25 000 / 25 000» is two figures). The half
 * kept is the Norwegian: the second, unless it has an English word the first has not («3 dager / 3 days»).
 */
export function figureHalvesOut(text: string): { text: string; count: number } {
  let out = text;
  let count = 0;
  for (let from = 0; ; ) {
    const s = out.indexOf(' / ', from);
    if (s < 0) break;
    from = s + 3;
    const cellStart = Math.max(0, ...[...out.slice(0, s).matchAll(/\s{2,}|\t|\|/g)].map((m) => m.index + m[0].length));
    const cell = out.slice(cellStart, s);
    const first = HALF_START.exec(cell);
    if (!first) continue;
    const left = cell.slice(first.index);
    const restEnd = /\s{2,}|\t|\|/.exec(out.slice(s + 3));
    const right = out.slice(s + 3, restEnd ? s + 3 + restEnd.index : undefined);
    // (both halves begin with their figure: «syndikat 2288 / Certain Underwriters at Lloyd's, Syndicate 2288» is two names)
    if (HALF_START.exec(right)?.index !== 0) continue;
    const digits = (t: string) => t.replace(/\D/g, '');
    if (digits(left) === '' || digits(left) !== digits(right) || left.replace(/\s+/g, ' ') === right.replace(/\s+/g, ' ').trimEnd()) continue;
    // (the words of the figure, up to the word after its last digit: «0,08 promille of the fire sum insured» is Norwegian's figure
    // and the English of what follows)
    const figure = (t: string) => /^.*\d[^A-Za-zÀ-ÖØ-öø-ɏ]*[A-Za-zÀ-ÖØ-öø-ɏ]*/u.exec(t)?.[0] ?? t;
    const english = (t: string) => figure(t).split(/[^A-Za-z]+/).some((w) => w !== '' && ENGLISH.has(w.toLowerCase()) && !SHARED.has(w.toLowerCase()));
    const keepLeft = english(right) && !english(left);
    const at = cellStart + first.index;
    out = keepLeft ? out.slice(0, s) + out.slice(s + 3 + right.length) : out.slice(0, at) + out.slice(s + 3);
    from = at;
    count++;
  }
  return { text: out, count };
}

function slashOut(text: string, shared: boolean): { text: string; count: number } {
  if (!text.includes('/')) return { text, count: 0 };
  let out = '';
  let count = 0;
  let i = 0;
  for (;;) {
    const s = text.indexOf('/', i);
    if (s < 0) break;
    const m = /^ ?\/ ?/.exec(text.slice(s)) ?? { 0: '/' };
    const startOfSlash = text[s - 1] === ' ' ? s - 1 : s;
    const before = text.slice(0, startOfSlash);
    const tail = text.slice(s + m[0].length);
    const run = englishRun(tail, shared);
    // («Vareforsikring / Cargo Insurance – Annual Open Cover»: a title's translation goes on after a dash between words, as
    // its Norwegian does — the English after that dash, to the line's end or a column gap, is the translation's too)
    const onAfterDash = run > 0 ? /^\s[–-]\s/.exec(tail.slice(run)) : null;
    const more = onAfterDash ? englishRun(tail.slice(run + onAfterDash[0].length), true) : 0;
    const english = more > 0 && /^(?:$|\s{2,}|\t)/.test(tail.slice(run + onAfterDash![0].length + more)) ? run + onAfterDash![0].length + more : run;
    // (the Norwegian before the slash ends in a letter or a bracket: «kr 500 / år» is no label; and a cell whose words before
    // the slash are English is written English first, «Sum insured / Sum»: the word after the slash is its Norwegian)
    if (english && /[A-Za-zÀ-ÖØ-öø-ɏ)]\.?$/u.test(before) && END.test(tail.slice(english)) && !englishCell(before)) {
      // (before a column gap the cells after it keep their places: the translation's width stays as spaces, so a
      // header «Forsikringssum / Sum   Egenandel / Deductible» still stands over its rows' figures)
      const gap = /^\s{2,}/.test(tail.slice(english)) ? ' '.repeat(s + m[0].length + english - startOfSlash) : '';
      out += text.slice(i, startOfSlash) + gap;
      i = s + m[0].length + english;
      count++;
      continue;
    }
    out += text.slice(i, s + 1);
    i = s + 1;
  }
  const first = englishFirstOut(out + text.slice(i));
  return { text: first.text, count: count + first.count };
}

/** True when the cell that ends the text is English label words only (a translation): «Sum insured» in «…   Sum insured». */
function englishCell(before: string): boolean {
  const cell = before.split(/\s{2,}|\t|\|/).pop()!.trim();
  return cell !== '' && isTranslation(cell.split(/\s+/));
}

/**
 * Where a cell of a line begins: the line's start, a section's number, a column gap, a tab or a bar — and where a part of a
 * cell begins that a bilingual schedule writes English first too: after an opening bracket («(from / fra 1 January»), a dash
 * between words («Eiendom - location / forsikringssted: …»), a comma («…, both days inclusive / begge dager inkludert») or
 * a figure («18 months / mnd.»).
 */
const CELL_START = /^\d{1,2}[.)]?\s+|\s{2,}|\t|\|\s*|\(|\s[–-]\s|,\s|(?<=\d)\s(?=[A-Za-z])/g;

/**
 * The text without the English that stands first in a cell, before a slash and its Norwegian: «Cover / Dekning»
 * → «Dekning», «Location / Forsikringssted: Brevikveien 41» → «Forsikringssted: Brevikveien 41», «3. GENERAL
 * LIABILITY / ANSVAR» → «3. ANSVAR». The words before the slash are the whole cell's start, all English label
 * words; the word after it is none.
 */
function englishFirstOut(text: string): { text: string; count: number } {
  if (!text.includes('/')) return { text, count: 0 };
  const starts = [0];
  for (const m of text.matchAll(CELL_START)) starts.push(m.index + m[0].length);
  let out = text;
  let count = 0;
  // (from the last cell back, so the earlier cells' places stay)
  for (let k = starts.length - 1; k >= 0; k--) {
    const at = starts[k]!;
    const m = ENGLISH_FIRST.exec(out.slice(at));
    if (!m) continue;
    // (a bracket's remark in the English is the English's own: «Stock (feed) / Varer (fôr)»)
    const words = m[1]!.replace(/\s*\([^()]*\)\s*$/, '').trim().split(/\s+/);
    // (a word Norwegian writes too is English here, before the Norwegian label: «Limit / Forsikringssum»; and a word both
    // languages write is the Norwegian after an English that is a translation: «Sum insured / Sum»)
    const after = m[2]!.toLowerCase();
    if (!words.every((w) => ENGLISH.has(w.toLowerCase())) || (ENGLISH.has(after) && !(SHARED.has(after) && isTranslation(words)))) continue;
    const cut = m[0].length - m[2]!.length;
    // (the cells after it keep their places: the English's width goes to the end of its cell as blanks, so a header
    // «Section / Seksjon   Location / Forsikringssted» still stands over its rows — not a field's label, whose value follows
    // its colon wherever it stands: «Policy number / Polisenummer:   NO-01-…» is «Polisenummer:   NO-01-…»)
    const rest = out.slice(at + cut);
    const end = /\s{2,}|\t|\|/.exec(rest);
    out = end && end.index > 0 && /^\s{2,}/.test(end[0]) && !rest.slice(0, end.index).endsWith(':')
      ? out.slice(0, at) + rest.slice(0, end.index) + ' '.repeat(cut) + rest.slice(end.index)
      : out.slice(0, at) + rest;
    count++;
  }
  return { text: out, count };
}

/** English words (a bracket's remark after them), a slash and the first word after it: «Sum insured / Forsikringssum». */
const ENGLISH_FIRST = /^([A-Za-z][A-Za-z'’. ]*?(?: ?\([A-Za-z ]+\))?) ?\/ ?([A-Za-zÀ-ÖØ-öø-ɏ]+)/u;

/** The length of the English words at the text's start that make a translation, 0 when they do not. */
function englishRun(tail: string, shared = false): number {
  const words: string[] = [];
  let pos = 0;
  let best = 0;
  for (;;) {
    const w = WORD.exec(tail.slice(pos));
    if (!w) break;
    const word = w[0].replace(/[.,]$/, (c) => (ENGLISH.has(w[0].toLowerCase()) ? c : ''));
    words.push(word);
    pos += word.length;
    if (!ENGLISH.has(word.toLowerCase())) break;
    if (isTranslation(words) || shared) best = pos;
    if (tail[pos] !== ' ' || !/[A-Za-z]/.test(tail[pos + 1] ?? '')) break;
    pos++;
  }
  return best;
}

/** True when the line only translates the line above it: no figure, every cell English words. */
export function translatesAbove(raw: string): boolean {
  if (/\d/.test(raw)) return false;
  const cells = raw.trim().split(/\s{2,}|\t|\s*\|\s*/).filter((c) => c !== '');
  // («Transit, any one conveyance» under «Transport, per sending /»: a comma between the words is the name's own)
  const words = cells.map((c) => translationCell(c).split(' ').map((w) => w.replace(/,$/, '')));
  // («  Cancellation   per person» under «Avbestilling   60 000 kr»: a cell of words both languages write translates too,
  // where another cell of the line is English only — the line is one translation, not each cell)
  const english = (x: string) => ENGLISH.has(x.toLowerCase()) || UNDER_ONLY.has(x.toLowerCase());
  return cells.length > 0 && words.every((w) => w.length > 0 && w.every(english)) && isTranslation(words.flat().filter((x) => !UNDER_ONLY.has(x.toLowerCase())));
}

/**
 * A cell of a translation line as its words: «(Sum insured)» under «Forsikringssum» (the English in brackets under each
 * header cell) and «Sum insured (NOK)» (the currency the column's figures are in) are the words «Sum insured».
 */
function translationCell(cell: string): string {
  // («(Deductible)(Premium)» under «Egenandel   Årspremie»: two narrow columns' brackets run together, one cell of two
  // translations; «(Location / object)» under «Forsikringssted / objekt»: the slash between its halves is no word)
  return cell.replace(/:$/, '').replace(/\)\s*\(/g, ' ').replace(/^\((.*)\)$/, '$1').replace(/\s*\((?:NOK|USD|EUR|GBP|SEK|DKK)\)$/, '').replace(/\s+\/\s+/g, ' ');
}

/**
 * «damage (reefer breakdown min. 12 t)» under «Temperaturskade / Temperature   NOK 2,5 mill.   NOK 50 000»: the rest of
 * a row name's translation, wrapped onto the line under it — one cell, in lower case, English words, perhaps a remark in
 * brackets after them (the remark translates the Norwegian's too; no amount in it).
 */
export function translationGoesOn(raw: string): boolean {
  const t = raw.trim();
  if (/\s{2,}|\t|\|/.test(t) || !/^[a-z]/.test(t)) return false;
  const bracket = t.indexOf('(');
  const words = (bracket < 0 ? t : t.slice(0, bracket)).trim();
  const remark = bracket < 0 ? '' : t.slice(bracket);
  if (remark !== '' && (!/\)$/.test(remark) || /\b(?:kr|nok)\b|\d{1,3}[ .]\d{3}/i.test(remark))) return false;
  return words !== '' && !/\d/.test(words) && isTranslation(words.split(/\s+/).map((w) => w.replace(/,$/, '')));
}

const FIRST_RISK = new RegExp(FIRST_RISK_WORD, 'i');

/**
 * The Norwegian of the remark a wrapped translation ends with, where it states the sum's form: «signs (førsterisiko/first
 * loss)» under «Glass og skilt / Glass and   NOK 1,25 mill. …» → «  (førsterisiko)» — the English goes, the remark stays
 * on the line under the row, as a Norwegian schedule sets «(førsterisiko)» under a row's name (src/parse/schedule-wrap.ts).
 */
function sumFormUnder(wrapped: string): string | undefined {
  const remark = /\([^()]*\)\s*$/.exec(wrapped.trim());
  if (!remark || !FIRST_RISK.test(remark[0])) return undefined;
  const norwegian = slashTranslationsOut(remark[0]).text.trim();
  return FIRST_RISK.test(norwegian) ? `  ${norwegian}` : undefined;
}

/**
 * The lines without their translations (see the module comment): each line's slash translations
 * out, and a line that translates the one above it left out — the line after it keeps its own
 * number and follows the line above (`under`).
 */
export function translationsOut<L extends LineOf>(input: L[]): L[] {
  const wrappedIn = wrappedNorwegianIn(input);
  const column = englishColumnOut(wrappedIn.lines);
  const lines = column.lines;
  const merged = wrappedIn.merged + column.count;
  const slashed = lines.map((l) => besideOut(slashTranslationsOut(l.raw)));
  // (a translation cut at the line's end by the name column's width goes on on the line under it: that line too)
  const dropped = lines.map((l, k) => k > 0 && follows(lines[k - 1]!, l) && (translatesAbove(l.raw) || (slashed[k - 1]!.count > 0 && /\d/.test(lines[k - 1]!.raw) && translationGoesOn(l.raw))));
  // (the line under a translation translates nothing: two lines of English are the text's own)
  for (let k = dropped.length - 1; k > 0; k--) if (dropped[k] && dropped[k - 1]) dropped[k] = dropped[k - 1] = false;
  dropped.forEach((d, k) => {
    const remark = d ? sumFormUnder(lines[k]!.raw) : undefined;
    if (remark === undefined) return;
    dropped[k] = false;
    slashed[k] = { text: remark, count: slashed[k]!.count + 1 };
  });
  const count = slashed.reduce((n, s) => n + s.count, 0) + dropped.filter(Boolean).length + merged;
  if (count < 2) return input;
  const out: L[] = [];
  let under: number | undefined;
  lines.forEach((l, k) => {
    if (dropped[k]) {
      under ??= out.length > 0 ? out[out.length - 1]!.line : undefined;
      return;
    }
    // (a slash that ends its cell wraps the translation onto the line under it, dropped: «Eierens ansvar /» over
    // «Property owner's liability» — the slash goes with it)
    const raw = dropped[k + 1] ? slashed[k]!.text.replace(DANGLING_SLASH, (all, end: string) => end + ' '.repeat(all.length - end.length)) : slashed[k]!.text;
    const kept = { ...l, raw };
    if (under !== undefined) kept.under = under;
    under = undefined;
    out.push(kept);
  });
  return out;
}

/**
 * The lines of a table with its English column blanked out, as a bilingual certificate sets the English name of each row
 * in a column of its own between the Norwegian name and the figures: a header «Dekning   Cover   Forsikringssum» over
 * «Tillegg dødsfall   Additional death benefit   10 G». The header's cell is a translation set right after a Norwegian
 * column's name; each row's cell under it is words without a figure or a Norwegian letter or word. The column's cells
 * become blanks (their places kept), to the table's end: a blank line, or a row whose cell there is no English.
 */
export function englishColumnOut<L extends LineOf>(input: readonly L[]): { lines: L[]; count: number } {
  const lines = [...input];
  let count = 0;
  for (let k = 0; k < lines.length; k++) {
    const header = lines[k]!;
    if (/\d/.test(header.raw)) continue;
    const cells = cellsAt(header.raw);
    const at = cells.findIndex((c, i) => i > 0 && isTranslation(c.text.split(/\s+/)) && COLUMN_NAME_SET.has(cells[i - 1]!.text.toLowerCase()) && i < cells.length - 1);
    if (at < 0) continue;
    const col = cells[at]!.at;
    const rows: { k: number; at: number; text: string }[] = [];
    for (let j = k + 1; j < lines.length && lines[j]!.raw.trim() !== ''; j++) {
      const cell = cellsAt(lines[j]!.raw).find((c) => Math.abs(c.at - col) <= 2);
      if (cell === undefined) continue;
      if (!ENGLISH_ROW_CELL.test(cell.text) || NORWEGIAN_MARK.test(cell.text)) break;
      rows.push({ k: j, at: cell.at, text: cell.text });
    }
    // (a column of one row is no column: a sentence's words may stand there by chance)
    if (rows.length < 2) continue;
    const blank = (raw: string, from: number, len: number) => raw.slice(0, from) + ' '.repeat(len) + raw.slice(from + len);
    lines[k] = { ...header, raw: blank(header.raw, col, cells[at]!.text.length) };
    for (const r of rows) lines[r.k] = { ...lines[r.k]!, raw: blank(lines[r.k]!.raw, r.at, r.text.length) };
    count += rows.length + 1;
    k = rows[rows.length - 1]!.k;
  }
  return { lines, count };
}

/** An English row name in a column of its own: words of letters, commas, hyphens and brackets, no figure. */
const ENGLISH_ROW_CELL = /^[A-Za-z][A-Za-z'’ ,()-]*$/;

/** A line's cells and where each begins (cells apart by a column gap, a tab or a bar). */
function cellsAt(raw: string): { at: number; text: string }[] {
  return [...raw.matchAll(/[^\s|](?:(?!\s{2,}|\t|\|).)*/g)].map((m) => ({ at: m.index, text: m[0].trimEnd() }));
}

/** A cell of English label words that ends in a slash, its Norwegian wrapped onto the line under it: «Sum insured /». */
const ENGLISH_THEN_SLASH = /^(.+?)\s?\/$/;

/**
 * The lines with the Norwegian a cell written English first wrapped onto the line under it set in that cell's place, as a
 * bilingual schedule whose name column or header is too narrow for both languages writes it: «Machinery and equipment /»
 * over «  Maskiner og utstyr», a header «Sum insured /   Index /   Deductible /» over «Forsikringssum   Indeks   Egenandel».
 * The line under goes (the line after it follows the merged line). Only where every cell of the line under begins under
 * such a cell (at its start or set in a little) and none is a translation: a line of its own is not the rest of a cell.
 */
export function wrappedNorwegianIn<L extends LineOf>(input: readonly L[]): { lines: L[]; merged: number } {
  const known = wrapped(input, false);
  // (a bilingual document writes every cell in the same order: where its cells known by their words are English first, a
  // cell the vocabulary knows neither half of — «Sawmill hall /» over «  Sagbruk» — is English first too, unless it has a
  // Norwegian letter or word of its own)
  return known.merged > 0 ? wrapped(input, true) : known;
}

/** A Norwegian letter, or a Norwegian word no English label writes: the cell is no English. */
const NORWEGIAN_MARK = /[æøåÆØÅ]|\b(?:og|i|på|for|av|med|til|ved|eller)\b/;

function wrapped<L extends LineOf>(input: readonly L[], byOrder: boolean): { lines: L[]; merged: number } {
  const lines = [...input];
  const out: L[] = [];
  let merged = 0;
  for (let k = 0; k < lines.length; k++) {
    const l = lines[k]!;
    const next = lines[k + 1];
    const cells = cellsAt(l.raw);
    const open = cells.filter((c) => {
      const m = ENGLISH_THEN_SLASH.exec(c.text);
      if (m === null) return false;
      const words = m[1]!.replace(/\s*\([^()]*\)$/, '').split(/\s+/);
      return isTranslation(words) || (byOrder && !NORWEGIAN_MARK.test(m[1]!) && words.every((w) => /^[A-Za-z][A-Za-z'’.-]*$/.test(w)));
    });
    const under = next !== undefined && open.length > 0 && follows(l, next) ? cellsAt(next.raw) : [];
    // (the Norwegian fits the cell's column, as a wrapped cell's rest does: a sentence under the cell is no rest of it)
    const home = under.map((u) => open.findIndex((c) => {
      const after = cells[cells.indexOf(c) + 1];
      return u.at >= c.at - 1 && u.at <= c.at + 4 && (after === undefined || u.at + u.text.length < after.at);
    }));
    if (under.length === 0 || home.some((h) => h < 0) || new Set(home).size !== home.length || under.some((u) => isTranslation(u.text.split(/\s+/)))) {
      out.push(l);
      continue;
    }
    const set = cells.map((c) => {
      const i = open.indexOf(c);
      const u = i < 0 ? -1 : home.indexOf(i);
      return u < 0 ? c : { at: c.at, text: under[u]!.text };
    });
    // (each cell at its own place, or two blanks after the cell before it where the Norwegian is longer than the English)
    let raw = '';
    for (const c of set) raw += ' '.repeat(Math.max(c.at - raw.length, raw === '' ? c.at : 2)) + c.text;
    out.push({ ...l, raw });
    // (the line after the line under follows the merged line)
    const after = lines[k + 2];
    if (after !== undefined && follows(next!, after)) lines[k + 2] = { ...after, under: l.line };
    k++;
    merged++;
  }
  return { lines: out, merged };
}

/**
 * The text without the English set beside its Norwegian across a column gap, as a schedule printed in two languages
 * side by side writes its labels: «Polisenummer                Policy number» → «Polisenummer», «FORSIKRINGSBEVIS
 * POLICY SCHEDULE» → «FORSIKRINGSBEVIS». Only on a line with no figure, whose first cell is no translation and every
 * cell after it one.
 */
function besideOut(s: { text: string; count: number }): { text: string; count: number } {
  if (/\d/.test(s.text)) return s;
  const m = /^(\s*\S.*?)(\s{2,}|\t)(\S.*)$/.exec(s.text.trimEnd());
  if (!m || isTranslation(m[1]!.trim().replace(/:$/, '').split(/\s+/))) return s;
  const rest = m[3]!.split(/\s{2,}|\t/).filter((c) => c !== '');
  if (!rest.every((c) => isTranslation(c.replace(/:$/, '').split(' ')))) return s;
  return { text: m[1]!, count: s.count + 1 };
}

/** A slash after a label's last letter that ends its cell: the line's end, a column gap or a tab after it. */
// (every such slash of the line: a header's cells each wrap their translation, «Forsikringssum /   Egenandel /   Premie /»)
const DANGLING_SLASH = /([A-Za-zÀ-ÖØ-öø-ɏ)])\s?\/(?=\s{2,}|\t|\s*$)/gu;

/**
 * A PDF's lines without their translations, as translationsOut does a text's: each cell's slash
 * translations out, and a line whose cells only translate the line above left out (the PDF reader
 * has already cut its lines into cells).
 */
export function sourceTranslationsOut(doc: SourceDocument): SourceDocument {
  const rows = doc.lines.map((l) => ({ page: l.page, line: l.line, raw: l.cells.join('\t'), under: l.under, at: l }));
  const kept = translationsOut(rows);
  if (kept === rows) return doc;
  const lines = kept.map((r): SourceLine => {
    const cells = r.at.cells.map((c) => tailTranslationOut(slashTranslationsOut(c).text));
    const line: SourceLine = { ...r.at, cells, text: cells.length === 1 ? cells[0]! : cells.join('\t') };
    if (r.under !== undefined) line.under = r.under;
    return line;
  });
  return { ...doc, lines };
}

/**
 * A PDF's cell without the translation its layout wrapped into it: «Bygning Buildings» (the English
 * on the line under the Norwegian, joined as the rest of a wrapped cell) → «Bygning», «Forsikringstaker
 * Policyholder» → «Forsikringstaker». The translation begins with a capital and the Norwegian before
 * it keeps a word that is not English; a cell of English only stays.
 */
export function tailTranslationOut(cell: string): string {
  const words = cell.trim().split(/\s+/);
  let start = words.length;
  while (start > 1 && ENGLISH.has(words[start - 1]!.toLowerCase())) start--;
  // (the translation's first word is capitalised: «Maskiner og inventar Machinery and contents»)
  while (start < words.length && !/^[A-Z]/.test(words[start]!)) start++;
  if (start === 0 || start >= words.length || !isTranslation(words.slice(start))) return cell;
  const head = words.slice(0, start);
  return head.some((w) => !ENGLISH.has(w.toLowerCase()) && /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(w)) ? head.join(' ') : cell;
}

/** True when line `b` is the line right under line `a` (on the same page), translations between them left out. */
export function follows(a: { page: number; line: number }, b: { page: number; line: number; under?: number }): boolean {
  return a.page === b.page && (b.under ?? b.line - 1) === a.line;
}
