/**
 * The policy's header facts: insurer, policy number, issue and renewal dates, G, insured persons.
 * A fact stated again with the same value is read once; with another value, the first is kept
 * and the other becomes a warning.
 */
import { addDecimalText, parseNumberText } from '../core/norsk-text.js';
import type { Policy } from '../model/policy.js';
import { DATE_SOURCE, readDate, readDecimal } from './amounts.js';
import { quote, type Reading } from './extract.js';
import type { Unit } from './units.js';

// patterns of per-unit tests, made once: a literal in a function makes a new RegExp object at every call
const G_STATED = /grunnbeløp|\b1\s*g\s*(?:=|er|utgjør)/;
const DIGIT = /\d/;
const PEOPLE = /person|ansatte|forsikrede|årsverk/;
const STATES_COUNT = /^(?:antall|yrkesfordeling|forsikrede|ansatte)\b/;

type Scalar = 'insurer' | 'policy_number' | 'issued' | 'renewal_date' | 'base_amount_g';

const LABELS: Record<Scalar, string> = {
  insurer: 'insurer',
  policy_number: 'policy number',
  issued: 'issue date',
  renewal_date: 'renewal date',
  base_amount_g: 'G',
};

export function setOnce(r: Reading, key: Scalar, value: string, u: Unit, offset: number): void {
  const p = r.policy as Policy & Record<Scalar, string | undefined>;
  r.used.add(u);
  const current = p[key];
  if (current === undefined) {
    p[key] = value;
    r.atUnit(key, u, offset);
  } else if (current !== value) {
    const first = r.trace.get(key);
    r.warnUnit(u, `${LABELS[key]} stated again as "${value}" (first "${current}"${first ? ` at line ${first.line}` : ''}); the first is used`);
  }
}

// POLICY_NUMBER, ISSUED, RENEWAL, HINT and the persons' patterns read a unit's lower-case text
// (Unit.lower): without the `i` flag they cost less to compile and to run.
const POLICY_NUMBER = /\bforsikringsnummer\b\s*:?\s*(\d[\d-]*\d)/;
const ISSUED = new RegExp(String.raw`\butstedt(?:\s+dato)?\s*:?\s*(${DATE_SOURCE})`);
const RENEWAL = new RegExp(
  String.raw`\b(?:fornyelsen?\s+gjelder\s+(?:fra|f\.o\.m\.?)|fornyes\s+(?:fra|per|pr\.?)|fornyelsesdato\s*:?|hovedforfall\s*:?|forsikringsperiode(?:n)?\s*:?(?:\s*fra)?)\s*(${DATE_SOURCE})`,
);
const G_AMOUNT = String.raw`(kr\.?\s*\d[\d .\u00A0]*\d(?:,(?:\d{1,2}|-))?|\d{1,3}(?:[ .]\d{3})+(?:,(?:\d{1,2}|-))?\s*kr)`;
const G_SENTENCES = [
  new RegExp(String.raw`grunnbeløp[a-zæøå]*[^.]*?(?:for tiden|utgjør|\ber\b|=|:)\s*${G_AMOUNT}`, 'i'),
  new RegExp(String.raw`\b1\s*G\s*(?:=|er|utgjør)\s*${G_AMOUNT}`, 'i'),
];
/**
 * The insurer's legal name: one or two capitalised words before «Forsikring ASA», «Skadeforsikring
 * AS», «Forsikringsselskap NUF» … It is the first match of
 *   /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&-]*(?: [A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&-]*)?) (?:Skade)?[Ff]orsikring(?:sselskap)? (?:ASA|AS|NUF|SA)\b/
 * found by looking for the company form with a small pattern and reading the name before it:
 * that pattern compiled to 12 KB of machine code on every run (src/parse/header.test.ts checks
 * that both find the same name at the same index).
 */
const INSURER_FORM = / (?:Skade)?[Ff]orsikring(?:sselskap)? (?:ASA|AS|NUF|SA)\b/g;

/** A character of a name word: [A-Za-zÀ-ÖØ-öø-ÿ&-]. */
function isNameChar(c: number): boolean {
  return isLetter(c) || c === 0x26 || c === 0x2d;
}

/** [A-Za-zÀ-ÖØ-öø-ÿ] */
function isLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);
}

