/**
 * Where a line of a conditions document stands: which part of the document (the renewal news
 * «Nyheter og endringer», the erstatningsregler, the product conditions «Dekkes / Dekkes ikke»,
 * or a document of another shape), which product, and the clause a value stated there is cited
 * by — built from the headings above it, the way a person would cite it:
 *
 *   Erstatningsregler Eiendeler 6.2                      (numbered sections: 6.2, or 6 → 1 → «6.1»)
 *   Erstatningsregler Bygning 7, BREEAM NOR              (a bullet heading inside a top-level section)
 *   Erstatningsregler Motorvogn, Egenandel maskinskade – Bil   (unnumbered: the nearest heading)
 *   Nyheter og endringer 2024, Arbeidsmaskin – Endring av egenandel
 *   Vilkår Eiendeler, Hvor gjelder forsikringen?         (a row of a «Dekkes / Dekkes ikke» table)
 *   Egenandel innboforsikring, Fradragsregler             (other documents: the headings themselves)
 *
 * Products are recognised by the words each is named with across insurers (innbo, løsøre,
 * eiendeler; bygning, hus, næringsbygg; bil, motorvogn; båt …); a heading naming two products
 * («Når kjøretøy/arbeidsmaskin kan repareres») names none.
 */
import type { SourceLine } from '../../parse/source.js';
import { lowerCase } from '../../parse/lower.js';
import { buildUnits, clean, type Unit } from '../../parse/units.js';
import type { TermsProduct } from '../types.js';

export type Part = 'news' | 'rules' | 'conditions' | 'other';
export type Product = TermsProduct | 'other';

export interface Context {
  part: Part;
  product: Product | undefined;
  /** The product as the document names it, for clauses. */
  productLabel: string | undefined;
  clause: string;
  /** The nearest heading or bullet heading (whether or not the clause shows it): what a section is about. */
  topic: string;
}

export interface Block {
  unit: Unit;
  ctx: Context;
  /** A heading (numbered, product, bullet heading): it sets the context of what follows. */
  heading: boolean;
}

const PRODUCT_WORDS: ReadonlyArray<[TermsProduct, RegExp]> = [
  ['eiendeler', /(?:^|[^a-zæøå])(?:eiendeler|innbo\w*|løsøre|inventar)(?![a-zæøå])/],
  ['bygning', /(?:^|[^a-zæøå])(?:bygning(?:en|er|ene|sforsikring\w*)?|næringsbygg\w*|hus|husforsikring\w*|bolighus\w*|villa\w*|fritidshus\w*|borettslag\w*|husleietap\w*)(?![a-zæøå])/],
  ['motorvogn', /(?:^|[^a-zæøå])(?:motorvogn\w*|bil|biler|bilforsikring\w*|personbil\w*|kjøretøy\w*)(?![a-zæøå])/],
  ['fritidsbat', /(?:^|[^a-zæøå])(?:fritidsbåt\w*|båt|båter|båtforsikring\w*)(?![a-zæøå])/],
  ['arbeidsmaskin', /(?:^|[^a-zæøå])(?:arbeidsmaskin\w*|anleggsmaskin\w*|traktor\w*)/],
  ['driftstap', /(?:^|[^a-zæøå])(?:driftstap\w*|driftsavbrudd\w*|avbruddsforsikring\w*)(?![a-zæøå])/],
  ['ansvar', /(?:^|[^a-zæøå])(?:ansvar|ansvarsforsikring\w*|bedriftsansvar|produktansvar)(?![a-zæøå])/],
  ['behandling', /(?:^|[^a-zæøå])behandlingsforsikring\w*/],
];
/** Products the terms have no numbers for: a heading naming one ends the section before it. */
const OTHER_PRODUCT = /(?:^|[^a-zæøå])(?:yrkesskade\w*|ulykke\w*|kriminalitet\w*|reise\w*|liv og helse|sykdom|personal|styreansvar\w*|rettshjelp\w*|naturskade\w*)(?![a-zæøå])/;

