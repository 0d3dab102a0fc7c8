/**
 * Schedule rows that label their own figures, one cover per line:
 *
 *   Innbo, Langmyrgrenda 31, 0861 Oslo .......... sum kr 1 450 000, egenandel kr 4 000, pris kr 3 180
 *   Hus, Langmyrgrenda 31, 0861 Oslo ............ fullverdi, egenandel kr 10 000, pris kr 9 420
 *   Bilforsikring     EV 31852   Volkswagen ID. Buzz 2023   Kasko   egenandel 6 000   premie 7 450
 *
 * The line ends in a run of labelled figures (a label of the vocabulary — sum, forsikringssum,
 * egenandel, pris, premie … — and its amount), perhaps with «fullverdi» (a full-value building:
 * no sum) and a cover level («kasko», «Delkasko», «Ansvar»: the row's coverage) among them, the
 * pieces separated by commas or column gaps. What stands before the run names the cover: the
 * product first, then its place (an address with a postcode, after a comma) or a vehicle's
 * registration number («EV 31852»: the object; «EL 48213 Tesla Model Y» in one piece with the
 * product, or in the column after the plate: the whole vehicle); anything else there is a note. A
 * line is read only when the run has two or more pieces, one of them a labelled amount,
 * and what stands before it is a short name, not a sentence.
 *
 * Never a guess: a figure labelled twice («sum kr 1 000 000, sum kr 2 000 000») is a warning
 * naming both, and neither is used; a labelled value that is no amount («egenandel 2 døgn») is a
 * warning, and the row has no value for it.
 */
import { coverageLine, headingClass } from './schedule-lines.js';
import type { Coverage } from '../model/policy.js';
import { readAmount, readSum } from './amounts.js';
import type { Reading } from './extract.js';
import { rowIndexClass } from './index-class.js';
import { figureValue, firstRiskLabel } from './schedule-fields.js';
import { BY_LAW, columnOf, isDekning, ordered, PERSONS_CELL } from './schedule-names.js';
import { atFieldLabels } from './source.js';
import { quote, type Unit } from './units.js';
import { COVER_LEVEL_SET, LEVEL_WORDS, PLATE_SOURCE, POLICY_NUMBER, type Col } from './vocabulary.js';
import { follows } from './translations.js';
import { lowerCase } from './lower.js';

type Figure = 'sum' | 'deductible' | 'premium';

/** A piece of the run: a labelled figure, «fullverdi», or a cover level. */
type Piece =
  | { kind: 'figure'; col: Figure; value: string; label: string }
  | { kind: 'full' }
  | { kind: 'level'; level: string }
  | { kind: 'fact'; text: string }
  | { kind: 'law'; text: string }
  | { kind: 'persons'; text: string };

/** A bracket at a piece's end: «4 ansatte (3,2 årsverk)» (group 1 before it, 2 inside it). */
const END_BRACKET = /^(.*\S)\s*\(([^()]+)\)$/;

/**
 * A cover's time among its figures: «Ansvarstid 12 måneder», «Karenstid 1 døgn» beside a business interruption's sum and
 * premium — a fact of the cover (its note), no figure and no end of the run.
 */
const TIME_FACT = /^(?:ansvarstid|ansvarsperiode|karenstid|karenstida|ventetid|erstatningstid|dekningstid)\s*:?\s+\d{1,3}\s+(?:dager|dagar|døgn|timer|timar|uker|veker|måneder|månader|mnd\.?|år)$/i;