/** [A-ZÀ-ÖØ-Þ] */
function isCapital(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde && c !== 0xd7);
}

/** The first position in [from, to) where a name word can start: a capital after the start of the text or a non-letter. */
function wordStart(t: string, from: number, to: number): number {
  for (let q = from; q < to; q++) if (isCapital(t.charCodeAt(q)) && (q === 0 || !isLetter(t.charCodeAt(q - 1)))) return q;
  return -1;
}

/** The insurer's legal name in a text and the index the pattern above gives it (the character before the name, or 0). */
export function insurerLegalName(t: string): { name: string; index: number } | undefined {
  for (const m of t.matchAll(INSURER_FORM)) {
    const end = m.index ?? 0;
    // the name's last word: the name characters right before the company form
    let w = end;
    while (w > 0 && isNameChar(t.charCodeAt(w - 1))) w--;
    // two words (the leftmost match): a capitalised last word after one space, and a word before it
    if (w >= 2 && t.charCodeAt(w - 1) === 0x20 && isCapital(t.charCodeAt(w))) {
      let v = w - 1;
      while (v > 0 && isNameChar(t.charCodeAt(v - 1))) v--;
      const q = wordStart(t, v, w - 1);
      if (q >= 0) return { name: t.slice(q, end), index: q > 0 ? q - 1 : 0 };
    }
    const q = wordStart(t, w, end);
    if (q >= 0) return { name: t.slice(q, end), index: q > 0 ? q - 1 : 0 };
  }
  return undefined;
}
/** Insurers named without their company form, when no legal name is found. */
const KNOWN_INSURERS = ['Gjensidige', 'Fremtind', 'Storebrand', 'Tryg', 'Codan', 'Protector', 'Frende', 'Eika', 'KLP', 'If'];

/** A cheap first test: could the text state one of the header facts? */
const HINT = /forsikringsnummer|utstedt|forny|hovedforfall|forsikringsperiode|grunnbeløp|\dg|\d g\b/;
const COMPANY = /\b(?:ASA|AS|NUF|SA)\b/;

