/**
 * The policy's header facts — insurer, policy number, issue and renewal dates, G, insured persons —
 * read by the vocabulary of src/parse/vocabulary.ts, not by one insurer's sentences.
 *
 * Each fact is gathered as candidates (a value and where it stands) and then decided once
 * (`decide`): one value, stated once or many times → that value; two values → a warning that names
 * both, and no value (a wrong value is worse than a missing one), unless a documented rule ranks
 * them (the renewal date: an explicit «Fornyelse gjelder fra» before a period's first day before
 * a «Hovedforfall»; the warning names the others).
 */
import { addDecimalText, compareDecimalText, tryParseNumberText } from '../core/norsk-text.js';
import type { Policy } from '../model/policy.js';
import { DATE_SOURCE, readDate, readDecimal } from './amounts.js';
import type { Reading } from './extract.js';
import { BASE_AMOUNT, BUSINESS_DESCRIPTION_LABELS, DATES, INSURERS, INSURER_IN_PROSE, INSURER_NAME_SET, INTERMEDIARIES, POLICYHOLDER_BEFORE, POLICY_NUMBER } from './vocabulary.js';
import { lowerCase } from './lower.js';
import { keyValue } from './key-value.js';
import { lazyPattern } from './lazy.js';
import { lineAt, quote, sentencesOf, withoutColon, type Unit } from './units.js';
import { namesProduct } from './index-class.js';
import { columnOf, PERSONS_CELL, withoutPersonsRemark } from './schedule-names.js';
import { FORWARD_MARK, GREETING, MAIL_FROM, MAIL_NEXT } from './mail.js';
import { follows } from './translations.js';

type Scalar = 'insurer' | 'policy_number' | 'issued' | 'renewal_date' | 'base_amount_g';

const LABELS: Record<Scalar, string> = {
  insurer: 'insurer',
  policy_number: 'policy number',
  issued: 'issue date',
  renewal_date: 'renewal date',
  base_amount_g: 'G',
};

/** A value for a field, where it stands, and its rank (a higher rank wins over a lower one). */
export interface Candidate {
  value: string;
  u: Unit;
  offset: number;
  rank: number;
  /** How the document names it («Avtalenummer», «Forsikringstid»), for the warning. */
  how: string;
}

/** `page N, line M` (or `line M`) of a candidate, as warnings say it. */
function place(r: Reading, c: Candidate): string {
  return r.where(lineAt(c.u, c.offset));
}

/**
 * Decide a field from its candidates: the value of the highest rank when that rank has one value
 * (the others named in a warning); otherwise a warning naming every value, and no value.
 */
export function decide(r: Reading, key: Scalar, cands: Candidate[], shown: (v: string) => string = (v) => v): void {
  if (cands.length === 0) return;
  const p = r.policy as Policy & Record<Scalar, string | undefined>;
  const top = Math.max(...cands.map((c) => c.rank));
  const best = cands.filter((c) => c.rank === top);
  const values = [...new Set(best.map((c) => c.value))];
  const others = cands.filter((c) => !values.includes(c.value));
  // (a table row that states a number is still a row of its table: other readers read it)
  for (const c of cands) if (!c.u.row && (c.rank === top || values.includes(c.value))) r.used.add(c.u);
  const describe = (cs: Candidate[]): string => {
    const byValue = new Map<string, Candidate>();
    for (const c of cs) if (!byValue.has(c.value)) byValue.set(c.value, c);
    return [...byValue.values()].map((c) => `${shown(c.value)} (${c.how}, ${place(r, c)})`).join(' and ');
  };
  if (values.length > 1) {
    r.warnUnit(best[0]!.u, `${LABELS[key]}: the document states ${describe(best)}; none is used`);
    return;
  }
  const chosen = best[0]!;
  p[key] = chosen.value;
  r.atUnit(key, chosen.u, chosen.offset);
  if (others.length > 0) r.warnUnit(others[0]!.u, `${LABELS[key]}: ${describe([chosen])} is used; the document also states ${describe(others)}`);
}

