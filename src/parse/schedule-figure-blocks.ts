/**
 * A certificate's figures given per coverage in separate blocks, one block a figure:
 *
 *   Produkt                Hussopp- og skadedyrforsikring
 *   …
 *   Forsikringssum
 *     Hussopp og råtesopp:   inntil kr 5 000 000 per skade
 *     Skadeinsekter:         inntil kr 2 000 000 per skade
 *   Egenandel
 *     Hussopp og råtesopp:   kr 10 000 per skade
 *     Skadeinsekter:         kr 5 000 per skade
 *     Skadedyr:              ingen egenandel
 *
 * Each block is a heading that is a figure's name alone («Forsikringssum», «Egenandel», «Årspremie», nynorsk
 * «Eigenandel»), over lines «Coverage: value». Two blocks or more right after each other that name the same
 * coverages are merged per coverage: one coverage of the certificate's product (its one «Produkt» field) for
 * each name, with the figure of each block. A name in one block with what it covers in brackets («Skadedyr
 * (rotter, mus)») is the same coverage as the bare name in the other. A value that is no amount («sanering uten
 * begrensning») gives no figure; «ingen egenandel» is a deductible of 0. Where the certificate names no product,
 * or two, the blocks are a warning, and nothing is read (never a guess at whose coverages they are).
 */
import type { Coverage } from '../model/policy.js';
import { readAmount } from './amounts.js';
import type { Reading } from './extract.js';
import { rowIndexClass } from './index-class.js';
import { ordered, perUnitAmount } from './schedule-names.js';
import type { Unit } from './units.js';

type Figure = 'sum' | 'deductible' | 'premium';

/** A heading that is a figure's name alone. */
const FIGURE_HEADINGS: ReadonlyArray<[RegExp, Figure]> = [
  [/^(?:forsikringssum(?:mer|mar)?|forsikringssummer|summer)$/i, 'sum'],
  [/^(?:egenandel(?:er)?|eigenandel(?:ar)?|eigendel(?:ar)?|selvrisiko)$/i, 'deductible'],
  [/^(?:årspremie|premie|pris per år|årspris)$/i, 'premium'],
];

/** «  Hussopp og råtesopp:   inntil kr 5 000 000 per skade»: a coverage's name, its colon, its value. */
const NAME_VALUE = /^\s*([A-ZÆØÅ][^:]{1,50}?):\s+(\S.*?)\s*$/;
/** A second name and its colon inside a value (a line taken in from under it): « Skadedyr (rotter, mus): sanering …». */
const TOOK_NAME = /\s([A-ZÆØÅ][^:\d]{1,50}?):\s+(\S.*)$/;
/** What a name covers, in brackets after it: «Skadedyr (rotter, mus)». */
const BRACKET = /\s*\([^)]*\)$/;
/** A deductible that is none: «ingen egenandel», «ingen», nynorsk «ingen eigenandel». */
const NO_DEDUCTIBLE = /^ingen(?:\s+(?:egenandel|eigenandel|eigendel))?\.?$/i;
/** «per skade», «pr. skadetilfelle» after an amount. */
const PER_CLAIM = /\s+(?:per|pr\.?)\s+(?:skade|skadetilfelle|skadetilfelle|hendelse)$/i;

interface Block {
  figure: Figure;
  heading: Unit;
  units: Unit[];
  lines: Array<{ name: string; value: string; unit: Unit }>;
}

function figureOf(u: Unit): Figure | undefined {
  if (u.row || u.label !== undefined) return undefined;
  const t = u.text.trim();
  return FIGURE_HEADINGS.find(([re]) => re.test(t))?.[1];
}

