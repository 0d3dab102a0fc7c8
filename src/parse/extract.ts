/**
 * SourceDocument → Policy (docs/parse.md). Reads only lines and cells, so a PDF and its text give
 * the same model.
 *
 * What is read, and from where (each value is traced to its page and line):
 * - header: insurer («X Forsikring ASA»), policy number (FORSIKRINGSNUMMER), issue date (UTSTEDT),
 *   renewal date («Fornyelse gjelder fra …», else the index regulation's «fra …» date),
 *   G («grunnbeløp, for tiden kr 118.620»), insured persons («659 personer, 517,39 årsverk»,
 *   a total counted once; occupation bullets are its breakdown);
 * - the renewal letter: index rates after an «Indeksregulering» line (bullets or rows
 *   `Label  N %`, or a list in the sentence), the natural-damage rate («fra 0,065 til 0,07
 *   promille»), deductible changes from tables with old/new columns (any order; several amounts
 *   in a cell), `Product | Fra kr A til kr B` rows, and sentences — see src/parse/changes.ts;
 * - schedules: «Forsikringsoversikt» tables (any subset and order of Forsikring, Forsikringssted,
 *   Forsikringssum, Egenandel, Pris), and rows with G sums or «Individuelt» under a product
 *   heading — see src/parse/schedule.ts.
 *
 * A line that looks relevant (a deductible with an amount in the letter, a G cell, an index or
 * natural-damage rate) but that no rule could read becomes a warning, never silently dropped.
 */
import { InputError } from '../core/errors.js';
import { POLICY_SCHEMA_ID, type Policy, type TracePoint } from '../model/policy.js';
import type { SourceDocument, SourceLine } from './source.js';
import { buildUnits, lineAt, type Unit } from './units.js';
import { homeChanges, readChanges } from './changes.js';
import { readSchedules } from './schedule.js';
import { readCoverageLines } from './schedule-lines.js';
import { readFlatOverviews } from './schedule-flat.js';
import { readHeader } from './header.js';
import { rowsOfStackedCells } from './stacked-cells.js';
import { readLetterRates } from './letter.js';
import { warnUnread } from './unread.js';

export interface ExtractOptions {
  /** Include `trace` (JSON path → page, line, text) in the policy. */
  trace?: boolean;
}

interface Warning {
  page: number;
  line: number;
  message: string;
}

/** What every extractor shares: the units, the policy being built, trace and warnings. */
export class Reading {
  readonly units: Unit[];
  readonly running: Unit[];
  readonly policy: Policy;
  readonly trace = new Map<string, TracePoint>();
  private readonly warningList: Warning[] = [];
  /** Units some rule has read (a relevant unit not in here becomes a warning). */
  readonly used = new Set<Unit>();
  /** Units in the «Nyheter og endringer» part of a document (changes stated in sentences). */
  readonly news: boolean[];
  readonly pages: number;

  constructor(doc: SourceDocument) {
    // (a table whose cells came out one per line: its rows put back together first, src/parse/stacked-cells.ts)
    this.units = buildUnits(rowsOfStackedCells(doc.lines), { numberedProducts: true });
    this.running = buildUnits(doc.running);
    this.pages = doc.pages;
    this.policy = {
      schema: POLICY_SCHEMA_ID,
      source: { file: doc.file, sha256: doc.sha256, kind: doc.kind, pages: doc.pages },
      warnings: [],
    };
    this.news = newsRegion(this.units);
    // what reading the text found doubtful (a space inside a figure): warnings like any other
    for (const w of doc.warnings ?? []) this.warningList.push(w);
  }

  /** Record where the value at `path` was read. */
  at(path: string, line: SourceLine): void {
    if (!this.trace.has(path)) this.trace.set(path, { page: line.page, line: line.line, text: line.text });
  }

  /** Record where a value read from a unit at a text offset was read. */
  atUnit(path: string, u: Unit, offset = 0): void {
    this.at(path, lineAt(u, offset));
  }

  /**
   * A period or renewal date the document states that a reader could not read for certain (and said so): the
   * renewal date is then unknown, and no other date (the index regulation's) stands in for it.
   */
  renewalUnread = false;

  /**
   * The renewal date read is only a card's next renewal («Neste fornyelse», «Fornyes» over or beside its date on a web
   * page): the day after the period the page shows, which a stated index date comes before (linkDates).
   */
  renewalNext = false;

  /** Warnings of the readers: something relevant the document states but no rule could read. */
  relevant = 0;

  warn(line: SourceLine, message: string): void {
    this.relevant++;
    this.warningList.push({ page: line.page, line: line.line, message });
  }