/** The one product a heading names, 'other' for a product without terms, undefined for none or several. */
export function headingProduct(lower: string): Product | undefined {
  const hits = PRODUCT_WORDS.filter(([, re]) => re.test(lower)).map(([p]) => p);
  if (hits.length === 1) return hits[0];
  if (hits.length === 0 && OTHER_PRODUCT.test(lower)) return 'other';
  return undefined;
}

const NUMBERED = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\S.*)$/;
const NEWS = /nyheter og endringer|endringer som er gjort|endringer i (?:vilkårene|forsikringene)/;
const RULES_START = /^erstatningsregler\b|^i stedet for forsikringsavtaleloven § 6-1/;
const OTHER_START = /^(?:forsikringsbevis|forsikringsoversikt|fellesdekninger|generelle vilkår|sikkerhetsforskrifter)\b/;
const YEAR = /\b(20\d\d)\b/;
const AMOUNT_OR_PERCENT = /\d\s*%|\bkr\.?\s*\d|\d\s*(?:kr|kroner)\b/;
const DATE_YEAR = /\b\d{1,2}\.\d{1,2}\.(20\d\d)\b/;

/** Words of a text. */
function wordCount(s: string): number {
  return s.split(' ').filter((w) => /[a-zæøåA-ZÆØÅ0-9]/.test(w)).length;
}