const PERSONS = /(\d{1,3}(?:[ .]\d{3})+|\d+)\s+(?:personer|ansatte|forsikrede)\b|antall (?:personer|ansatte|forsikrede)\s*:?\s*(\d{1,3}(?:[ .]\d{3})+|\d+)\b/;
const FTE = /(\d{1,3}(?:[ .]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s+årsverk|antall årsverk\s*:?\s*(\d+(?:,\d+)?)/;

export function readHeader(r: Reading): void {
  const all = r.running.concat(r.units);
  let legal = false;
  for (let at = 0; at < all.length; at++) {
    const u = all[at]!;
    const t = u.text;
    const l = u.lower;
    let m: RegExpExecArray | null;
    // (COMPANY scans a whole text: tried only where one of its words is)
    if (!HINT.test(l) && (legal || !(t.includes('AS') || t.includes('NUF') || t.includes('SA')) || !COMPANY.test(t))) continue;
    // each pattern only where its word is: a hint or a company form is in many lines
    if (l.includes('forsikringsnummer') && (m = POLICY_NUMBER.exec(l))) setOnce(r, 'policy_number', m[1]!.replace(/\D/g, ''), u, m.index);
    if (l.includes('utstedt') && (m = ISSUED.exec(l))) {
      const d = readDate(m[1]!);
      if (d) setOnce(r, 'issued', d, u, m.index);
      else r.warnUnit(u, `issue date "${m[1]}" is not a date`);
    }
    if ((l.includes('forny') || l.includes('hovedforfall') || l.includes('forsikringsperiode')) && (m = RENEWAL.exec(l))) {
      const d = readDate(m[1]!);
      if (d) setOnce(r, 'renewal_date', d, u, m.index);
      else r.warnUnit(u, `renewal date "${m[1]}" is not a date`);
    }
    if (G_STATED.test(l)) {
      for (const re of G_SENTENCES) {
        if ((m = re.exec(t))) {
          try {
            setOnce(r, 'base_amount_g', parseNumberText(m[1]!, { dots: 'thousands' }), u, m.index);
          } catch {
            r.warnUnit(u, `could not read the G amount in ${quote(t)}`);
          }
          break;
        }
      }
    }
    const name = !legal && t.includes('orsikring') ? insurerLegalName(t) : undefined;
    if (name) {
      legal = true;
      r.policy.insurer = name.name;
      r.atUnit('insurer', u, name.index);
    }
  }
  if (!legal) guessInsurer(r, all);
  readPersons(r);
}

function guessInsurer(r: Reading, all: Unit[]): void {
  let best: { name: string; count: number; u: Unit; offset: number } | undefined;
  for (const name of KNOWN_INSURERS) {
    const re = new RegExp(String.raw`(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])${name}(?![A-Za-zÀ-ÖØ-öø-ÿ])`, 'g');
    let count = 0;
    let first: { u: Unit; offset: number } | undefined;
    for (let at = 0; at < all.length; at++) {
      const u = all[at]!;
      if (!u.text.includes(name)) continue; // (the pattern runs only where the name is)
      for (const m of u.text.matchAll(re)) {
        count++;
        first ??= { u, offset: m.index ?? 0 };
      }
    }
    if (first && count >= 2 && (!best || count > best.count)) best = { name, count, ...first };
  }
  if (best) {
    r.policy.insurer = best.name;
    r.atUnit('insurer', best.u, best.offset);
  }
}

/**
 * «Yrkesfordeling: 659 personer, 517,39 årsverk» and its breakdown «- Barnehageassistent: 659
 * personer, …». The first statement that is not a bullet is the total; bullets are its breakdown
 * (summed only when no total is stated). A total stated again is read once.
 */
function readPersons(r: Reading): void {
  interface Stmt {
    u: Unit;
    count?: number;
    fte?: string;
    offset: number;
  }
  const stmts: Stmt[] = [];
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    const l = u.lower;
    // both patterns need a figure, and a word for people
    if (!DIGIT.test(l) || !PEOPLE.test(l)) continue;
    const pm = PERSONS.exec(l);
    const fm = l.includes('årsverk') ? FTE.exec(l) : null;
    if (!pm && !fm) continue;
    // a count alone counts only in a row or a line that states it («Antall forsikrede: 12 personer»)
    if (!fm && !u.row && !STATES_COUNT.test(l)) continue;
    const s: Stmt = { u, offset: (pm ?? fm)!.index };
    if (pm) {
      const n = parseNumberText((pm[1] ?? pm[2])!, { dots: 'thousands' });
      if (!n.includes('.')) s.count = Number(n);
    }
    if (fm) s.fte = readDecimal((fm[1] ?? fm[2])!);
    // running text that merely mentions people («personer som …») without a figure is skipped
    if (s.count === undefined && s.fte === undefined) continue;
    stmts.push(s);
  }
  if (stmts.length === 0) return;
  const total = stmts.find((s) => !s.u.bullet && s.count !== undefined);
  let count: number | undefined;
  let fte: string | undefined;
  let from: Stmt;
  if (total) {
    count = total.count;
    fte = total.fte;
    from = total;
  } else {
    // only a breakdown: the first run of bullets, added up
    const first = stmts[0]!;
    const run = stmts.filter((s) => s.u.bullet && s.u.index - first.u.index < 50);
    count = run.reduce((a, s) => a + (s.count ?? 0), 0);
    fte = run.every((s) => s.fte !== undefined) ? addDecimalText(run.map((s) => s.fte!)) : undefined;
    from = first;
  }
  if (count === undefined) return;
  // «Antall ansatte: 25» and «Antall årsverk: 21,5» on lines of their own
  const fteOnly = fte === undefined ? stmts.find((s) => !s.u.bullet && s.count === undefined && s.fte !== undefined) : undefined;
  if (fteOnly) {
    fte = fteOnly.fte;
    r.used.add(fteOnly.u);
  }
  r.policy.insured_persons = fte !== undefined ? { count, fte } : { count };
  r.atUnit('insured_persons', from.u, from.offset);
  for (const s of stmts) {
    if (s === from || s.u.bullet) {
      r.used.add(s.u);
      continue;
    }
    if (s.count === count && (s.fte === undefined || s.fte === fte)) r.used.add(s.u);
    else if (s.count !== undefined) r.warnUnit(s.u, `insured persons stated again with other figures (${quote(s.u.text)}); the first statement is used`);
  }
}