/** Words that make a line worth a closer look (the figure labels' stems, in lower case). */
const HINTS = ['sum', 'egenandel', 'selvrisiko', 'pris', 'premie', 'eigenandel', 'eigendel', 'risiko'];
const DIGIT = /\d/;
/** «sum kr 1 450 000», «Egenandel: kr 4 000», «premie 7 450», «egenandel 2 døgn»: a label, then a value that starts with a figure or «kr». */
const LABELLED = /^([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ. ]{1,28}?)\s*:?\s+((?:kr\.?|nok)\s*\d.*|\d.*)$/i;
const FULL_VALUE = /^fullverdi$/i;
/** A Norwegian registration number: two capitals and four or five digits («EV 31852», «JF 1043»). */
const REG_NUMBER = new RegExp(String.raw`(?:^|\s)(${PLATE_SOURCE})(?=\s|$)`);
const REG_CELL = /^[A-ZÆØÅ]{2}\s?\d{4,5}$/;
/** A place with a postcode: «…, 0861 Oslo» (not a model's «2260 S»). */
const POSTCODE = /\b\d{4}\s+[A-ZÆØÅ][a-zæøå]/;
/** An amount inside a name: «kr 3 180», «1 450 000». */
const AMOUNT = /\bkr\.?\s*\d|(?<![\d,])\d{1,3}(?: \d{3})+(?![\d,])/i;
/** Where a line's pieces part: a comma, or dot leaders. */
const PIECE_BREAK = /,\s+|\s*(?:\.{3,}|…+)\s*/;
/** A sentence, not a name: a full stop inside, or a verb of running text. */
const SENTENCE = /[a-zæøå]{2}[.!?]\s+[A-ZÆØÅ]|\s(?:er|blir|har|gjelder|dekker|betaler|koster|utgjør)\s/;

/** Read the rows of labelled figures no reader took (see above). */
export function readInlineRows(r: Reading, push: (c: Coverage, u: Unit) => void): void {
  let above: { c: Coverage; u: Unit } | undefined;
  for (const u of r.units) {
    // (a bullet with its agreement number in a bracket was taken by the header's reader for that number: the rest of it is
    // still the product's, read here with the figures under it)
    const over = r.used.has(u) && !numberInBracket(u) ? undefined : bulletOverFigures(r, u);
    if (over !== undefined) {
      const c = inlineRow(r, u, over.pieces);
      if (c) {
        push(c, u);
        r.used.add(u);
        r.used.add(over.figures);
        above = { c, u };
        continue;
      }
    }
    if (r.used.has(u) || u.heading || u.text.length > 250 || !DIGIT.test(u.text) || !HINTS.some((h) => u.lower.includes(h))) continue;
    let c = inlineRow(r, u);
    if (c) {
      // («• Maskiner og inventar, Havnegata 3, 9008 Tromsø: …» over «  ◦ Kunders eiendeler: førsterisiko NOK 500 000, …»:
      // a sub-bullet, set in under its item, is insured at the item's place)
      if (c.object === undefined && above?.c.object !== undefined && subBullet(u, above.u)) c = ordered({ ...c, object: above.c.object });
      push(c, u);
      r.used.add(u);
      // (the changes reader, which runs first, said it could not read a change in it: a coverage's row, no change —
      // as readCoverageLines withdraws it: «Verkstadansvar: sum kr 10 000 000, eigenandel kr 20 000, pris kr 7 480»)
      r.withdraw(`could not read the deductible change in ${quote(u.text)}`);
      above = { c, u };
    }
  }
}

/** «(avtalenr. 31-7702-4418)», «(polisenr. 6601 2210)»: a bracket that holds a policy number's label and its number. */
const POLICY_BRACKET = new RegExp(String.raw`\s*\((?:${POLICY_NUMBER.labels.map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\.?:?\s*[^()]*\d[^()]*\)`, 'gi');
/** Whether a unit states a policy number in a bracket: «… (avtalenr. 31-7702-4418)». */
function numberInBracket(u: Unit): boolean {
  POLICY_BRACKET.lastIndex = 0;
  return POLICY_BRACKET.test(u.text);
}

/** The spaced dash between a list item's product and what it insures: «Husforsikring Topp – Hagebakken 17, …». */
const ITEM_DASH = /\s+[–—-]\s+/;
/** Where a line of labelled figures written as sentences parts: a full stop before the next capitalised label. */
const FIGURE_SENTENCE = /\.\s+(?=[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ])/u;