/** An alternation of words for a pattern (escaped), longest first so that «avtalenummer» wins over «avtale». */
function alternation(words: readonly string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

// ---------------------------------------------------------------------------------------------
// Policy number

/**
 * A label and the number after it, in lower-case text: «avtalenummer sp742629», «avtalenr. 7730-118845»,
 * «forsikringsnr.: 40218867». Letters may begin the number (SP742629, GR448120).
 */
const POLICY_LABEL = alternation(POLICY_NUMBER.labels);
/**
 * (Found as two steps: the labels alone — a pattern that starts with its words, which the regexp
 * engine scans for quickly — then the number after each, read where the label ends. A pattern
 * that began with «not a letter» was tried at every character of every text: 10–20 ms a run.)
 */
/** The labels by the word they end with («nummer», «nr», «polise»): found where that word is. */
const LABELS_BY_END = (() => {
  const m = new Map<string, string[]>();
  for (const label of [...POLICY_NUMBER.labels, ...POLICY_NUMBER.fieldLabels].sort((a, b) => b.length - a.length)) {
    const end = label.endsWith('nummer') ? 'nummer' : label.endsWith('nr') ? 'nr' : label.endsWith('polise') ? 'polise' : label;
    m.set(end, [...(m.get(end) ?? []), label]);
  }
  return m;
})();
const isLowerLetter = (c: string | undefined): boolean => c !== undefined && ((c >= 'a' && c <= 'z') || c === 'æ' || c === 'ø' || c === 'å');

/**
 * The policy labels of a lower-case text, each as [text] with its index, longest at a place: found
 * by the word a label ends with, then the label before it — a label is a word of its own (not the
 * end of «kontonummer», nor after «org.»).
 */
function policyLabels(l: string): Array<{ 0: string; index: number }> {
  const out: Array<{ 0: string; index: number }> = [];
  for (const [end, labels] of LABELS_BY_END) {
    for (let j = l.indexOf(end); j >= 0; j = l.indexOf(end, j + 1)) {
      const stop = j + end.length;
      if (isLowerLetter(l[stop])) continue;
      const label = labels.find((x) => stop - x.length >= 0 && l.startsWith(x, stop - x.length));
      if (!label) continue;
      const at = stop - label.length;
      const c = l[at - 1];
      if (c === '.' || isLowerLetter(c)) continue;
      out.push({ 0: label, index: at });
    }
  }
  if (l.includes('(nr')) {
    for (const m of l.matchAll(BRACKET_NR)) out.push({ 0: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}
/**
 * The policy's word before «(nr.» in a sentence («Polisen (nr. 2210044) fornyes 1/1-25»): the word and the bracket's
 * «nr» as one label, the number read after it as after «Polise nr.» (a word of its own: not «Bilforsikring (nr. 3)»).
 */
const BRACKET_NR = new RegExp(String.raw`(?<![a-zæøå.])(?:${alternation(POLICY_NUMBER.bracketNr)})\s+\(nr(?![a-zæøå])`, 'g');
/**
 * The number after a label: letters may begin it, joined («sp742629») or, when written in capitals,
 * with a hyphen or a space («SB-71 0452», «SP 448 120»), in up to three groups joined by hyphens
 * («KLP-YS-2025-0341», «NO-BRA-2024-00417»; a group of up to five letters before a hyphen, a
 * country and a company's code: «NOCHU-77120», «NOCHB-24-551902»), or stand between its digits
 * («2024-LB-11407»); up to six capitals before digits in groups («NOCASA 118 204»: a country's and a
 * company's code); its digits may be written in groups with
 * single spaces («52 118 9043», «6401 118 734»: a group of 2–4 digits that is not the start of a
 * date or a decimal; a last group of one digit, a check digit, where the text or its sentence ends: «6003 8817 2»,
 * «forsikringsnummer 3312 8876 0.»;
 * a group of up to five digits with a hyphen and more digits, «NO-PR-00 71442-27»: the group and its
 * suffix are one, not a number cut at the space); a code of capitals after a last hyphen («PRO-118442-KOM»: the
 * insurer's mark of the customer's kind, part of the number as printed — taken only in capitals, SUFFIX below).
 * A column gap (two spaces or more) ends it.
 */
const POLICY_VALUE = /\.?\s*(?:nr\.?\s*)?[:.]?\s*((?:[a-z]{1,5}[-/]){0,2}[a-z]{0,6}[-/ ]?\d[\d./-]*(?:[a-z]{1,4}[-/]?\d[\d./-]*)*(?: \d{2,5}[-/]\d+(?![\d,]|\.\d)| \d{2,4}(?![\d,]|\.\d))*(?: \d(?=\.?$))?(?:[a-z]{1,2}\b|(?<=\d-)[a-z]{2,5}(?![a-zæøå\d]))?)/y;
/** A currency right after a figure: «2 000 kr», «2 000,-», «2000 NOK». */
const CURRENCY_AFTER = /^(?:\s*(?:kr\b|kroner\b|nok\b)|,-)/;
/** Six digits or more in a row, then a group of digits after a space: «71-448201 1009 5521». */
const LONG_RUN_THEN_GROUP = /\d{6} \d/;
/** Letters after the digits' last hyphen («-kom» of «pro-118442-kom»). */
const POLICY_SUFFIX = /(?<=\d)-([a-z]{2,5})$/;
/** Letters before the digits, in one group or several joined by hyphens, and the separator after them («SB-», «SP », «KLP-YS-»). */
const POLICY_PREFIX = /^((?:[a-z]+[-/])*[a-z]+)([-/ ]?)/;
/** The same number written with single spaces between its groups, filling the rest of the text («Polisenummer: 602 188 4410»). */
const POLICY_SPACED = new RegExp(String.raw`(?:^|[^a-zæøå.])(${POLICY_LABEL})(?![a-zæøå])\.?\s*(?:nr\.?\s*)?[:.]?\s*(\d{2,}(?: \d{2,})+)\s*$`);
/** Every label has «nummer», «nr», «polise» or «avtale» in it: a cheap first test. */
const POLICY_HINT = /nummer|nr|polis|avtale/;
const FIELD_LABELS: ReadonlySet<string> = new Set(POLICY_NUMBER.fieldLabels);
/** A number of five figures or more and nothing else (in groups, perhaps after capitals and a hyphen): the rest of a line that is a label and its number. */
const LONE_NUMBER = /^\s+(?:[A-ZÆØÅ]{1,6}-?)?\d[\d ]{3,}\d\s*$/;
/** Is a label of POLICY_NUMBER.fieldLabels a field's label here: before a colon, or a row's first cell («Avtale | GL-30417»)? */
function fieldLabel(u: Unit, at: number, length: number): boolean {
  if (/^\s*:/.test(u.lower.slice(at + length))) return true;
  // («Vår ref.: Avtale 30 118 774 – Eigedomsforsikring for burettslag»: the agreement as a reference field's value)
  if (REFERENCE_FIELD.test(u.lower.slice(0, at))) return true;
  // («Avtale 4471 2290» alone on its line, as a web page's card shows the number under its title)
  if (at === 0 && !u.row && LONE_NUMBER.test(u.text.slice(length))) return true;
  return u.row && at === u.lower.indexOf(u.cells[0]!.trim().toLowerCase()) && u.cells[0]!.trim().length === length;
}

/** A reference field's label and its colon, right before a label of the agreement: «vår ref.: » before «avtale 30 118 774». */
const REFERENCE_FIELD = new RegExp(String.raw`(?:^|[^a-zæøå])(?:${alternation(POLICY_NUMBER.referenceLabels)})\.?\s*:\s*$`);

const SPACED_END = /\d \d{2,}\s*$/;
/** A group of digits a single space after a number, whole (its rest, or a figure of its own; not a date). */
const GROUP_AFTER = /^ \d+(?:[\s,;:)]|\.(?!\d)|$)/;
const POLICY_LABELS: ReadonlySet<string> = new Set(POLICY_NUMBER.labels);
const NOT_POLICY_LABELS: ReadonlySet<string> = new Set(POLICY_NUMBER.notLabels.map((l) => l.replace(/[.:]+$/, '')));
const POLICY_CELL = /^(?:[A-Za-z]{1,4}[-/]?){0,2}\d[\d./-]*$/;
/** A space inside a number written in groups («82 311 407», «SP 771 204»): none of the number's. */
const GROUP_SPACE = /(?<=[\dA-Za-z])\s(?=\d)/g;

/**
 * Numbers in a column headed by a policy label («Forsikringsnr. | Forsikringstype | … | Pris»): each
 * row's number is a candidate (an overview of several policies states several).
 */
function policyColumnCandidates(units: Unit[], out: Candidate[]): void {
  let column = -1;
  let label = '';
  for (const u of units) {
    if (!u.row) {
      column = -1;
      continue;
    }
    const header = u.cells.findIndex((c) => c.length <= 40 && POLICY_LABELS.has(c.trim().toLowerCase().replace(/[.:]+$/, '')));
    if (header >= 0 && !/\d/.test(u.text)) {
      column = header;
      label = u.cells[header]!.trim();
      continue;
    }
    if (column < 0) continue;
    const cell = (u.cells[column] ?? '').trim();
    // (a label of another number in the column ends it: «Forsikringsnummer» over «SP 771 204», then «Kundenummer» over
    // «1 004 552» in a certificate's labels set over their values — the customer's number is no policy's)
    if (NOT_POLICY_LABELS.has(cell.toLowerCase().replace(/[.:]+$/, ''))) {
      column = -1;
      continue;
    }
    // («82 311 407», «SP 771 204», «NO-DO-20931» in a broker's column of several insurers' numbers: each a number, as a label's is)
    const value = cell.replace(GROUP_SPACE, '');
    if (POLICY_CELL.test(value) && value.replace(/\D/g, '').length >= 4) out.push({ value: value.toUpperCase(), u, offset: Math.max(0, u.text.indexOf(cell)), rank: 1, how: `«${label}»` });
  }
}

/** A cell that is only a group of digits («278»): the rest of a wrapped cell above it, or a value of its own. */
const DIGITS_CELL = /^\d{1,4}$/;

/**
 * Does the row below go on with the cell a number ends (a PDF's table cell wrapped at row pitch:
 * «Polisenummer: 6611 450 | Oslo, 3. mars» over «278 | 2025»)? Then the number may lack its last
 * digits.
 */
function wrapsOn(u: Unit, at: number, length: number, below: Unit | undefined): string | undefined {
  // (a line breaks at a space: only a number written in groups can go on below)
  if (!u.row || !below?.row || below.cells.length !== u.cells.length || !u.text.slice(at, at + length).includes(' ')) return undefined;
  // (the number ends its cell, and the cell under it is digits)
  const k = cellAt(u, at);
  if (k < 0 || cellAt(u, at + length - 1) !== k || cellAt(u, at + length) === k) return undefined;
  return DIGITS_CELL.test(below.cells[k]!.trim()) ? below.cells[k]!.trim() : undefined;
}

/** The cell of a row's text that holds the offset `at`, or -1. */
function cellAt(u: Unit, at: number): number {
  let from = 0;
  for (let k = 0; k < u.cells.length; k++) {
    const c = u.cells[k]!.trim();
    const start = u.text.indexOf(c, from);
    from = start + c.length;
    if (at >= start && at < from) return k;
  }
  return -1;
}

/** A cell that is a number's value alone: digits (four or more), perhaps with capitals and hyphens, no lower-case word. */
const VALUE_CELL = /^(?=(?:\D*\d){4})[A-Z0-9][A-Z0-9 ./-]*$/;

/**
 * The value under a label that stands alone in its cell when the number read beside it is in another cell (see
 * policyCandidates), or undefined: in a row of label cells over value cells, the label's own value is the one under it.
 */
function valueUnderLabel(u: Unit, labelAt: number, numberAt: number, below: Unit | undefined): string | undefined {
  if (!u.row || !below?.row) return undefined;
  const k = cellAt(u, labelAt);
  if (k < 0 || cellAt(u, numberAt) === k) return undefined;
  const cell = below.cells[k]?.trim() ?? '';
  return VALUE_CELL.test(cell) ? cell : undefined;
}

/**
 * A company named between a label and its colon: «Polisenummer hos Tryg: », «Avtalenummer i
 * Gjensidige: », «Forsikringsnr. (If): ». Its name is written with a capital and holds no digit.
 */
const HELD_WITH = new RegExp(String.raw`^\.?\s*(?:(?:${alternation(POLICY_NUMBER.heldWith)})\s+([^:()\d\n]{1,40}?)|\(\s*([^:()\d\n]{1,40}?)\s*\))\s*(?=:)`);
/** A kind of insurance in one word between a label and its colon: «Avtalenummer personalforsikring: », «Polisenr. yrkesskadeforsikring: ». */
const KIND_QUALIFIER = /^\s+[a-zæøå-]{2,30}forsikr(?:ing|inga|ingen|inger|ingar)\s*(?=:)/;
/** A broker's or an agent's word: the number held with one is theirs, not the insurer's («Polisenummer hos megler: »). */
const BROKER_WORD = /megl|agent|formidl/;

/** Where a label's number begins when a company is named between the label and its colon (see HELD_WITH); the label's end otherwise. */
function afterHeldWith(u: Unit, end: number): number {
  // («Avtalenummer personalforsikring: 310 447 92»: the kind of insurance the number is for; two such numbers of
  // different kinds are two candidates, and warned)
  const kind = KIND_QUALIFIER.exec(u.lower.slice(end));
  if (kind) return end + kind[0].length;
  const q = HELD_WITH.exec(u.lower.slice(end));
  if (!q) return end;
  const lower = q[1] ?? q[2]!;
  const at = end + q[0].lastIndexOf(lower);
  const name = u.text.slice(at, at + lower.length);
  if (!/^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u.test(name) || BROKER_WORD.test(lower) || INTERMEDIARIES.some((n) => name.startsWith(n))) return end;
  return end + q[0].length;
}

/** A word right before a policy label that makes it the former policy's: «Tidligere polise», «Forrige avtalenummer», nynorsk «Tidlegare polise». */
const FORMER_LABEL = /(?:^|[^a-zæøå])(?:tidligere|tidlegare|forrige|førre|gammelt|gamalt|gamle|opprinnelig|utgått|utgående)\s+$/;

/**
 * Whether a label stands inside a bracket after other words of it: «Den gamle vognen (Adria Altea 472, forsikringsnummer
 * 6710-1982211) er sagt opp» — a letter's aside that names another thing's number in passing, weighed below a number
 * the document states as its own field («Forsikringsnummer: 6710-2290347»); «(forsikringsnummer 12345)» right after
 * the bracket opens is no aside.
 */
function inAside(l: string, at: number): boolean {
  const open = l.lastIndexOf('(', at);
  if (open < 0 || l.lastIndexOf(')', at) > open) return false;
  return /[a-zæøå\d]/.test(l.slice(open + 1, at));
}

function policyCandidates(r: Reading, u: Unit, out: Candidate[], below?: Unit): void {
  const l = u.lower;
  if (!POLICY_HINT.test(l)) return;
  let found = false;
  for (const m of policyLabels(l)) {
    if (FIELD_LABELS.has(m[0]) && !fieldLabel(u, m.index, m[0].length)) continue;
    // («Tidligere polise ...... HDI-NO-LIA-2025-00388» under «Polisenummer ...... HDI-NO-LIA-2026-00417»: the number of the
    // policy this one replaces, labelled so — no number of this policy)
    if (FORMER_LABEL.test(l.slice(Math.max(0, m.index - 16), m.index))) continue;
    POLICY_VALUE.lastIndex = afterHeldWith(u, m.index + m[0].length);
    const v = POLICY_VALUE.exec(l);
    if (!v) continue;
    let raw = v[1]!.replace(/[./-]+$/, '');
    // (a code after the last hyphen is the number's only in capitals, as the letters before it: «PRO-118442-KOM»,
    // not «12345-ny» — there the number ends at its digits)
    const suffix = POLICY_SUFFIX.exec(raw);
    if (suffix) {
      const from = v.index + v[0].length - v[1]!.length + suffix.index + 1;
      if (u.text.slice(from, from + suffix[1]!.length) !== suffix[1]!.toUpperCase()) raw = raw.slice(0, suffix.index);
    }
    // (an amount is no number: «Forsikringsnummer | 2 000 kr», a label beside another column's figure on a page
    // set in two columns)
    if (CURRENCY_AFTER.test(l.slice(v.index + v[0].length, v.index + v[0].length + 6))) continue;
    const digits = raw.replace(/\D/g, '').length;
    // (a date after the label is the value of another label: «Avtalenummer: 04.12.2023» is no number)
    if (digits < 4 || DATE_SHAPE.test(raw.replace(/ /g, ''))) continue;
    // (after «Avtale:» four digits alone are a year sooner than a number: «Avtale: 2025»)
    if (FIELD_LABELS.has(m[0]) && digits < 5 && /^\d+$/.test(raw)) continue;
    const at = v.index + v[0].length - v[1]!.length;
    // a group of digits right after it that it did not take («6003 8817 2 Utstedt …»): the number
    // could be read with it or without it
    if (GROUP_AFTER.test(l.slice(v.index + v[0].length, v.index + v[0].length + 8))) {
      r.warnUnit(u, `policy number: «${u.text.slice(at, at + raw.length + 3).trim()}» could be read with or without its last digits; not read`);
      continue;
    }
    // a run of six digits or more, then a group after a space («71-448201 1009 5521»: two labels' values run
    // together on one line, a PDF's «Forsikringsnummer Kundenummer» over both): a number's digits are grouped
    // by twos to fives («88214 0391»), so the group is another number's or this one's — it could be read with
    // or without it
    if (LONG_RUN_THEN_GROUP.test(raw)) {
      r.warnUnit(u, `policy number: «${u.text.slice(at, at + raw.length).trim()}» could be one number or two; not read`);
      continue;
    }
    // letters set apart from the digits belong to the number only in capitals («SB-71 0452»; not «er 1234»)
    const prefix = POLICY_PREFIX.exec(raw);
    if (prefix && prefix[2] !== '' && u.text.slice(at, at + prefix[1]!.length) !== prefix[1]!.toUpperCase()) continue;
    // («Avtalenummer | 2 140» over «FTB-5540 2218 | Totalt per år»: a page in two columns whose lines a PDF joined —
    // the label's value under it in its own column, another column's figure beside it: two readings)
    const under = valueUnderLabel(u, m.index, at, below);
    if (under !== undefined) {
      r.warnUnit(u, `policy number: «${u.text.slice(at, at + raw.length)}» beside the label and «${under}» under it; not read`);
      continue;
    }
    const rest = wrapsOn(u, at, raw.length, below);
    if (rest !== undefined) {
      r.warnUnit(u, `policy number: «${u.text.slice(at, at + raw.length)}» may go on in the line below («${rest}»); not read`);
      continue;
    }
    // the number as written (letters in capitals), without the spaces of its groups
    const value = u.text.slice(at, at + raw.length).toUpperCase().replace(/ /g, '');
    out.push({ value, u, offset: at, rank: inAside(l, m.index) ? 0 : 1, how: written(u, m.index, m[0].length) });
    found = true;
  }
  if (!found && l.length < 80) {
    // (POLICY_SPACED ends with groups of digits: a line that does not is passed over, and the pattern is not compiled)
    const s = SPACED_END.test(l) ? POLICY_SPACED.exec(l) : null;
    if (s) out.push({ value: s[2]!.replace(/ /g, ''), u, offset: s.index, rank: 1, how: written(u, s.index + s[0].indexOf(s[1]!), s[1]!.length) });
  }
}

/** An e-mail's subject line: «Emne: Fornyelse av avtale 9876543», «Subject: VS: Din forsikringsavtale 77 120 448». */
const SUBJECT = /^(?:emne|subject)\s*:/i;
/**
 * The number after «avtale» (or «avtalen», «forsikringsavtale», «polise», «forsikring») in a subject:
 * digits, perhaps in groups of single spaces or hyphens («40-2281-675»), perhaps after capitals and a
 * hyphen («NOR-12345678»), or after letters joined to them as a subject typed in lower case has them
 * («Emne: fornyelse avtale sp742629»: SP742629, as a label's number is read); five digits at least
 * (not a year), not a date.
 */
const SUBJECT_NUMBER = /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])((?:[Ff]orsikrings)?[Aa]vtalen?|[Pp]olisen?|[Ff]orsikring(?:en|a)?)\s+((?:[A-ZÆØÅ]{1,6}[- ]?|(?!nr)[a-z]{1,3}(?=\d))?\d+(?:[ -]\d+)*)(?!\d|[.,]\d|\s*\d)/;
/** The words that name the policy in a letter's heading. */
const HEADING_WORD = /^(?:[Ff]orsikringsavtalen?|[Pp]olisen?)$/;
/** How near the top a letter's heading stands (units): «Deres forsikringsavtale 9171 446 203 fornyes 1. januar 2027». */
const HEADING_UNITS = 15;
/**
 * The number in a sentence that names it with the definite label: «Polisenummeret hos HDI er
 * 70-1109-448-2», «Avtalenummeret ditt er 7730215» (a company, or a possessive, between them).
 */
const PROSE_NUMBER = /(?<![a-zæøå])((?:polise|avtale|forsikrings)nummer(?:et|en))(?:\s+(?:ditt|dykkar|deres|dykkas|vårt))?(?:\s+(?:hos|hjå|i)\s+[A-ZÆØÅ][\wÆØÅæøå&.-]*(?:\s+[A-ZÆØÅ][\wÆØÅæøå&.-]*)?)?\s+(?:er|blir|vert)\s+((?:[A-ZÆØÅ]{1,6}-)?\d+(?:[ -]\d+)*)(?!\d|[.,]\d|\s*\d)/i;

/**
 * The policy's word and its number as the subject of a sentence, right before the verb of what the policy does:
 * «- Avtale 81 552 407 fornyes 1. januar 2027», «Deres avtale 88 120 447 gjelder fra …», «Polisen 2210044 vert fornya …»,
 * «Forsikringsavtale 9171 446 203 løper videre». Only at the sentence's start (a line's, after a bullet or a full stop)
 * and only before such a verb: «avtale» before a figure elsewhere names other things («i henhold til avtale 2025», «avtale
 * 12 500 kr»), and a figure the verb follows is what renews.
 */
const SENTENCE_NUMBER =
  /(?:^|[.!?]\s+|^[-–•*]\s*)(?:(?:Deres|Din|Di|Dykkar|Dykkas|Vår)\s+)?((?:[Ff]orsikrings)?[Aa]vtalen?|[Pp]olisen?|[Pp]olisa)\s+((?:[A-ZÆØÅ]{1,6}[- ]?)?\d+(?:[ -]\d+)*)(\s+(?:fornyes|fornyast|vert\s+fornya|blir\s+fornyet|blir\s+fornya|er\s+fornyet|er\s+fornya|gjelder|gjeld|løper|endres|forfaller)(?![a-zæøå]))/;

/** The number a subject, a letter's heading or a sentence names, as [word, number] with where it stands. */
function unlabelledNumber(u: Unit): { word: string; value: string; offset: number } | undefined {
  const heading = u.index < HEADING_UNITS && !u.row && u.lines.length === 1;
  if ((SUBJECT.test(u.text) || heading) && u.text.length <= 160) {
    const m = SUBJECT_NUMBER.exec(u.text);
    // (in a heading only the insurance's own words: «Denne avtale 12345 gjelder» names no policy)
    if (m && (!heading || SUBJECT.test(u.text) || HEADING_WORD.test(m[1]!))) return { word: m[1]!, value: m[2]!, offset: m.index + m[0].indexOf(m[2]!, m[0].indexOf(m[1]!) + m[1]!.length) };
  }
  // («- Avtale 81 552 407 fornyes 1. januar 2027»: the number as the subject of the sentence, before what the policy does)
  const v = u.lower.includes('avtal') || u.lower.includes('polis') ? SENTENCE_NUMBER.exec(u.text) : null;
  if (v) return { word: v[1]!, value: v[2]!, offset: v.index + v[0].lastIndexOf(v[2]!, v[0].length - v[3]!.length) };
  // (a definite label is rare: most units are passed over without the pattern tried)
  const p = u.lower.includes('nummere') ? PROSE_NUMBER.exec(u.text) : null;
  return p ? { word: p[1]!, value: p[2]!, offset: p.index + p[0].lastIndexOf(p[2]!) } : undefined;
}

/**
 * A policy number stated only in an e-mail's subject («Emne: Fornyelse av avtale 9876543»), a
 * letter's heading («Deres forsikringsavtale 9171 446 203 fornyes 1. januar 2027») or a sentence
 * («Polisenummeret hos HDI er 70-1109-448-2»): a candidate when no label names one anywhere. Beside
 * a labelled number it is not weighed (the labelled one is read).
 */
function subjectCandidates(all: readonly Unit[], out: Candidate[]): void {
  if (out.length > 0) return;
  for (const u of all) {
    const n = unlabelledNumber(u);
    if (!n || n.value.replace(/\D/g, '').length < 5 || DATE_SHAPE.test(n.value)) continue;
    const colon = u.text.indexOf(':');
    const how = SUBJECT.test(u.text) ? `«${u.text.slice(0, colon)}: … ${n.word}»` : `«${n.word}»`;
    out.push({ value: n.value.replace(/ /g, '').toUpperCase(), u, offset: n.offset, rank: 1, how });
  }
}

/** A label of the agreement's number, not of one insurance's («Avtalenummer», «Forsikringsavtale nr»). */
const AGREEMENT_LABEL = /avtale/i;
/** A candidate that outranks the labelled numbers of the insurances under it. */
const RANK_AGREEMENT = 2;

/**
 * An overview's agreement and the insurances in it: one number labelled as the agreement's
 * («Avtalenummer: 2604-771902») beside the numbers of two or more insurances («Forsikringsnummer
 * 1106612» over each product's certificate) — the agreement's number is the policy's, the others are
 * named in the warning. Two agreement numbers, or one beside a single other number, stay two candidates.
 */
function agreementOverInsurances(numbers: Candidate[]): void {
  const agreement = numbers.filter((c) => AGREEMENT_LABEL.test(c.how));
  const value = agreement[0]?.value;
  if (value === undefined || agreement.some((c) => c.value !== value)) return;
  if (new Set(numbers.filter((c) => c.value !== value).map((c) => c.value)).size < 2) return;
  for (const c of agreement) c.rank = RANK_AGREEMENT;
}

const DATE_SHAPE = /^\d{1,2}\.\d{1,2}\.\d{2,4}$/;
/** A cell of labels only, one under the other: «Dato: Avtaleperiode: Kundenummer: Avtalenummer:». */
const LABELS_ONLY = /^(?:[A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ. ]*:\s*){2,}$/;
/** The values of such a column, one per label: a period, a date, a number (with letters), else a word. */
const STACKED_VALUE = /\d{1,2}\.\d{1,2}\.\d{2,4}\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\.\d{1,2}\.\d{2,4}|[A-Za-z]{0,4}[-/]?\d[\d./-]*|\S+/g;

/**
 * Labels stacked in one cell and their values in the next («Dato: Avtaleperiode: Kundenummer:
 * Avtalenummer:» | «04.12.2023 01.01.2024 - 31.12.2024 200118 9100442», as a PDF's lines at one
 * pitch can arrive): the row as «Label: value» pairs, in order, when the values count as many as
 * the labels — so that each label is read with its own value, not with its neighbour's. A row
 * whose pairing does not add up gives a row with no values (nothing is read from it).
 */
function unstack(u: Unit): { unit: Unit; unread: string[] } | undefined {
  const k = u.cells.findIndex((c) => c.length < 200 && LABELS_ONLY.test(c.trim()));
  if (k < 0 || k + 1 >= u.cells.length) return undefined;
  const labels = u.cells[k]!.split(':').map((x) => x.trim()).filter((x) => x !== '');
  const values = u.cells[k + 1]!.match(STACKED_VALUE) ?? [];
  const paired = values.length === labels.length ? labels.length : datesFirst(values, labels.length);
  const unread = labels.slice(paired);
  const text = [...labels.slice(0, paired).map((l, i) => `${l}: ${values[i]}`), ...(unread.length > 0 ? [unread.join(', ')] : [])].join('; ');
  return { unit: { ...u, text, lower: lowerCase(text), cells: [text], row: false }, unread: values.length > 0 ? unread : [] };
}

/** A date or a period from one date to another, whole: one value in a run of values, never split. */
const DATE_OR_PERIOD = /^\d{1,2}\.\d{1,2}\.\d{2,4}(?:\s*[-–]\s*\d{1,2}\.\d{1,2}\.\d{2,4})?$/;

/**
 * How many of a run's first values are dates or periods, fewer than the labels: each of them is one value, so the k-th
 * is the k-th label's while every value before it is one too («Dato: Avtaleperiode: Kundenummer: Avtalenummer:»
 * beside «18.12.2024 01.01.2025 - 31.12.2025 100 233 871 4010 55213»: the date and the period are the first two
 * labels'; where the numbers after them split is not known — their labels are left without values).
 */
function datesFirst(values: readonly string[], labels: number): number {
  let n = 0;
  while (n < labels - 1 && n < values.length && DATE_OR_PERIOD.test(values[n]!)) n++;
  return n;
}

/** A row of labels only: each non-empty cell a few words without a figure («Avtalenummer | Utstedt | Hovedforfall»). */
function labelCells(u: Unit): string[] | undefined {
  if (!u.row || u.text.length > 160 || DIGIT.test(u.text)) return undefined;
  const cells = u.cells.filter((c) => c !== '');
  return cells.every((c) => c.length <= 40 && c.split(' ').length <= 4) ? cells : undefined;
}

/** A schedule's figure columns: two of them over a row make it a table's header, not labels of fields. */
const FIGURE_COLUMNS: ReadonlySet<string> = new Set(['sum', 'deductible', 'premium']);

/** The policyholder's labels: a name of words under one is that field's value. */
const HOLDER_LABELS: ReadonlySet<string> = new Set(POLICYHOLDER_BEFORE);

/** One short word as a value: «Ny», «Endret», «Månedlig». */
const SHORT_WORD = /^[A-Za-zÀ-ÖØ-öø-ɏ]{1,12}$/u;

/**
 * A row of labels over a row of as many values («Avtalenummer  Utstedt  Hovedforfall» over
 * «88214410  19.12.2024  01.01.2025»), read as the fields «Avtalenummer: 88214410; Utstedt:
 * 19.12.2024; …», each label with the value under it; undefined when the rows do not pair up.
 * Every value but one short word beside two or more figures must have a figure: a row of words under
 * the labels is a table's first row.
 */
function labelsOverValues(u: Unit, next: Unit | undefined): Unit | undefined {
  const labels = labelCells(u);
  if (!labels || labels.length < 2 || !next?.row) return undefined;
  // («Forsikring | Selskap | Polisenr. | Sum | Egenandel | Premie» over its first row: a schedule's header, whose row the
  // tables read — taken as fields, the row was lost without a word)
  if (labels.filter((l) => FIGURE_COLUMNS.has(columnOf(withoutColon(l)) ?? '')).length >= 2) return undefined;
  const values = next.cells.filter((c) => c !== '');
  if (values.length !== labels.length || values.some((v) => v.length > 40)) return undefined;
  // («Endring  Forsikringsnummer  Gjelder fra  Hovedforfall» over «Ny  61820473  15.09.2026  01.02.»: one word
  // under its label beside figures under the others is a field too)
  // («Forsikringstaker  Forsikringsnummer  Utstedt» over «Anne-Lise og Per Kristian  FRI-2290417  02.12.2024»: the name under the
  // policyholder's label is that field's value, no first row of a table)
  // (only in a row of three labels or more with no colon: «Forsikringstaker:  Rødsund Båtforening» over «Avtalenummer:  4410 8837» are
  // two fields, one under the other, never labels over values)
  const holderName = (v: string, i: number): boolean => labels.length >= 3 && !labels.some((l) => l.endsWith(':')) && !v.endsWith(':') && HOLDER_LABELS.has(lowerCase(labels[i]!).trim());
  const words = values.filter((v, i) => !DIGIT.test(v) && !holderName(v, i));
  if (words.length > 1 || (words.length === 1 && (values.length < 3 || !SHORT_WORD.test(words[0]!)))) return undefined;
  if (words.length === 0 && values.every((v) => !DIGIT.test(v))) return undefined;
  const text = labels.map((l, i) => `${withoutColon(l)}: ${values[i]}`).join('; ');
  // (traced to the line of the values)
  return { ...next, text, lower: lowerCase(text), cells: [text], row: false };
}

/** A label as the document writes it, quoted: the text at an offset found in the lower-case text (same length). */
function written(u: Unit, at: number, length: number): string {
  return `«${u.text.slice(at, at + length).replace(/\s+/g, ' ')}»`;
}

/** Policy numbers compared as the same when they differ only in separators («7730-118845» = «7730118845»). */
const policyKey = (v: string): string => v.replace(/[\s./-]/g, '');

// ---------------------------------------------------------------------------------------------
// Dates

const DATE = `(${DATE_SOURCE})`;
const DATE_G = new RegExp(DATE_SOURCE, 'g');
/** The words right before a date that make it the issue date, the renewal date, a period's first day. */
/** A «dato» that names another event's date: a liability policy's retroactive date, a claim's, a birth, a payment. */
const OTHER_DATE_BEFORE = /(?:retroaktiv|retroaktive|tilbakevirkende|skade|skadens|fødsels|betalings|forfalls)\s+dato\s*:?\s*$/;
const ISSUED_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(${alternation(DATES.issued)})\s*:?\s*$`);
/** «Forsikringene fornyes automatisk 1. januar 2025», «… vert fornya automatisk frå 1. januar 2025»: a renewal phrase's adverb before its date. */
const RENEWAL_ADVERB = String.raw`(?:\s+(?:automatisk|stilltiende|stilltiande)(?:\s+(?:fra|frå|per|pr\.?))?)?`;
/**
 * «Endringa gjeld frå fornyinga av forsikringane dine 1. januar 2025», «… ved fornyelsen av avtalen deres 01.03.2027»: what is
 * renewed, and whose, between the renewal's noun and its date.
 */
const RENEWAL_OF = String.raw`(?:\s+av\s+(?:forsikring(?:en|ene|a|ane)|avtalen|avtala)(?:\s+(?:din|dine|di|deres|dykkar|våre?))?)?`;
const RENEWAL_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(${alternation(DATES.renewal)})${RENEWAL_OF}${RENEWAL_ADVERB}\s*:?\s*(?:f\.o\.m\.?\s*)?$`);
// («Forsikringsperiode ...... fra og med 1. juli 2025 til og med 30. juni 2026»: dot leaders and «fra og med» between;
// «og med» after a label that ends in «fra», «Forsikringen gjelder fra og med …»)
// («forsikringen gjelder fra i morgen, 10.04.2025», «gjeld frå i dag (fredag 11. april 2025)»: the day named by its
// distance from the letter, then its date in apposition — the date is the first day; nynorsk «i morgon»)
const RELATIVE_DAY = String.raw`(?:i\s+(?:dag|morgen|morgon|overmorgen|overmorgon)\s*[,(]?\s*(?:(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tysdag|laurdag|sundag)\s+(?:den\s+)?)?)?`;
// («Forsikringstid: 12 måneder fra 20.02.2027 kl. 12.00», as hull and marine policies state their term: the length before «fra»)
const PERIOD_LENGTH = String.raw`(?:\d{1,2}\s+(?:måneder|månader|mnd\.?)\s+(?=fra|frå))?`;
const PERIOD_FROM = String.raw`\s*:?\s*(?:\.{2,}\s*)?${PERIOD_LENGTH}(?:(?:fra|frå)\s+(?:og\s+med\s+)?|og\s+med\s+|f\.o\.m\.?\s*)?${RELATIVE_DAY}$`;
const PERIOD_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(${alternation(DATES.period)})${PERIOD_FROM}`);
/** What PERIOD_BEFORE needs at the end: the last word of one of its labels (a small pattern first: PERIOD_BEFORE costs ~2 M instructions to compile). */
const PERIOD_END = new RegExp(String.raw`(?:${alternation([...new Set(DATES.period.map((w) => w.split(' ').pop()!))])})${PERIOD_FROM}`);
/** «Avtalen fornyes med virkning fra 01.01.2025», «Fornyelse – dette endres fra 1. mars 2024», «Vi fornyer forsikringene deres fra 01.01.2024». */
const PERIOD_ONLY_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(${alternation(DATES.periodOnly)})\s*:?\s*$`);
/**
 * «Ny forsikringsperiode er fra», «Forsikringsperioden blir fra»: a period in a sentence, a verb before «fra» (DATES.periodInProse).
 * («Forsikringsperioden din er 1. januar 2026 til 31. desember 2026»: the reader's «din», «di», «deres», «dykkar» between, and
 * no «fra» — the period's end after the first day is required all the same, see PERIOD_TIL_AFTER)
 */