/** The block under a figure's heading at `at`: its lines of «name: value», or undefined when there are none. */
function blockAt(r: Reading, at: number): Block | undefined {
  const heading = r.units[at]!;
  const figure = figureOf(heading);
  // (the heading alone may have been taken by a reader as a section's name: its lines under it were not)
  if (figure === undefined) return undefined;
  const block: Block = { figure, heading, units: [], lines: [] };
  for (let k = at + 1; k < r.units.length; k++) {
    const u = r.units[k]!;
    if (r.used.has(u) || figureOf(u) !== undefined) break;
    // (line by line: a line whose name is longer than the others' may have been joined to the line above it)
    // («Skadeinsekter: inntil kr 2 000 000 per skade» that took in «Skadedyr (rotter, mus): sanering …», the line under it
    // whose longer name stands out of the column: two lines again, at the second name and its colon)
    const read = u.lines.map((l) => NAME_VALUE.exec(l.text));
    if (read.some((m) => m === null)) break;
    read.forEach((m, i) => {
      const value = m![2]!.trim();
      const took = u.lines[i]!.took === true ? TOOK_NAME.exec(value) : null;
      if (took === null) block.lines.push({ name: m![1]!.trim(), value, unit: u });
      else {
        block.lines.push({ name: m![1]!.trim(), value: value.slice(0, took.index).trim(), unit: u });
        block.lines.push({ name: took[1]!.trim(), value: took[2]!.trim(), unit: u });
      }
    });
    block.units.push(u);
  }
  return block.lines.length > 0 ? block : undefined;
}

function figureValue(figure: Figure, value: string): string | undefined {
  if (figure === 'deductible' && NO_DEDUCTIBLE.test(value)) return '0';
  const per = perUnitAmount(value);
  if (per !== undefined) return per.sum;
  const bare = value.replace(PER_CLAIM, '').replace(/^(?:inntil|opptil|opp til)\s+/i, '');
  return /\d/.test(bare) ? readAmount(bare) : undefined;
}

/** The one product a certificate's head names as a field («Produkt   Hussopp- og skadedyrforsikring», «Produkt: …»). */
function headProduct(r: Reading, before: number): string | undefined {
  const names = new Set<string>();
  for (let k = 0; k < before; k++) {
    const v = r.units[k]!;
    if (v.row && v.cells.length === 2 && /^produkt:?$/i.test(v.cells[0]!.trim())) names.add(v.cells[1]!.trim());
    else if (!v.row && v.label !== undefined && /^produkt$/i.test(v.label.trim())) names.add(v.text.slice(v.text.indexOf(':') + 1).trim());
  }
  const [one] = [...names];
  return names.size === 1 && one !== '' && !/\d/.test(one!) ? one : undefined;
}

export function readFigureBlocks(r: Reading, push: (c: Coverage, u: Unit) => void): void {
  for (let at = 0; at < r.units.length; at++) {
    const first = blockAt(r, at);
    if (first === undefined) continue;
    // the blocks right after each other, each a different figure
    const blocks = [first];
    let next = at + 1 + first.units.length;
    for (;;) {
      const b = next < r.units.length ? blockAt(r, next) : undefined;
      if (b === undefined || blocks.some((x) => x.figure === b.figure)) break;
      blocks.push(b);
      next += 1 + b.units.length;
    }
    if (blocks.length < 2) continue;
    const key = (name: string): string => name.replace(BRACKET, '').toLowerCase();
    const names = new Map<string, string>();
    for (const b of blocks) for (const l of b.lines) if (!names.has(key(l.name))) names.set(key(l.name), l.name.replace(BRACKET, ''));
    // (the blocks must name the same coverages: most names in more than one block)
    const shared = [...names.keys()].filter((k) => blocks.filter((b) => b.lines.some((l) => key(l.name) === k)).length > 1);
    if (shared.length * 2 < names.size) continue;
    const product = headProduct(r, at);
    const units = blocks.flatMap((b) => [b.heading, ...b.units]);
    if (product === undefined) {
      r.warnUnit(first.heading, `the blocks ${blocks.map((b) => `«${b.heading.text.trim()}»`).join(' and ')} give figures per coverage, but the document names no one product they are of; not read`);
      for (const u of units) r.used.add(u);
      at = next - 1;
      continue;
    }
    for (const [k, name] of names) {
      const c: Coverage = { product, coverage: name, index_class: rowIndexClass(product).index_class };
      let unit: Unit | undefined;
      for (const b of blocks) {
        const l = b.lines.find((x) => key(x.name) === k);
        if (l === undefined) continue;
        unit ??= l.unit;
        const v = figureValue(b.figure, l.value);
        if (v !== undefined) c[b.figure] = v;
        else if (/\d/.test(l.value)) r.warnUnit(l.unit, `could not read the ${b.figure} «${l.value}» of ${product} (${name})`);
      }
      push(ordered(c), unit!);
    }
    for (const u of units) r.used.add(u);
    at = next - 1;
  }
}