/**
 * «* Husforsikring Topp – Hagebakken 17, 5353 Straume (avtalenr. 31-7702-4418)» over «Forsikringssum: 6 120 000 kr. Egenandel:
 * 10 000 kr. Pris: 12 904 kr per år.»: a private customer's overview in an e-mail or on «Min side» lists each product as a
 * bullet that names it and, after a dash, what it insures (a place, a vehicle, «samme adresse»), its agreement number in a
 * bracket, and on the line under it the figures as short sentences of their own. The pieces of the bullet's name (the
 * bracket left out: the number is the row's agreement, no place or note) and of the figures, as one line's pieces; undefined
 * unless every sentence of the line under the bullet is a labelled figure, a cover level or «fullverdi».
 */
function bulletOverFigures(r: Reading, u: Unit): { pieces: string[]; figures: Unit } | undefined {
  if (!u.bullet || u.row || u.heading) return undefined;
  const v = r.units[u.index + 1];
  if (v === undefined || r.used.has(v) || v.bullet || v.row || v.heading || !follows(u.lines[u.lines.length - 1]!, v.lines[0]!)) return undefined;
  const wrapped = bulletWrappedAtColon(u, v);
  if (wrapped !== undefined) return { pieces: wrapped, figures: v };
  if (v.label === undefined) return undefined;
  const figures = v.text.trim().replace(/\.$/, '').split(FIGURE_SENTENCE).map((p) => p.trim());
  if (figures.length === 0 || figures.some((p) => pieceOf(p) === undefined)) return undefined;
  const name = u.text.replace(POLICY_BRACKET, '').trim();
  const dash = ITEM_DASH.exec(name);
  if (name === '' || dash === null || DIGIT.test(name.slice(0, dash.index))) return undefined;
  const rest = name.slice(dash.index + dash[0].length).split(PIECE_BREAK).map((p) => p.trim()).filter((p) => p !== '');
  return { pieces: [name.slice(0, dash.index).trim(), ...rest, ...figures], figures: v };
}

/** A bracket of words after a name, no figure in it: «Eiendeler (inventar, utstyr og løsøre)» — what the product takes in. */
const NAME_BRACKET = /^([^()]*?\S)\s*\(([^()\d]+)\)$/;

/** A text's pieces at its commas, a comma inside a bracket left in its piece («Eiendeler (inventar, utstyr og løsøre)»). */
export function commaPieces(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === ',' && depth === 0 && /\s/.test(text[i + 1] ?? '')) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

/**
 * «* Eiendeler (inventar, utstyr og løsøre), Storgata 12, 3611 Kongsberg:» over «forsikringssum kr 850 000, egenandel kr 8 000,
 * pris kr 6 940 per år»: an e-mail's list item that names the product and its place and ends in a colon, its figures wrapped
 * onto the line under it, set in under the item's text (as a mail writer's list wraps a long item). The item's pieces (a
 * bracket of words after the product is what the product takes in: a note, not its name) and the figures', as one line's
 * pieces; undefined unless the item ends in its colon, holds no figure before its place, and every comma's piece of the line
 * under it is a labelled figure, «fullverdi» or a cover level — one of them an amount.
 */
function bulletWrappedAtColon(u: Unit, v: Unit): string[] | undefined {
  const head = u.text.trim();
  if (!head.endsWith(':') || v.label !== undefined || (v.lines[0]!.indent ?? 0) <= (u.lines[0]!.indent ?? 0)) return undefined;
  const figures = commaPieces(v.text.trim().replace(/\.$/, ''));
  const kinds = figures.map((p) => pieceOf(p)?.kind);
  if (figures.length === 0 || kinds.some((k) => k === undefined) || !kinds.includes('figure')) return undefined;
  const name = commaPieces(head.slice(0, -1));
  if (name.length === 0 || DIGIT.test(name[0]!)) return undefined;
  const bracket = NAME_BRACKET.exec(name[0]!);
  // (the bracket after the places, as a note of the row: the product is the name before it)
  return bracket ? [bracket[1]!, ...name.slice(1), `(${bracket[2]!.trim()})`, ...figures] : [...name, ...figures];
}