const PERIOD_VERB_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(${alternation(DATES.periodInProse)})(?:\s+(?:din|di|deres|dykkar|våre?))?\s+(?:${alternation(DATES.periodVerbs)})\s+(?:(?:fra(?:\s+og\s+med)?|frå(?:\s+og\s+med)?|f\.o\.m\.?)\s+)?$`);
/**
 * «Ny forsikringsperiode starter 1/3-25», «Den nye perioden begynner 1. mars 2025», nynorsk «Ny forsikringsperiode byrjar …»: a
 * new period said to start on a date (an e-mail's answer about the renewal) — that day is its first, no end needed after it, as
 * the verb says it. Only a new one: «perioden starter» alone could be any period's.
 */
const NEW_PERIOD_STARTS_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])((?:den\s+)?nye?\s+(?:${alternation(DATES.periodInProse)})\s+(?:starter|startar|begynner|byrjar|tar\s+til))\s+(?:(?:fra|frå|den|per|pr\.?)\s+)?$`);
/** Its end after the first day: «til 31. desember 2025», «– 31.12.2025». */
const PERIOD_TIL_AFTER = new RegExp(String.raw`^\s*(?:til(?:\s+og\s+med)?|[-–—])\s*(?:${DATE_SOURCE})`);
/** A period's end after its first day: «– 31.08.22», «- 30.04.2025». */
const PERIOD_END_AFTER = new RegExp(String.raw`^\s*(?:[-–—]|til(?:\s+og\s+med)?(?=\s))\s*(?:${DATE_SOURCE})`);
/** Another date and then a period right after a date. */
const DATE_THEN_PERIOD = new RegExp(String.raw`^\s+(?:${DATE_SOURCE})\s*[-–—]\s*(?:${DATE_SOURCE})`);
// («… fornyer vi Bedriftsansvar (inkl. produktansvar) med virkning fra 1. januar 2025»: an abbreviation's dot between is no sentence's end)
const RENEWAL_LOOSE_BEFORE = /(forny[A-Za-zÀ-ÖØ-öø-ÿ]*)(?:[^.\d]|(?<=(?:^|[^a-zæøå])(?:inkl|ekskl|evt|ca|bl\.a|f\.eks))\.){0,60}?(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])(?:fra|frå|f\.o\.m\.?|per|pr\.)\s+$/;
/** «som» right before a period's word: a relative clause about the word before it. */
const RELATIVE_BEFORE = /(?:^|[^a-zæøå])som\s+$/;
/** A clause that opens with the conditions (DATES.conditions) and runs on to a period's word, no sentence's end between. */
// (the conditions' word may stand inside the clause: «Les vilkårene for Agria Hund, gjeldende fra 1. april 2024»)
const CONDITIONS_CLAUSE = new RegExp(String.raw`(?:^|[.;:!?]\s|\t|^\s*[-•*]\s*)[^.;!?\t]*?(?<![a-zæøå])(?:${alternation(DATES.conditions)})(?![a-zæøå])[^.;!?\t]*$`);
/** The insurance named in a clause that goes on to «fra» right before a date: «… transportforsikringen for … varer fra». */
const INSURANCE_FROM_BEFORE = /(?:^|[^a-zæøå])([a-zæøå]*forsikring(?:en|a|ene|ane))(?![a-zæøå])[^.;:!?\t]{0,90}?\sfr[aå]\s+$/;
/** A clause about an earlier document before its date: «… erstatter forsikringsbevis utstedt», «tidligere utstedt», «forrige forsikringsbevis». */
const EARLIER_DOCUMENT = /(?:erstatter|erstattar|tidligere|tidlegare|forrige|førre)[^.;:!?\t]*$/;
/** An invoice's words in the clause before «for perioden»: «tilleggsfaktura», «faktura», «etterberegning», nynorsk «faktura». */
const INVOICE_CLAUSE = /(?:faktura|fakturer|etterberegn|tilleggspremie)[^.;!?\t]*$/;
const NOT_RENEWAL_BEFORE = new RegExp(String.raw`(?:${alternation(DATES.notRenewal)})\s*:?\s*$`);
const DATE_ANY = new RegExp(DATE_SOURCE);
const DATE_HINT = /utstedt|utstedelse|utferd|utarbeid|dato|skriven ut|skrevet ut|utskrev|utskriv|forny|forfall|periode|tid|gjeld|gyldig|ikraft|varig|forsikringsår|dokumentet er/;
/** A letter's date line: «Bergen, 29.11.2024» (a place, a comma and the date, as a line or a cell of its own). */
const LETTER_DATE = new RegExp(String.raw`^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ .-]{1,30},\s*(${DATE_SOURCE})$`);

/** A letter's date line of two offices joined by a slash, without a comma: «Stavanger/Oslo 28.04.2025». */
const PLACES_DATE = new RegExp(String.raw`^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+(?:\s?/\s?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+)+\s+(${DATE_SOURCE})$`);

/** A letter's date line at the end of a line of other text: a place (one or two capitalised words), a comma and the date. */
const LETTER_DATE_END = new RegExp(String.raw`\s([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:[ -][A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+)?),\s*(${DATE_SOURCE})$`);

/** Ranks of the renewal date's sources: an explicit renewal phrase, a period's first day, a «Hovedforfall». */
const RANK_RENEWAL = 3;
const RANK_PERIOD = 2;
const RANK_HOVEDFORFALL = 1;
/** A web page's card's next renewal («Neste fornyelse» over «01.09.2025»): the renewal date only where the document states no other. */
const RANK_NEXT = 0;

/**
 * The labels of a card's field of the next renewal or due date, set over the date on the next line or beside it with no
 * colon. («Fornyes» over or beside «01.06.2025» on a «Min side» card says when the insurance in force renews next — the
 * day after the period the page shows, as «Neste fornyelse» does; a letter's «Fornyes: 01.01.2025» with its colon, or
 * «forsikringen fornyes 1. januar» in a sentence, is this renewal, read by DATES.renewal.)
 */
const NEXT_RENEWAL_FIELDS: ReadonlySet<string> = new Set(['neste fornyelse', 'neste fornying', 'forfallsdato', 'fornyes', 'fornyast']);

/**
 * «Neste fornyelse» over «01.09.2025», «Forfallsdato» over its date (a web page's card for one product,
 * joined into one field by src/parse/units.ts): the date the insurance renews — a candidate of the
 * lowest rank. («Neste fornyelse: 01.02.2026» on one line in a letter names the renewal after this one: not read.)
 */
function nextRenewalField(u: Unit, renewal: Candidate[]): boolean {
  // («Neste fornyelse<TAB>01.02.2027»: a portal page's field as a row of its label and its date)
  if (u.row) return nextRenewalRow(u, renewal);
  // («Neste fornyelse 01.04.2026»: an app's card sets label and date side by side, no colon — a letter's
  // «Neste fornyelse: …» has one)
  if (u.label === undefined && u.lines.length === 1) return nextRenewalBeside(u, renewal);
  if (u.label === undefined || u.lines.length !== 2 || u.offsets[1] !== u.label.length + 2 || !NEXT_RENEWAL_FIELDS.has(lowerCase(u.label))) return false;
  const value = u.text.slice(u.offsets[1]).trim();
  const d = DATE_ALONE.test(value) ? readDate(value) : undefined;
  if (d) renewal.push({ value: d, u, offset: u.offsets[1]!, rank: RANK_NEXT, how: written(u, 0, u.label.length) });
  return true;
}
const DATE_ALONE = new RegExp(String.raw`^${DATE_SOURCE}$`);

/** «Neste fornyelse 01.04.2026» alone on its line, no colon: read as the field over its date is. */
function nextRenewalBeside(u: Unit, renewal: Candidate[]): boolean {
  const m = NEXT_RENEWAL_BESIDE.exec(u.text.trim());
  if (!m || !NEXT_RENEWAL_FIELDS.has(lowerCase(m[1]!))) return false;
  const d = readDate(m[2]!);
  const at = u.text.lastIndexOf(m[2]!);
  if (d && at >= 0) renewal.push({ value: d, u, offset: at, rank: RANK_NEXT, how: written(u, 0, m[1]!.length) });
  return true;
}
const NEXT_RENEWAL_BESIDE = new RegExp(String.raw`^([A-Za-zæøå]+(?: [a-zæøå]+)?)\s+(${DATE_SOURCE})$`);

/** A cell of labels only that names the renewal: «Gjelder fra Hovedforfall Betalingsterminer» (lower case). */
const RENEWAL_LABEL_CELL = /^(?=\S+\s+\S)[^\d]*\bhov[eu]dforfall\b[^\d]*$/;

/**
 * A card's next renewal or due date («Forfallsdato 20.01.2025» under «Betaling») stands for the renewal only where the
 * document states no other: a «Hovedforfall» in a cell of labels whose dates could not be read beside it («Gjelder fra
 * Hovedforfall Betalingsterminer» beside «01.01.2025 01.01. 1», a header's stacked fields that a PDF set in one row) states
 * one — the due date is not used, and the row is named in a warning.
 */
function withoutNextBesideUnread(r: Reading, all: readonly Unit[], renewal: Candidate[]): Candidate[] {
  if (renewal.length === 0) return renewal;
  const unread = all.find((u) => u.row && u.cells.some((c) => c.length <= 80 && RENEWAL_LABEL_CELL.test(lowerCase(c.trim()))));
  if (!unread) return renewal;
  r.warnUnit(unread, 'renewal date: «Hovedforfall» stands among other labels whose dates could not be paired with them; the due date elsewhere is not used for it');
  r.renewalUnread = true;
  return [];
}

/** «Neste fornyelse | 01.02.2027»: a row of the label and the date alone, read as the field over its date is. */
function nextRenewalRow(u: Unit, renewal: Candidate[]): boolean {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 2 || !NEXT_RENEWAL_FIELDS.has(lowerCase(cells[0]!)) || !DATE_ALONE.test(cells[1]!)) return false;
  const d = readDate(cells[1]!);
  const at = u.text.lastIndexOf(cells[1]!);
  if (d && at >= 0) renewal.push({ value: d, u, offset: at, rank: RANK_NEXT, how: written(u, 0, cells[0]!.length) });
  return true;
}

/** Parts of the labels: a window without any of them needs no pattern tried on it. */
// («Dokumentet er laget: …», «… opprettet»: a portal's document page names the day it was made so)
const ISSUED_STEMS = ['utstedt', 'utstedelse', 'utferd', 'utarbeid', 'dato', 'skriven ut', 'skrevet ut', 'utskrev', 'utskriv', 'dokumentet er'];
const PERIOD_STEMS = [...new Set(DATES.period.map((w) => w.split(' ')[0]!.slice(0, 6)))];

/** How much text before a date its label may take. */
const BEFORE_DATE = 72;

/**
 * The dates of a unit and what names each: found by finding the dates first (few units have any)
 * and reading the words right before each — an issue label, a renewal phrase, a period label —
 * rather than trying every label at every place of every unit.
 */
/** A dateline part that is a date, perhaps after a publishing label («Publisert 12.01.2026», «14.03.25»); [label, date]. */
const NEWS_DATE_PART = new RegExp(String.raw`^(?:(${alternation(DATES.published)})\s*:?\s*)?(${DATE_SOURCE})$`);
const NEWS_SECTIONS: ReadonlySet<string> = new Set(DATES.newsSections);
/** How near the top a dateline with nothing but a bar before its date stands (units): under the page's title. */
const BARE_DATELINE_UNITS = 8;
/** A date alone on its line, perhaps after a bar: «| 17.10.25» (the text reader drops a lone bar). */
const BAR_DATE = new RegExp(String.raw`^\|?\s*(${DATE_SOURCE})$`);
/** A dateline's other part: words only («Skadeforsikring», «Nyheter»), no figure. */
const WORDS_PART = /^[a-zà-öø-ÿ][a-zà-öø-ÿ .&/-]{0,39}$/;

/**
 * A web news page's dateline under its title (see DATES.published): «Nyheter | 14.03.25»,
 * «Publisert 12.01.2026 | Skadeforsikring». The date's part and words in the other parts; a bare
 * date only beside a news section's word. Undefined when the line is no such dateline.
 */
function newsDateline(u: Unit): { value: string; offset: number; how: string } | undefined {
  if (u.lines.length !== 1) return undefined;
  // («| 17.10.25» alone under the title, the page's section left out before the bar: a line of its own;
  // a date alone on a line near the top is the page's date as a reader takes it)
  if (!u.row) {
    // («Publisert 15.01.2025» alone on its line: a portal message's date under its title, the label naming it)
    const labelled = NEWS_DATE_PART.exec(lowerCase(u.text).trim());
    const published = labelled?.[1] !== undefined ? readDate(labelled[2]!) : undefined;
    if (published) return { value: published, offset: u.lower.lastIndexOf(labelled![2]!), how: `«${u.text.trim()}»` };
    const lone = u.index < BARE_DATELINE_UNITS ? BAR_DATE.exec(u.text.trim()) : null;
    const value = lone ? readDate(lone[1]!) : undefined;
    return value ? { value, offset: u.text.indexOf(lone![1]!), how: `«${u.text.trim()}»` } : undefined;
  }
  // (the parts as a row's cells: «|» sets cells apart)
  const parts = u.cells.map((c) => lowerCase(c).trim());
  if (parts.length < 2 || parts.length > 3) return undefined;
  const dated = parts.map((x) => NEWS_DATE_PART.exec(x));
  const k = dated.findIndex((m) => m !== null);
  if (k < 0 || dated.some((m, i) => i !== k && m !== null)) return undefined;
  const others = parts.filter((_, i) => i !== k);
  // («| 17.10.25» alone under the title, the page's section left out before the bar: a dateline near the top)
  const bare = others.every((x) => x === '') && u.index < BARE_DATELINE_UNITS;
  if (!bare && !others.every((x) => WORDS_PART.test(x))) return undefined;
  const m = dated[k]!;
  if (m[1] === undefined && !bare && !others.some((x) => NEWS_SECTIONS.has(x))) return undefined;
  const value = readDate(m[2]!);
  if (!value) return undefined;
  const offset = u.lower.indexOf(parts[k]!) + parts[k]!.length - m[2]!.length;
  return { value, offset, how: `«${u.text.trim()}»` };
}

/** «hos Gjensidige», «i If» right before a renewal phrase: the insurer the insurance named before it is held with (lower case). */
const RENEWAL_HELD_WITH = /\b(?:hos|i|med)\s+([a-zæøå][a-zæøå0-9& .-]{1,30}?)\s+$/;

/**
 * Whether the words before a renewal phrase name the insurer of one agreement among the several a document's table lists
 * by their insurer («| If | SP 771 004 | Bygning | …», «| Gjensidige | 81 223 409 | Yrkesskade | …»: a broker's overview):
 * its table has rows of two insurers or more, and the phrase's insurer is one of them.
 */
function oneInsurersRenewal(r: Reading, before: string): boolean {
  const m = RENEWAL_HELD_WITH.exec(before);
  if (!m || !INSURER_NAME_SET.has(m[1]!.trim())) return false;
  const inRows = new Set<string>();
  for (const v of r.units) {
    if (!v.row) continue;
    for (const c of v.cells) {
      const name = lowerCase(c.trim());
      if (INSURER_NAME_SET.has(name)) inRows.add(name);
    }
  }
  return inRows.size >= 2 && inRows.has(m[1]!.trim());
}

/**
 * «… Som avtalt fornyer vi» over «Bedriftsansvar (inkl. produktansvar) med virkning fra 1. januar 2025 på disse»: a letter's
 * sentence wrapped where a capitalised product's name begins a line, which the line above does not run on into — the verb
 * of renewing on the line above, the date on this one. The renewal phrase read across both (RENEWAL_LOOSE_BEFORE), the
 * line above ending in no sentence's end; its label is this line's start.
 */
function renewsOnLineAbove(r: Reading, u: Unit, before: string): { label: string; index: number } | undefined {
  const above = r.units[u.index - 1];
  if (above === undefined || above.row || u.row || /[.!?:;]\s*$/.test(above.text)) return undefined;
  const last = above.lines[above.lines.length - 1]!;
  if (last.page !== u.lines[0]!.page || last.line !== u.lines[0]!.line - 1 || !above.lower.includes('forny')) return undefined;
  const tail = above.lower.slice(-BEFORE_DATE);
  const m = RENEWAL_LOOSE_BEFORE.exec(`${tail} ${before}`);
  if (!m || m.index + m[0].indexOf(m[1]!) >= tail.length || NOT_RENEWAL_BEFORE.test(tail.slice(0, m.index + m[0].indexOf(m[1]!)).slice(-24))) return undefined;
  return { label: '', index: 0 };
}