  warnUnit(u: Unit, message: string): void {
    this.warn(u.lines[0]!, message);
  }

  /** Take back the warnings whose message is this one (what it said a later reader has settled). */
  /** A warning said again in other words (a row's name shortened after the warning named it). */
  reword(message: string, by: string): void {
    for (const w of this.warningList) if (w.message === message) w.message = by;
  }

  withdraw(message: string): void {
    for (let i = this.warningList.length - 1; i >= 0; i--) if (this.warningList[i]!.message === message) this.warningList.splice(i, 1);
  }

  /** Take back the warnings on a line whose message begins so («could not read the sum»): a later reader has read the line. */
  withdrawOn(line: { page: number; line: number }, prefix: string): void {
    for (let i = this.warningList.length - 1; i >= 0; i--) {
      const w = this.warningList[i]!;
      if (w.page === line.page && w.line === line.line && w.message.startsWith(prefix)) this.warningList.splice(i, 1);
    }
  }

  /** The lines warned about so far, as `page:line` (what a warning names is not lost silently). */
  warnedLines(): Set<string> {
    return new Set(this.warningList.map((w) => `${w.page}:${w.line}`));
  }

  where(line: SourceLine): string {
    return this.pages > 1 ? `page ${line.page}, line ${line.line}` : `line ${line.line}`;
  }

  finishWarnings(): string[] {
    const seen = new Set<string>();
    return this.warningList
      .slice()
      .sort((a, b) => a.page - b.page || a.line - b.line)
      .map((w) => `${this.pages > 1 ? `page ${w.page}, line ${w.line}` : `line ${w.line}`}: ${w.message}`)
      .filter((w) => (seen.has(w) ? false : (seen.add(w), true)));
  }
}

export { quote } from './units.js';

/** Words of a letter about changes, in its first lines. */
const LETTER_WORDS = /endring|nyhet|forny|nytt fra|endres|innføres|dette er nytt/;

// NEWS_START and NEWS_END read a unit's lower-case text (Unit.lower): one pattern without the
// `i` flag costs less to compile and to run than several with it
// («Hva er endret?», «Hva endres for deg?», «Hva er nytt fra 1. februar?», nynorsk «Kva er endra?»: a web page's or a letter's question over its list of
// changes opens the letter part as «Nyheter og endringer» does — under «Fornyelse gjelder fra 1. februar 2025», which ends it,
// the list's «Fra fornyelsen økes egenandelen på husforsikringen med 2 000 kroner» had been read as a term)
const NEWS_START = /^(?:nyheter og endringer|her finner du informasjon om (?:de )?endringer\b|(?:hva|kva) (?:er|blir|vert) (?:endret|endra|nytt)\b[^.!:]*\?$|(?:hva endres|kva endrast)\b[^.!:]*\?$|hva har endret seg\b[^.!:]*\?$)/;
/** Headings where the letter part ends: the whole heading, or how it starts. */
const NEWS_END =
  /^(?:forsikringsbevis|forsikringsoversikt|forsikringen dekker)$|^(?:fornyelsen? gjelder fra|generelle vilkår|erstatningsregler|sikkerhetsforskrifter|fellesdekninger)\b/;

/**
 * «Forsikringssummer angitt i G reguleres automatisk når grunnbeløpet endres 1. mai»: how a person insurance's G sums follow
 * the base amount — a certificate explains G so under its head, and the change it names is the base amount's each year, no
 * change the document announces (lower case; the clause taken out before LETTER_WORDS is sought: it had made a personnel
 * certificate a letter about changes, and its products' prices beside their names went unread).
 */
const G_CHANGES = /(?:grunnbeløpet|grunnbeløp|folketrygdens grunnbeløp|\bg)\s+(?:endres|endrast|blir endret|vert endra|justeres|justerast)\b/g;

/** A unit's lower-case text without its clause about the base amount's yearly change (G_CHANGES). */
function withoutGChange(lower: string): string {
  return lower.includes('grunnbeløp') || lower.includes(' g ') ? lower.replace(G_CHANGES, '') : lower;
}

/** «Fornyelse gjelder fra: 01.01.2026»: a field with its date, as a letter's head states it. */
const HEAD_FIELD = /^fornyelsen? gjelder fra\s*:?\s*\d/;
/** «Fornyelse gjelder fra:   01.01.2026»: the field and its date alone on the line. */
const HEAD_DATE_FIELD = /^fornyelsen? gjelder fra\s*:?\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\.?$/;