/** A bullet set in deeper than the bullet right above it (the line before it), as a list's sub-item is. */
function subBullet(u: Unit, above: Unit): boolean {
  const [a, b] = [above.lines[above.lines.length - 1]!, u.lines[0]!];
  return u.bullet && above.bullet && follows(a, b) && (b.indent ?? 0) > (a.indent ?? 0);
}

/** The pieces of a line: its cells, each split before a field's label and at commas that are not inside brackets or a figure. */
function piecesOf(u: Unit): string[] {
  const cells = u.row ? u.cells.filter((c) => c !== '') : [u.text];
  // (dot leaders a PDF keeps in the cell: «Langmyrgrenda 31, 0861 Oslo .......... sum kr 1 450 000»)
  const pieces = cells.flatMap(atFieldLabels).flatMap((c) => c.split(PIECE_BREAK)).map((p) => p.trim()).filter((p) => p !== '');
  // («Livsforsikring: forsikringssum kr 45 000, pris kr 2 556 per år»: the product before a colon, its first figure after it)
  // («• Varer, Havnegata 3, 9008 Tromsø: forsikringssum NOK 4 000 000, …»: a bullet's place before the colon, the first figure after it)
  // («* Hus, Eikelivegen 22, 6856 Sogndal: fullverdi, eigenandel …»: «fullverdi» first after the colon, as a figure)
  const at = pieces.findIndex((p) => p.includes(':'));
  const m = pieces.length > 1 && at >= 0 ? (at === 0 ? NAME_COLON : PLACE_COLON).exec(pieces[at]!) : null;
  const first = m ? pieceOf(m[2]!)?.kind : undefined;
  // («- Brannbil, NS 77104: Kasko, egenandel 20 000 kr, premie 38 400 kr», a broker's list of a fleet: the vehicle's plate
  // before the colon, its cover level first after it — read as one piece, plate and level were a note)
  if (m && columnOf(m[1]!) === undefined && pieceOf(pieces[at]!) === undefined && (first === 'figure' || first === 'full' || first === 'level' || first === 'persons' || first === 'law')) pieces.splice(at, 1, m[1]!.trim(), m[2]!.trim());
  return pieces;
}

/** A name of words and its colon, then the rest of the piece: «Veterinærforsikring: forsikringssum kr 60 000». */
const NAME_COLON = /^([A-ZÆØÅ][^:\d]{1,40}):\s+(.+)$/;
/** The last piece of a place and its colon, then the first figure: «9008 Tromsø: forsikringssum NOK 4 000 000». */
const PLACE_COLON = /^([^:]{1,60}):\s+(.+)$/;

/** A piece that is a field «Label: value»: its label and value. */
const FIELD_PIECE = /^([A-Za-zÀ-ÖØ-öø-ÿ][^:]{0,39}):\s+(.+)$/;

/**
 * The pieces before the figures with the labels of their fields taken off: «Forsikringssted:
 * Storgata 1» is the place «Storgata 1», «Dekning: Pluss» the coverage; a field the schedule does
 * not read («Byggeår: 1987») is left as it is (a note). Undefined when a label names the product.
 */
function unlabelled(pieces: string[]): { pieces: string[]; coverage?: string } | undefined {
  const out: string[] = [];
  let coverage: string | undefined;
  for (const p of pieces) {
    const m = FIELD_PIECE.exec(p);
    const col = m ? (isDekning(m[1]!.trim()) ? 'coverage' : columnOf(m[1]!)) : undefined;
    if (!m || col === undefined) out.push(p);
    else if (col === 'coverage') coverage = m[2]!.trim();
    else if (col === 'object') out.push(m[2]!.trim());
    else return undefined;
  }
  return coverage !== undefined ? { pieces: out, coverage } : { pieces: out };
}