/** A short line that is a heading though buildUnits did not call it one («Ny tekst i … som gjelder ved …», «Endring av egenandel:»). */
function shortHeading(u: Unit): boolean {
  if (u.row || u.bullet || u.lines.length !== 1) return false;
  const t = u.text;
  if (!/^[A-ZÆØÅ«"]/.test(t) || /[.!?;,]$/.test(t) || t.includes('%')) return false;
  if (/\d/.test(t.replace(YEAR, '').replace(/\b\d{1,2}\.\s*[a-zæøå]+\s+\d{4}/, ''))) return false;
  const n = wordCount(t);
  return t.endsWith(':') ? n <= 6 : n <= 10;
}

/** A bullet whose first line is a short heading: «- BREEAM NOR», «- **Husleietap og …** for egne lokaler». */
function bulletHeading(u: Unit): string | undefined {
  if (!u.bullet || u.row) return undefined;
  const raw = u.lines[0]!.text;
  const bold = /^\s*[-•–]\s*\*\*([^*]+)\*\*/.exec(raw);
  if (bold) return bold[1]!.trim().replace(/:$/, '');
  const first = raw.replace(/^\s*[-•–]\s*/, '').trim();
  if (first === '' || /[.!?;:,]$/.test(first) || /\d/.test(first)) return undefined;
  if (wordCount(first) > 6 || !/^[A-ZÆØÅ]/.test(first)) return undefined;
  return first;
}

/** «Egenandel maskinskade - Bil» → «Egenandel maskinskade – Bil»; no closing colon. */
export function clauseText(s: string): string {
  return s.replace(/\s+-\s+/g, ' – ').replace(/:$/, '').trim();
}

/** «Erstatningsregler for Eiendeler» → «Eiendeler». */
function productName(heading: string): string {
  return clauseText(heading.replace(/^erstatningsregler\s+(?:for\s+)?/i, ''));
}

interface State {
  part: Part;
  product: Product | undefined;
  productLabel: string | undefined;
  top: number | undefined;
  number: string | undefined;
  /** The number has a sub-number (6.2): its bullet headings do not enter the clause. */
  subNumbered: boolean;
  sub: string | undefined;
  topic: string;
  year: string | undefined;
}

function clauseOf(s: State, row?: string): string {
  const label = s.productLabel;
  switch (s.part) {
    case 'rules':
      return `Erstatningsregler${label ? ` ${label}` : ''}${s.number ? ` ${s.number}` : ''}${s.sub ? `, ${s.sub}` : ''}`;
    case 'news': {
      const head = `Nyheter og endringer${s.year ? ` ${s.year}` : ''}`;
      if (label && s.sub) return `${head}, ${label} – ${s.sub}`;
      return label || s.sub ? `${head}, ${label ?? s.sub}` : head;
    }
    case 'conditions':
      return `Vilkår${label ? ` ${label}` : ''}${row ? `, ${row}` : ''}`;
    default: {
      const parts = [`${label ?? ''}${s.number ? ` ${s.number}` : ''}`.trim(), s.sub].filter((x): x is string => !!x);
      return parts.length > 0 ? parts.join(', ') : 'Vilkår';
    }
  }
}

/** The year of a renewal's news: the first year in its headings or dates. */
function newsYear(units: Unit[]): string | undefined {
  for (const u of units.slice(0, 200)) {
    const m = DATE_YEAR.exec(u.text) ?? (u.heading ? YEAR.exec(u.text) : null);
    if (m) return m[1];
  }
  return undefined;
}

/** The document's lines with `|`-separated lines split into cells (a table copied from a web page). */
export function splitPipes(lines: SourceLine[]): SourceLine[] {
  return lines.map((l) => {
    if (l.cells.length !== 1 || !l.text.includes('|')) return l;
    const parts = l.text.split('|').map((c) => c.trim());
    while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
    while (parts.length > 0 && parts[0] === '') parts.shift();
    if (parts.length === 0) return l;
    return { ...l, cells: parts, text: parts.join('\t') };
  });
}

/** A numbered heading's shape: «6.2. Maskiner, inventar og løsøre», «8. Egenandel og aldersfradrag». */
function numberedHeading(text: string): RegExpExecArray | null {
  const m = NUMBERED.exec(text);
  if (!m || /[.;,]$/.test(text) || wordCount(m[2]!) > 10 || !/^[A-ZÆØÅ]/.test(m[2]!)) return null;
  return m;
}

/**
 * A line on its own that reads as a heading (buildUnits may join it to the text below as a
 * label: «Egenandel» + «Avtalt egenandel trekkes …»): a few words, a capital first, no figure,
 * no closing punctuation.
 */
function headingLine(text: string): boolean {
  return /^[A-ZÆØÅ]/.test(text) && !/[.!?;:,]$/.test(text) && !/\d/.test(text) && wordCount(text) <= 4;
}

/**
 * The units, with a numbered heading that buildUnits joined to the text after it («6.
 * Erstatningsberegning» + «1. Fellesregler», «4. Gjensidiges ansvar …» + «er begrenset til …»),
 * or a heading line joined to it as a label, split off as a unit of its own.
 */
function splitNumbered(lines: SourceLine[]): Unit[] {
  const out: Unit[] = [];
  for (const u of buildUnits(lines)) {
    let rest = u;
    while (!rest.row && !rest.bullet && rest.lines.length > 1 && (numberedHeading(clean(rest.lines[0]!.cells.join(' '))) || headingLine(clean(rest.lines[0]!.cells.join(' '))))) {
      out.push(part(rest, 0, 1));
      rest = part(rest, 1, rest.lines.length);
    }
    out.push(rest);
  }
  return out;
}

/** Lines [from, to) of a paragraph unit as a unit of their own. */
function part(u: Unit, from: number, to: number): Unit {
  const start = u.offsets[from]!;
  const end = to < u.lines.length ? u.offsets[to]! - 1 : u.text.length;
  const text = u.text.slice(start, end);
  return { ...u, lines: u.lines.slice(from, to), offsets: u.offsets.slice(from, to).map((o) => o - start), cells: [text], text, lower: lowerCase(text), heading: false, product: false, label: undefined };
}

/** The blocks of a document, each with its context. */
export function walk(lines: SourceLine[]): Block[] {
  const units = splitNumbered(lines);
  const s: State = { part: 'other', product: undefined, productLabel: undefined, top: undefined, number: undefined, subNumbered: false, sub: undefined, topic: '', year: undefined };
  if (units.slice(0, 6).some((u) => NEWS.test(u.lower))) {
    s.part = 'news';
    s.year = newsYear(units);
  }
  const blocks: Block[] = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    const next = units[i + 1];
    const heading = enter(u, s, next !== undefined && !next.row && (next.heading || shortHeading(next) || numberedHeading(next.text) !== null));
    const first = u.row ? (u.cells.find((c) => c !== '') ?? '').trim() : '';
    const rowLabel = s.part === 'conditions' && u.row && wordCount(first) <= 8 ? clauseText(first) : undefined;
    const ctx: Context = { part: s.part, product: s.product, productLabel: s.productLabel, clause: clauseOf(s, rowLabel), topic: s.topic };
    blocks.push({ unit: u, ctx, heading });
  }
  return blocks;
}

/** Move the state past a unit; true when the unit is a heading. */
function enter(u: Unit, s: State, headingNext: boolean): boolean {
  const lower = u.lower;
  if (u.row) {
    const cells = u.cells.filter((c) => c !== '').map((c) => c.toLowerCase());
    if (cells.length === 2 && cells[0] === 'dekkes' && cells[1] === 'dekkes ikke') {
      s.part = 'conditions';
      s.sub = undefined;
      return true;
    }
    return false;
  }
  const numbered = !u.bullet && u.lines.length === 1 ? numberedHeading(u.text) : null;
  if (numbered) {
    setNumber(s, numbered[1]!);
    s.sub = undefined;
    s.topic = clauseText(numbered[2]!);
    const p = headingProduct(numbered[2]!.toLowerCase());
    if (p !== undefined && p !== s.product && s.part === 'other') {
      s.product = p;
      s.productLabel = clauseText(numbered[2]!);
    }
    return true;
  }
  // a line with an amount or a percentage states something («Hus, Skogveien 4 … egenandel kr 8 000»): no heading
  const isHeading = (u.heading || shortHeading(u)) && !AMOUNT_OR_PERCENT.test(u.lower);
  if (isHeading) {
    const text = clauseText(u.text);
    if (RULES_START.test(lower)) {
      s.part = 'rules';
      const rest = productName(u.text);
      const p = rest === '' || /^erstatningsregler$/i.test(u.text.trim()) ? undefined : headingProduct(rest.toLowerCase());
      if (p !== undefined) setProduct(s, p, rest);
      else if (!/^erstatningsregler$/i.test(u.text.trim()) && !lower.startsWith('i stedet')) setProduct(s, 'other', rest);
      s.sub = undefined;
      s.topic = '';
      return true;
    }
    if (OTHER_START.test(lower)) {
      s.part = 'other';
      setProduct(s, undefined, undefined);
      return true;
    }
    const p = headingProduct(lower);
    // a heading naming another product starts its section; in the news so does one naming the
    // same product when text follows it («Husleietap - tap av egne lokaler» under «Næringsbygg …»),
    // not a list of product names («Ansvarsforsikring for IT- bedrifter» …); else it is a sub-heading
    if (p !== undefined && (p !== s.product || (s.part === 'news' && u.product && !headingNext))) {
      setProduct(s, p, text);
      return true;
    }
    // inside a numbered section of the erstatningsregler a heading («Følgende tas hensyn til i
    // beregningen:») says what follows is about, but the clause stays the section's number
    if (!(s.part === 'rules' && s.number !== undefined)) s.sub = text;
    s.topic = text;
    return true;
  }
  // «I stedet for forsikringsavtaleloven § 6-1 gjelder:» opens a product's erstatningsregler
  if (lower.startsWith('i stedet for forsikringsavtaleloven § 6-1')) {
    s.part = 'rules';
    return false;
  }
  if (s.part !== 'rules') return false;
  const bh = bulletHeading(u);
  if (bh !== undefined) {
    s.topic = clauseText(bh);
    if (!s.subNumbered) s.sub = clauseText(bh);
  }
  return false;
}

function setProduct(s: State, p: Product | undefined, label: string | undefined): void {
  s.product = p;
  s.productLabel = label;
  s.top = undefined;
  s.number = undefined;
  s.subNumbered = false;
  s.sub = undefined;
  s.topic = '';
}

/** «6.2» as it is; «1» after «6» as «6.1» (sections numbered anew inside a section). */
function setNumber(s: State, n: string): void {
  if (n.includes('.')) {
    s.number = n;
    s.top = +n.split('.')[0]!;
    s.subNumbered = true;
    return;
  }
  const k = +n;
  if (s.top !== undefined && k < s.top) {
    s.number = `${s.top}.${k}`;
    s.subNumbered = true;
  } else {
    s.number = n;
    s.top = k;
    s.subNumbered = false;
  }
}