function dateCandidates(r: Reading, u: Unit, issued: Candidate[], renewal: Candidate[]): void {
  const l = u.lower;
  if (!DATE_ANY.test(l)) return;
  if (nextRenewalField(u, renewal)) return;
  if (u.index < 20) {
    // a web news page's dateline: «Nyheter | 14.03.25», «Publisert 12.01.2026 | Skadeforsikring»
    const news = newsDateline(u);
    if (news) {
      issued.push({ value: news.value, u, offset: news.offset, rank: 0, how: news.how });
      return;
    }
    // a letter's date line: «Bergen, 29.11.2024»
    for (const c of u.cells) {
      // (a place, a comma and a date: a cell without a comma is none, and the pattern is not compiled)
      // («Neste hovedforfall, 1. januar 2026» names another date: no place)
      // («Stavanger/Oslo 28.04.2025»: the offices a letter is sent from, joined by a slash, and the date with no comma)
      const ld = (c.includes(',') || c.includes('/')) && !DATE_HINT.test(lowerCase(c)) ? (LETTER_DATE.exec(c.trim()) ?? PLACES_DATE.exec(c.trim())) : null;
      const d = ld ? readDate(ld[1]!) : undefined;
      if (d) {
        issued.push({ value: d, u, offset: u.text.indexOf(c), rank: 0, how: `«${c.trim()}»` });
        continue;
      }
      // «Til skogeiere med forsikring i Skogbrand Trondheim, 4. desember 2024»: the date line run on
      // at the end of a line of the letterhead, with one space (a line with no word of another date)
      const end = u.lines.length === 1 && c.includes(',') && !DATE_HINT.test(lowerCase(c)) ? LETTER_DATE_END.exec(c.trim()) : null;
      const e = end ? readDate(end[2]!) : undefined;
      if (end && e) issued.push({ value: e, u, offset: u.text.indexOf(c) + c.trim().length - end[0].length + 1, rank: 0, how: `«${end[0].trim()}»` });
    }
  }
  // (an insurance confirmed «fra … til og med …» in a sentence names no other word of a date: INSURANCE_FROM_BEFORE)
  // (nor a line whose renewal verb ended the line above: renewsOnLineAbove)
  if (!DATE_HINT.test(l) && !l.includes('forsikring') && !(u.index > 0 && r.units[u.index - 1]!.lower.includes('forny'))) return;
  DATE_G.lastIndex = 0;
  let issuedSeen = false;
  for (let m = DATE_G.exec(l); m; m = DATE_G.exec(l)) {
    const at = m.index;
    const from = Math.max(0, at - BEFORE_DATE);
    const before = l.slice(from, at);
    const name = (re: RegExp): { label: string; index: number } | undefined => {
      const b = re.exec(before);
      return b ? { label: b[1]!, index: from + b.index + b[0].indexOf(b[1]!) } : undefined;
    };
    // («Retroaktiv dato: 01.02.2019», «Dato for skaden: …»: another event's date, no issue date)
    // («Dette forsikringsbeviset erstatter forsikringsbevis utstedt 14.12.2023»: an earlier document's issue date, not this one's)
    const iss = issuedSeen || !ISSUED_STEMS.some((w) => before.includes(w)) || OTHER_DATE_BEFORE.test(before) || EARLIER_DOCUMENT.test(before) ? undefined : name(ISSUED_BEFORE);
    if (iss) {
      const d = readDate(m[0]);
      issuedSeen = true;
      if (d) issued.push({ value: d, u, offset: at, rank: 1, how: written(u, iss.index, iss.label.length) });
      else r.warnUnit(u, `issue date "${m[0]}" is not a date`);
      continue;
    }
    const ren = before.includes('forny') || before.includes('forfall') ? name(RENEWAL_BEFORE) : undefined;
    const per =
      (ren || !PERIOD_STEMS.some((w) => before.includes(w)) || !PERIOD_END.test(before) ? undefined : name(PERIOD_BEFORE)) ??
      // («Gyldig: 01.07.2025 til 30.06.2026»: valid over a period, its end after «til» or a dash)
      (!ren && (before.includes('gjel') || before.includes('varig') || before.includes('gyldig')) && (PERIOD_END_AFTER.test(l.slice(at + m[0].length)) || (before.includes('gyldig') && PERIOD_TIL_AFTER.test(l.slice(at + m[0].length)))) ? name(PERIOD_ONLY_BEFORE) : undefined) ??
      (!ren && (before.includes('period') || before.includes('tiden')) && PERIOD_TIL_AFTER.test(l.slice(at + m[0].length)) ? name(PERIOD_VERB_BEFORE) : undefined) ??
      (!ren && before.includes('period') ? name(NEW_PERIOD_STARTS_BEFORE) : undefined) ??
      // («… bekrefter at Codan Forsikring har overtatt transportforsikringen for bedriftens kjøp og salg av varer fra 15. april 2025 til
      // og med 14. april 2026»: the insurance named in the clause, and a period from a day to a day after it, is the period)
      (!ren && before.includes('forsikring') && before.endsWith(' ') && PERIOD_END_AFTER.test(l.slice(at + m[0].length)) ? name(INSURANCE_FROM_BEFORE) : undefined);
    const loose = ren || per ? undefined : l.includes('forny') ? name(RENEWAL_LOOSE_BEFORE) : from === 0 ? renewsOnLineAbove(r, u, before) : undefined;
    const found = ren ?? per ?? loose;
    if (!found) continue;
    // «Forsikringstid 18.11.2024 01.01.2025 - 31.12.2025»: a date before the period is another
    // column's (labels over values run together), not the period's first day
    // («Utstedt Forsikringsperiode Hovedforfall» beside «03.01.2025 01.03.2025 - 28.02.2026 1. mars», a web page's cell of
    // three fields printed as one: the label last in the run is «Hovedforfall», and the date after it is the issue date — a
    // renewal's label before a date and then a period is the same run of labels, warned, not read)
    if ((per || ren) && DATE_THEN_PERIOD.test(l.slice(at + m[0].length))) {
      r.warnUnit(u, `renewal date: ${written(u, found.index, found.label.length)} is followed by a date and then a period (${written(u, at, m[0].length)} and what follows); none is used`);
      r.renewalUnread = true;
      continue;
    }
    if (NOT_RENEWAL_BEFORE.test(l.slice(Math.max(0, found.index - 24), found.index))) continue;
    // («- Yrkesskade hos Gjensidige fornyes 01.07.2026» under a broker's table of several insurers' agreements: the
    // renewal of the one agreement held with that insurer, not of the overview — said, and not used)
    if (ren && oneInsurersRenewal(r, l.slice(Math.max(0, found.index - 60), found.index))) {
      r.warnUnit(u, `renewal date: ${written(u, at, m[0].length)} is the renewal of one insurer's agreement among several in the overview; not used`);
      continue;
    }
    // («Vilkår: Bilforsikring Enter, gjeldende fra 01.01.2026»: the conditions' version, dated by a period's word — no period)
    if (per && CONDITIONS_CLAUSE.test(l.slice(0, found.index))) continue;
    // («Dere får en tilleggsfaktura for perioden 01.05.2025–31.12.2025», a G letter's invoice for the rest of the year: the period an
    // invoice is for, not the insurance's — the agreement's own period, «Avtaleperiode 01.01.2025 – 31.12.2025», stands beside it)
    if (per && (found.label === 'perioden' || found.label === 'periode') && INVOICE_CLAUSE.test(l.slice(0, found.index))) continue;
    // («… er regulerte med indeksen som gjeld frå 1. januar 2026»: a relative clause dates the thing before «som» — the
    // index, a price list, the conditions — never the policy's period)
    if (per && RELATIVE_BEFORE.test(l.slice(Math.max(0, found.index - 8), found.index)) && /^(?:gjel|gyldig)/.test(found.label)) continue;
    // «Neste fornyelse: 01.02.2026»: the label itself is a phrase of the next renewal — and so is «neste hovedforfall» in a
    // sentence («… uten at premien endres før neste hovedforfall 1/1-26.», a G letter in May: the due date after this one)
    if ((found.label.startsWith('forny') || /hov[eu]dforfall$/.test(found.label)) && NOT_RENEWAL_BEFORE.test(l.slice(Math.max(0, found.index - 24), found.index + found.label.length))) continue;
    // («Utstedt Gjelder fra» beside «05.02.2025 15.02.2025»: a header's two fields, their labels stacked in one cell and their
    // dates in the next, run together — the k-th date is the k-th label's, never the date right after the last label)
    const run = labelRunDate(l, found.index, at);
    if (run === 'unclear') {
      r.warnUnit(u, `renewal date: ${written(u, found.index, found.label.length)} stands in a run of labels over a run of dates whose counts differ; none is used`);
      r.renewalUnread = true;
      continue;
    }
    const d = readDate(run?.text ?? m[0]);
    if (!d) {
      r.warnUnit(u, `renewal date "${m[0]}" is not a date`);
      continue;
    }
    if (run !== undefined) {
      const di = run.issued === undefined ? undefined : readDate(run.issued.text);
      if (di !== undefined && !issuedSeen) issued.push({ value: di, u, offset: at + run.issued!.offset, rank: 1, how: written(u, run.issued!.index, run.issued!.label.length) });
      renewal.push({ value: d, u, offset: at + run.offset, rank: per ? RANK_PERIOD : RANK_RENEWAL, how: written(u, found.index, found.label.length) });
      continue;
    }
    const rank = per ? RANK_PERIOD : ren && found.label.trim().endsWith('hovedforfall') && !found.label.startsWith('forny') ? RANK_HOVEDFORFALL : RANK_RENEWAL;
    renewal.push({ value: d, u, offset: at, rank, how: written(u, found.index, found.label.length) });
  }
}

/** A header field's date label (lower case): «Utstedt», «Utferda», «Dato», «Gjelder fra», «Gjelder til», «Hovedforfall», «Fornyes». */
const DATE_LABEL_G = /\b(?:utstedt|utferda|utferdet|utskrevet|dato|gjelder (?:fra|til)|gjeld (?:frå|til)|gyldig (?:fra|til)|hovedforfall|hovudforfall|fornyes|forsikringstid|forsikringsperiode|avtaleperiode)(?![a-zæøå])/g;
/** Dates one after another with blanks alone between them (lower case, from a text's start): «05.02.2025 15.02.2025». */
const DATE_RUN_NEXT = new RegExp(String.raw`^\s+(${DATE_SOURCE})`);

/**
 * The date a label stands for where a cell of labels run together stands over a run of dates — «Utstedt Gjelder fra» and
 * «05.02.2025 15.02.2025», a header's two lines joined into one unit (lower case `l`, the label at `labelAt`, the first date
 * at `dateAt`): the date in the label's place in its run, and its offset from `dateAt`. 'unclear' where the run holds
 * more than one label and the counts of labels and dates differ; undefined where the label stands alone before its date.
 */
function labelRunDate(l: string, labelAt: number, dateAt: number): { text: string; offset: number; issued?: { text: string; offset: number; label: string; index: number } } | 'unclear' | undefined {
  const cellStart = Math.max(l.lastIndexOf('\t', labelAt), l.lastIndexOf('\n', labelAt)) + 1;
  const between = l.slice(labelAt, dateAt);
  // (only the label's own cell, its date in the next: «utstedt gjelder fra\t05.02.2025»)
  if (/[\d]/.test(l.slice(cellStart, labelAt)) || /\t.*\S.*\t/.test(between)) return undefined;
  const before = l.slice(cellStart, labelAt).match(DATE_LABEL_G)?.length ?? 0;
  const dates: Array<{ text: string; offset: number }> = [];
  const first = new RegExp(DATE_SOURCE, 'y');
  first.lastIndex = dateAt;
  const m0 = first.exec(l);
  if (m0 === null) return undefined;
  dates.push({ text: m0[0], offset: 0 });
  let pos = dateAt + m0[0].length;
  for (let next = DATE_RUN_NEXT.exec(l.slice(pos)); next !== null; next = DATE_RUN_NEXT.exec(l.slice(pos))) {
    dates.push({ text: next[1]!, offset: pos - dateAt + next[0].length - next[1]!.length });
    pos += next[0].length;
  }
  if (before === 0 || dates.length === 1) return undefined;
  if (dates.length !== before + 1) return 'unclear';
  // (an issue date's label among the run, «Utstedt», is that date's: read with it, as the run pairs them)
  const labels = [...l.slice(cellStart, labelAt).matchAll(DATE_LABEL_G)];
  const k = labels.findIndex((x) => /^(?:utstedt|utferda|utferdet|utskrevet|dato)$/.test(x[0]));
  const issued = k < 0 ? undefined : { ...dates[k]!, label: labels[k]![0], index: cellStart + labels[k]!.index! };
  return { ...dates[before]!, ...(issued === undefined ? {} : { issued }) };
}

/** «Endring», «Endringsbevis», «Endring av forsikring»: how a document of a change during the period calls itself (lower case). */
const CHANGE_DOCUMENT = /^(?:endring|endringsbevis|endringsavtale|endring av (?:forsikringen|forsikringsavtalen|avtalen))$/;

/**
 * A document of a change during the period («Endring» in its letterhead, «Gjelder fra 15.01.2025»
 * beside «Hovedforfall 01.05.2025»): its first day is the change's, and the «Hovedforfall» is when the
 * insurance renews — the period's first day is no candidate. Any other document's candidates as they are.
 */
function ofChange(cands: Candidate[], units: readonly Unit[]): Candidate[] {
  const period = cands.filter((c) => c.rank === RANK_PERIOD);
  if (period.length === 0 || cands.every((c) => c.rank !== RANK_HOVEDFORFALL)) return cands;
  const change = units.slice(0, 15).some((u) => (u.row ? u.cells : [u.text]).some((c) => c.length <= 40 && CHANGE_DOCUMENT.test(lowerCase(c.trim()))));
  return change ? cands.filter((c) => c.rank !== RANK_PERIOD) : cands;
}

/**
 * A «Hovedforfall» a day after the stated period ends is the next renewal, not a second candidate
 * for this one: left out.
 */
function withoutNextRenewal(cands: Candidate[], periodEnds: Set<string>): Candidate[] {
  return cands.filter((c) => !(c.rank === RANK_HOVEDFORFALL && periodEnds.has(c.value)));
}

/** The same day a year later («2027-01-01» → «2028-01-01»). */
function yearAfter(iso: string): string {
  return `${Number(iso.slice(0, 4)) + 1}${iso.slice(4)}`;
}

/**
 * The renewal's candidates of the period the document states. Beside a period's first day, a
 * renewal phrase's date the day after the period ends or a year after its first day is the next
 * renewal, not this one («Gjelder fra: 01.01.2027» over «Fornyes: 01.01.2028»; «Ny verdivurdering
 * ved fornyelse 01.01.2028» in a certificate of «01.01.2027 - 31.12.2027»): left out. Another
 * renewal phrase's date beside a period's first day cannot be told from it: both weigh the same,
 * so that the warning names both and neither is used.
 */
function ofThisPeriod(cands: Candidate[], all: Unit[]): Candidate[] {
  const starts = new Set(cands.filter((c) => c.rank === RANK_PERIOD).map((c) => c.value));
  if (starts.size === 0 || !cands.some((c) => c.rank === RANK_RENEWAL && !starts.has(c.value))) return cands;
  const next = periodEndsFollowedBy(all);
  for (const s of starts) next.add(yearAfter(s));
  return cands.flatMap((c) => (c.rank !== RANK_RENEWAL || starts.has(c.value) ? [c] : next.has(c.value) ? [] : [{ ...c, rank: RANK_PERIOD }]));
}

const PERIOD_HINT = /\d\.\s?\d{1,2}\.\s?\d{2}.{0,8}?(?:-|–|—|til|t\.o\.m)/;
const PERIOD_END_RE = new RegExp(String.raw`${DATE}\s*(?:-|–|—|til|t\.o\.m\.?)\s*${DATE}`, 'g');

/** The days after each period end a document states («01.05.2024 - 30.04.2025» → 2025-05-01). */
function periodEndsFollowedBy(units: Unit[]): Set<string> {
  const out = new Set<string>();
  for (const u of units) {
    // (a period is two dates: most units have no date at all)
    if (!PERIOD_HINT.test(u.lower)) continue;
    PERIOD_END_RE.lastIndex = 0;
    for (let m = PERIOD_END_RE.exec(u.lower); m; m = PERIOD_END_RE.exec(u.lower)) {
      const end = readDate(m[2]!);
      if (end) out.add(dayAfter(end));
    }
  }
  return out;
}

function dayAfter(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// G

/** A sentence that names G: a G word, or a standalone «G» («1G utgjør», «(G)», «G=»). */
const G_WORD = new RegExp(BASE_AMOUNT.words.join('|'));
const G_STANDALONE = /(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ])G(?![A-Za-zÀ-ÖØ-öø-ÿ])/;
/**
 * Figures in kroner in a sentence about G: `kr 118.620`, `118 620 kroner`, `kr. 111 477`, `118 620,-`,
 * `106 399 kr`, or a bare figure of five or six digits (the plausible range decides) — never a part of a longer
 * number («Avtalenr.: 310488721 … 5 G» holds no G of 310 488), nor of a number joined to others by a hyphen or a
 * stroke (a broker's policy column «6508-330122» beside «10 G» holds no G of 330 122).
 */