function pieceOf(text: string): Piece | undefined {
  const lower = text.toLowerCase();
  if (FULL_VALUE.test(text)) return { kind: 'full' };
  if (COVER_LEVEL_SET.has(lower)) return { kind: 'level', level: text[0]!.toUpperCase() + text.slice(1) };
  if (TIME_FACT.test(text.trim())) return { kind: 'fact', text: lower.trim() };
  // («* Yrkesskade: 4 ansatte (3,2 årsverk), erstatning etter lov, pris kr 3 880 per år»: the law sets the staff cover's
  // sums — a sum's place in the run, no figure — and the count is whom it insures, read by the header: neither ends the run)
  if (BY_LAW.test(text.trim())) return { kind: 'law', text: text.trim() };
  const bracket = END_BRACKET.exec(text.trim());
  if (PERSONS_CELL.test(bracket ? `${bracket[1]!}, ${bracket[2]!.trim()}` : text.trim())) return { kind: 'persons', text: text.trim() };
  const m = LABELLED.exec(text);
  if (!m) return undefined;
  // («førsterisiko NOK 500 000»: a first-risk sum, as a field «Førsterisiko: kr 500 000» is)
  if (firstRiskLabel(m[1]!)) return { kind: 'figure', col: 'sum', value: `Førsterisiko ${m[2]!.trim()}`, label: m[1]! };
  const col: Col | undefined = columnOf(m[1]!);
  if (col !== 'sum' && col !== 'deductible' && col !== 'premium') return undefined;
  return { kind: 'figure', col, value: m[2]!.trim(), label: m[1]! };
}

/** The heading right over a run of rows with figures («Avbrudd» over «Driftsavbrudd …» and «Ekstrautgifter …»), or undefined. */
function headingOver(r: Reading, u: Unit): Unit | undefined {
  for (let k = u.index - 1; k >= 0; k--) {
    const v = r.units[k]!;
    if (v.heading && !v.row) return v;
    if (!v.row || !/\d/.test(v.text)) return undefined;
  }
  return undefined;
}