function isNewsEnd(u: Unit): boolean {
  if (u.row) {
    // a «Dekkes | Dekkes ikke» header row; cells can be long HTML, so compare by length first
    let dekkes = false;
    let ikke = false;
    for (const c of u.cells) {
      if (c.length === 6 && c.toLowerCase() === 'dekkes') dekkes = true;
      else if (c.length === 11 && c.toLowerCase() === 'dekkes ikke') ikke = true;
    }
    return dekkes && ikke;
  }
  return u.text.length < 60 && NEWS_END.test(u.lower);
}

/**
 * «Avtalenr.: 8821 4470 19» / «Kundenr.: 12004417» / «Fornyelse gjelder fra: 01.02.2026» near the top of a document that is
 * a letter about changes from its first lines: a field of the letter's head among its other fields, with its date — it
 * begins no schedule (before, the letter part ended there, and a change stated only in a letter's words was lost).
 */
function headFieldOfLetter(units: Unit[], i: number, fromStart: boolean): boolean {
  const u = units[i]!;
  if (!fromStart || i >= 15 || !HEAD_FIELD.test(u.lower)) return false;
  // («Dato:           15.11.2024»: a head field whose value the letter aligns with spaces, a row of its label and its value, is a field too)
  const field = (x: Unit | undefined): boolean => x !== undefined && (!x.row || x.cells.length === 2) && x.label !== undefined && DIGIT_IN.test(x.text);
  return field(units[i - 1]) || field(units[i + 1]);
}
const DIGIT_IN = /\d/;

/**
 * «VIKTIG INFORMASJON OM FORNYELSEN …» / «Fornyelse gjelder fra: 01.01.2026» / «Takk for at du er kunde hos oss. Ved fornyelsen gjør vi
 * noen endringer i forsikringen din.»: the field with its date right over the letter's own sentence that says what changes is the
 * letter's field, and the letter part goes on under it (before, it ended there, and the changes the letter lists were read as a
 * certificate's terms — an increase of a deductible under «2. Egenandeler» was lost without a word).
 */
function overLetterSentence(units: Unit[], i: number, inNews: boolean): boolean {
  const u = units[i]!;
  const next = units[i + 1];
  return inNews && HEAD_FIELD.test(u.lower) && next !== undefined && !next.row && next.label === undefined && next.text.length > 40 && SENTENCE_END.test(next.text.trim()) && CHANGES_SAID.test(next.lower);
}
// (or its colon, where the sentence leads into the list of the changes: «… Vi gjør derfor disse endringene i egenandelene fra
// fornyelsen:» over «1. Har borettslaget i dag lavere grunnegenandel enn kr 25.000, …»)
const SENTENCE_END = /[.!:]$/;
/** A letter's words that say what changes (LETTER_WORDS without the renewal's own word). */
const CHANGES_SAID = /endring|endres|nyhet|nytt fra|innføres|dette er nytt/;

/**
 * Which units belong to the letter part («Nyheter og endringer»): from the start of a document
 * that begins as a letter about changes, and from a later «Nyheter og endringer» heading (not the menu of section names a
 * printed document repeats), until a schedule or the conditions begin.
 */
function newsRegion(units: Unit[]): boolean[] {
  const out = new Array<boolean>(units.length).fill(false);
  // a letter announces changes from its first lines («Her finner du informasjon om de endringer …»,
  // «Fornyelse av forsikringsavtale»); a schedule or a page of terms does not
  // («Fornyelse gjelder fra:   01.01.2026» in a certificate's head is a field with its date, as a
  // certificate states its period: it announces no changes — it had made a personnel certificate a
  // letter, and its products' prices beside their names went unread)
  let inNews = units.slice(0, 15).some((u) => LETTER_WORDS.test(withoutGChange(u.lower)) && !HEAD_DATE_FIELD.test(u.lower));
  // (a letter whose first lines say what changes — «Her er en oversikt over det som endres» —, not one that only names its
  // renewal, «FORNYELSE AV PERSONALFORSIKRINGER», whose «Fornyelse gjelder fra» heads the schedule of the renewed covers)
  const fromStart = inNews && units.slice(0, 15).some((u) => CHANGES_SAID.test(u.lower) && !HEAD_DATE_FIELD.test(u.lower));
  let started = -1;
  units.forEach((u, i) => {
    if (!u.row && u.text.length < 120 && NEWS_START.test(u.lower)) {
      const next = units[i + 1];
      const menu = next !== undefined && !next.row && next.lower === 'forsikringsoversikt';
      if (!menu) inNews = true;
      started = i;
    } else if (isNewsEnd(u) && !(started >= 0 && i - started <= 2 && HEAD_FIELD.test(u.lower)) && !headFieldOfLetter(units, i, fromStart) && !overLetterSentence(units, i, inNews)) {
      // («NYHETER OG ENDRINGER VED FORNYELSEN …» over «Fornyelse gjelder fra: 01.01.2026»: the letter's own field
      // under its heading, with its date, begins no schedule — before, the letter part ended there and its
      // changes below were read as a certificate's terms)
      inNews = false;
    }
    out[i] = inNews;
  });
  return out;
}