const G_FIGURE = /(?:kr\.?\s*|nok\s*)?(?<!\d)(?<!\d[-/–])(\d{1,3}(?:[ .]\d{3})+(?!\d)|\d{5,6}(?!\d))(?![-/–]\d)(?:,(?:-|\d{1,2}))?(?:\s*(?:kr\.?|kroner|nok)(?![a-zæøå]))?/g;
/** «2 G (237 240 kr)», «7,25 G (203.000 kr)»: a figure right after a multiple of G other than 1 is that multiple in kroner. */
// («0,75 G  (tilsv. kr 97 620)»: an abbreviation's dot between, «tilsv.», «ca.», «dvs.», is no sentence's end)
const MULTIPLE_BEFORE = /(\d+(?:[.,]\d+)?)\s*g\b(?:[^.\d]|(?<=tilsv|tilsvarer|ca|dvs|kr|el|evt)\.){0,16}$/;
const NOT_G = new RegExp(BASE_AMOUNT.notG.join('|'));
/** What stands right before a former G given to compare: «mot kr», «(tidligere kr», «før:», nynorsk «tidlegare». */
// («G er nå kr 130 160, opp fra kr 124 028.», «… økt fra kr 124 028», nynorsk «auka frå»: the figure the change started from)
// («1 G = kr 130 160 (fra kr 124 028)»: a bare «fra» opening a bracket after the new G is the figure it changed from)
const FORMER_G = /(?:\((?:fra|frå)\s*(?:kr\.?\s*|nok\s*)?$)|(?:^|[\s(])(?:mot|tidligere|tidlegare|før|i fjor|i fjor var|(?:opp|ned|økt|øket|økte|auka|aukar|steget|stige|endret|endra)\s+(?:fra|frå))\s*:?\s*(?:kr\.?\s*|nok\s*)?$/;
/**
 * G said in the past tense right before its figure: «(Fra 1. mai 2024 til 30. april 2025 var G 124 028 kroner.)»,
 * «… grunnbeløpet var kr 124 028»: the G of a period that has ended, said to compare — no second G.
 */
const PAST_G = /(?:^|[\s(])(?:var\s+(?:g|grunnbeløpet|grunnsummen)|(?:g|grunnbeløpet|grunnsummen)\s+var)\s*:?\s*(?:på\s+)?(?:kr\.?\s*|nok\s*)?$/;
/** A sentence that states another money figure than G is not the «det» of a sentence before it. */
const OTHER_MONEY = /premie|pris|egenandel|forsikringssum|erstatning|betal|faktura|kostnad/;

/** The figures in range in a sentence (lower case) that can be G. */
function gFigures(s: string): Array<{ value: string; index: number }> {
  const out: Array<{ value: string; index: number }> = [];
  if (!/\d/.test(s)) return out;
  // clauses that state an average or an increase of G say nothing about its amount
  let clauseStart = 0;
  for (const clause of s.split(/(?<=[,;:])\s/)) {
    const skip = NOT_G.test(clause);
    G_FIGURE.lastIndex = 0;
    for (let m = G_FIGURE.exec(clause); m; m = G_FIGURE.exec(clause)) {
      if (skip) continue;
      const v = tryParseNumberText(m[1]!, { dots: 'thousands' });
      if (v === undefined || v.includes('.')) continue;
      if (compareDecimalText(v, String(BASE_AMOUNT.min)) < 0 || compareDecimalText(v, String(BASE_AMOUNT.max)) > 0) continue;
      const before = clause.slice(0, m.index);
      // («Nytt grunnbeløp er kr 130 160, mot kr 124 028 fra 1. mai 2024», «… (tidligere kr 124 028)»: last year's G, said to compare)
      // («(før: kr 124 028)»: the label's colon splits the clause; what stands before the figure is read across it)
      const across = s.slice(Math.max(0, clauseStart + m.index - 40), clauseStart + m.index);
      if (FORMER_G.test(before) || PAST_G.test(before) || FORMER_G.test(across)) continue;
      const mult = MULTIPLE_BEFORE.exec(before);
      if (mult && readDecimal(mult[1]!) !== '1') continue;
      // a year («2024») is not a figure of kroner; a date's year neither
      if (/^\d{4}$/.test(m[0].trim())) continue;
      out.push({ value: v, index: clauseStart + m.index });
    }
    clauseStart += clause.length + 1;
  }
  return out;
}

function gCandidates(all: Unit[], out: Candidate[]): void {
  for (let k = 0; k < all.length; k++) {
    const u = all[k]!;
    const aboutG = G_WORD.test(u.lower) || G_STANDALONE.test(u.text);
    if (!aboutG) continue;
    const sents = sentencesOf(u.text);
    for (let i = 0; i < sents.length; i++) {
      const { s, offset } = sents[i]!;
      const l = u.lower.slice(offset, offset + s.length);
      if (!G_WORD.test(l) && !G_STANDALONE.test(s)) continue;
      const here = gFigures(l);
      for (const f of here) out.push({ value: f.value, u, offset: offset + f.index, rank: 1, how: quoteShort(s) });
      if (here.length > 0 || !G_WORD.test(l) || /\d{4,}/.test(l.replace(/\d{1,2}\.\s*\d{1,2}\.\s*\d{2,4}|\b(?:19|20)\d{2}\b/g, ''))) continue;
      // «Grunnbeløpet (G) blir justert hvert år … Fra 1. mai 2024 er det 124 028 kroner.»: the next sentence
      const next = i + 1 < sents.length ? { u, ...sents[i + 1]! } : nextSentence(all, k);
      if (!next) continue;
      const nl = next.u.lower.slice(next.offset, next.offset + next.s.length);
      if (OTHER_MONEY.test(nl)) continue;
      const figs = gFigures(nl);
      if (figs.length === 1) out.push({ value: figs[0]!.value, u: next.u, offset: next.offset + figs[0]!.index, rank: 1, how: quoteShort(`${s} ${next.s}`) });
    }
  }
}

/** The first sentence of the unit after `k`, when it is running text (not a heading or a row). */
function nextSentence(all: Unit[], k: number): { u: Unit; s: string; offset: number } | undefined {
  const n = all[k + 1];
  if (!n || n.row || n.heading) return undefined;
  const first = sentencesOf(n.text)[0];
  return first ? { u: n, ...first } : undefined;
}

function quoteShort(s: string): string {
  return quote(s, 60);
}

// ---------------------------------------------------------------------------------------------
// Insurer

/** A name that carries a company word is strong evidence; a bare short name is weak (it may be a word or a bank). */
// (a marine mutual's name says what it is as a company form does: «Norwegian Hull Club», «Assuranceforeningen Skuld»,
// «Den Norske Krigsforsikring for Skib» — a listed name of its own with these words is the club's legal name)
const COMPANY_WORD = /(?:Forsikring|forsikring|Insurance|ASA|\bAS\b|NUF|A\/S|\bGjensidig\b|\bSE\b|plc|Ltd|Limited|\bAB\b|\bAG\b|DAC|S\.A\.|[Pp]ensjonskasse|\bClub\b|[Aa]ssuranseforening|[Aa]ssuranceforening)/;
/**
 * Words a Norwegian place name may begin with before its name proper («Øvre Eiker», «Indre Sogn»,
 * «Nord-Fron» is one word): a brannkasse named by such a place keeps both words.
 */
const PLACE_PREFIXES = ['Øvre', 'Nedre', 'Indre', 'Ytre', 'Midtre', 'Nord', 'Sør', 'Aust', 'Vest', 'Øst', 'Austre', 'Vestre', 'Østre', 'Store', 'Lille', 'Vesle', 'Nordre', 'Søndre'];
const PLACE_PREFIX = [...PLACE_PREFIXES, ...PLACE_PREFIXES.map((w) => w.toUpperCase())].join('|');
/**
 * An unlisted company in the business of insurance: one capitalised word before «Forsikring ASA»,
 * «Skadeforsikring AS» … (two before «Forsikring gjensidig», a mutual's form: «Varig Orkla Forsikring
 * gjensidig»), or a place (perhaps of two words, or two places joined by «og»: «Surnadal og Rindal
 * Branntrygdelag», a mutual of two municipalities) before «Brannkasse» or «Branntrygdelag», also in capitals
 * as a letterhead prints it («ØVRE EIKER BRANNKASSE»).
 */
const UNLISTED_FORM = new RegExp(
  String.raw`(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ&-])((?:(?:${PLACE_PREFIX}|[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+ og|[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ-]+ OG) (?=[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&-]* (?:Gjensidige |GJENSIDIGE )?(?:Brannkasse|BRANNKASSE|Branntrygdelag|BRANNTRYGDELAG)))?[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ&-]*(?: [A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?= [Ff]orsikring [Gg]jensidig\b))?) (?:(?:Skade)?[Ff]orsikring(?:sselskap)? (?:ASA|AS|NUF|[Gg]jensidig)\b|(?:Gjensidige |GJENSIDIGE )?(?:Brannkasse|BRANNKASSE|Branntrygdelag|BRANNTRYGDELAG)(?![A-Za-zæøåÆØÅ]))`,
  'g',
);

/**
 * An unlisted local mutual named by the form of its name, not by the list: a place (perhaps after
 * «Vestre», «Øvre» …) and a word that ends in «brannkasse» («Vestre Bygdebrannkasse», «Hornindal
 * Herredsbrannkasse»), or a place
 * and «gjensidige brannforsikring(sselskap)» («Tysnes Gjensidige Brannforsikring»); also in
 * capitals. Looked for only where «rannkasse» or «ANNKASSE» or «rannforsikring» is in the text.
 */
const MUTUAL_FORM = lazyPattern(
  () =>
    new RegExp(
      String.raw`(?:^|[^A-Za-zÀ-ÖØ-öø-ÿ&-])((?:(?:${PLACE_PREFIX}) )?(?:(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+ )?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ-]+brannkasse|(?:[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ-]+ )?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ-]+BRANNKASSE|[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]* (?:[Gg]jensidige [Bb]rannforsikring(?:sselskap)?|GJENSIDIGE BRANNFORSIKRING(?:SSELSKAP)?)))(?![A-Za-zÀ-ÖØ-öø-ÿ])`,
      'g',
    ),
);

/** A place written in capitals, as the model names it: «ØVRE EIKER» → «Øvre Eiker», «NORE-UVDAL» → «Nore-Uvdal»; other words as written. */
function placeName(s: string): string {
  // («SURNADAL OG RINDAL»: the «og» between two places stays lower case)
  const word = (w: string): string => (w === 'OG' ? 'og' : w === w.toUpperCase() ? w.split('-').map((p) => p.slice(0, 1) + lowerCase(p.slice(1))).join('-') : w);
  return s.split(' ').map(word).join(' ');
}

interface NameHit {
  insurer: string;
  u: Unit;
  offset: number;
  strong: boolean;
}

/**
 * Every name of the list, as written, in capitals as letterheads print it («EIKA FORSIKRING AS»),
 * and with the brand alone in capitals as logos and signatures write it («HELP Forsikring AS»,
 * «TRYG Forsikring»), longest first.
 */
interface InsurerName {
  insurer: string;
  n: string;
  strong: boolean;
}
const NAMES: InsurerName[] = INSURERS.flatMap((i) =>
  i.names.flatMap((n): InsurerName[] => {
    // (a name of one word is a word of the field as well, «Landbruksforsikring»: strong only with its company form)
    const strong = n.includes(' ') && COMPANY_WORD.test(n);
    if (!strong) return [{ insurer: i.name, n, strong }];
    const space = n.indexOf(' ');
    const variants: string[] = [n, n.toUpperCase(), space > 0 ? n.slice(0, space).toUpperCase() + n.slice(space) : n];
    return variants.filter((v, k) => variants.indexOf(v) === k).map((v) => ({ insurer: i.name, n: v, strong }));
  }),
).sort((a, b) => b.n.length - a.n.length);
/** The names by their first word: one pattern finds where a name can start, in one pass over a text. */
const BY_FIRST_WORD = new Map<string, typeof NAMES>();
for (const x of NAMES) {
  const w = x.n.split(/[ .]/)[0]!;
  BY_FIRST_WORD.set(w, [...(BY_FIRST_WORD.get(w) ?? []), x]);
}
const NAME_CHAR = /[A-Za-zÀ-ÖØ-öø-ÿ0-9]/;

// (no lookbehind for the start of the word: it is checked after a match, so that the engine can
// skip ahead on the names' first characters instead of testing a lookbehind at every character)
const FIRST_WORD = new RegExp(
  `(?:${[...BY_FIRST_WORD.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?![A-Za-zÀ-ÖØ-öø-ÿ0-9])`,
  'g',
);
const LISTED_FIRST = new Set(NAMES.map((x) => x.n.split(' ')[0]!));
/** The list's short names of one word («Gouda», «Chubb», «Tryg»): a brand a letterhead may put before any company form. */
const SHORT_NAMES: ReadonlySet<string> = new Set(INSURERS.map((i) => i.name).filter((n) => !n.includes(' ')));

/**
 * Words right before a name that say it carries the risk: «Forsikringsgiver er Storebrand»,
 * «Forsikringsselskap: Fremtind», «leveres av», «på vegne av», «agent for». A bare name after them
 * is as strong as a legal name.
 */
// (and the market whose members carry it, as a coverholder's certificate names it: «Enkelte assurandører ved Lloyd's», «Certain
// Underwriters at Lloyd's», «syndikat … ved Lloyd's»)
const RISK_BEFORE = /(?:forsikringsgiver|forsikringsgjevar|forsikringsselskap(?:et)?|risikobærer|assurandør|assurandører ved|underwriters at|syndicates? at|syndikat(?:er)? ved|leveres av|levert av|plassert i|på vegne av|agent for|underwritten by|insurer)\s*(?:er|:|;|-|–)?\s*$/;

/** «… har sine personalforsikringer i », «… er forsikret hos »: a staff page's sentence that places the insurances (vocabulary.ts, INSURER_IN_PROSE). */
const HELD_IN_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])[a-zæøå]*(?:${alternation(INSURER_IN_PROSE.insurances)})\s+(?:(?:${alternation(INSURER_IN_PROSE.possessive)})\s+)?(?:${alternation(INSURER_IN_PROSE.held)})\s+$`);
/** «… har avtale med » before the name, «om yrkesskadeforsikring» after it. */
const AGREEMENT_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(?:${alternation(INSURER_IN_PROSE.agreement)})\s+$`);
const AGREEMENT_AFTER = /^\s+om\s+(?:[a-zæøå-]+\s+){0,3}?[a-zæøå-]*forsikring/;

function carriesRisk(t: string, at: number, length = 0): boolean {
  if (at === 0) return false;
  const before = lowerCase(t.slice(Math.max(0, at - 40), at));
  if (RISK_BEFORE.test(before) || HELD_IN_BEFORE.test(before)) return true;
  return length > 0 && AGREEMENT_BEFORE.test(before) && AGREEMENT_AFTER.test(lowerCase(t.slice(at + length, at + length + 60)));
}

/**
 * Is a name the sender's signature: a line of its own right under the closing greeting («Med
 * vennlig hilsen» / «Gouda»)? A bare brand there is as strong as a legal name: the letter is the
 * company's.
 */
function signs(u: Unit, above: Unit | undefined, at: number, length: number): boolean {
  if (!above || at !== 0 || u.text.trim().length !== length || u.lines.length > 1) return false;
  const last = above.lines[above.lines.length - 1]!;
  const first = u.lines[0]!;
  return first.page === last.page && first.line === last.line + 1 && GREETING.test(above.lower);
}

/** The longest unit an insurer's name is looked for in. */
const INSURER_LINE = 400;
/** A page run together in one line, as a transcript shows it: its page number, then the letterhead («1 Tryg Forsikring Postboks …»). */
const LETTERHEAD = /^\d{1,3}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;
const LETTERHEAD_LENGTH = 120;

/**
 * A long unit's text with only the letterheads of the pages run together in it kept (the first
 * words of each line that begins with a page number), the rest blanked so offsets stay those of
 * the text; undefined when it has none.
 */
function letterheads(u: Unit): string | undefined {
  let out: string | undefined;
  u.lines.forEach((l, k) => {
    if (!LETTERHEAD.test(l.text.trim())) return;
    const from = u.offsets[k]!;
    const to = Math.min(u.text.length, from + LETTERHEAD_LENGTH);
    out = (out ?? ' '.repeat(u.text.length)).slice(0, from) + u.text.slice(from, to) + (out ?? ' '.repeat(u.text.length)).slice(to);
  });
  return out;
}

/** How much of the end of a line and the start of the next a name broken over the two is looked for in. */
const BROKEN_NAME = 60;

/**
 * Listed names broken over two lines of a letterhead or footer («KLP» / «Skadeforsikring AS,
 * Postboks …», «Kommunal» / «Landspensjonskasse …»): each unit's end and the next line's start,
 * read as one line; a name counts when it starts in the first and ends in the second.
 */
function brokenNameHits(units: readonly Unit[], hits: NameHit[]): void {
  const isNameChar = (c: string | undefined): boolean => c !== undefined && NAME_CHAR.test(c);
  for (let k = 0; k + 1 < units.length; k++) {
    const a = units[k]!;
    const b = units[k + 1]!;
    if (a.text.length > INSURER_LINE || b.text.length > INSURER_LINE) continue;
    // (lines one under the other only: not across a blank line or a page)
    const last = a.lines[a.lines.length - 1]!;
    const first = b.lines[0]!;
    if (!follows(last, first)) continue;
    const tail = a.text.slice(-BROKEN_NAME);
    const t = `${tail} ${b.text.slice(0, BROKEN_NAME)}`;
    FIRST_WORD.lastIndex = 0;
    for (let m = FIRST_WORD.exec(t); m; m = FIRST_WORD.exec(t)) {
      const i = m.index;
      if (i >= tail.length) break;
      if (isNameChar(t[i - 1]) || (i === 0 && isNameChar(a.text[a.text.length - tail.length - 1]))) continue;
      const x = BY_FIRST_WORD.get(m[0])!.find((c) => t.startsWith(c.n, i) && !isNameChar(t[i + c.n.length]));
      if (!x || i + x.n.length <= tail.length) continue;
      const offset = a.text.length - tail.length + i;
      const strong = x.strong || carriesRisk(a.text, offset);
      // (a shorter name found in the line alone, «KLP» of «KLP» / «Skadeforsikring AS», is the same mention: the whole name is what it is)
      const same = hits.findIndex((h) => h.u === a && h.offset === offset);
      if (same >= 0) hits[same] = { insurer: x.insurer, u: a, offset, strong: strong || hits[same]!.strong };
      else hits.push({ insurer: x.insurer, u: a, offset, strong });
    }
  }
}

/** Where a prose placing may stand right before a name, in a long unit: see HELD_IN_BEFORE and AGREEMENT_BEFORE. */
const PROSE_PLACING = new RegExp(String.raw`(?:${alternation(INSURER_IN_PROSE.insurances)})\s+(?:(?:${alternation(INSURER_IN_PROSE.possessive)})\s+)?(?:${alternation(INSURER_IN_PROSE.held)})\s+|(?:${alternation(INSURER_IN_PROSE.agreement)})\s+`, 'g');

/**
 * A paragraph longer than a letterhead's line names the insurer where a sentence places the
 * insurances with it («Kommunen har sine personalforsikringer i KLP. …» in a staff page's long
 * paragraph): those names only, each as strong as a legal name.
 */
function proseHits(u: Unit, hits: NameHit[]): void {
  const l = u.lower;
  if (!l.includes('forsikr') && !l.includes('avtale')) return;
  PROSE_PLACING.lastIndex = 0;
  for (let m = PROSE_PLACING.exec(l); m; m = PROSE_PLACING.exec(l)) {
    const i = m.index + m[0].length;
    const word = /^[^\s.,;:()]+/.exec(u.text.slice(i))?.[0] ?? '';
    const x = BY_FIRST_WORD.get(word)?.find((c) => u.text.startsWith(c.n, i) && !NAME_CHAR.test(u.text[i + c.n.length] ?? ' '));
    if (x && carriesRisk(u.text, i, x.n.length)) hits.push({ insurer: x.insurer, u, offset: i, strong: true });
  }
}

/** Every mention of a listed insurer (longest name at a place), and of an unlisted one by its company form. */
function insurerHits(all: Unit[], groups: ReadonlyArray<readonly Unit[]>): NameHit[] {
  const hits: NameHit[] = [];
  const isNameChar = (c: string | undefined): boolean => c !== undefined && NAME_CHAR.test(c);
  for (let k = 0; k < all.length; k++) {
    const u = all[k]!;
    // the insurer is named in letterheads, signatures and footers: short lines, not paragraphs of
    // conditions — but a page copied as one line (a web transcript of a PDF) begins with its letterhead
    if (u.text.length > INSURER_LINE) proseHits(u, hits);
    const t = u.text.length <= INSURER_LINE ? u.text : letterheads(u);
    if (t === undefined) continue;
    /** Where the listed names of this text end: an unlisted name inside one is part of it («KNIF Trygghet Forsikring AS»). */
    const spans: Array<[number, number]> = [];
    FIRST_WORD.lastIndex = 0;
    for (let m = FIRST_WORD.exec(t); m; m = FIRST_WORD.exec(t)) {
      const i = m.index;
      if (isNameChar(t[i - 1])) continue;
      const x = BY_FIRST_WORD.get(m[0])!.find((c) => t.startsWith(c.n, i) && !isNameChar(t[i + c.n.length]));
      if (!x) continue;
      hits.push({ insurer: x.insurer, u, offset: i, strong: x.strong || carriesRisk(t, i, x.n.length) || signs(u, all[k - 1], i, x.n.length) });
      spans.push([i, i + x.n.length]);
    }
    // (the company form's pattern only where a company form can be)
    if ((t.includes('orsikring') && (t.includes(' AS') || t.includes(' NUF') || t.includes(' Gjensidig'))) || t.includes('Brannkasse') || t.includes('BRANNKASSE') || t.includes('rygdelag') || t.includes('RYGDELAG')) {
      UNLISTED_FORM.lastIndex = 0;
      for (let m = UNLISTED_FORM.exec(t); m; m = UNLISTED_FORM.exec(t)) {
        const at = m.index + m[0].indexOf(m[1]!);
        // (a local fire mutual: «Hjelmeland Brannkasse», «Hol Branntrygdelag»)
        const mutual = /(brannkasse|branntrygdelag)$/i.exec(m[0]);
        const brannkasse = mutual !== null;
        // (a bare brand found there, «Gouda» of «Gouda Forsikring AS», is named by its legal name)
        const bare = hits.findIndex((h) => h.u === u && h.offset === at && !h.strong && h.insurer === m![1]);
        if (bare >= 0 && !brannkasse) hits[bare]!.strong = true;
        if (spans.some(([a, b]) => at >= a && at < b)) continue;
        // a listed brand before a company form the list does not spell out («Gouda Forsikring AS»)
        // is that company; another listed first word («Norsk» of «Norsk Hussopp Forsikring») names none
        if (LISTED_FIRST.has(m[1]!.split(' ').pop()!)) {
          if (!brannkasse && SHORT_NAMES.has(m[1]!)) hits.push({ insurer: m[1]!, u, offset: at, strong: true });
          continue;
        }
        // (a brannkasse is named by its place: «Hjelmeland Brannkasse», not «Hjelmeland»)
        const name = mutual ? `${placeName(m[1]!)} ${mutual[1]![0]!.toUpperCase()}${lowerCase(mutual[1]!.slice(1))}` : m[1]!;
        hits.push({ insurer: name, u, offset: at, strong: true });
      }
    }
    mutualHits(u, t, hits);
  }
  for (const g of groups) brokenNameHits(g, hits);
  return hits;
}