/** One cover from a line of labelled figures, or undefined when the line is not one. */
function inlineRow(r: Reading, u: Unit, given?: string[]): Coverage | undefined {
  const pieces = given ?? piecesOf(u);
  // the run of labelled figures at the end of the line
  let start = pieces.length;
  const run: Piece[] = [];
  while (start > 0) {
    const p = pieceOf(pieces[start - 1]!);
    if (!p) break;
    run.unshift(p);
    start--;
  }
  // («* Ansvar: forsikringssum kr 10 mill. per skade, egenandel kr 8 000, …», an item of an e-mail's list of products: the
  // name before the item's colon is the product, also where it is a word a vehicle's cover level is called too; a line that
  // is no list item, «Delkasko: eigenandel kr 4 000, premie kr 1 200» under a vehicle's certificate, is that vehicle's cover)
  const levelNamed = start === 0 && run[0]?.kind === 'level' && u.bullet && u.label !== undefined && lowerCase(u.label.trim()) === lowerCase(pieces[0]!);
  if (levelNamed) {
    run.shift();
    start = 1;
  }
  if (run.filter((p) => p.kind !== 'fact' && p.kind !== 'persons').length < 2 || !run.some((p) => p.kind === 'figure') || start === 0) return undefined;
  // figures before the run: the lines of two rows run together (a PDF can join them) — not one row
  if (pieces.slice(levelNamed ? 1 : 0, start).some((p) => pieceOf(p) !== undefined || AMOUNT.test(p))) {
    // («Varelager: 480 000 kr, egenandel 10 000 kr, årspris 1 390 kr.»: the name's sum before the labelled run — one
    // cover, read by src/parse/schedule-lines.ts after the other readers)
    if (coverageLine(u.text.trim()) !== undefined) return undefined;
    // («Innbo i hytte | Fjellvegen 14, … | 400 000 kr | Egenandel 6 000 kr | Pris 1 230 kr per år», a record of labelled cells
    // joined from its two lines: one row, its bare amount placed by the rows around it — src/parse/schedule-labelled-rows.ts)
    if (u.lines.some((l) => l.labelledCells === true)) return undefined;
    r.warnUnit(u, `the line ${quote(u.text)} holds the figures of more than one row; not read`);
    r.used.add(u);
    return undefined;
  }
  const head = unlabelled(pieces.slice(0, start));
  const name = head && head.pieces.length > 0 ? (nameOf(head.pieces) ?? placeUnderHeading(r, u, head.pieces)) : undefined;
  if (!name) return undefined;
  const c: Coverage = { product: name.product };
  if (name.object !== undefined) c.object = name.object;
  const levels = run.flatMap((p) => (p.kind === 'level' ? [p.level] : []));
  if (head!.coverage !== undefined) c.coverage = head!.coverage;
  else if ('coverage' in name && typeof name.coverage === 'string') c.coverage = name.coverage;
  else if (levels.length === 1) c.coverage = levels[0]!;
  const notes: string[] = [];
  if (name.note !== undefined) notes.push(name.note);
  if (run.some((p) => p.kind === 'full')) notes.push('Fullverdi');
  for (const p of run) if (p.kind === 'fact' || p.kind === 'persons' || p.kind === 'law') notes.push(p.text);
  // (the law's sums are a person cover's: no sum, and none of an index)
  let persons = run.some((p) => p.kind === 'law');
  for (const col of ['sum', 'deductible', 'premium'] as const) {
    const found = run.flatMap((p) => (p.kind === 'figure' && p.col === col ? [p] : []));
    if (found.length > 1) {
      r.warnUnit(u, `could not read the ${col} of ${name.product}: the line states ${found.map((f) => quote(`${f.label} ${f.value}`)).join(' and ')}; none is used`);
      continue;
    }
    const f = found[0];
    if (!f) continue;
    if (col === 'sum') {
      const sum = readSum(figureValue(col, f.value));
      if (sum === undefined) r.warnUnit(u, `could not read the sum ${quote(f.value)} of ${name.product}`);
      else {
        c.sum = sum;
        persons = typeof sum !== 'string' && !('first_risk' in sum);
      }
      continue;
    }
    const a = readAmount(figureValue(col, f.value));
    if (a === undefined) r.warnUnit(u, `could not read the ${col} ${quote(f.value)} of ${name.product}`);
    else c[col] = a;
  }
  const byName = rowIndexClass(name.product);
  // (a vehicle's row: no property sum, whatever its product is called)
  const vehicle = name.reg;
  c.index_class = persons || vehicle ? 'none' : byName.index_class;
  // («Avbrudd» over «Driftsavbrudd …» and «Ekstrautgifter …»: a name the table does not know takes the class of the group's
  // heading the rows stand under, as a line of labelled figures does — src/parse/schedule-lines.ts)
  const byHeading = !persons && !vehicle && !byName.known ? headingClass(headingOver(r, u), name.product) : undefined;
  if (byHeading !== undefined) c.index_class = byHeading;
  else if (!persons && !vehicle && !byName.known) r.warnUnit(u, `index class of «${name.product}» is not known from its name; set to other`);
  if (notes.length > 0) c.note = notes.join('; ');
  return ordered(c);
}

/** A place and nothing else: a street and its number, then its postcode and town («Havnegata 14, 8006 Bodø»). */
const PLACE_ONLY = /^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,4}\s?[A-Za-z]?,\s*\d{4}\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ'-]+){0,2}$/u;
/** A product heading and its cover level after a dash: «Næringsbygg – Pluss», «Maskiner og løsøre - Pluss». */
const HEADING_LEVEL = /^(.+?)\s+[–-]\s+(\S+)$/;

/**
 * A record named only by its place, under the product's heading: «Næringsbygg – Pluss» over «  Havnegata 14, 8006 Bodø
 * Forsikringssum   kr 46 800 000» and «  Sjøgata 3, 8006 Bodø   Forsikringssum …» — a renewal letter lists each product
 * once and its places under it, each with its figures. The product is the heading's (a cover level after its dash the
 * rows' coverage), the place the object. Only under a heading the index-class table knows as a product; else undefined.
 */