/** Read a document into the policy model. Throws an InputError when nothing in it is recognisable. */
export function extractPolicy(doc: SourceDocument, opts: ExtractOptions = {}): Policy {
  const r = new Reading(doc);
  readHeader(r);
  readLetterRates(r);
  linkDates(r);
  readChanges(r);
  readSchedules(r);
  // (an overview run on in a line of text: after the table readers, whose units are theirs)
  readFlatOverviews(r);
  // (a coverage written as one line of labelled figures, «Varelager: 650 000 kr, egenandel 10 000 kr, årspris 1 845 kr.»: on lines no reader read)
  readCoverageLines(r);
  // (a change named only by a cover or a caption: the document's product, known once the schedule is read)
  homeChanges(r);
  // what no reader took: a warning, never lost silently (after all readers, before the refusal)
  warnUnread(r);
  const p = r.policy;
  const recognised =
    p.policy_number ?? p.issued ?? p.renewal_date ?? p.base_amount_g ?? p.insured_persons ?? p.index_regulation ?? p.natural_damage ??
    (p.deductible_changes?.length ? p.deductible_changes : undefined) ?? (p.coverages?.length ? p.coverages : undefined);
  const conditions = readsLikeConditions(r.units);
  // a document of conditions dates itself («Gjeldende fra 1. januar 2025») and names its insurer:
  // those are the conditions', and with nothing else of a policy it is no policy
  const onlyDates = conditions && r.relevant === 0 && nothingButNames(p);
  // a claim's correspondence — a receipt for a claim reported, «Vi har mottatt skademeldingen din», its claim number and
  // the day of the damage — names its insurer and is dated as any letter is: with nothing else of a policy (no number,
  // period, figure, nor a line that could not be read) the date it was sent is no policy's, and it is no policy
  const onlyClaim = !conditions && r.relevant === 0 && nothingButNames(p) && p.renewal_date === undefined && readsLikeClaim(r.units);
  // a newsletter or an invitation mailed to a customer («Sendt: 22. januar 2025 07:30» over a seminar's programme): the date
  // it was sent, read from its header, is all — with nothing else of a policy (no number, period, figure, nor a line that
  // could not be read) that date is no policy's, and it is no policy
  const onlySent = !conditions && r.relevant === 0 && nothingButNames(p) && p.renewal_date === undefined && sentDateOnly(r);
  // anything relevant, read or not (a warning names what could not be read), is a result
  if ((recognised === undefined && r.relevant === 0) || onlyDates || onlyClaim || onlySent) {
    throw new NotAPolicyError(`nothing recognisable as a policy document: looked for ${LOOKED_FOR}, and found none`, doc.file, conditions);
  }
  p.warnings = r.finishWarnings();
  if (opts.trace) {
    // in the order of the model's keys, then of reading
    const rank = (path: string): number => KEY_ORDER.indexOf(/^[a-z_]+/.exec(path)![0] as keyof Policy);
    p.trace = Object.fromEntries([...r.trace].sort(([a], [b]) => rank(a) - rank(b)));
  }
  return ordered(p);
}

/**
 * The refusal of a document with nothing of a policy in it. A document of insurance conditions
 * (vilkår: deductible tables, age deductions, clauses) is refused too — its tables are terms, not a
 * policy — and says so, so that the command line can point to where conditions are read.
 */
export class NotAPolicyError extends InputError {
  constructor(
    detail: string,
    file: string,
    readonly conditions: boolean,
  ) {
    super(detail, { file });
  }
}

/** Words of conditions (vilkår) a policy document rarely has as headings or in most of its lines. */
const CONDITIONS_WORD = /\bvilkår|\baldersfradrag|\bfradrag for alder|\bsikkerhetsforskrift|\bunntak\b|\bskjønnsmessig|\berstatningsregler/;

/** Does the document read like conditions: a heading or a first line that names them, and several lines of their words? */
function readsLikeConditions(units: readonly Unit[]): boolean {
  const hits = units.filter((u) => CONDITIONS_WORD.test(u.lower)).length;
  return hits >= 2 && units.slice(0, 8).some((u) => /vilkår|erstatningsregler/.test(u.lower));
}