/** The mutuals named by the form of their names (MUTUAL_FORM) in a text of a unit, added to the hits where no other name starts. */
function mutualHits(u: Unit, t: string, hits: NameHit[]): void {
  if (!t.includes('rannkasse') && !t.includes('RANNKASSE') && !t.includes('rannforsikring') && !t.includes('RANNFORSIKRING')) return;
  const re = MUTUAL_FORM();
  re.lastIndex = 0;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const at = m.index + m[0].indexOf(m[1]!);
    const end = at + m[1]!.length;
    // (a listed word inside the name is part of it: «Gjensidige» of «Tysnes Gjensidige Brannforsikring»)
    for (let k = hits.length - 1; k >= 0; k--) if (hits[k]!.u === u && hits[k]!.offset >= at && hits[k]!.offset < end) hits.splice(k, 1);
    hits.push({ insurer: placeName(m[1]!), u, offset: at, strong: true });
  }
}

/** «Vardia Forsikring AS – agent for …», «X Forsikring AS er forsikringsagent», «… formidler»: words after a name that make it an agent or a broker. */
const AGENT_AFTER = /^[\s,]*(?:[-–—]\s*)?(?:(?:er\s+|som\s+er\s+)?(?:(?:forsikrings)?agent|(?:forsikrings)?megler|formidler)(?![a-zæøå])|(?:som\s+)?(?:opptrer\s+)?på\s+vegne\s+av\b)/i;
/** «Forsikringene administreres av X», «formidles av», «selges av»: words before a name that make it the one who sells or runs the insurance for the insurer. */
const AGENT_BEFORE = /(?:administreres|administrert|formidles|formidlet|distribueres|distribuert|selges|seljast|forvaltes)\s+av\s*$/;

/** A name that is a broker's or an agent's (src/parse/vocabulary.ts), or is called one right after it: never the insurer. */
function intermediary(h: NameHit): boolean {
  const t = h.u.text;
  if (INTERMEDIARIES.some((n) => t.startsWith(n, h.offset) && !NAME_CHAR.test(t[h.offset + n.length] ?? ' '))) return true;
  // (the name runs to the next capitalised word's end: read past the company form — not past its
  // sentence's full stop: «Forsikringsgiver er Insr Insurance Group ASA. Instabank ASA formidler …»
  // calls the bank, the next sentence's subject, the agent)
  const rest = t.slice(h.offset).replace(/^[^\s.]+(?:\s+(?:[A-ZÀ-ÖØ-Þ][^\s.]*|A\/S))*/, '');
  if (AGENT_BEFORE.test(lowerCase(t.slice(Math.max(0, h.offset - 40), h.offset)))) return true;
  const agent = AGENT_AFTER.exec(rest.slice(0, 40));
  // («Fremtind Forsikring AS / på vegne av SpareBank 1 Østlandet» under a letter: the insurer writes
  // for the bank that sells its insurance — a bank carries no risk, so the writer is no agent of one)
  return agent !== null && !(agent[0].endsWith('av') && FOR_BANK.test(rest.slice(agent[0].length, agent[0].length + 40)));
}
/** A bank named right after «på vegne av»: «SpareBank 1 Østlandet», «Sparebanken Vest», «banken din». */
const FOR_BANK = /^\s*(?:\S+\s+)?(?:spare)?bank(?:en)?(?![a-zæøå])/i;

/** The bodies of the list that are the insurer only when no other is named (vocabulary.ts, `onlyAlone`). */
const ONLY_ALONE: ReadonlySet<string> = new Set(INSURERS.filter((i) => i.onlyAlone).map((i) => i.name));

/** Brand names of the list (vocabulary.ts, `brands`), by insurer: «SpareBank 1 Forsikring» is also the brand Fremtind writes under. */
const BRANDS = INSURERS.flatMap((i) => (i.brands ?? []).map((n) => ({ insurer: i.name, n })));
const FORM_AFTER = /^\s+(?:AS|ASA)\b/;

/** A hit of a brand name without its company form (not «SpareBank 1 Forsikring AS»). */
function brandHit(h: NameHit): boolean {
  return BRANDS.some((b) => b.insurer === h.insurer && h.u.text.startsWith(b.n, h.offset) && !FORM_AFTER.test(h.u.text.slice(h.offset + b.n.length)));
}

/** A policyholder's or an employer's label right before a name («Forsikringstaker: », «Arbeidsgiver\t»). */
const HOLDER_BEFORE = new RegExp(String.raw`(?:^|[^a-zæøå])(?:${alternation(POLICYHOLDER_BEFORE)})\s*[:;]?\s*$`);

/** A name given as the policyholder's or the employer's by its label: that body is insured, it does not insure. */
function policyholder(h: NameHit): boolean {
  return HOLDER_BEFORE.test(lowerCase(h.u.text.slice(Math.max(0, h.offset - 40), h.offset)));
}

/** «… filial av Tryg Forsikring A/S», «Norwegian branch of …»: the company a branch belongs to. */
const BRANCH_OF = /(?:filial|avdeling|branch)\s+(?:av|of)\s*$/;

/**
 * A name given as the company a branch belongs to («Codan Forsikring, filial av Tryg Forsikring
 * A/S»): the branch is the insurer the document speaks for, its owner is named for the law's sake.
 */
function branchOwner(h: NameHit): boolean {
  return BRANCH_OF.test(lowerCase(h.u.text.slice(Math.max(0, h.offset - 30), h.offset)));
}

/** «Reassurert i», «gjenforsikret hos», «reassurandør:» right before a name: the company reinsures the insurer, and is none. */
const REINSURER_OF = /(?:reassurert|gjenforsikr(?:et|a)|reassuranse|gjenforsikring)\s+(?:i|hos|av|gjennom)\s*$|reassurandør(?:en)?\s*(?:er\s*)?:?\s*$/;

/** Is a name given as the insurer's reinsurer (REINSURER_OF)? A cheap test first. */
function reinsurer(h: NameHit): boolean {
  const before = h.u.text.slice(Math.max(0, h.offset - 30), h.offset);
  return (before.includes('ssur') || before.includes('jenforsikr')) && REINSURER_OF.test(lowerCase(before));
}

/** «Krigsrisiko dekkes av», «… er forsikret hos», nynorsk «dekkast av» right before a name (lower case). */
const COVERED_BY = /(?:dekkes|dekkast|dekket|dekka|forsikres|forsikrast|(?:er|vert|blir)\s+forsikr(?:et|a))\s+(?:av|hos|i)\s*$/;
/** A negation in the rest of the sentence after the name: «… og er ikke med i denne polisen» (lower case). */
const NOT_IN_SENTENCE = /^[^.!?]*\b(?:ikke|ikkje)\b/;

/**
 * «Krigsrisiko dekkes av Den Norske Krigsforsikring for Skib (DNK) og er ikke med i denne polisen.»: a company named as
 * the one that covers what this policy does not — a hull certificate names the war-risk club so — is another policy's
 * insurer, not this one's (it had stood beside the certificate's own club as a rival, and no insurer was read).
 */
function coversElsewhere(h: NameHit): boolean {
  const before = lowerCase(h.u.text.slice(Math.max(0, h.offset - 30), h.offset));
  if (!COVERED_BY.test(before)) return false;
  // («Krigsrisiko er ikke dekket. Krig dekkes i Den Norske Krigsforsikring for Skib.»: the sentence right before says this
  // policy leaves the risk out — the same as a negation after the name)
  return NOT_IN_SENTENCE.test(lowerCase(h.u.text.slice(h.offset))) || NOT_COVERED_BEFORE.test(lowerCase(h.u.text.slice(Math.max(0, h.offset - 120), h.offset)));
}
/** The sentence right before the name's says a risk is not covered: «Krigsrisiko er ikke dekket. Krig dekkes i …» (lower case). */
const NOT_COVERED_BEFORE = /\b(?:ikke|ikkje)\s+(?:dekket|dekka|dekt|med|omfattet|omfatta|inkludert)\b[^.!?]*[.!?]\s+[^.!?]*$/;

/**
 * «… er et varemerke for», «… varemerke i», «… er en del av», «… eies av» right before a name: the company owns a brand;
 * and a web page's «© Insr Insurance Group ASA» under the brand's letterhead: the owner of the page.
 */
const BRAND_OF = /(?:varemerke\s+(?:for|av|i|under|hos|som\s+tilhører|tilhørende|eid\s+av)|(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?|(?:^|[^a-zæøå])er\s+en\s+del\s+av|(?:^|[^a-zæøå])(?:eies|eigast|eid|eigd)\s+av|trademark\s+of)\s*$/;

/** Is a name given as a brand's owner (BRAND_OF)? A cheap test first: one of the words in the text before it. */
function brandOwner(h: NameHit): boolean {
  const before = h.u.text.slice(Math.max(0, h.offset - 40), h.offset);
  return (before.includes('varemerke') || before.includes(' av') || before.includes('trademark') || before.includes('©') || before.includes('opyright')) && BRAND_OF.test(lowerCase(before));
}

/**
 * The companies named as a brand's owner («Trofast Forsikring er et varemerke for Nordvik
 * Forsikring ASA»): the document speaks for the brand of its letterhead, and the owner is the owner
 * wherever the document names it again («Nordvik Forsikring ASA står under tilsyn av …»).
 */
function brandOwners(hits: readonly NameHit[]): Set<string> {
  return new Set(hits.filter(brandOwner).map((h) => h.insurer));
}

/**
 * The insurer: the company (from the list of non-life insurers in Norway, or an unlisted one by
 * its company form) the document names most, a legal name counting three times a bare short
 * name. Named once by a bare short name only is not enough; two companies named alike is a
 * warning and no insurer.
 */
/** The hits of the insurers a document names when it names several and none is used (a broker's overview); else undefined. */
function readInsurer(r: Reading, all: Unit[]): NameHit[] | undefined {
  const lines = headerLineNames(all);
  // (a listed word in such a line is part of its name: «Gjensidige» of «Tysnes Gjensidige»)
  const named = insurerHits(all, [r.running, r.units]).filter((h) => !lines.some((l) => l.u === h.u) && !branchOwner(h) && !reinsurer(h) && !coversElsewhere(h));
  // (a brand's owner is no insurer of the document — unless nothing else names one: «Gjensidige
  // Pensjon er en del av Gjensidige Forsikring ASA» under Gjensidige's own letterhead)
  const owners = brandOwners(named);
  const notOwned = owners.size > 0 ? named.filter((h) => !owners.has(h.insurer)) : named;
  // («insr forsikring» in lower case at the head, and only «Insr er et varemerke for Insr Insurance Group ASA» at the foot: the
  // owner named nowhere else, and no other company — the company that carries the risk under the brand is the insurer, as the
  // README's convention reads a brand beside its company)
  const unowned = notOwned.length > 0 || lines.length > 0 ? notOwned : named.filter((h) => !brandOwner(h));
  const found = unowned.length === 0 && lines.length === 0 && owners.size === 1 ? named : unowned;
  // (a company called an agent or a broker once is one wherever the document names it)
  // (and a body named as the policyholder or the employer — «Forsikringstaker: Statens pensjonskasse» — is insured there, not the insurer)
  const agents = new Set(found.filter((h) => intermediary(h) || policyholder(h)).map((h) => h.insurer));
  const kept = found.filter((h) => !agents.has(h.insurer));
  // (a body that is the insurer only when named alone — the state's scheme — yields to another
  // insurer named enough to be read: once by its legal name, or twice)
  // (a brand name without its form yields likewise to another company's legal name: «SpareBank 1 Forsikring» over «Fremtind Forsikring AS»)
  const legal = new Set(kept.filter((h) => h.strong && !brandHit(h)).map((h) => h.insurer));
  const others = kept.filter((h) => !ONLY_ALONE.has(h.insurer) && !(brandHit(h) && [...legal].some((n) => n !== h.insurer)));
  const hits = others.some((h) => h.strong) || others.length > 1 ? others : kept;
  const own = originalsOwn(all, hits);
  const decided = decideInsurer(r, own, all[0]);
  if (decided === 'none') fromHeaderLine(r, lines);
  return decided === 'warned' ? own : undefined;
}

/**
 * «1. EIENDOM (Gjensidige Forsikring ASA, avtale 84 411 907)» … «2. ANSVAR (Protector Forsikring ASA, polise PA-77120)»: in
 * a document that names several insurers and none is its own (a broker's overview), a number read from a line that names
 * one of them is that insurer's policy, not the document's: a warning, and no number.
 */
function sectionsNumber(r: Reading, several: readonly NameHit[]): void {
  const t = r.trace.get('policy_number');
  if (r.policy.policy_number === undefined || !t) return;
  const on = several.find((h) => h.u.lines.some((l) => l.page === t.page && l.line === t.line));
  if (!on) return;
  r.warnUnit(on.u, `policy number: ${r.policy.policy_number} stands beside ${on.insurer}, one of the several insurers the document names; it is that insurer's, not the document's, and is not used`);
  delete r.policy.policy_number;
  r.trace.delete('policy_number');
}


/**
 * A forwarded e-mail: the unit where the message it forwards begins (a marker line, else the last
 * of two «Fra:» headers or more, each over the message's «Sendt:» or «Til:»), or undefined when the
 * document is none.
 */
function originalMessage(all: readonly Unit[]): Unit | undefined {
  const marked = all.find((u) => u.text.length < 80 && FORWARD_MARK.test(u.text.trim()));
  if (marked) return marked;
  // (a «Fra:» header is followed by the message's other headers, «Sendt:», «Til:»; «Fra: 01.01.2026» of a period is none)
  const label = (u: Unit | undefined): string => (u?.label === undefined ? '' : lowerCase(u.label.trim()));
  const froms = all.filter((u, i) => MAIL_FROM.has(label(u)) && MAIL_NEXT.has(label(all[i + 1])));
  return froms.length > 1 ? froms[froms.length - 1] : undefined;
}

/**
 * The names of the message a forward quotes, where it names one: the forwarder's own part (its
 * signature, «Aas Forsikring AS» of a broker or an agent) names who passes the document on, not
 * the company that wrote it. All the hits otherwise.
 */
function originalsOwn(all: readonly Unit[], hits: NameHit[]): NameHit[] {
  const start = originalMessage(all);
  if (start === undefined) return hits;
  // («Fra: Storebrand Bedrift <bedrift@storebrand.no>» over «Emne: SV: …» and the client's question quoted under it: the
  // insurer's own reply is the letter, its signature the insurer's — no forwarder's — and the quoted question names none)
  const top = all.find((u) => u.label !== undefined && MAIL_FROM.has(lowerCase(u.label.trim())));
  if (top !== undefined && all.indexOf(top) < all.indexOf(start) && replies(all, top) && fromInsurer(all, top)) return hits;
  // («Fra: …@gallagher.no» over «Emne: RE: …», «Forsikringsselskap: HDI Global SE» in it: a broker's reply is the letter,
  // the client's question quoted under it — «Fornyer vi hos Gjensidige igjen?» — only what it answers: the reply's names)
  if (top !== undefined && all.indexOf(top) < all.indexOf(start) && replyIsLetter(all, top, start)) {
    const at = start.lines[0]!;
    const before = hits.filter((h) => {
      const l = h.u.lines[0]!;
      return l.page < at.page || (l.page === at.page && l.line < at.line);
    });
    return before.length > 0 ? before : hits;
  }
  const at = start.lines[0]!;
  const inside = hits.filter((h) => {
    const l = h.u.lines[0]!;
    return l.page > at.page || (l.page === at.page && l.line >= at.line);
  });
  return inside.length > 0 ? inside : hits;
}

/**
 * «Fra: Enter Forsikring <kundeservice@…>» over «Emne: SV: …», «Polisenummer: 5100 2287 14» and the client's question quoted
 * under «-----Opprinnelig melding-----» («Jeg har innboforsikring hos dere fra før (polise 5100 1876 30)»): the insurer's
 * own reply is the document, and a number the client's question names is another insurance's — no candidate, where the
 * reply states one of its own (as the reply's signature, not the question's, names the insurer: originalsOwn).
 */
function questionsNumbersAside(r: Reading, all: readonly Unit[], numbers: Candidate[]): void {
  const start = originalMessage(all);
  if (start === undefined) return;
  const top = all.find((u) => u.label !== undefined && MAIL_FROM.has(lowerCase(u.label.trim())));
  if (top === undefined || all.indexOf(top) >= all.indexOf(start) || !replies(all, top) || !fromInsurer(all, top)) return;
  const at = start.lines[0]!;
  const quoted = (c: Candidate): boolean => {
    const l = c.u.lines[0];
    return l !== undefined && (l.page > at.page || (l.page === at.page && l.line >= at.line));
  };
  if (!numbers.some((c) => !quoted(c))) return;
  // (set aside, not unread: the question's line is no number the document failed to read)
  for (let k = numbers.length - 1; k >= 0; k--) {
    if (!quoted(numbers[k]!)) continue;
    if (!numbers[k]!.u.row) r.used.add(numbers[k]!.u);
    numbers.splice(k, 1);
  }
}

/** The insurer the hits name (set on the policy), 'warned' when two are named alike, 'none' when none is named enough. */
function decideInsurer(r: Reading, hits: NameHit[], opening?: Unit): 'read' | 'warned' | 'none' {
  if (hits.length === 0) return 'none';
  // («HDI Global Specialty SE» by its legal name, «HDI Generelt ansvar NO 01/2024» and «HDI-NO-LIA-…» bare: a name that is
  // only ever bare and begins another company's legal name in the document is that company's short name, no rival)
  const legal = new Set(hits.filter((h) => h.strong).map((h) => h.insurer));
  const shortOf = (name: string): string | undefined => {
    if (legal.has(name)) return undefined;
    const longer = [...legal].filter((l) => l.startsWith(`${name} `));
    return longer.length === 1 ? longer[0] : undefined;
  };
  const score = new Map<string, number>();
  for (const h of hits) {
    const name = shortOf(h.insurer) ?? h.insurer;
    // (a bare name that opens the document is its letterhead, «SpareBank 1» over a web page: named as
    // much as twice elsewhere, still short of a legal name)
    score.set(name, (score.get(name) ?? 0) + (h.strong ? 3 : h.u === opening && h.offset === 0 ? 2 : 1));
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, points] = ranked[0]!;
  if (points < 2) return 'none';
  // another insurer named nearly as much (a broker's overview of several companies, a co-insurance):
  // not guessed
  // (a name only ever named bare, beside another company's name, is a list of companies, not the insurer)
  const bareOnly = !hits.some((h) => h.insurer === best && h.strong);
  const rivals = ranked.filter(([n, p]) => n === best || (bareOnly ? p >= 1 : p >= 2 && p * 2 >= points)).map(([n]) => n);
  if (rivals.length > 1) {
    const first = hits.find((h) => h.insurer === rivals[0])!;
    r.warnUnit(first.u, `insurer: the document names ${rivals.map((n) => `«${n}»`).join(' and ')}; none is used`);
    return 'warned';
  }
  const first = hits.find((h) => h.insurer === best && h.strong) ?? hits.find((h) => h.insurer === best)!;
  r.policy.insurer = best;
  r.atUnit('insurer', first.u, first.offset);
  return 'read';
}

/** How many lines of the first page a letterhead's name is looked for in. */
const HEADER_LINES = 12;
/**
 * A short line that is a company's name alone: one or two capitalised words, then «Forsikring»,
 * «Brannkasse» or «Gjensidige» («Sunndal Forsikring», «Indre Sogn Brannkasse»), as a letterhead
 * prints a local brannkasse's or a mutual's name without its company form.
 */
const NAME_LINE = /^([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]+(?: [A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]+)?) (Forsikring|Brannkasse|Gjensidige|BRANNKASSE)$/u;
/** Words before «Forsikring» that make a heading, not a name: «Din forsikring», «Ny Forsikring», «Kollektiv Forsikring». */
const NOT_NAME = new Set(['din', 'dine', 'di', 'dykkar', 'deres', 'vår', 'våre', 'ny', 'nye', 'nytt', 'privat', 'kollektiv', 'obligatorisk', 'frivillig', 'lovpålagt', 'samlet', 'samla', 'annen', 'anna', 'andre', 'om', 'til', 'for', 'og', 'med', 'uten', 'utan', 'ekstra', 'pluss', 'standard', 'basis', 'topp', 'super', 'total', 'kombinert', 'kombinerte', 'norsk', 'norske', 'gjensidig', 'gjensidige', 'bedrift', 'næring', 'landbruk', 'person']);

/**
 * The lines among the first of the document that are a company's name alone (NAME_LINE), the
 * first words naming no listed company and no product («Reise Forsikring» is a heading): each with
 * the name as the model gives it («Sunndal» — without «Forsikring», as a company form is left out —
 * «Indre Sogn Brannkasse», «Tysnes Gjensidige»).
 */
function headerLineNames(all: readonly Unit[]): Array<{ name: string; u: Unit }> {
  const out: Array<{ name: string; u: Unit }> = [];
  for (const u of all) {
    const l = u.lines[0]!;
    if (l.page !== 1 || l.line > HEADER_LINES || u.lines.length > 1) continue;
    const m = NAME_LINE.exec(u.text.trim());
    if (!m || LISTED_FIRST.has(m[1]!.split(' ')[0]!) || namesProduct(m[1]!) || m[1]!.split(' ').some((w) => NOT_NAME.has(lowerCase(w)))) continue;
    // (a broker's or an agent's name is never the insurer)
    if (INTERMEDIARIES.some((n) => u.text.trim().startsWith(n))) continue;
    // (a brannkasse in capitals, «KVAM BRANNKASSE», is named as its place is: «Kvam Brannkasse»)
    out.push({ name: m[2] === 'Forsikring' ? m[1]! : m[2] === 'BRANNKASSE' ? `${placeName(m[1]!)} Brannkasse` : `${m[1]!} ${m[2]!}`, u });
  }
  return out;
}

/** The insurer from the first lines' names (headerLineNames) when nothing else names one; two names that differ are a warning. */
function fromHeaderLine(r: Reading, lines: ReadonlyArray<{ name: string; u: Unit }>): void {
  const names = [...new Set(lines.map((l) => l.name))];
  if (names.length === 0) return;
  if (names.length > 1) {
    r.warnUnit(lines[0]!.u, `insurer: the first lines name ${names.map((n) => `«${n}»`).join(' and ')}; none is used`);
    return;
  }
  r.policy.insurer = names[0]!;
  r.atUnit('insurer', lines[0]!.u, 0);
}

// ---------------------------------------------------------------------------------------------
// An e-mail's date headers

/** The labels of a mail's date header, in lower case: «Sendt:», «Dato:», «Date:», «Sent:». */
const MAIL_DATE_LABELS: ReadonlySet<string> = new Set(['sendt', 'dato', 'date', 'sent']);

/** Is the unit at `at` a mail's date header: its label one of MAIL_DATE_LABELS, beside another header of the mail («Fra:», «Til:», «Emne:»)? */
function mailDateHeader(all: readonly Unit[], at: number): boolean {
  const label = (u: Unit | undefined): string => (u?.label === undefined ? '' : lowerCase(u.label.trim()));
  if (!MAIL_DATE_LABELS.has(label(all[at]))) return false;
  const beside = (u: Unit | undefined): boolean => MAIL_FROM.has(label(u)) || MAIL_NEXT.has(label(u));
  if (!beside(all[at - 1]) && !beside(all[at + 1])) return false;
  // (a mail's header block names its sender: «Fra:» over «Sendt:», or Thunderbird's «Dato:» over «Fra:»;
  // a letter's own «Dato: 05.11.2024» over «Til: Verdal kommune» in a message's body has no «Fra:» in its
  // run of headers — it is the letter's date, read as any «Dato:» field)
  const run = (step: number): boolean => {
    for (let k = at + step; k >= 0 && k < all.length && Math.abs(k - at) <= 6 && beside(all[k]); k += step) if (MAIL_FROM.has(label(all[k]))) return true;
    return false;
  };
  return run(-1) || run(1);
}

/**
 * The lower-case one-word names of the list's insurers («if», «tryg», «klp»), and a name of two words or
 * more run together as a domain writes it («SpareBank 1» → «sparebank1»): an e-mail address's domain.
 */
const INSURER_DOMAINS: ReadonlySet<string> = new Set(INSURERS.flatMap((i) => [i.name, ...i.names]).map((n) => lowerCase(n).replace(/\s+/g, '')));

/** «forsikring» as a word of a mail's sender, its name or its address («Forsikring Skue Sparebank», «forsikring@bank.no»). */
const INSURANCE_DESK = /(?:^|[^a-zæøå0-9])forsikring(?:er)?(?![a-zæøå0-9])/;

/** A reply's subject: «Emne: SV: …», «Subject: RE: …», «Emne: Svar: …». */
const REPLY_SUBJECT = /^(?:sv|re|svar|aw)\s*:/;

/** Is the message under the «Fra:» header `from` a reply: its «Emne:» (a few lines under it) begins «SV:»/«RE:»? */
function replies(all: readonly Unit[], from: Unit): boolean {
  const at = all.indexOf(from);
  for (let k = at + 1; k < Math.min(all.length, at + 5); k++) {
    const u = all[k]!;
    const label = u.label === undefined ? '' : lowerCase(u.label.trim());
    if (label === 'emne' || label === 'subject') return REPLY_SUBJECT.test(lowerCase(u.text.slice(u.text.indexOf(':') + 1).trim()));
  }
  return false;
}

/** Does a mail's «Fra:» name an insurer: a listed name, or an address at a listed company's domain («kari.lunde@if.no»)? */
function fromInsurer(all: readonly Unit[], from: Unit): boolean {
  // (the line as written: the unit's text has lost «<kari.lunde@if.no>» with the markup)
  const line = from.lines.map((l) => l.text).join(' ');
  const t = lowerCase(line.slice(line.indexOf(':') + 1));
  const domain = /@([a-z0-9-]+)\./.exec(t)?.[1];
  if (domain !== undefined && INSURER_DOMAINS.has(domain)) return true;
  // («Fra: Forsikring Skue Sparebank <forsikring@skuesparebank.no>» over «Emne: SV: …»: a bank's insurance
  // desk, an insurer's agent, answers for the insurer — its reply, not the client's question it quotes,
  // is the letter; a forward («VS:») of a desk or a broker passes another's letter on)
  if (INSURANCE_DESK.test(t) && replies(all, from)) return true;
  // (a name in the header, «Fra: Tryg Forsikring <…>»: found as the insurer's name is found anywhere)
  return insurerHits([from], [[from]]).length > 0;
}

/**
 * Does a mail's «Fra:» name a broker, by its name or its address's domain («Camilla Strand
 * <marius.holt@gallagher.no>»)? A broker's reply («Emne: SV: …») answers the client with the
 * insurer's terms: it is the letter, and the client's question quoted under it is not (the broker's
 * forward, «VS:», passes the insurer's letter on instead — the quoted message is the letter then).
 */
function fromBroker(from: Unit): boolean {
  const line = from.lines.map((l) => l.text).join(' ');
  const t = line.slice(line.indexOf(':') + 1);
  const domain = /@([a-z0-9-]+)\./.exec(lowerCase(t))?.[1];
  if (domain !== undefined && brokerDomain(domain)) return true;
  return INTERMEDIARIES.some((n) => t.includes(n) && !NAME_CHAR.test(t[t.indexOf(n) + n.length] ?? ' '));
}

/** A letter's own marks folded away, as an e-mail domain writes a name: «söderberg» → «soderberg». */
function asDomain(name: string): string {
  return lowerCase(name).normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]/g, '');
}