function placeUnderHeading(r: Reading, u: Unit, pieces: string[]): { product: string; object: string; coverage?: string; note?: string; reg: boolean } | undefined {
  const place = pieces.join(', ');
  if (!PLACE_ONLY.test(place)) return undefined;
  const heading = headingOver(r, u);
  if (heading === undefined) return undefined;
  const text = heading.text.trim().replace(/:$/, '');
  const level = HEADING_LEVEL.exec(text);
  const product = level && LEVEL_WORDS.has(lowerCase(level[2]!)) ? level[1]! : text;
  if (!rowIndexClass(product).known || DIGIT.test(product)) return undefined;
  return { product, object: place, ...(product !== text ? { coverage: level![2]! } : {}), reg: false };
}

/**
 * The product, place or registration number, and note of what stands before the figures: the
 * first piece is the product (a registration number inside it splits it: «Bilforsikring» and the
 * vehicle «EL 48213 Tesla Model Y», plate and model as written); the pieces after it are a place
 * when they hold a postcode, a registration number when they are one (with the model in the
 * column after it: the vehicle), else a note. Undefined when it is not a short name.
 */
function nameOf(pieces: string[]): { product: string; object?: string; note?: string; reg: boolean } | undefined {
  const head = pieces.join(', ');
  if (head.length > 120 || SENTENCE.test(` ${head} `) || !/^[A-ZÆØÅ]/.test(head)) return undefined;
  let product = pieces[0]!;
  let object: string | undefined;
  const notes: string[] = [];
  let reg = false;
  const inside = REG_NUMBER.exec(product);
  if (inside && inside.index > 0) {
    // the vehicle as the piece names it, plate and model («EL 48213 Tesla Model Y»)
    const at = product.indexOf(inside[1]!);
    object = product.slice(at).trim();
    reg = true;
    product = product.slice(0, at).trim();
  }
  if (product.split(/\s+/).length > 6 || DIGIT.test(product)) return undefined;
  let rest = pieces.slice(1);
  // («Maskiner, inventar og løsøre», no place after it: a list of things, its pieces in lower case up to the one joined by
  // «og», is one name — its rest had become a note, the product «Maskiner»)
  const listEnd = rest.findIndex((p) => !/^[a-zæøå]/.test(p) || DIGIT.test(p) || /\s(?:og|eller)\s/.test(p));
  if (listEnd >= 0 && /^[a-zæøå][^\d]*\s(?:og|eller)\s/.test(rest[listEnd]!) && !rest.slice(0, listEnd + 1).some((p) => POSTCODE.test(p))) {
    product = [product, ...rest.slice(0, listEnd + 1)].join(', ');
    rest = rest.slice(listEnd + 1);
  }
  const place = rest.findIndex((p) => POSTCODE.test(p));
  if (place >= 0 && object === undefined) {
    // («Maskiner, inventar og løsøre, Havnegata 9, 8006 Bodø»: a piece in lower case before the place's
    // first figure goes on with the name — a name with a comma in it, not the start of the place)
    let k = 0;
    while (k < place && !DIGIT.test(rest[k]!) && /^[a-zæøå]/.test(rest[k]!)) k++;
    if (k > 0) product = [product, ...rest.slice(0, k)].join(', ');
    object = rest.slice(k, place + 1).join(', ');
    notes.push(...rest.slice(place + 1));
  } else {
    rest.forEach((p, i) => {
      if (object === undefined && REG_CELL.test(p)) {
        object = p;
        reg = true;
      } else if (reg && i > 0 && rest[i - 1] === object && /^[A-ZÆØÅ]/.test(p)) {
        // the model in the column after the plate («EV 31852   Volkswagen ID. Buzz 2023»): one vehicle
        object = `${object} ${p}`;
      } else notes.push(p);
    });
  }
  const out: { product: string; object?: string; note?: string; reg: boolean } = { product, reg };
  if (object !== undefined) out.object = object;
  if (notes.length > 0) out.note = notes.join(', ');
  return out;
}