/** Words of a claim's handling: «skademelding», «skadenummer», «skadenr.», «skadesak», «skadedato», nynorsk «skademelding» too. */
const CLAIM_WORD = /\bskade(?:melding(?:en|a)?|nummer(?:et)?|nr\b|saksnummer|saka?|saken|dato)(?![a-zæøå])/;

/** Does the document read like a claim's correspondence: two lines at least with a claim's words? */
function readsLikeClaim(units: readonly Unit[]): boolean {
  return units.filter((u) => CLAIM_WORD.test(u.lower)).length >= 2;
}

/** An e-mail header's label of the date a message was sent: «Sendt:», «Sent:»; «Dato:», «Date:» under a «Fra:» (a letter's «Dato:» is its own). */
const SENT_LABEL = /^(?:sendt|sent)\s*:/i;
const MAIL_DATE_LABEL = /^(?:dato|date)\s*:/i;
const FROM_LABEL = /^(?:fra|from)\s*:/i;

/** Was the issue date read from an e-mail's header — the date the message was sent, no date the text states? */
function sentDateOnly(r: Reading): boolean {
  const at = r.trace.get('issued');
  if (r.policy.issued === undefined || at === undefined) return false;
  const t = (at.text ?? '').trim();
  return SENT_LABEL.test(t) || (MAIL_DATE_LABEL.test(t) && r.units.slice(0, 10).some((u) => FROM_LABEL.test(u.text.trim())));
}

/** A model with no more than an insurer and dates: nothing of a policy's own. */
function nothingButNames(p: Policy): boolean {
  const own = p.policy_number ?? p.base_amount_g ?? p.insured_persons ?? p.index_regulation ?? p.natural_damage;
  return own === undefined && !p.deductible_changes?.length && !p.coverages?.length;
}

/** What the readers look for, as the refusal says it. */
const LOOKED_FOR =
  'a policy or agreement number (Forsikringsnummer, Avtalenummer, Polisenummer), an issue date (Utstedt, Dato), a period or renewal date (Forsikringstid, Avtaleperiode, Gjelder fra, Hovedforfall), G (grunnbeløpet), insured persons, index rates (Indeksregulering, Indeksøkning, Indeksjustering), a natural-damage rate (promille), deductible changes (egenandel) or schedule rows (Forsikringsoversikt, Forsikringen dekker)';

/**
 * A renewal letter states its date as the date the index regulation applies from
 * («Indeksreguleringen fra 01.01.2024»); a schedule as «Fornyelse gjelder fra». Each stands in for
 * the other when only one is stated (traced to the line that states it).
 */
function linkDates(r: Reading): void {
  const p = r.policy;
  const ir = p.index_regulation;
  if (!ir) return;
  // («Utstedt Forsikringsperiode» over «09.01.2026 15.01.2026 - 14.01.2027», two fields a PDF set in one cell: the
  // period stated but not read — the index's date, 01.01.2026, is another date, never the period's first day)
  // («Nytt fra 1. januar 2025: … indeksjusteres …» over cards that each say «Fornyes 01.06.2025»: a status page's next
  // renewal is not the first day of the period it shows — the index's date is, as the convention orders them)
  if (r.renewalNext && ir.effective !== undefined && p.renewal_date !== ir.effective && !r.renewalUnread) {
    p.renewal_date = ir.effective;
    const t = r.trace.get('index_regulation.effective');
    if (t) r.trace.set('renewal_date', t);
  } else if (p.renewal_date === undefined && ir.effective !== undefined && !r.renewalUnread) {
    p.renewal_date = ir.effective;
    const t = r.trace.get('index_regulation.effective');
    if (t) r.trace.set('renewal_date', t);
  } else if (ir.effective === undefined && p.renewal_date !== undefined) {
    p.index_regulation = { effective: p.renewal_date, rates: ir.rates };
    const t = r.trace.get('renewal_date');
    if (t) r.trace.set('index_regulation.effective', t);
  }
}

const KEY_ORDER: (keyof Policy)[] = [
  'schema',
  'source',
  'insurer',
  'policy_number',
  'issued',
  'renewal_date',
  'base_amount_g',
  'insured_persons',
  'index_regulation',
  'natural_damage',
  'deductible_changes',
  'coverages',
  'warnings',
  'trace',
];

/** The policy with its keys in the documented order and no empty optional parts. */
function ordered(p: Policy): Policy {
  const out: Record<string, unknown> = {};
  for (const k of KEY_ORDER) {
    const v = p[k];
    if (v === undefined) continue;
    if (Array.isArray(v) && v.length === 0 && k !== 'warnings') continue;
    out[k] = v;
  }
  return out as unknown as Policy;
}