/** The first word of each listed broker's name as a domain writes it («lockton», «aon», «howden», «soderberg»). */
const BROKER_DOMAINS: readonly string[] = [...new Set(INTERMEDIARIES.map((n) => asDomain(n.split(' ')[0]!)))];
/** How long a broker's word must be to be read at the start of a longer domain (not «aon» of «aonline»). */
const BROKER_PREFIX = 5;

/**
 * Is an e-mail address's domain a listed broker's: its first word («aon.com», «lockton.no»), or that word of five letters
 * or more at the start of a domain that adds a word to it («howdengroup.com», «soderbergpartners.no» — a broker's group
 * writes its name so, and the letters are folded: «Söderberg» is «soderberg» in an address)?
 */
function brokerDomain(domain: string): boolean {
  return BROKER_DOMAINS.some((w) => domain === w || (w.length >= BROKER_PREFIX && domain.startsWith(w)));
}

/**
 * The units of a reply's own part: from its «Fra:» header `top` up to the message it quotes (`start`), or undefined when the
 * quoted message is not under it.
 */
function replysOwn(all: readonly Unit[], top: Unit, start: Unit): readonly Unit[] | undefined {
  const a = all.indexOf(top);
  const b = all.indexOf(start);
  return a >= 0 && a < b ? all.slice(a, b) : undefined;
}

/**
 * Does a reply speak for the insurer though neither its sender's name nor address says so: its own part names an insurer
 * as the one that carries the risk — by its legal name, or after «leveres av», «forsikringsgiver er» — and the message it
 * quotes names none so? A bank's adviser signs «Skue Sparebank» / «Forsikringen leveres av Eika Forsikring AS» over the
 * client's question: the bank sells for the insurer, its reply is the letter, as an insurer's own or a broker's is.
 */
function replyNamesInsurer(all: readonly Unit[], top: Unit, start: Unit): boolean {
  const own = replysOwn(all, top, start);
  if (own === undefined) return false;
  const quoted = all.slice(all.indexOf(start));
  const strong = (units: readonly Unit[]): boolean => insurerHits([...units], [units]).some((h) => h.strong && !intermediary(h) && !policyholder(h));
  return strong(own) && !strong(quoted);
}

/**
 * Is the reply under the «Fra:» header `top` the letter, the message it quotes (from `start`) only what it answers: a
 * reply («Emne: SV: …») from a broker (fromBroker, or signed with a listed broker's name in its own part: «Kundeansvarlig
 * | Söderberg & Partners Insurance Brokers AS» under a sender's name alone) or one that names the insurer itself
 * (replyNamesInsurer).
 */
function replyIsLetter(all: readonly Unit[], top: Unit, start: Unit | undefined): boolean {
  if (!replies(all, top)) return false;
  if (fromBroker(top)) return true;
  if (start === undefined) return false;
  const own = replysOwn(all, top, start);
  if (own === undefined) return false;
  // (a broker's signature: the broker's listed name with its company form, on a line of the reply's own part)
  const signed = own.some((u) => u.text.length < 160 && INTERMEDIARIES.some((n) => u.text.includes(n) && companyFormAfter(u.text, u.text.indexOf(n) + n.length)));
  return signed || replyNamesInsurer(all, top, start);
}

/** A company form within the few words after a name's end («… Insurance Brokers AS», «… Norway AS»). */
function companyFormAfter(text: string, end: number): boolean {
  return /^(?:\s+[A-ZÀ-ÖØ-Þ&][\wÀ-ÖØ-öø-ÿ&.-]*){0,3}\s+(?:AS|ASA|A\/S|AB|Ltd\.?|Limited|NUF)(?![\wÀ-ÖØ-öø-ÿ])/.test(text.slice(end));
}

/** The «Fra:» header of the message a date header is in (a few lines above it), if any. */
function fromOf(all: readonly Unit[], date: Unit): Unit | undefined {
  const at = all.indexOf(date);
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) if (all[k]!.label !== undefined && MAIL_FROM.has(lowerCase(all[k]!.label!.trim()))) return all[k];
  return undefined;
}

/** An issue date's own label with its colon («Utstedt:», «Utstedelsesdato:»; not «Dato:», a mail's header too), in lower case. */
const ISSUED_LABEL = new RegExp(String.raw`(?:^|[^a-zæøå])(${alternation(DATES.issued.filter((l) => l !== 'dato'))})\s*:`);

/**
 * «Sendt: 3. november 2025 14:02» over a letter that states no date of its own: the date the letter
 * was sent is the date it was issued. Of a forward, the message it forwards (the last header block:
 * the forwarder's own «Sendt:» is the day it was passed on, not the letter's), or, where one of the
 * messages is from an insurer (its name, or its address's domain), that message; a date in a form
 * not read (an English «Monday, November 3, 2025») is a warning.
 */
function mailIssued(r: Reading, all: readonly Unit[], dates: Unit[], issued: Candidate[]): void {
  // (of several messages, the one the insurer sent — a reply of the insurer's own over the question it
  // answers, or the insurer's letter quoted under a client's reply; else the last, a forward's original)
  const fromAnInsurer = (d: Unit): boolean => {
    const f = fromOf(all, d);
    return f !== undefined && fromInsurer(all, f);
  };
  const own = dates.length > 1 ? dates.filter(fromAnInsurer) : [];
  // (none from an insurer: a broker's reply at the top — «Fra: …@gallagher.no», «Emne: RE: …» — is the letter, the
  // client's question quoted under it only what it answers)
  const top = dates.length > 1 && own.length === 0 ? fromOf(all, dates[0]!) : undefined;
  if (top !== undefined && replyIsLetter(all, top, originalMessage(all))) own.push(dates[0]!);
  // («Fra: Sindre Holm» over «Emne: SV: …», and under it the message it answers, «Fra: Marte Fjell»: a reply whose senders
  // name neither an insurer nor a broker — a page printed from a web mail keeps the names and drops the addresses in
  // «<…>». The insurer's answer over the client's question, or the client's reply over the insurer's letter: the page
  // does not tell which message is the letter, so neither day is its issue date — said, not guessed)
  const sentOn = (d: Unit): string | undefined => {
    const m = DATE_ANY.exec(d.text.slice(d.text.indexOf(':') + 1));
    return m ? readDate(m[0]) : undefined;
  };
  if (top !== undefined && own.length === 0 && replies(all, top) && new Set(dates.map(sentOn)).size > 1) {
    r.warnUnit(dates[0]!, `issue date: the reply and the message it quotes are sent on different days, and neither names an insurer; the date the message was sent is not used`);
    return;
  }
  const u = own.length === 1 ? own[0] : dates[dates.length - 1];
  if (u === undefined) return;
  // («Utstedt:» in the certificate under the mail, its date not read — a PDF's layout set it away from its label —:
  // the letter states its own date, so the day the message was sent is not that date; said, not guessed)
  const label = all.find((x) => !dates.includes(x) && ISSUED_LABEL.test(x.lower));
  if (label !== undefined) {
    r.warnUnit(label, `issue date: the document states it under «${ISSUED_LABEL.exec(label.lower)![1]}:», but its date could not be read there; the date the message was sent is not used`);
    return;
  }
  const m = new RegExp(DATE_SOURCE).exec(u.text.slice(u.text.indexOf(':') + 1));
  const d = m ? readDate(m[0]) : undefined;
  if (!m || d === undefined) {
    // («Sent: Monday, November 3, 2025 2:02 PM»: the only date of the letter, in a form not read — said, not dropped)
    if (/\d{4}/.test(u.text)) r.warnUnit(u, `issue date: could not read the date the message was sent in ${quote(u.text.trim())}`);
    return;
  }
  const offset = u.text.indexOf(':') + 1 + m.index;
  issued.push({ value: d, u, offset, rank: 0, how: written(u, u.text.indexOf(u.label!), u.label!.length) });
}

// ---------------------------------------------------------------------------------------------

/** «Hovedforfall 01.02.», «Hovedforfall: 1.2»: the yearly due date as a day and a month, without a year. */
const YEARLESS_DUE = /(?:^|[^a-zæøå])(hovedforfall|hovudforfall)\s*:?\s*(\d{1,2})\.(\d{1,2})\.?(?![\d.])/;

/**
 * «Gjelder fra 15.09.2026   Hovedforfall 01.02.» (a row of labels over its values, or fields): the
 * yearly due date without a year is the first such day on or after the period's first day — a
 * candidate as a «Hovedforfall» with its year, only where one first day is stated and no dated
 * «Hovedforfall» is.
 */
function yearlessDueDate(all: readonly Unit[], views: Map<Unit, Unit[]>, renewal: Candidate[]): void {
  if (renewal.some((c) => c.rank === RANK_HOVEDFORFALL)) return;
  const starts = [...new Set(renewal.filter((c) => c.rank === RANK_PERIOD).map((c) => c.value))];
  if (starts.length !== 1) return;
  const viewed = new Set([...views.values()].flat());
  for (const u of [...views.keys(), ...all.filter((x) => !viewed.has(x))]) {
    if (!u.lower.includes('forfall')) continue;
    const m = YEARLESS_DUE.exec(u.lower);
    const [day, month] = m ? [Number(m[2]), Number(m[3])] : [0, 0];
    if (!m || day < 1 || day > 31 || month < 1 || month > 12) continue;
    const start = starts[0]!;
    const year = Number(start.slice(0, 4));
    const mmdd = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const value = `${mmdd >= start.slice(5) ? year : year + 1}-${mmdd}`;
    if (readDate(`${day}.${month}.${value.slice(0, 4)}`) !== value) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    renewal.push({ value, u, offset: at, rank: RANK_HOVEDFORFALL, how: written(u, at, m[0].length - (at - m.index)) });
    return;
  }
}

/** A calendar date written as one: «09.12.2025», «9/12/2025», «2025-12-09». */
const DATE_LIKE = /^(?:\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})$/;

/**
 * A policy number's candidates without the dates among them: «Forsikringsnummer / Utstedt» over «3307-118845 / 09.12.2025»,
 * two columns of labels over values a reader paired the wrong way, offers the issue date as the number. A date is never a
 * policy number — it is dropped, and said where no other candidate is left.
 */
export function notDates(r: Reading, numbers: Candidate[]): void {
  const asDate = (v: string): string | undefined => readDate(/^\d{4}-/.test(v) ? v.split('-').reverse().join('.') : v.replace(/\//g, '.'));
  const dates = numbers.filter((c) => DATE_LIKE.test(c.value.trim()) && asDate(c.value.trim()) !== undefined);
  if (dates.length === 0) return;
  for (const c of dates) numbers.splice(numbers.indexOf(c), 1);
  if (numbers.length === 0) r.warnUnit(dates[0]!.u, `policy number: «${dates[0]!.value}» (${place(r, dates[0]!)}) is a date, not a policy number; no number is used`);
}

/** A policy label's word broken at a paragraph's line end and joined with a space: «forsikrings- nummer 6023 4418 71». */
const BROKEN_LABEL = /(?<=[a-zæøå])- (?=(?:nummer|nr)(?![a-zæøå]))/g;
/** A number's first characters on the line under a label that ends a paragraph's line: «BF-2025-883104.», «SP 815 530». */
const NUMBER_START = /^(?:[A-ZÆØÅ]{1,6}[- ]?)?\d/;

/**
 * A policy label wrapped in a paragraph, as a letter's prose breaks anywhere: the label's word broken at the line's end
 * («med forsikrings-» over «nummer 6023 4418 71, og her er svarene») or the label ending the line and the number beginning
 * the next («… og har forsikringsnummer» over «BF-2025-883104. Forsikringen trer i kraft …» — a capital starts it, so the
 * line was not read as the paragraph's). The label and its number as one text, or undefined.
 */
function wrappedLabel(u: Unit, next: Unit | undefined): Unit | undefined {
  if (u.row) return undefined;
  if (u.lines.length > 1 && u.lower.includes('- n')) {
    BROKEN_LABEL.lastIndex = 0;
    if (BROKEN_LABEL.test(u.lower)) {
      const text = u.text.replace(BROKEN_LABEL, '');
      return { ...u, text, lower: lowerCase(text), cells: [text] };
    }
  }
  if (!next || next.row || next.bullet || !NUMBER_START.test(next.text) || !POLICY_HINT.test(u.lower)) return undefined;
  const t = u.text.trimEnd();
  const labels = policyLabels(lowerCase(t));
  const last = labels[labels.length - 1];
  // (the label ends the line, a word of its own: «forsikringsnummer», not «… nummer 3» whose value is on the line)
  if (!last || last.index + last[0].length < t.replace(/[.:]+$/, '').length) return undefined;
  const text = `${t} ${next.text}`;
  const offsets = [...u.offsets, ...next.offsets.map((o) => o + t.length + 1)];
  return { ...u, text, lower: lowerCase(text), cells: [text], lines: [...u.lines, ...next.lines], offsets };
}

export function readHeader(r: Reading): void {
  const all = r.running.concat(r.units);
  const numbers: Candidate[] = [];
  const issued: Candidate[] = [];
  const renewal: Candidate[] = [];
  const g: Candidate[] = [];
  const mailDates: Unit[] = [];
  /** Units read through another view (a «key;value» line, labels over values) and the units they stand for. */
  const views = new Map<Unit, Unit[]>();
  for (let at = 0; at < all.length; at++) {
    const u = all[at]!;
    const pair = u.row ? labelsOverValues(u, all[at + 1]) : undefined;
    if (pair) {
      views.set(pair, [u, all[at + 1]!]);
      policyCandidates(r, pair, numbers);
      dateCandidates(r, pair, issued, renewal);
      at++;
      continue;
    }
    const wrapped = wrappedLabel(u, all[at + 1]);
    if (wrapped) {
      views.set(wrapped, wrapped.lines.length > u.lines.length ? [u, all[at + 1]!] : [u]);
      policyCandidates(r, wrapped, numbers);
    }
    const kv = keyValue(u);
    if (kv) views.set(kv, [u]);
    const stacked = kv || !u.row || !u.text.includes(':') ? undefined : unstack(u);
    // (a label whose value could not be told apart from its neighbours' in the run: said, not guessed)
    if (stacked && stacked.unread.length > 0) r.warnUnit(u, `the values of ${stacked.unread.map((l) => `«${l}»`).join(', ')} run together beside their labels and could not be told apart; not read`);
    const v = kv ?? stacked?.unit ?? u;
    policyCandidates(r, v, numbers, v === u ? all[at + 1] : undefined);
    // (an e-mail's «Sendt:» / «Dato:» header is the date a message was sent: weighed after the loop, not as a field «Dato»)
    if (mailDateHeader(all, at)) mailDates.push(u);
    else dateCandidates(r, v, issued, renewal);
  }
  yearlessDueDate(all, views, renewal);
  if (issued.length === 0) mailIssued(r, all, mailDates, issued);
  policyColumnCandidates(r.units, numbers);
  subjectCandidates(all, numbers);
  gCandidates(all, g);
  // the same number written with other separators is one number
  const byKey = new Map<string, string>();
  for (const c of numbers) {
    const k = policyKey(c.value);
    c.value = byKey.get(k) ?? (byKey.set(k, c.value), c.value);
  }
  agreementOverInsurances(numbers);
  notDates(r, numbers);
  questionsNumbersAside(r, all, numbers);
  decide(r, 'policy_number', numbers);
  decide(r, 'issued', issued);
  // (the period ends are needed only to weigh a «Hovedforfall» or a renewal phrase beside a period)
  // (a card's next renewal only where nothing else states the renewal)
  const stated = renewal.some((c) => c.rank > RANK_NEXT) ? renewal.filter((c) => c.rank > RANK_NEXT) : withoutNextBesideUnread(r, all, renewal);
  const due = stated.some((c) => c.rank === RANK_HOVEDFORFALL) ? ofChange(withoutNextRenewal(stated, periodEndsFollowedBy(all)), r.units) : stated;
  decide(r, 'renewal_date', ofThisPeriod(due, all));
  // (only a card's next renewal stated: the date the index regulation applies from, where the document states one, comes
  // before it — src/parse/extract.ts, linkDates)
  r.renewalNext = r.policy.renewal_date !== undefined && stated.every((c) => c.rank === RANK_NEXT);
  decide(r, 'base_amount_g', g, (v) => `kr ${v}`);
  for (const [view, units] of views) if (r.used.has(view)) for (const x of units) r.used.add(x);
  const several = readInsurer(r, all);
  if (several) sectionsNumber(r, several);
  readPersons(r);
}

// ---------------------------------------------------------------------------------------------
// Insured persons

const DIGIT = /\d/;
// («Antall sikrede / Insured persons:   4» on a travel certificate: «sikrede», the insured, as the terms call them)
const PEOPLE = /person|ansatte|tilsette|forsikrede|forsikra|sikrede|årsverk|arbeidstak|medlem/;
// («1 284 tilsette er omfatta av ordninga»: the passive, bokmål and nynorsk)
const STATES_COUNT = /^(?:antall|antal|talet på|tal på|tal|yrkesfordeling|forsikrede|ansatte|tilsette)\b|\bomfatter\b|\bomfattar\b|\b(?:er|blir|vert) omfatt(?:a|et)\b|\btil (?:sammen|saman)\b|\bforsikringen gjelder\b|\bforsikringa gjeld\b/;
// (a figure right before a label and its colon is the value of the label before: «Antall ansatte: 23
// Årsverk: 21,5» has 21,5 årsverk, not 23)
// (a figure that ends a number of its own is no count: «5841207-07 | Tilsette i Vinje kommune» is a
// policy number's suffix before the persons a cover insures)
// («Forsikringen gjelder for 2 personer: Kari Nyhus … og Ola Nyhus …»: the count before the colon that names them, in the sentence
// that says whom the insurance is for — a colon after the word had kept it from being read)
// («Antall ansatte (hovedtariffavtalen)   540» in a municipality's occupational injury certificate: the bracket says whose count
// it is, and the figure follows it across the gap of a row as after a colon)
const PERSONS_RE = /(?<![\d\-–/.,])(\d{1,3}(?:[ .]\d{3})+|\d+)\s+(?:personer|personar|ansatte|tilsette|forsikrede|forsikra|arbeidstakere|arbeidstakarar|medlemmer|medlemmar)(?![a-zæøå]|\s*:)|(?:antall|antal|talet på|tal på|tal) (?:forsikrede |forsikra )?(?:personer|personar|ansatte|tilsette|forsikrede|forsikra|sikrede|arbeidstakere|arbeidstakarar|medlemmer|medlemmar)(?:\s*\([^()\d]{1,60}\)\s*(?=:|\d)|\s*\/[^:\d]{1,40}(?=:)|(?:\s+(?!årsverk\b)[a-zæøå]+){1,6}(?=\s*:)|\s+er(?:\s+(?:nå|oppdatert|endret|justert))?(?:\s+til)?(?=\s+\d))?\s*:?\s*(\d{1,3}(?:[ .]\d{3})+|\d+)(?!\d|,\d)|(?:forsikringen gjelder|forsikringa gjeld) for (\d{1,3}(?:[ .]\d{3})+|\d+) (?:personer|personar|forsikrede|forsikra)(?=\s*:)/;
// (nor when a figure follows: «Antall ansatte   17   Årsverk   15,4», labels and values lined up by
// spaces without colons, has 15,4 årsverk — «Årsverk» there is the next value's label)
const FTE_RE = /(\d{1,3}(?:[ .]\d{3})*(?:,\d+)?|\d+(?:,\d+)?)\s+årsverk(?!\s*:)(?!\s+\d)|(?:antall |antal |tal )?årsverk\s*:\s*(\d{1,3}(?:[ .]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)|(?:antall |antal |tal )?årsverk\s+(\d+(?:,\d+)?)(?![\d ]*\s*(?:personer|ansatte|tilsette))/;
/**
 * «Ordningen har 23 medlemmer», «… gjelder 41 forsikrede», «Ved fornyelsen er 64 ansatte forsikret.», «58 ansatte meldt inn i ordningen»: the members or
 * insured counted in a sentence (not a limit of the terms: «minst 10 medlemmer», «inntil 5 forsikrede»).
 */
const COUNT_IN_SENTENCE = /(?<!\b(?:minst|minimum|maksimum|maks|inntil|opptil|over|under|enn|fra|til|og|eller)\s)(?<![\d.,]|\d\s)(?:\d{1,3}(?:[ .]\d{3})+|\d+)\s+(?:(?:medlemmer|medlemmar|forsikrede|forsikra)(?![a-zæøå]|\s*:)|(?:ansatte|tilsette|personer|personar|arbeidstakere|arbeidstakarar)\s+(?:er\s+|vert\s+|blir\s+)?(?:forsikret|forsikra|meldt\s+inn|innmeldt|med\s+i\s+(?:ordningen|ordninga|avtalen|avtala))(?![a-zæøå]))/;

/**
 * «- Yrkesskade: uendret, 28 ansatte.», «* Yrkesskade for 9 tilsette: pris 7 020 kr», «Premie yrkesskade: 58 900 (31
 * ansatte)»: an employee insurance's line that says how many it covers — the staff count, not a part of a breakdown
 * (a limit of the terms is none: «… bedrifter med minst 10 ansatte»; nor a count before a colon that does not go on to
 * its price: «Yrkesskade 14 ansatte: se liste»).
 */
const EMPLOYEE_COVER = /\b(?:yrkesskade|gruppeliv|personalforsikring|kollektiv ulykke)/;
const COVER_COUNT = /(?<!\b(?:minst|minimum|maksimum|maks|inntil|opptil|over|under|enn|fra|til|og|eller)\s)(?<![\d\-–/.,]|\d\s)(\d{1,3}(?:[ .]\d{3})+|\d+)\s+(?:ansatte|tilsette|personer|personar|arbeidstakere|arbeidstakarar)(?![a-zæøå]|\s*:(?!\s*(?:pris|premie|kr|nok)\b))/;

/**
 * A count of persons, exact: read from its digits, never through a floating-point number. A count
 * beyond 2^53 − 1 cannot be held exactly by the model's integer: refused (undefined), never rounded.
 */
export function exactCount(text: string): number | 'too large' | undefined {
  const digits = tryParseNumberText(text, { dots: 'thousands' });
  if (digits === undefined || digits.includes('.')) return undefined;
  if (compareDecimalText(digits, String(Number.MAX_SAFE_INTEGER)) > 0) return 'too large';
  return Number(digits);
}

/**
 * «Yrkesfordeling: 659 personer, 517,39 årsverk» and its breakdown «- Barnehageassistent: 659
 * personer, …». The first statement that is not a bullet is the total; bullets are its breakdown
 * (summed only when no total is stated). A total stated again is read once; stated again with
 * another count, it is a warning naming both, and no count is used.
 */
/** A statement of the insured persons: a count, full-time equivalents, or both, and where. */
interface PersonsStatement {
  u: Unit;
  count?: number;
  fte?: string;
  offset: number;
  /** the whole staff's count, also as a bullet: a labelled count («- Antall ansatte: 38») or an employee insurance's line */
  whole?: boolean;
}

/** Every unit that states a count of insured persons or of full-time equivalents. */
function personsStatements(r: Reading): PersonsStatement[] {
  const stmts: PersonsStatement[] = [];
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    // («Antall ansatte;7»: a «key;value» line, read as «key:value» — the same offsets)
    const l = u.lower.includes(';') ? (keyValue(u) ?? u).lower : u.lower;
    // both patterns need a figure, and a word for people
    if (!DIGIT.test(l) || !PEOPLE.test(l)) continue;
    const cm = EMPLOYEE_COVER.test(l) ? COVER_COUNT.exec(l) : null;
    const pm = PERSONS_RE.exec(l) ?? cm;
    const fm = l.includes('årsverk') ? FTE_RE.exec(l) : null;
    if (!pm && !fm) continue;
    // («Virksomhet: Elektroinstallasjon, bygg og industri, ca. 35 ansatte»: the firm described, not whom a cover insures —
    // a liability certificate's header; said in a warning, not read)
    if (u.label !== undefined && BUSINESS_DESCRIPTION_LABELS.has(lowerCase(u.label.trim()))) {
      r.warnUnit(u, `${quote(u.text)} describes the business; its count of employees is not read as the insured persons`);
      continue;
    }
    // a count alone counts only in a row or a line that states it («Antall forsikrede: 12 personer»)
    // («Yrkesskade (Protector): ingen endringer. Antall ansatte er oppdatert til 54.», «YRKESSKADE Antall ansatte: 42» —
    // a heading run into its first line: the count's label opening a sentence of its own)
    const labelled = pm?.[2] !== undefined && opensStatement(u.text.slice(0, pm.index));
    if (!fm && !cm && !labelled && !u.row && !STATES_COUNT.test(l) && !COUNT_IN_SENTENCE.test(l)) continue;
    const s: PersonsStatement = { u, offset: (pm ?? fm)!.index };
    if (cm !== null || pm?.[2] !== undefined || (fm?.[2] !== undefined && fm.index === 0)) s.whole = true;
    if (pm) {
      const n = exactCount((pm[1] ?? pm[2] ?? pm[3])!);
      if (n === 'too large') {
        r.warnUnit(u, `the count of insured persons ${quote((pm[1] ?? pm[2] ?? pm[3])!)} is larger than this tool holds exactly (2^53 − 1); not read`);
        continue;
      }
      if (n !== undefined) s.count = n;
    }
    if (fm) s.fte = readDecimal((fm[1] ?? fm[2] ?? fm[3])!);
    // running text that merely mentions people («personer som …») without a figure is skipped
    if (s.count === undefined && s.fte === undefined) continue;
    stmts.push(s);
  }
  return stmts;
}

/** Whether the text before a label leaves it opening a statement: nothing, a sentence's end, or a heading in capitals. */
function opensStatement(before: string): boolean {
  return before.trim() === '' || /[.:!?]\s+$/.test(before) || !/[a-zæøå]/.test(before);
}

function readPersons(r: Reading): void {
  type Stmt = PersonsStatement;
  const stmts = personsStatements(r);
  if (stmts.length === 0) return;
  const total = stmts.find((s) => (!s.u.bullet || s.whole) && s.count !== undefined);
  let count: number | undefined;
  let fte: string | undefined;
  let from: Stmt;
  if (total) {
    count = total.count;
    fte = total.fte;
    from = total;
  } else {
    // only a breakdown: the first run of bullets, added up (exactly: their digits, summed as text)
    const first = stmts[0]!;
    const run = stmts.filter((s) => s.u.bullet && s.u.index - first.u.index < 50);
    // no count stated and no breakdown (only «Tal årsverk: 1 184,6»): an empty sum is not a count of 0,
    // and the model holds full-time equivalents only beside a count
    if (run.length === 0 || run.some((s) => s.count === undefined)) {
      if (run.length === 0 && !personsOfScheduleRow(first.u) && !r.used.has(first.u)) r.warnUnit(first.u, `${quote(first.u.text)} states full-time equivalents but no count of insured persons; not read`);
      return;
    }
    const sum = addCounts(run.map((s) => s.count!));
    if (sum === 'too large') {
      r.warnUnit(first.u, 'the insured persons of the breakdown add up to more than this tool holds exactly (2^53 − 1); not read');
      return;
    }
    count = sum;
    fte = run.every((s) => s.fte !== undefined) ? addDecimalText(run.map((s) => s.fte!)) : undefined;
    from = first;
  }
  if (count === undefined) return;
  // the total stated again with another count: either could be the one meant (a wrong count is
  // worse than none), so neither is used and a warning names both
  const differing = total ? stmts.filter((s) => s !== total && (!s.u.bullet || s.whole) && s.count !== undefined && s.count !== count) : [];
  if (differing.length > 0) {
    const seen = new Set<number>();
    const named = [total!, ...differing].filter((s) => !seen.has(s.count!) && seen.add(s.count!) !== undefined);
    for (const s of stmts) r.used.add(s.u);
    r.warnUnit(total!.u, `insured persons: the document states ${named.map((s) => `${s.count} (${quote(s.u.text, 60)}, ${r.where(lineAt(s.u, s.offset))})`).join(' and ')}; none is used`);
    return;
  }
  // «Antall ansatte: 25» and «Antall årsverk: 21,5» on lines of their own
  const fteOnly = fte === undefined ? stmts.find((s) => (!s.u.bullet || s.whole) && s.count === undefined && s.fte !== undefined) : undefined;
  if (fteOnly) {
    fte = fteOnly.fte;
    r.used.add(fteOnly.u);
  }
  r.policy.insured_persons = fte !== undefined ? { count, fte } : { count };
  r.atUnit('insured_persons', from.u, from.offset);
  for (const s of stmts) {
    // (a schedule's row «Yrkesskade | 14 ansatte / 12,5 årsverk | … | 18 900» is left to the schedule:
    // its premium is the row's)
    if (personsOfScheduleRow(s.u) || personsAfterName(s.u) || personsBeforePrice(s.u)) continue;
    if (s === from || s.u.bullet) {
      r.used.add(s.u);
      continue;
    }
    if (s.count === count && (s.fte === undefined || s.fte === fte)) r.used.add(s.u);
    else if (s.count !== undefined) r.warnUnit(s.u, `insured persons stated again with other figures (${quote(s.u.text)}); the first statement is used`);
  }
}

/**
 * A schedule row whose first cell names a product and another cell only whom it insures («14 ansatte
 * / 12,5 årsverk»), or whose first cell names both («Yrkesskade, 14 ansatte | | | 12 040»: a row with
 * a figure of its own).
 */
function personsOfScheduleRow(u: Unit): boolean {
  if (!u.row || u.cells.length < 3) return false;
  const first = u.cells[0]!.trim();
  // («Protector | Yrkesskade | P-4471 | 38 ansatte | Etter lov | | 88 450»: a broker's row names its insurer first, the product after it)
  const persons = u.cells.findIndex((c) => PERSONS_CELL.test(c.trim()));
  // (a row whose name the vocabulary does not know, «Kommunal yrkesskade | 412 ansatte | … | 58 400», is left to the schedule
  // too when it has a figure after whom it insures: taken here, its premium would be lost without a word)
  const before = u.cells.slice(0, persons).filter((c) => c.trim() !== '' && !/\d/.test(c));
  if (persons > 0 && before.length > 0 && (before.some((c) => namesProduct(c.trim())) || u.cells.slice(persons + 1).some((c) => /\d/.test(c)))) return true;
  const comma = first.indexOf(',');
  return comma > 0 && namesProduct(first.slice(0, comma)) && PERSONS_CELL.test(first.slice(comma + 1).trim()) && u.cells.slice(1).some((c) => /\d/.test(c));
}

/**
 * «Produkt: Yrkesskade (31 ansatte, 22,5 årsverk)», «Yrkesskade (2 ansatte, 1,6 årsverk)»: a product's name with whom it
 * insures in brackets after it — the count is read here, and the line is left to the schedule: it names the record whose
 * figures follow.
 */
function personsAfterName(u: Unit): boolean {
  const value = (u.label !== undefined ? u.text.slice(u.text.indexOf(':') + 1) : u.text).trim();
  const name = withoutPersonsRemark(value);
  return name !== value && namesProduct(name);
}

/** A price by its label and its amount: «pris kr 3 880», «premie: 7 020», «årspris 2 150». */
const LABELLED_PRICE = /\b(?:pris|premie|årspris|årspremie)\s*:?\s*(?:kr\.?\s*|nok\s*)?\d/;

/**
 * «* Yrkesskade: 4 ansatte (3,2 årsverk), erstatning etter lov, pris kr 3 880 per år»: a staff cover's line that states
 * whom it insures and goes on to its price — the count is read here, and the line is left to the schedule: it is that
 * cover's row.
 */
function personsBeforePrice(u: Unit): boolean {
  return !u.row && EMPLOYEE_COVER.test(u.lower) && LABELLED_PRICE.test(u.lower);
}

/** Counts added exactly (as digits): a sum beyond 2^53 − 1 is refused. */
function addCounts(counts: number[]): number | 'too large' {
  let sum = 0n;
  for (const c of counts) sum += BigInt(c);
  return sum > BigInt(Number.MAX_SAFE_INTEGER) ? 'too large' : Number(sum);
}
