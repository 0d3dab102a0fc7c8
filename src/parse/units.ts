/**
 * The reading units the extractors work on, built from SourceDocument lines alone (so a PDF and
 * its text give the same units):
 *
 * - a **row**: one line with two or more non-empty cells (a table row, `Label<TAB>value`);
 * - a **paragraph**: one line of running text, joined with the lines that continue it — a line
 *   that does not end a sentence followed by one that starts in lower case (a PDF wraps
 *   sentences; a text file may too).
 *
 * Cell text is cleaned of the markup documents carry: Markdown headings and emphasis (`##`,
 * `**`), HTML fragments (`<ul><li>`, `<b>`, entities), links. Every unit keeps its lines, so a
 * value found at an offset in the unit's text is traced to the line it is on.
 *
 * Headings are recognised by shape (one short line that does not end a sentence, starting with a
 * capital, or a Markdown heading / bold line), product headings by the index-class table.
 */
import { normaliseSpaces, withoutColon } from '../core/norsk-text.js';
import { isRule, type SourceLine } from './source.js';
import { AMOUNT_REST, AMOUNT_SOURCE, KRONER_ONLY } from './amounts.js';
import { namesProduct } from './index-class.js';
import { BUILDING_FACTS, INDEMNITY_PERIOD } from './schedule-names.js';
import { BOAT_WITH_YEAR, COLUMN_NAME_SET as COLUMN_NAME_SET_LOWER, COVER_LEVEL_SET, DATES, LEVEL_WORDS, INSURED_PLACE_LABELS, PLACE_LINE_LABELS, FIGURE_COLUMN_NAME_SET, DESCRIPTION_LABELS, MAIL_HEADERS, PERSON_COVERAGES, PLATE_IN_TEXT, POLICY_NUMBER, RECORD_NAME_LABELS, RECORD_NOTE_LABELS, REG_NUMBER_IN_TEXT, SCHEDULE_COLUMNS, THING_FACT_LABELS, VALUE_BASIS_WORDS } from './vocabulary.js';
import { lowerCase } from './lower.js';
import { PAGE_CELL } from './pdf/running.js';
import { PLACE_MARKS, PLACE_REST } from './text-cells.js';
import { follows } from './translations.js';

// patterns of per-unit tests, made once: a literal in a function makes a new RegExp object at every call
const ENDS_MARKED_PUNCT = /[.;,]$/;
const ENDS_PUNCT = /[.:;,!]$/;
const ENDS_RATE_WORD = /\d\s*(?:promille|prosent)$/;
const STARTS_CAPITAL = /^[A-ZÀ-ÖØ-Þ§]/;
const SENTENCE_VERB = /\s(?:er|blir|kommer|skal|vil|kan|må|har|gjelder|dekkes|innføres|endres)\s/;
const NAME_BREAK = /[ /,]/;
const PHRASE_AFTER_FIRST = /^\S+ (?:til|fra|ved|mot|med|på|etter)\b/;
/**
 * «Yrkesskadeforsikring etter lov om yrkesskadeforsikring», «Gruppeliv i henhold til HTA § 10»: a
 * name, then the law or the agreement its sums follow (in lower case). Such a phrase after the
 * first word does not describe a coverage: the words before it name the product.
 */
export const CITES_LAW = /^(.{3,60}?)\s+(?:etter|i henhold til|ihht?\.?|jf\.?|i samsvar med|ifølge)\s+(?:lov\b|loven\b|lova\b|[a-zæøå]+lov(?:en|a)\b|ho(?:ve|vu)dtariffavtal|tariffavtal|hta\b|overenskomst|særavtal|forskrift)/;
const LABEL = /^([^:]{1,40}):\s+\S/;
/**
 * A limit after a label's colon: «inntil kr 40 000», «opptil 20 000 kr». A part of a cover named with its limit may take more
 * words than a field's label does («Fortelt og løsøre i vognen: inntil kr 40 000», «Bagasje og personlege eigedelar: inntil
 * kr 20 000»): the limit's word says the words before the colon are the part's name, not the end of a sentence.
 */
const LIMIT_VALUE = /^(?:inntil|opptil|maks(?:imalt)?|høyst|høgst)\s+(?:kr\.?\s*|nok\s*)?\d/i;
const VALUE_LINE = /^(?:(?:inntil|opptil)\s+)?\d+(?:[.,]\d+)?(?:\s*[-–]\s*\d+(?:[.,]\d+)?)?\s*G$/;
const ENDS_VALUE = /\d\s*G$|\s[Ii]ndividuel(?:t|le?)$|\d\s*kr\.?$|kr\.?\s*\d[\d .]*(?:,-)?$/;

export interface Unit {
  index: number;
  lines: SourceLine[];
  /** Start offset of each line's text within `text`. */
  offsets: number[];
  /** Cleaned cells of a row (one cell for a paragraph). */
  cells: string[];
  /** Cleaned text: a row's non-empty cells joined with a space, or the paragraph. */
  text: string;
  /** `text` in lower case (src/parse/lower.ts): what the extractors' word tests read. */
  lower: string;
  row: boolean;
  /** Starts with a bullet (`- `, `• `); `text` and `cells[0]` have the bullet removed. */
  bullet: boolean;
  /**
   * A bullet's or line's label before a colon: «Kasko» in «- Kasko: Har du hatt …». (Always
   * present, undefined when there is none: units of one shape keep property reads monomorphic.)
   */
  label: string | undefined;
  heading: boolean;
  /** A heading that names a product (Arbeidsmaskin, Næringsbygg Pluss, Lovbestemt yrkesskade). */
  product: boolean;
}

/** Whether a text opens a bracket it does not close. */
function openBracket(t: string): boolean {
  const at = t.lastIndexOf('(');
  return at >= 0 && !t.includes(')', at);
}

/** A word with a letter in it: from its first letter to the next space. */
const WORD = /[A-Za-zÀ-ÖØ-öø-ÿ][^ ]*/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', laquo: '«', raquo: '»', ndash: '–', mdash: '—' };

const PLAIN = /^[A-Za-zÀ-ÖØ-öø-ÿ0-9 ,.:;%()/«»?!'"–-]*$/;

/** «10 gonger grunnbeløpet», «2 ganger G», «6 gongar grunnbeløpet i folketrygda»: N G, as G sums are read. */
/** The start of TIMES_G (a small pattern first: most texts with «…nger» are no G sum, and TIMES_G costs ~1,5 M instructions to compile). */
const TIMES_G_HINT = /\d\s+g[ao]ng[ea]r\s/i;
const TIMES_G = /(\d+(?:[.,]\d+)?)\s+g[ao]ng[ea]r\s+(?:grunnbeløpet|grunnbeløp|grunnsummen|grunnsumen|g)(?:\s+i\s+folketrygd(?:en|a))?(?![A-Za-zÀ-ÖØ-öø-ÿ])/gi;

/** A title between two rules of dashes or equals signs: «--- Bygninger ---», «== Ansvar og styre ==» (the title is group 1). */
const FRAMED_HEADING = /^(?:-{2,}|={2,})\s+([A-ZÆØÅ0-9][^-=]{0,60}?)\s+(?:-{2,}|={2,})$/;

/** A cell or line without markup, spaces normalised and collapsed. */
export function clean(s: string): string {
  // (a G sum in words, bokmål or nynorsk: a cheap test, then the pattern)
  if (s.includes('ng') && (s.includes('nger ') || s.includes('ngar ')) && TIMES_G_HINT.test(s)) s = s.replace(TIMES_G, '$1 G');
  // («--- Bygninger ---»: the title without its rules)
  const c = s.trimStart()[0];
  if ((c === '-' || c === '=') && FRAMED_HEADING.test(s.trim())) s = FRAMED_HEADING.exec(s.trim())![1]!;
  // most cells are plain words and figures: nothing to clean
  if (PLAIN.test(s) && !s.includes('  ')) return s.trim();
  let t = s;
  if (t.includes('<')) t = stripTags(t);
  if (t.includes('&')) t = t.replace(/&(#\d+|#x[0-9a-f]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
  // each replacement only where its marker is there: cells of conditions are long
  if (t[0] === '#') t = t.replace(/^#{1,6}\s+/, '');
  if (t.includes('**') || t.includes('__')) t = t.replace(/\*\*|__/g, '');
  if (t.includes('](')) t = t.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
  t = normaliseSpaces(t);
  if (t.includes('  ')) t = t.replace(/ {2,}/g, ' ');
  return t.trim();
}

/**
 * HTML tags out of a cell, as three replacements one after the other:
 *   t.replace(/<\/?(?:li|p|br|ul|ol|div|tr|td|th)\b[^>]*>/gi, ' ')   block tags → a space
 *    .replace(/<(?:https?:|mailto:)[^>]*>/gi, (m) => m.slice(1, -1))   <https://…> → the link
 *    .replace(/<\/?[a-z][^>]*>/gi, '')                                 other tags → nothing
 * written as scans from one «<» to the next: the three case-insensitive patterns were compiled on
 * every run (~1,8 M instructions of a corpus parse). src/parse/units.test.ts checks that both
 * give the same text.
 */
export function stripTags(s: string): string {
  return replaceTags(replaceTags(replaceTags(s, blockTag, ' '), autolink, null), anyTag, '');
}

/** Every «<…>» whose start passes `starts` (the first «>» after it ends it), replaced by `by` (null: its inside). */
function replaceTags(s: string, starts: (s: string, i: number) => boolean, by: string | null): string {
  let out = '';
  let from = 0;
  let i = s.indexOf('<');
  while (i >= 0) {
    const gt = s.indexOf('>', i + 1);
    if (gt < 0) break; // no «>» after it: no tag here nor further on
    if (starts(s, i + 1)) {
      out += s.slice(from, i) + (by ?? s.slice(i + 1, gt));
      from = gt + 1;
      i = s.indexOf('<', from);
    } else {
      i = s.indexOf('<', i + 1);
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** [A-Za-z] (what a case-insensitive pattern without the `u` flag folds: ASCII letters only). */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** An ASCII letter, either case, equal to the lower-case letter `lower` (a case-insensitive pattern's letter). */
function letterIs(c: number, lower: number): boolean {
  return (c | 0x20) === lower && isAsciiLetter(c);
}

/** `s` has `word` (lower case, ASCII letters) at `i`, in any case. */
function wordAt(s: string, i: number, word: string): boolean {
  if (i + word.length > s.length) return false;
  for (let k = 0; k < word.length; k++) if (!letterIs(s.charCodeAt(i + k), word.charCodeAt(k))) return false;
  return true;
}

/** A `\b` after a word (letters): the next character is not [A-Za-z0-9_], or there is none. */
function wordEndsAt(s: string, i: number): boolean {
  if (i >= s.length) return true;
  const c = s.charCodeAt(i);
  return !(isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x5f);
}

const BLOCK_TAGS = ['li', 'p', 'br', 'ul', 'ol', 'div', 'tr', 'td', 'th'];

/** \/?(?:li|p|br|ul|ol|div|tr|td|th)\b at `i` (case-insensitive). */
function blockTag(s: string, i: number): boolean {
  const j = s.charCodeAt(i) === 0x2f ? i + 1 : i;
  return BLOCK_TAGS.some((t) => wordAt(s, j, t) && wordEndsAt(s, j + t.length));
}

/** (?:https?:|mailto:) at `i` (case-insensitive). */
function autolink(s: string, i: number): boolean {
  return (wordAt(s, i, 'http') && (s[i + 4] === ':' || (letterIs(s.charCodeAt(i + 4), 0x73) && s[i + 5] === ':'))) || (wordAt(s, i, 'mailto') && s[i + 6] === ':');
}

/** \/?[a-z] at `i` (case-insensitive). */
function anyTag(s: string, i: number): boolean {
  return isAsciiLetter(s.charCodeAt(i) === 0x2f ? s.charCodeAt(i + 1) : s.charCodeAt(i));
}

const BULLET = /^[-–•*·▪◦]\s+/;

/** A dash or a middle dot, then a figure's label in lower case: «– egenandel kr 20 000», «· premie kr 48 300». */
const FIELDS_GO_ON = /^[-–·]\s+(?:egenandel|eigenandel|eigendel|premie|årspremie|pris|årspris|forsikringssum|sum)\b[^\n]*\d/;

/**
 * Whether a line is the rest of the open bullet's fields: it starts with the mark that sets the fields apart and a
 * figure's label in lower case, it is set in further than the bullet's mark, and the bullet holds a figure and ends no
 * sentence.
 */
function bulletFieldsGoOn(open: Unit, line: SourceLine, t: string): boolean {
  if (open.lines.length > 2 || !FIELDS_GO_ON.test(t) || !/\d/.test(open.text) || /[.!?]$/.test(open.text.trim())) return false;
  return (line.indent ?? 0) > (open.lines[0]!.indent ?? 0);
}
/**
 * How a heading about a change or a rule starts, not a product name (read in lower case; a
 * prefix, as «endring» in «endringer»). A list, not one regexp: every run compiles its regexps
 * anew, and this alternation was ~6 KB of machine code.
 */
const NOT_PRODUCT_START = [
  'endring', 'endringer', 'ny', 'nytt', 'nye', 'nyhet', 'nyheter', 'presisering', 'gjelder',
  'forhøyet', 'økning', 'hva', 'hvem', 'hvor', 'hvilke', 'behandling av', 'ansvar for', 'om',
  'informasjon', 'rabatt', 'frist', 'betaling', 'fornyelse', 'indeksregulering', 'naturskade',
  'egenandel', 'erstatning', 'definisjon', 'sikkerhet', 'vilkår', 'generelle', 'felles', 'øvrige',
  'forsikringen', 'premie', 'pris', 'dekkes', 'tap av',
  // («Ansvarssummer og egenandeler» over a liability certificate's table: a caption of the figures, no product's heading)
  'ansvarssum', 'forsikringssum',
  // («Ulykke Fritid» over «Dekker ulykker utenfor arbeidstid», a web page's card: what the product does, in a sentence that
  // opens with its verb and has no stop — a line under the product's name, never a product of its own)
  'dekker', 'dekkjer', 'omfatter', 'omfattar',
];

/** Words (separated by single spaces) with a letter in them: WORD's matches, counted without making them. */
function words(s: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.test(s)) n++; // (a failed test sets lastIndex back to 0)
  return n;
}

function isMarkedHeading(raw: string): boolean {
  const r = raw.trim();
  // a marked heading starts with «#», «**» or «<b>»: most lines need no regexp
  const c = r[0];
  // («--- Bygninger ---», «=== Ansvar ===»: a portal page's section title framed by rules, copied as text)
  if (c === '-' || c === '=') return FRAMED_HEADING.test(r);
  if (c !== '#' && c !== '*' && c !== '<') return false;
  return /^#{1,6}\s/.test(r) || /^\*\*[^*]+\*\*:?$/.test(r) || /^<b>[^<]+<\/b>$/i.test(r);
}

/** One short line that does not end a sentence: a heading. */
export function headingShape(text: string, marked: boolean): boolean {
  if (text === '' || text.length > 160 || BULLET.test(text)) return false;
  if (marked) {
    const n = words(text);
    return n > 0 && n <= 15 && !ENDS_MARKED_PUNCT.test(text);
  }
  // the tests on the first and last character first: most lines are sentences; a rate line («Varer 6,4 %») is no heading
  if (ENDS_PUNCT.test(text) || !STARTS_CAPITAL.test(text) || text.endsWith('%') || text.endsWith('‰')) return false;
  // (nor «Sats i fjor: 0,07 promille», «Bygninger: 3,7 prosent»: the rate in words)
  if ((text.endsWith('promille') || text.endsWith('prosent')) && ENDS_RATE_WORD.test(text)) return false;
  // a line that ends in a figure or a sum («Medisinsk invaliditet over 15 % 4,5 G», «… Individuelt») states a value
  if (ENDS_VALUE.test(text.slice(-24))) return false;
  // a field and its number («Forsikringsnummer 12345678», «Kundenr 5531207») is no heading (a year is four digits)
  if (/\d{5,}$/.test(text)) return false;
  // nor a loss of income's indemnity period on a line of its own («Ansvarstid 12 mnd» under its row, a PDF that
  // lost the line's indent): a fact of the row above, never the heading of what follows
  if (INDEMNITY_PERIOD.test(text)) return false;
  const n = words(text);
  if (n === 0 || n > 12) return false;
  if (text.includes('http:') || text.includes('https:') || text.includes('www.') || text.includes('@')) return false;
  // a sentence without its full stop («Egenandelen er 15% av erstatningen og kommer …»)
  if (n > 4 && SENTENCE_VERB.test(lowerCase(text))) return false;
  // («Forsikringssummen for bygningene dine reguleres med 4,1 prosent. Dette følger» over the rest of the paragraph: a
  // sentence's end and the next one's start inside the line — running text, never a heading)
  return !(n >= 6 && SENTENCE_INSIDE_LINE.test(text));
}

/** A full stop after a word of four or more letters, a percentage or a figure, then a capital: two sentences on one line (not «Gnr. 12», «ca. 40»). */
const SENTENCE_INSIDE_LINE = /(?:[a-zæøå]{4,}|\d\s*(?:%|prosent|promille|kr))\.\s+[A-ZÆØÅ][a-zæøå]/;

/** A name, then another name of it in quotes in brackets: «TINGSKADE OG AVBRUDD ("Property Damage and Business Interruption")». */
const QUOTED_NAME_AFTER = /^(.*?[^\s(])\s*\(\s*["“«„][^()]*["”»]\s*\)$/;

/**
 * A heading without the other name of it (in another language, or the insurer's brand) that it gives in
 * quotes in brackets: «TINGSKADE OG AVBRUDD ("Property Damage and Business Interruption")» → «TINGSKADE
 * OG AVBRUDD» — the product is the name the document reads in. Other text as it is.
 */
export function withoutQuotedName(text: string): string {
  return text.endsWith(')') ? (QUOTED_NAME_AFTER.exec(text)?.[1] ?? text) : text;
}

/** «Utvidet yrkesskade (fritidsulykke for ansatte)»: a name of two letters or more, then one bracket at the end (group 1 the name). */
// (not «(per person)», «(pr. ansatt)»: how its sums count, a label over the sums of the cover above as the line was read before)
const EXPLAINED_NAME = /^([A-Za-zÀ-ÖØ-öø-ÿ][^()]*?[A-Za-zÀ-ÖØ-öø-ÿ])\s*\((?!\s*(?:per|pr\.?|à)\s)[^()]+\)$/i;

/** «… (yrkesskade)»: a product's name in brackets at a heading's end (lower case). */
const PRODUCT_IN_BRACKETS = /\(\s*([a-zæøå][a-zæøå -]{2,40}?)\s*\)$/;

/** Whether `lower` begins with `w` as the first part of one word whose rest names a product («fellesinnbo»). */
function compoundOfProduct(lower: string, w: string): boolean {
  const rest = /^[a-zæøå]+/.exec(lower.slice(w.length));
  return rest !== null && rest[0].length >= 4 && namesProduct(rest[0]);
}

/**
 * A serial number: a run of ten or more capitals, digits and dashes with three digits and three capitals at least — a boat's
 * hull number «NO-ASK61C019J», a vehicle's «WVWZZZ1KZ8W123456» — never a word of a product's name.
 */
const SERIAL_NUMBER = /(?<![A-Za-z0-9-])(?=(?:[A-Z-]*\d){3})(?=(?:[\d-]*[A-Z]){3})[A-Z0-9][A-Z0-9-]{8,}[A-Z0-9](?![A-Za-z0-9-])/;

/** A policy number's label and its number at a line's start («Avtalenummer 83725519 - …», «Polisenr. 55-1020 …»). */
const NUMBER_LEAD = new RegExp(String.raw`^(?:${POLICY_NUMBER.labels.map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '\\s')).join('|')})\.?\s*:?\s*[A-Z]{0,4}[-\s]?\d[\d\s-]{3,}`, 'i');

export function productHeading(heading: string): boolean {
  const text = withoutQuotedName(heading);
  // («Skrog-ID NO-ASK61C019J · Tyverimerket med Securmark» among a boat's facts: a line with a serial number states a fact of
  // the thing — «skrog» makes no product's heading of it, and the sentences under it are no cover's)
  if (SERIAL_NUMBER.test(text)) return false;
  // («Avtalenummer 83725519 - Brekke Eiendom AS» at the head of page 2: the page's running head, the agreement's number and
  // the customer — no product's heading, though the customer's name holds a product's word; read as one, the table under it
  // was that «product's»)
  if (NUMBER_LEAD.test(text)) return false;
  // («Utvidet yrkesskade (fritidsulykke for ansatte)», «Innbo (fritidsbolig)»: a name, then in brackets what it covers or
  // where — the name before the bracket decides; read whole, the words in the bracket made it a phrase, its items the product's above)
  const explained = text.length <= 100 ? EXPLAINED_NAME.exec(text) : null;
  if (explained && productHeading(explained[1]!)) return true;
  if (text.length > 100 || !namesProduct(text)) return false;
  const lower = lowerCase(text);
  // («Fellesinnbo og utstyr», «Nybygg»: the word as the first part of a compound of a product's name is no such start)
  if (NOT_PRODUCT_START.some((w) => lower.startsWith(w) && !compoundOfProduct(lower, w))) return false;
  if (text.endsWith('?')) return false;
  // («Tømmerhytte, byggeår 1991, 74 m²», «Byggeår 2019, lengde 6,5 m, motor Yamaha F115» under a product's heading: what the
  // thing is and its facts after a comma or a middle dot — a description of the object, never a product's name)
  // («Garasje (frittliggende, 36 m²)»: facts in a bracket after a name leave the name a product's)
  const bare = lower.replace(/\([^()]*\)/g, '');
  // («Byggeår 2004 · Bruksareal 96 m² · Laftet tømmer»: a portal sets the facts apart by middle dots as a letter does by commas)
  if (/[,·]/.test(bare) && BUILDING_FACTS.test(bare)) return false;
  const n = words(text);
  const first = text.split(NAME_BREAK)[0] ?? '';
  // «Reise til og fra arbeidssted …» describes a coverage; a product name has no such phrase
  if (PHRASE_AFTER_FIRST.test(lower)) {
    // («Yrkesskadeforsikring etter lov om yrkesskadeforsikring»: the product and the law it follows)
    const law = CITES_LAW.exec(lower);
    // («Tilleggsforsikring etter Hovudtariffavtalen kap. 11 (yrkesskade)»: a cover named by the agreement it
    // follows, the product it adds to in brackets at its end — as «Tilleggsforsikring (yrkesskade)» is a product's)
    const bracket = law !== null ? PRODUCT_IN_BRACKETS.exec(lower) : null;
    return law !== null && n <= 10 && (namesProduct(law[1]!) || (bracket !== null && namesProduct(bracket[1]!)));
  }
  if (n <= 8 && namesProduct(first)) return true;
  // (the name is one the table knows: tested first)
  return n <= 4;
}

/** A line that continues the sentence above: lower case, a figure, a bracket, «kr» or «NOK», or a rate's unit alone («10,3» then «%»). */
const CONTINUES = /^(?:[a-zß-öø-ÿ\d(«%‰]|kr\b|NOK\b)/;
/**
 * «1) Bygning, vannskade: …», «b) Styreansvar: …»: a numbered or lettered list item that opens with a capital — a line of
 * its own, never the rest of the line above (under «Endringer i egenandel», a heading without its stop, the first item
 * had run into the heading and its product been lost).
 */
const LIST_ITEM_START = /^(?:\d{1,2}|[a-z])\)\s+[A-ZÆØÅ]/;

/** Ends with «.», «!», «?», «:» or «;», before any closing quotes and brackets. */
function endsSentence(text: string): boolean {
  // read from the end: a paragraph can be long
  let i = text.length - 1;
  while (i >= 0 && '»")]'.includes(text[i]!)) i--;
  return i >= 0 && '.!?:;'.includes(text[i]!);
}

/**
 * The labels of fields that documents also write with the value on the next line (a web page's
 * «Forsikringssum» over «kr 650 000», «Polisenummer» over «6021884410»): the schedule's columns and
 * the header facts' labels of src/parse/vocabulary.ts.
 */
const FIELD_LABELS: ReadonlySet<string> = new Set([
  ...SCHEDULE_COLUMNS.filter(([col]) => col !== 'product').flatMap(([, names]) => names),
  ...POLICY_NUMBER.labels,
  ...DATES.issued,
  ...DATES.renewal,
  ...DATES.period,
  // a web page's card: «Neste fornyelse» over «01.09.2025», «Forfallsdato» over its date (src/parse/header.ts)
  'neste fornyelse',
  'neste fornying',
  'forfallsdato',
  // a boat's or a vehicle's card: «Båtplass» over «Vikholmen marina, Sandefjord», «Motor» over «Yamaha F115»
  ...THING_FACT_LABELS,
  // a home's or a building's facts on a portal page: «Boligtype» over «Leilighet i blokk, 3. etasje», «Byggeår» over «1968» —
  // a description, never the name of a product over the figures under it
  ...DESCRIPTION_LABELS,
  // (a certificate's fields one per line: «Forsikringstaker» over «Hanne Aasen Moe», «Kundenummer» over «9 102 447» —
  // facts of the agreement, not headings of their own between the title and its table)
  'forsikringstaker',
  'forsikringstakar',
  // (a portal's card: «Forsikringsgiver» over «Fremtind Forsikring AS», «Gyldig til» over the period's end, «Betaling» over
  // «Månedlig, kr 349» — facts of the agreement, never a heading and a product between the card's title and its figures)
  'forsikringsgiver',
  'forsikringsgjevar',
  'forsikringsselskap',
  ...DATES.notRenewal,
  'betaling',
  // (a portal's card: «Status» over «Aktiv», «Pris per måned» over «588 kr» — the card's state and how it may be paid, facts
  // of the card: never a heading that ends it, nor a product over the figures under it)
  'status',
  'pris per måned',
  'pris per mnd',
  'pris pr. måned',
  'pris pr. mnd',
  'pris i måneden',
  'månedspris',
  'betalingsmåte',
  'betalingsfrekvens',
  'kundenummer',
  'kundenr.',
  'antall ansatte',
  'antall forsikrede',
  'antall årsverk',
  // (a portal page: «Årsverk» over «31,5», nynorsk «Antal tilsette» over «38»)
  'årsverk',
  'antal tilsette',
  'tal på tilsette',
  'talet på tilsette',
  'antal årsverk',
  'ansvarstid',
  'karenstid',
  // a deductible change as two fields («Egenandel i dag» over «kr 10 000», «Ny egenandel» over «kr 15 000»)
  'egenandel i dag',
  'ny egenandel',
  'tidligere egenandel',
  'nåværende egenandel',
  'gammel egenandel',
]);

/** A policy number's label and its number alone on a line, no colon: «Forsikringsnummer 60-114 227 981», «Polisenr. 1001-204417». */
let policyNumberLine: RegExp | undefined;
const POLICY_NUMBER_LINE = (): RegExp =>
  (policyNumberLine ??= new RegExp(String.raw`^(${[...POLICY_NUMBER.labels].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\.?\s+((?:[A-Z]{1,4}[- ]?)?\d[\d -]{3,}\d)$`, 'i'));

/** The price of a month, and of a year, alone in a cell: «219 kr/mnd», «2 628 kr/år», «kr 2 628 per år». */
const MONTH_PRICE = /^(?:kr\.?\s*)?\d{1,3}(?:[ .]\d{3})*(?:,\d{2})?\s*(?:kr\.?\s*)?(?:\/\s*|per\s+|pr\.?\s+|i\s+)(?:mnd\.?|md\.?|måned|månad)$/i;
const YEAR_PRICE = /^((?:kr\.?\s*)?\d{1,3}(?:[ .]\d{3})*(?:,\d{2})?\s*(?:kr\.?)?)\s*(?:\/\s*|per\s+|pr\.?\s+|i\s+)år$/i;

/**
 * The year's price under a premium's label with the month's price between them (a web page's card: «Pris» over «219
 * kr/mnd» over «2 628 kr/år»): the year's amount; undefined for anything else.
 */
function yearUnderMonth(t: string, next: SourceLine | undefined, after: SourceLine | undefined): string | undefined {
  // (asked of every line: the two lines under it are looked at first — a line of one cell with a month's price under it is
  // rare — and only then the line's own text in lower case, which for a paragraph is a long copy)
  if (next === undefined || after === undefined || next.cells.length !== 1 || after.cells.length !== 1) return undefined;
  if (next.page !== after.page || !MONTH_PRICE.test(next.cells[0]!.trim())) return undefined;
  const label = withoutColon(t).trim().toLowerCase();
  if (FIGURE_COLUMN.get(label) !== 'premium') return undefined;
  const m = YEAR_PRICE.exec(after.cells[0]!.trim());
  return m ? m[1]!.trim() : undefined;
}

/** «Hva er forsikret», nynorsk «Kva er forsikra» (lower case, no colon): an object's label that is also a section's question heading. */
const WHAT_IS_INSURED_LABEL = /^(?:hva er forsikret|kva er forsikra)\??$/;

/**
 * The value on the line after a line that is only a field's label (with or without its colon);
 * undefined when the line is not such a label, or the next line is not a value (another label, a
 * row, a bullet, a long sentence).
 */
/** The text of a bullet under a figure's label (a price, a sum, a deductible) with a figure in it and no bullet after it; undefined otherwise. */
function loneBulletValue(label: string, v: string, after: SourceLine | undefined): string | undefined {
  if (!BULLET.test(v) || !FIGURE_COLUMN_NAME_SET.has(label) || !/\d/.test(v)) return undefined;
  const next = after?.cells.find((c) => c.trim() !== '');
  return next !== undefined && BULLET.test(clean(next)) ? undefined : v.replace(BULLET, '').trim();
}

function valueAfterLabel(t: string, next: SourceLine | undefined, after: SourceLine | undefined, above?: SourceLine): string | undefined {
  // («Avtalenr.» over «	NOR 123 456 78»: a value set in by a tab is still the line's one cell)
  const cells = next?.cells.filter((c) => c.trim() !== '');
  if (next === undefined || cells === undefined || t.length > 40 || cells.length !== 1 || (next.cells.length !== 1 && next.cells[0]!.trim() !== '')) return undefined;
  // («Avtalenr.» over «NOR 123 456 78»: an abbreviation's dot is not part of the label)
  const label = withoutColon(t).trim().toLowerCase();
  // («Dekning» over «Topp», a web page's card: the cover level chosen — a cover level only, as
  // «Dekning» over anything else is a heading over what it covers)
  // («Yrkesskadeforsikring» / «Dekning» / «Standardisert erstatning etter forskrift» / «Årspremie»: a person cover's card of
  // one label a line, the cover's name between two field labels — its «Dekning», never a product's heading over the
  // figures under it; under a property's card «Dekning» over «Brann, vann og innbrudd» lists what it covers)
  // («Dekning» over «Hytte Pluss» over «Forsikringssum», a portal's card under its title «Hytteforsikring»: the cover's
  // name, its thing then its level — the card's coverage, never a product's heading that ends the card)
  if (label === 'dekning') return levelAfter(cells[0]!) ?? (namesPersonCover(above) || thingThenLevel(cells[0]!) ? coverBeforeFigure(cells[0]!, after) : undefined);
  // («Kjøretøy» over «Hobby Optima 2020, RP 44190», a web page's card: the vehicle, named by its plate)
  if (VEHICLE_FIELD_LABELS.has(label)) return vehicleAfter(cells[0]!, label === 'båt' || label === 'fartøy');
  // («Forsikret båt» over «Askeladden C61 Cruiser», a certificate's fields one per line: the label says the line
  // is the boat itself, named by its model alone — no year or registration needed to tell it from a kind)
  if (INSURED_BOAT_LABELS.has(label)) return boatNamed(cells[0]!);
  // («Egenandel glass:» over «2 000 kr», a card's deductible of one part of its cover: only over an amount)
  const part = !FIELD_LABELS.has(label) && partDeductibleName(label) !== undefined;
  if (!part && !FIELD_LABELS.has(label) && !(label.endsWith('.') && FIELD_LABELS.has(label.slice(0, -1))) && !sumPerPerson(label)) return undefined;
  // («Hva er forsikret» / blank / «Bygning - Solbakkveien 2, 3550 Gol» over «  Boligblokk, …» set in: a web page's section
  // heading over records, each a name line with its lines set in under it — the first record's name is no value of the heading)
  if (WHAT_IS_INSURED_LABEL.test(label) && (after?.indent ?? 0) > 0 && (next.indent ?? 0) === 0) return undefined;
  // («Pris:» over «  • kr 1 290 per år, …» alone, a certificate's list of parts: a figure's label over its one bullet — the
  // bullet's text is the value; over a list of bullets the label heads the list)
  const v = loneBulletValue(label, clean(cells[0]!), after) ?? clean(cells[0]!);
  if (part && !KRONER_ONLY.test(v)) return undefined;
  // («Egenandel» over «+------+------+», the top of a table drawn in ASCII: a heading over the box, no field's value)
  if (isRule(v)) return undefined;
  if (v === '' || v.length > 100 || BULLET.test(v) || v.endsWith(':') || FIELD_LABELS.has(withoutColon(v).trim().toLowerCase())) return undefined;
  // («Egenandel» over «Innboforsikring», a web page's card with a field left empty: the next card's
  // title is no amount — a figure's label is not paired with a product's name)
  if (FIGURE_COLUMN_NAME_SET.has(label) && !/\d/.test(v) && productHeading(v)) return undefined;
  // a sentence under a heading «Egenandeler» is no value of a field «Egenandeler»: one that ends
  // on the line, ends inside it («… til kr 10 000. For Varebil øker egenandelen»), or runs on
  // to the next line
  if (words(v) >= 4 && (endsSentence(v) || SENTENCE_INSIDE.test(v) || (after !== undefined && after.cells.length === 1 && CONTINUES.test(clean(after.cells[0]!))))) return undefined;
  return v;
}

/** «Sum per person», «Forsikringssum pr. person» (lower case): the sum each insured person has, a sum's label. */
const SUM_PER_PERSON_LABEL = /^(.+?)\s+(?:per|pr\.?)\s+(?:person|forsikret|forsikra|ansatt|tilsett|medlem)$/;
function sumPerPerson(label: string): boolean {
  const m = SUM_PER_PERSON_LABEL.exec(label);
  return m !== null && FIGURE_COLUMN.get(m[1]!) === 'sum';
}

/** A record's label alone on a line in a card of one label a line: «Forsikring», «Objekt» (its product), «Ytelse» (an item). */
const CARD_PRODUCT_LABEL = new RegExp(`^(?:${RECORD_NAME_LABELS.join('|')})$`, 'i');
/**
 * Labels of a record's fields that may stand between its name and its figures: its place («Forsikringsstad» over the
 * address), a line that describes the thing («Skildring», «Bygningstype»), a vehicle's or boat's facts (lower case).
 */
const RECORD_FACT_LABELS: ReadonlySet<string> = new Set<string>([...PLACE_LINE_LABELS, ...RECORD_NOTE_LABELS, ...DESCRIPTION_LABELS, ...THING_FACT_LABELS]);
/** An amount alone on its line, with or without its currency: «kr 2 850 000», «8 000», «5 946 kr», «NOK 15.000,-». */
const RECORD_AMOUNT = /^(?:(?:kr\.?|nok)\s*)?\d{1,3}(?:[ .]\d{3})*(?:,(?:\d{1,2}|-))?(?:\s*(?:kr\.?|kroner|nok))?$/i;
/** The most lines a record's facts take between its name and its first figure's label. */
const RECORD_FACT_LINES = 8;
const CARD_ITEM_LABEL = /^(?:ytelse|yting)$/i;

/**
 * «Forsikring» over «Gruppeliv» over «Ytelse», or «Ytelse» over «Dødsfallserstatning» over «Sum per person»: in a card of
 * one label a line, the name under the record's label — the product's heading (under «Forsikring», the line after the
 * name the label «Ytelse» or a figure's label) or an item's (under «Ytelse», the line after it a figure's label); undefined
 * for anything else (a heading «Forsikring» over prose, a table's header copied one cell a line).
 */
function cardHeading(t: string, next: SourceLine | undefined, after: SourceLine | undefined, rest: readonly SourceLine[] = []): { name: string; product: boolean } | undefined {
  const label = withoutColon(t).trim();
  const isProduct = CARD_PRODUCT_LABEL.test(label);
  if ((!isProduct && !CARD_ITEM_LABEL.test(label)) || next === undefined || after === undefined || next.cells.length !== 1 || after.cells.length !== 1) return undefined;
  if (next.page !== after.page) return undefined;
  const name = clean(next.cells[0]!).trim();
  const then = withoutColon(clean(after.cells[0]!)).trim().toLowerCase();
  if (name === '' || name.length > 60 || name.endsWith(':') || /[.;!?]$/.test(name) || COLUMN_NAME_SET_LOWER.has(name.toLowerCase())) return undefined;
  // (a product's name has no figure; an item's may: «Medisinsk invaliditet 100 %»)
  if (isProduct && /\d/.test(name)) return undefined;
  const figure = sumPerPerson(then) ? 'sum' : FIGURE_COLUMN.get(then);
  if (figure === 'sum' || figure === 'premium' || figure === 'deductible' || (isProduct && CARD_ITEM_LABEL.test(then))) return { name, product: isProduct };
  // («Objekt» / «Hytte» / «Forsikringsstad» / «Fjellstølvegen 12» / … / «Forsikringssum» / «kr 2 850 000», a certificate's
  // records one cell a line: the record's place or description between its name and its figures — the name is the
  // record's product when a figure's label over an amount follows within the record, its lines unbroken)
  if (isProduct && RECORD_FACT_LABELS.has(then) && figureLabelFollows([after, ...rest])) return { name, product: true };
  return undefined;
}

/** A figure's label over an amount, a line of one cell each, within the record's next lines (no blank line between). */
function figureLabelFollows(lines: readonly SourceLine[]): boolean {
  for (let i = 0; i + 1 < lines.length && i < RECORD_FACT_LINES; i++) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (!follows(a, b) || a.cells.length !== 1 || b.cells.length !== 1) return false;
    const label = withoutColon(clean(a.cells[0]!)).trim().toLowerCase();
    if (CARD_PRODUCT_LABEL.test(label)) return false;
    const figure = FIGURE_COLUMN.get(label);
    if ((figure === 'sum' || figure === 'premium' || figure === 'deductible') && RECORD_AMOUNT.test(clean(b.cells[0]!).trim())) return true;
  }
  return false;
}

/** The name column of a person product's table («Ytelse», «Yting», «Dekning»), a line of its own over the sum's column name. */
const NAME_COLUMN_LINE = /^(?:ytelse|ytelser|yting|ytingar|dekning|dekninger|dekningar)$/i;

/**
 * «Ytelse» (or «Dekning») on the line above a figure column's name («Forsikringssum»): the two are a table's header
 * copied one cell a line, not a label over its value.
 */
function headerCellUnderName(above: SourceLine | undefined, t: string): boolean {
  if (above === undefined || above.cells.length !== 1) return false;
  const label = withoutColon(t).trim().toLowerCase();
  return FIGURE_COLUMN.get(label) === 'sum' && NAME_COLUMN_LINE.test(clean(above.cells[0]!).trim());
}

/** «Egenandel glass», «Egenandel ved glasskade», «Egenandel brann, tyveri og hærverk»: a deductible's word, then the part of the cover it is for. */
const PART_DEDUCTIBLE = /^(?:egenandel|eigenandel|eigendel|selvrisiko)\s+(?:(?:ved|for|på)\s+)?([a-zæøå][a-zæøå-]+(?:(?:,\s*|\s+)[a-zæøå][a-zæøå-]+){0,4})$/;
/** First words after a deductible's word that say when or how much, not what part («Egenandel i dag», «Egenandel fra 1.1.», «Egenandel inntil …»). */
const NOT_A_PART: ReadonlySet<string> = new Set(['i', 'nå', 'no', 'før', 'etter', 'fra', 'frå', 'til', 'ny', 'nye', 'nytt', 'tidligere', 'tidlegare', 'gammel', 'per', 'pr', 'minimum', 'minste', 'maks', 'maksimum', 'inntil', 'totalt', 'samlet', 'samla', 'og', 'eller', 'prosent', 'valgt', 'vald', 'endret', 'endra', 'dag', 'nåværende', 'noverande', 'hittil']);

/**
 * The part of a cover a deductible's label names («Egenandel glass» → «Glass», «Egenandel ved
 * glasskade» → «Glasskade»): a card's or block's deductible of that part alone, an item of the
 * coverage; undefined for any other label (a change's «Egenandel i dag», «Egenandel fra …»).
 */
export function partDeductibleName(label: string): string | undefined {
  const c = label[0];
  if (c !== 'E' && c !== 'e' && c !== 'S' && c !== 's') return undefined;
  const m = PART_DEDUCTIBLE.exec(lowerCase(withoutColon(label).trim()));
  if (!m || NOT_A_PART.has(m[1]!.split(/[\s,]/)[0]!)) return undefined;
  return m[1]![0]!.toUpperCase() + m[1]!.slice(1);
}

/**
 * A cover level alone on its line («Topp», «Pluss», «Standard»), or two or three words each a level
 * («Kasko Ekstra»): the level; undefined for any other line.
 */
function levelAfter(cell: string): string | undefined {
  const v = clean(cell);
  if (v.length > 30) return undefined;
  const words = lowerCase(v).split(' ');
  return words.length <= 3 && words.every((w) => COVER_LEVEL_SET.has(w) || TRAVEL_AREAS.has(w)) ? v : undefined;
}

/**
 * «Hytte Pluss», «Innbo Standard», «Bil Toppkasko»: a cover's name of one or two words of what it insures, then one or two
 * cover levels (as a portal's card writes its «Dekning»).
 */
function thingThenLevel(cell: string): boolean {
  const v = clean(cell).trim();
  if (v.length > 40 || /\d/.test(v)) return false;
  const words = lowerCase(v).split(' ');
  if (words.length < 2 || words.length > 4 || COVER_LEVEL_SET.has(words[0]!)) return false;
  const levels = words.filter((w) => COVER_LEVEL_SET.has(w)).length;
  const first = words.findIndex((w) => COVER_LEVEL_SET.has(w));
  return levels >= 1 && levels <= 2 && first >= 1 && first <= 2 && words.slice(first).every((w) => COVER_LEVEL_SET.has(w));
}

/**
 * The value of a card's «Dekning» when the line under it is a figure's label alone («Årspremie», «Eigendel»,
 * «Forsikringssum»): a cover's name of a few words, no figure and no sentence; undefined otherwise (over a list of
 * what a cover covers «Dekning» is a heading).
 */
function coverBeforeFigure(cell: string, after: SourceLine | undefined): string | undefined {
  const v = clean(cell).trim();
  const cells = after?.cells.filter((c) => c.trim() !== '');
  if (cells === undefined || cells.length !== 1 || v.length > 60 || /\d/.test(v) || /[.:;!?]$/.test(v)) return undefined;
  const col = FIGURE_COLUMN.get(withoutColon(clean(cells[0]!)).trim().toLowerCase());
  return col === 'sum' || col === 'deductible' || col === 'premium' ? v : undefined;
}

/** A line alone that names a person product («Behandlingsforsikring», «Yrkesskadeforsikring (lovpålagd)»). */
function namesPersonCover(l: SourceLine | undefined): boolean {
  const cells = l?.cells.filter((c) => c.trim() !== '');
  if (cells === undefined || cells.length !== 1 || cells[0]!.length > 60) return false;
  const t = cells[0]!.toLowerCase();
  return PERSON_COVERAGES.productWords.some((w) => t.includes(w));
}

/** The area a travel insurance covers, as a card's «Dekning» states its level: «Dekning» over «Verden» (or «Europa», «Norden»). */
const TRAVEL_AREAS: ReadonlySet<string> = new Set(['verden', 'europa', 'norden']);

/** Labels of a vehicle or a boat that a web page's card sets over their value. */
const VEHICLE_FIELD_LABELS: ReadonlySet<string> = new Set(['kjøretøy', 'køyretøy', 'bil', 'båt', 'fartøy', 'motorvogn', 'motorsykkel', 'tilhenger', 'campingvogn']);

/** A label of a word or two and its colon first («Kjøretøy: …»): a field of its own, not a value. */
const LEADING_LABEL = /^[A-Za-zÀ-ÖØ-öø-ÿ./-]+(?: [A-Za-zÀ-ÖØ-öø-ÿ./-]+)?:/;

/** Labels that name the insured boat itself: its value is the boat's name, whatever else it states. */
const INSURED_BOAT_LABELS: ReadonlySet<string> = new Set(['forsikret båt', 'forsikra båt', 'forsikret fartøy', 'forsikra fartøy']);

/** A boat's name as a value: a capital first, no label or sentence in it («Askeladden C61 Cruiser»); undefined otherwise. */
function boatNamed(cell: string): string | undefined {
  const v = clean(cell);
  return v.length <= 60 && /^[A-ZÀ-ÖØ-Þ0-9]/.test(v) && !LEADING_LABEL.test(v) && !/[.!?:]$/.test(v) && words(v) <= 8 ? v : undefined;
}

/** A vehicle's or boat's name with its plate or registration number on its line («Hobby Optima 2020, RP 44190»): the line; undefined for any other. */
function vehicleAfter(cell: string, boat: boolean): string | undefined {
  const v = clean(cell);
  // («Bil» over «Kjøretøy: Volkswagen ID.4 2022, EL 73015»: a product's heading over a field of its own)
  if (v.length > 80 || !/^[A-Za-zÀ-ÖØ-öø-ÿ]/.test(v) || LEADING_LABEL.test(v)) return undefined;
  // («Båt» over «Askeladden 20 Cabin 2018»: a boat by its model and year)
  return PLATE_IN_TEXT.test(v) || (v.includes('reg') && REG_NUMBER_IN_TEXT.test(v)) || (boat && BOAT_WITH_YEAR.test(v)) ? v : undefined;
}

/** A sentence's end inside a line, the next one starting after it. */
const SENTENCE_INSIDE = /[.!?]\s+[A-ZÆØÅ]/;

/** The names of a schedule's figure columns, longest first: a line of them is a label line over a value line. */
const FIGURE_LABELS = SCHEDULE_COLUMNS.filter(([col]) => col === 'sum' || col === 'deductible' || col === 'premium')
  .flatMap(([, names]) => names)
  .sort((a, b) => b.length - a.length);
/** Each figure label's column. */
const FIGURE_COLUMN: ReadonlyMap<string, string> = new Map(SCHEDULE_COLUMNS.flatMap(([col, names]) => names.map((n) => [n, col] as const)));
/** An amount as a value line writes it: «2 000 000», «kr 5 000», «48 360,-». */
const LINE_AMOUNT = /(?:kr\.?\s*)?\d{1,3}(?:[ .]\d{3})*(?:,(?:-|\d{1,2}))?(?:\s*kr\b)?/g;

/**
 * A line of figure-column labels over a line of as many amounts («Forsikringssum Egenandel» /
 * «2 000 000 5 000», a PDF's fields at one pitch): the labels each with its value, as cells;
 * undefined when the line is not only such labels, or the amounts do not count as many (read
 * greedily, «2 000 000 5 000» is two amounts: a group after the first has three digits).
 */
function labelsOverValues(t: string, next: SourceLine | undefined): string[] | undefined {
  if (next === undefined || t.length > 80 || next.cells.length !== 1 || !/^\s*(?:kr\.?\s*)?\d/.test(next.text)) return undefined;
  let rest = lowerCase(withoutColon(t).trim());
  const labels: string[] = [];
  let from = 0;
  while (rest !== '') {
    const name = FIGURE_LABELS.find((n) => rest === n || rest.startsWith(`${n} `));
    if (name === undefined) return undefined;
    labels.push(t.trim().slice(from, from + name.length));
    from += name.length + 1;
    rest = rest.slice(name.length).trim();
  }
  if (labels.length < 2) return undefined;
  const v = next.text.trim();
  const amounts = v.match(LINE_AMOUNT) ?? [];
  if (amounts.length !== labels.length || amounts.join('').replace(/\s/g, '') !== v.replace(/\s/g, '')) return undefined;
  return labels.map((l, i) => `${l} ${amounts[i]!.trim()}`);
}

/** One labelled figure of a run: a figure column's label and its amount («Egenandel kr 10.000,-», «Premie NOK 6.215,-»). */
let labelledFigure: RegExp | undefined;

/**
 * A line of two or more labelled figures and nothing else, one after the other without a gap
 * («Forsikringssum NOK 1.350.000,- Egenandel kr 10.000,- Premie NOK 6.215,-», a record's fields a
 * word processor ran into one line), each label once: the fields as cells, as if the line had
 * column gaps; undefined for any other line.
 */
function labelledRun(t: string): string[] | undefined {
  if (t.length > 160 || !/\d.*\s\D.*\d/.test(t)) return undefined;
  const l = lowerCase(t);
  // (the first field starts the line: a line that opens with no figure's label has none of these runs, and the long pattern
  // of every label is then neither built nor run — `\s` and trimStart skip the same spaces)
  const opening = l.trimStart();
  if (!FIGURE_LABELS.some((n) => opening.startsWith(n))) return undefined;
  labelledFigure ??= new RegExp(String.raw`\s*(${FIGURE_LABELS.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\s*:?\s*(?:${AMOUNT_SOURCE})(?=\s|$)`, 'y');
  const re = labelledFigure;
  const cells: string[] = [];
  const labels = new Set<string>();
  re.lastIndex = 0;
  while (re.lastIndex < l.length) {
    const from = re.lastIndex;
    const m = re.exec(l);
    // (a column twice — «Forsikringssum kr … Forsikringssum kr …» — is two records side by side)
    const col = m ? FIGURE_COLUMN.get(m[1]!) : undefined;
    if (col === undefined || labels.has(col)) return undefined;
    labels.add(col);
    cells.push(t.slice(from, re.lastIndex).trim());
  }
  return cells.length >= 2 ? cells : undefined;
}

/** An amount's first group after its currency at the end of a cell («kr 3», «kr 20»): no schedule states such an amount. */
const BROKEN_AMOUNT = /(?:^|\s)(?:kr\.?|nok)\s*\d{1,3}$/i;

/** The labels of a schedule's fields other than its product (Forsikringssted, Forsikringssum, Egenandel, Premie, Dekning …). */
const SCHEDULE_FIELD_LABELS: ReadonlySet<string> = new Set([...SCHEDULE_COLUMNS.filter(([col]) => col !== 'product').flatMap(([, names]) => names), 'dekning']);
/** A cell that is a field: its label (a letter first, at most four words), a colon, and a value. */
const FIELD_CELL = /^([A-Za-zÀ-ÖØ-öø-ÿ][^:]{0,39}):\s+\S/;

/**
 * The cells of a row when each is a field «Label: value» and one label at least names a schedule's
 * field («Forsikringssted: Storgata 1, 0155 Oslo | Forsikringssum: kr 12 000 000», a certificate's
 * fields set side by side), or each value is a sum (kr or G, one G at least); undefined for any other row.
 */
function labelledCells(cells: string[]): string[] | undefined {
  // («Forsikringssum: 1 250 000 kr  -  Egenandel: 4 000 kr  -  Pris per år: 3 288 kr», a bank's letter under each product's
  // bullet: a lone dash or dot between fields sets them apart, as the spaces do — no cell of its own)
  const apart = cells.filter((c) => c !== '' && !FIELD_SEPARATOR.test(c));
  if (apart.length < cells.filter((c) => c !== '').length && apart.length < 2) return undefined;
  const nonEmpty = labelsBesideValues(apart);
  if (nonEmpty.length < 2 || nonEmpty.some((c) => !c.includes(':'))) return undefined;
  let schedule = false;
  // («Dødsfall: 10 G   Uførhet: 15 G   Behandling: kr 50 000», a mail-merge line under a product: each a sum of its own)
  // (one G sum among them at least: «Egenandel før: kr 10 000  Egenandel nå: kr 15 000» is one change, a row)
  let figures = true;
  let g = false;
  for (const c of nonEmpty) {
    const m = FIELD_CELL.exec(c);
    if (!m || words(m[1]!) > 4) return undefined;
    const value = c.slice(c.indexOf(':') + 1).trim();
    const isG = G_VALUE.test(value);
    if (!isG && !KRONER_ONLY.test(value)) figures = false;
    if (isG) g = true;
    const label = lowerCase(m[1]!.trim());
    if (SCHEDULE_FIELD_LABELS.has(label)) schedule = true;
    // («ANSVAR - BEDRIFT Forsikringssum: kr 10 000 000», a heading a PDF ran into the cell: no field of its own)
    else if (label.includes(' ') && SCHEDULE_FIELD_LABELS.has(label.slice(label.lastIndexOf(' ') + 1))) return undefined;
  }
  return schedule || (figures && g) ? nonEmpty : undefined;
}
/** A lone separator between fields set side by side: a dash, a middle dot, a bar. */
const FIELD_SEPARATOR = /^\s*[-–—·|•]\s*$/;
/** A label cell: a letter first, at most four words, its colon at the end. */
const LABEL_CELL = /^[A-Za-zÀ-ÖØ-öø-ÿ][^:\d]{0,39}:$/;

/**
 * «Objekt:   Bygninger      Forsikringssum:   NOK 64.000.000,-»: two fields side by side, each label a cell of its
 * own and its value the cell after it (a certificate laid out in two columns of «Label: value» pairs) — each pair as
 * one cell «Label: value», as a pair written with one space is. The cells as they are when they do not alternate
 * label, value (a value ends with no colon), two pairs at least, or when a label stands twice.
 */
function labelsBesideValues(cells: string[]): string[] {
  if (cells.length < 4 || cells.length % 2 !== 0) return cells;
  for (let i = 0; i < cells.length; i += 2) if (!LABEL_CELL.test(cells[i]!.trim()) || cells[i + 1]!.trim().endsWith(':')) return cells;
  // («Adresse:   Bryggen 22, …   Adresse:   Kokstadvegen 40, …»: one label twice is two records side by side, each column one
  // place's — read one after the other, the second place took the first's records)
  const labels = new Set(cells.filter((_, i) => i % 2 === 0).map((c) => lowerCase(c.trim())));
  if (labels.size * 2 !== cells.length) return cells;
  const out: string[] = [];
  for (let i = 0; i < cells.length; i += 2) out.push(`${cells[i]!.trim()} ${cells[i + 1]!.trim()}`);
  return out;
}

/** A field's value in G alone («10 G», «4,5 G»); one in kroner is KRONER_ONLY's. */
const G_VALUE = /^\d+(?:,\d+)?\s*G$/;

const LETTER_START = /^[A-Za-zÀ-ÖØ-öø-ÿ]/;
/** Every name of a schedule's columns (a header's cells are no product names). */
const COLUMN_NAMES: ReadonlySet<string> = new Set(SCHEDULE_COLUMNS.flatMap(([, names]) => names));

/** A cell that can be a product's heading: a capital first, no figure, a few words the index-class table knows as a product. */
function productNameCell(c: string): boolean {
  return STARTS_CAPITAL.test(c) && !/\d/.test(c) && c.split(' ').length <= 6 && !COLUMN_NAMES.has(lowerCase(c)) && namesProduct(c);
}

/**
 * Two products side by side as a PDF lays them out: a row of two product names («Gruppeliv |
 * Ulykke fritid»), then rows with cells under each («Dødsfall 10 G | Medisinsk invaliditet | 15 G»).
 * The cells from the second name's column on are the second product's: the block is read as the
 * first product's heading and rows, then the second's (units renumbered). A text file's columns
 * are set apart before this (src/parse/text-cells.ts); this is the same for a PDF's rows.
 */
function productsApart(units: Unit[]): void {
  for (let at = 0; at < units.length; at++) {
    const head = units[at]!;
    if (!head.row) continue;
    const named = head.cells.flatMap((c, i) => (c !== '' ? [i] : []));
    if (named.length !== 2 || !named.every((i) => productNameCell(head.cells[i]!))) continue;
    const b = named[1]!;
    let end = at;
    let figures = 0;
    for (let k = at + 1; k < units.length; k++) {
      const u = units[k]!;
      const prev = units[k - 1]!.lines;
      const line = u.lines[0]!;
      if (!u.row || !follows(prev[prev.length - 1]!, line)) break;
      const left = u.cells.slice(0, b).filter((c) => c !== '');
      const right = u.cells.slice(b).filter((c) => c !== '');
      // (each side an item's name first, under its product's name: «Bygning | Innbo» over
      // «Forsikringssum | kr 1 000 000 | kr 200 000» is one table of products across, not two columns)
      if (left.length === 0 || right.length === 0 || u.cells.findIndex((c) => c !== '') !== named[0] || !LETTER_START.test(left[0]!) || !LETTER_START.test(right[0]!)) break;
      if (/\d/.test(left.join(' ')) && /\d/.test(right.join(' '))) figures++;
      end = k;
    }
    if (end - at < 2 || figures === 0) continue;
    const block = units.slice(at, end + 1);
    const parts = [...block.map((u) => partUnit(u, u.cells.slice(0, b))), ...block.map((u) => partUnit(u, u.cells.slice(b)))];
    units.splice(at, block.length, ...parts);
    at += parts.length - 1;
  }
  units.forEach((u, i) => (u.index = i));
}

/** A unit of some of a row's cells: a row of them, or a line when one is left. */
function partUnit(u: Unit, cells: string[]): Unit {
  const nonEmpty = cells.filter((c) => c !== '');
  if (nonEmpty.length >= 2) return { ...u, cells, text: nonEmpty.join(' ') };
  const text = nonEmpty[0]!;
  const heading = headingShape(text, false);
  return { ...u, cells: [text], text, row: false, heading, product: heading && productHeading(withoutColon(text)) };
}

/** A field's value that is a figure alone, perhaps with a unit of area or years («1987», «1 240 m²»). */
/** Labels of a field that describes the insured thing (its kind, use, age, build), never a product. */
const DESCRIPTION: ReadonlySet<string> = new Set([...DESCRIPTION_LABELS, ...THING_FACT_LABELS]);
const FIGURE_VALUE = /^\d[\d .,]*(?:\s*(?:m2|m²|kvm|år))?$/;


/** «Tilleggsdekning », «Tilleggsforsikring: »: an add-on's word at a name's start (PERSON_COVERAGES.addOnWords, lower case). */
const ADD_ON_WORD = new RegExp(`^\\s*(?:${PERSON_COVERAGES.addOnWords.join('|')})\\s*:?\\s+`);

/**
 * «2. Utvida menerstatning (tillegg)», «3. Ulukkesforsikring fritid»: a numbered section's name that opens with a
 * person product's name (PERSON_COVERAGES.products, perhaps after an add-on's word), short and without a figure or a
 * sentence's end — the product's heading, as the G reader reads it unnumbered (src/parse/g-items.ts personProductLine);
 * read as a line, its items were joined to the product above.
 */
function personProductName(name: string): boolean {
  const t = name.trim();
  if (t.length > 60 || /[.:;!?]$/.test(t) || /\d\s*G(?![A-Za-zÀ-ÖØ-öø-ÿ])/.test(t) || t.split(/\s+/).length > 8) return false;
  const l = lowerCase(t).replace(ADD_ON_WORD, '');
  return PERSON_COVERAGES.products.some((w) => l.startsWith(w));
}

/**
 * Build the units of a document's lines. `numberedProducts`: a numbered section's heading that names a
 * product («2. Bygninger») is that product's heading, its number dropped (a policy; not conditions).
 */
/** An amount's last groups at the start of a cell, before the cell's own amount («000* 50 000*»): no amount starts with «0». */
const AMOUNT_TAIL = /^(0\d\d(?:[ .]\d{3})*(?:,-|,\d{1,2})?\*?)\s+(?=\S)/;
/** A cell that ends with an amount's first group («100», «kr 1»). */
const AMOUNT_HEAD = /(?:^|\s)(?:kr\.?\s*|nok\s*)?\d{1,3}$/i;
/** A place cut after its postcode: a house number, then the postcode, its town not there («Os allé 5 1777»). */
const POSTCODE_LAST = /,.*[A-Za-zÀ-ÖØ-öø-ɏ]{2,}\.?\s+\d{1,4}[A-Za-z]?,?\s+\d{4}$/u;
const POSTCODE_END = /\s\d{4}$/;
const UPPER_START = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;
const DIGIT = /\d/;

/**
 * Two table rows on consecutive lines of one page, with as many cells, where the row under starts a cell with
 * what the row above's cell in that column lost (a PDF generator broke the cell's line and set its rest into
 * the next row): «100» over «000* 50 000*» is «100 000*» over «50 000*». A place cut after its postcode
 * («Os allé 5 1777» over «Halden Alle kommunale lokasjoner»): how many of the next cell's words are the town
 * no line says — the next cell is left empty, and the place above is cut (the schedule reader says so).
 */
function cellsCarriedOver(units: Unit[]): void {
  for (let at = 1; at < units.length; at++) {
    const a = units[at - 1]!;
    const b = units[at]!;
    if (!a.row || !b.row || a.cells.length !== b.cells.length || a.lines.length !== 1 || b.lines[0]!.page !== a.lines[0]!.page || b.lines[0]!.line !== a.lines[0]!.line + 1) continue;
    // (a table's rows of three cells or more: a label and its value are no such row)
    if (a.cells.filter((c) => c !== '').length < 3 || b.cells.filter((c) => c !== '').length < 3) continue;
    let changed = false;
    for (let j = 1; j < a.cells.length; j++) {
      const up = a.cells[j]!;
      const down = b.cells[j]!;
      const tail = AMOUNT_HEAD.test(up) ? AMOUNT_TAIL.exec(down) : null;
      if (tail) {
        a.cells[j] = `${up} ${tail[1]}`;
        b.cells[j] = down.slice(tail[0].length);
        changed = true;
      } else if (UPPER_START.test(down) && !DIGIT.test(down) && POSTCODE_END.test(up) && POSTCODE_LAST.test(up)) {
        // (the cheap tests first: POSTCODE_LAST backtracks over the whole cell from each comma)
        b.cells[j] = '';
        changed = true;
      }
    }
    if (!changed) continue;
    a.text = a.cells.filter((c) => c !== '').join(' ');
    b.text = b.cells.filter((c) => c !== '').join(' ');
  }
}

/**
 * A cell's text, then a remark that its row's sum is not index-regulated («Nordre Haugenvegen 31 Sum indeksreguleres ikke»),
 * also by the thing's sum as one word («NOK 5 870,- Varesummen indeksreguleres ikke.», the line under a record's premium).
 */
const UNINDEXED_AT_END = /^(.*[^\s(])\s+((?:forsikrings|[a-zæøå]{3,}?s?)?sum(?:men)?\s+(?:indeksreguler(?:es|ast)\s+(?:ikke|ikkje)|(?:er|blir|vert)\s+(?:ikke|ikkje)\s+indeksregulert))\.?$/i;

/**
 * A row's cells where a cell after the first ends with a remark that the row's sum is not
 * index-regulated (a PDF set the remark's line, under the place, into the place's cell): the cells
 * without it, and the remark; undefined when no cell has one.
 */
function remarkApart(cells: string[]): { cells: string[]; text: string } | undefined {
  for (let i = 1; i < cells.length; i++) {
    if (!cells[i]!.includes('ndeksreguler')) continue;
    const m = UNINDEXED_AT_END.exec(cells[i]!);
    if (!m) continue;
    const out = cells.slice();
    out[i] = m[1]!;
    return { cells: out, text: m[2]! };
  }
  return undefined;
}

/** A place that ends with its postcode and town, then a sum («… 7045 Trondheim kr 1 000 000», «… 7045 Trondheim Fullverdi»). */
const PLACE_THEN_SUM = /^(.*,\s*\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]+(?:\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]+)?)\s+((?:kr\.?|nok)\s*\d{1,3}(?:[ .]\d{3})*(?:,-|,\d{1,2})?|fullverdi)$/iu;

/**
 * A row's cells where a place's cell ends with a sum and the cell after it is empty («Bakkeveien 3,
 * 7045 Trondheim Fullverdi | (empty) | Fullverdi», a PDF generator set the next column's cell against
 * the place): the sum in the empty cell. A place ends with its town; no place is written with a sum.
 */
function placeApart(cells: string[]): string[] {
  let out = cells;
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i + 1] !== '' || !out[i]!.includes(',')) continue;
    const m = PLACE_THEN_SUM.exec(out[i]!);
    if (!m) continue;
    if (out === cells) out = cells.slice();
    out[i] = m[1]!;
    out[i + 1] = m[2]!;
  }
  return out;
}

/** A place's label, a space, and a value that starts with a capital or a figure («Forsikringssted Lyngveien 14, 3530 Røyse»). */
const GLUED_PLACE = new RegExp(`^(${INSURED_PLACE_LABELS.join('|')})\\s+([A-ZÀ-ÖØ-Þ\\d].*)$`, 'i');

/**
 * The place labels a document sets as a row's first cell, its value in the next cell
 * («Forsikringssted | Lyngveien 14, 3530 Røyse»), in lower case: the labels a line of one cell may
 * have run into its value.
 */
function placeRowLabels(lines: SourceLine[]): Set<string> {
  const labels = new Set<string>();
  for (const l of lines) {
    if (l.cells.length !== 2) continue;
    const label = lowerCase(withoutColon(clean(l.cells[0]!)).trim());
    if (INSURED_PLACE_LABELS.includes(label) && clean(l.cells[1]!) !== '') labels.add(label);
  }
  return labels;
}

/**
 * «Forsikringssted Lyngveien 14, 3530 Røyse» as one cell where the document sets the same label
 * elsewhere as a row of two cells (a PDF generator dropped the column gap of one row): the label
 * and its value as two cells; undefined for any other line.
 */
function gluedPlace(t: string, rowLabels: ReadonlySet<string>): string[] | undefined {
  if (rowLabels.size === 0 || t.includes(':')) return undefined;
  const m = GLUED_PLACE.exec(t.trim());
  if (!m || !rowLabels.has(lowerCase(m[1]!)) || ENDS_MARKED_PUNCT.test(m[2]!)) return undefined;
  return [m[1]!, m[2]!.trim()];
}

/**
 * «… av brannforsikringssummen (i fjor:» over «0,08 promille).»: a colon inside a bracket the line leaves open labels
 * what the next line gives — the bracket goes on there (its figure had been cut off, and last year's rate lost).
 */
function colonInBracket(text: string): boolean {
  return text.endsWith(':') && openBracket(text);
}

/** A cell of one three-digit group alone («000», «640»): the rest of an amount a narrow column cut at its thousands space. */
const GROUP_CELL = /^\d{3}(?:,-)?$/;
/** An amount of one to three digits, perhaps after its currency («kr 10», «kr 3», «10»). */
const SHORT_AMOUNT = /^(?:(?:kr\.?|nok)\s*)?\d{1,3}$/i;

/**
 * «Landbruksansvar | – | kr 10 000 000 | kr 10 | kr 3» over «000 | 640» (a PDF's narrow columns wrapped each amount at its
 * thousands space): a line of three-digit groups alone, right under a row whose last figures are as many amounts of one to
 * three digits, is the rest of those amounts, in order — «kr 10 000», «kr 3 640». Read apart, the row had a deductible of
 * 10 kroner and the groups a row of their own. Any other line of groups is left as it is.
 */
function thousandsCarriedOver(lines: SourceLine[]): SourceLine[] {
  let out: SourceLine[] | undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const above = (out ?? lines)[out ? out.length - 1 : i - 1]!;
    const groups = line.cells.length > 1 ? line.cells.map((c) => c.trim()).filter((c) => c !== '') : [];
    const fits = groups.length > 0 && above.page === line.page && line.line === above.line + 1 && groups.every((c) => GROUP_CELL.test(c));
    const cells = fits ? above.cells.map((c) => c.trim()) : [];
    const figured = cells.flatMap((c, k) => (/\d/.test(c) ? [k] : []));
    const last = figured.slice(-groups.length);
    if (!fits || figured.length <= groups.length || !last.every((k) => SHORT_AMOUNT.test(cells[k]!))) {
      out?.push(line);
      continue;
    }
    out ??= lines.slice(0, i);
    const joined = above.cells.slice();
    last.forEach((k, j) => (joined[k] = `${cells[k]!} ${groups[j]!}`));
    out[out.length - 1] = { ...above, cells: joined, text: joined.join('\t') };
  }
  return out ?? lines;
}

export function buildUnits(lines: SourceLine[], opts: { numberedProducts?: boolean } = {}): Unit[] {
  lines = thousandsCarriedOver(lines);
  const units: Unit[] = [];
  const rowLabels = placeRowLabels(lines);
  let open: Unit | null = null;
  // (the cover level set at the right of a product heading, a line of its own after it)
  let levelField: string | undefined;
  // a heading in capitals set beside the code of its terms («HUSDYR        Vilkår LB-HD 01.2024»): only an insurance has
  // terms, so the heading names a product also where the vocabulary does not know its name (a farm's animals, a special line)
  let termsCoded = false;
  let openMarked = false;
  /** The last numbered item read as a product («4) Driftsløsøre …»): its number, its mark, its line. */
  let lastNumbered: { n: number; mark: string; at: number } | undefined;
  for (let at = 0; at < lines.length; at++) {
    levelField = undefined;
    termsCoded = false;
    const line = lines[at]!;
    // a blank line between (a text's lines skip its number) ends a paragraph: «Fra fornyelsen: kr 50 000»,
    // a blank line, «4. Forsikringssummer og premie» is no field's value going on; a line that starts
    // in lower case goes on with the sentence across the gap («På motorvognforsikring dekker forsikringen
    // ingen skader», blank lines, «eller utgifter som oppstår …» — a page break in the source)
    const before = lines[at - 1];
    // («Forsikringssted: Industrivegen 14,» at a page's foot, «6800 Førde» under the next page's letterhead: the
    // address goes on after the lines the page break put between)
    if (open && before !== undefined && before.page === line.page && line.line > open.lines[open.lines.length - 1]!.line + 1 && !/^\s*[a-zæøå]/.test(line.text) && !postcodeAfterComma(open, line)) open = null;
    // a rule (`-----`, a Markdown table's `|---|:---:|`) separates; it carries nothing to read
    if (isRule(line.text)) {
      open = null;
      continue;
    }
    let t: string;
    if (line.cells.length === 1) {
      // running text (most lines): one cell, no arrays to build
      t = clean(line.cells[0]!);
      // «NÆRINGSBYGG» over «Vilkår NB-2024, Sikkerhetsforskrifter S-NB-01»: the code of its terms on the line under the
      // heading in capitals, as a certificate sets each section's title over its terms — the heading names a product as
      // when the code stands at its right, and the code's line is no field nor row (read apart, a heading the vocabulary
      // does not know, «EIENDELER», named nothing and its table's covers became products)
      // (also «EIENDELER» as the last line of a page and «Vilkår EI-2024» the first of the next: a page break that fell
      // between a section's title and its terms — the title still heads the section; read apart, its covers became products)
      const termsUnder = lines[at + 1];
      if (CAPITALS_HEADING.test(t) && termsUnder !== undefined && (follows(line, termsUnder) || termsUnder.page === line.page + 1) && termsLine(termsUnder)) {
        termsCoded = true;
        at++;
      }
      // «Forsikringssted Lyngveien 14, 3530 Røyse», where the document's other places stand «Forsikringssted | …»: a row
      const glued = gluedPlace(t, rowLabels);
      if (glued !== undefined) {
        open = null;
        units.push({ index: units.length, lines: [line], offsets: [0], cells: glued, text: glued.join(' '), lower: '', row: true, bullet: false, label: undefined, heading: false, product: false });
        continue;
      }
    } else {
      const cells = line.cells.map(clean);
      const nonEmpty = cells.filter((c) => c !== '');
      // «1  BYGG UNDER ARBEID»: a section's number, a gap, a heading in capitals — the heading alone (a policy's schedule)
      // (also «1  Yrkesskadeforsikring (lov om yrkesskadeforsikring)», «2  Gruppeliv»: a product's heading in
      // ordinary case two spaces after its number is that product's heading, not a row named «1»)
      const numberedCaps = opts.numberedProducts === true && nonEmpty.length === 2 && (SECTION_NUMBER_ALONE.test(nonEmpty[0]!) || SECTION_LETTER_ALONE.test(nonEmpty[0]!)) && (CAPITALS_HEADING.test(nonEmpty[1]!) || (headingShape(nonEmpty[1]!, false) && (productHeading(withoutColon(nonEmpty[1]!)) || SECTION_WORD.test(nonEmpty[0]!))));
      // «NÆRINGSBYGG            Vilkår NB-2024»: a heading in capitals with the code of its terms at the
      // right — the heading alone (the code names the insurer's terms, no field of the policy)
      const codedCaps = nonEmpty.length === 2 && CAPITALS_HEADING.test(nonEmpty[0]!) && TERMS_CODE.test(nonEmpty[1]!);
      termsCoded = codedCaps;
      // «LANDBRUKSBYGNING          Dekning: Pluss»: a product's heading in capitals with its cover level at the right — the
      // heading, then the level's field as a line of its own under it (read as a row of two cells, the heading named no
      // product and the table under it fell to the title's)
      levelField = nonEmpty.length === 2 && CAPITALS_HEADING.test(nonEmpty[0]!) && productHeading(nonEmpty[0]!) && LEVEL_FIELD.test(nonEmpty[1]!) ? nonEmpty[1]! : undefined;
      // «Næringsbygg                      Pluss» over its table, a blank line above: the level alone at the right, without
      // its label — the same heading and level (read as a row of two cells, the heading named no product and the rows
      // under it were lost)
      levelField ??= bareLevelHeading(nonEmpty, before, line) ? `Dekning: ${nonEmpty[1]!}` : undefined;
      // «Årspremie:          kr 2 745   (i år: kr 2 615)»: a labelled field with its comparison in brackets set apart —
      // one field, the bracket its own (as «… kr 2 745 (i år: kr 2 615)» on one line), never a row of two cells
      // («Årspremie:   kr 2 745   (i år: …)»: the label's cell and its value's, then the bracket)
      const fieldCells = nonEmpty.length === 3 && nonEmpty[0]!.endsWith(':') ? `${nonEmpty[0]!} ${nonEmpty[1]!}` : nonEmpty.length === 2 ? nonEmpty[0]! : undefined;
      const bracketed = fieldCells !== undefined && FIELD_WITH_VALUE.test(fieldCells) && FIGURE_BRACKET.test(nonEmpty[nonEmpty.length - 1]!);
      if (nonEmpty.length >= 2 && !numberedCaps && !codedCaps && !bracketed && levelField === undefined) {
        open = null;
        let c0 = cells.slice();
        let bullet = false;
        const first = c0.findIndex((c) => c !== '');
        if (first >= 0 && BULLET.test(c0[first]!)) {
          bullet = true;
          c0[first] = c0[first]!.replace(BULLET, '');
        }
        // «Bakkeveien 3, 7045 Trondheim kr 1 000 000 | (empty) | kr 1 026 000»: the next column's cell run into the place
        c0 = placeApart(c0);
        // «Forsikringssum | kr 3» over «400 000»: an amount broken at the line end, its rest on a line of its own
        const last = c0.length - 1;
        const next = lines[at + 1];
        const rest = next !== undefined && next.cells.length === 1 && BROKEN_AMOUNT.test(c0[last]!) ? clean(next.cells[0]!) : undefined;
        const joined = rest !== undefined && AMOUNT_REST.test(rest);
        if (joined) c0[last] = `${c0[last]} ${rest}`;
        // «Forsikringssted: Storgata 1, 0155 Oslo   Forsikringssum: kr 12 000 000»: fields side by side,
        // each a line of its own (a label's value is what stands right after it, never the next label)
        const fields = joined ? undefined : labelledCells(c0);
        if (fields !== undefined) {
          for (const f of fields) units.push({ index: units.length, lines: [line], offsets: [0], cells: [f], text: f, lower: '', row: false, bullet: false, label: undefined, heading: false, product: false });
          continue;
        }
        // «Husdyr | Nordre Haugenvegen 31 Sum indeksreguleres ikke | 750.000 | …»: the remark a text sets on the line
        // under the row's place, run into the place's cell — the row, then the remark as that line
        const remark = joined ? undefined : remarkApart(c0);
        if (remark !== undefined) c0 = remark.cells;
        // («Forsikringssted:   LERKEVEIEN 2-8» over «                   GNR. 41 BNR. 212, 1470 LØRENSKOG», a certificate's place
        // field with its value set apart: the lot and postcode under the value are the place's rest, joined as one line writes it)
        const placeRest = joined || remark !== undefined ? undefined : placeFieldRest(c0, next, line);
        if (placeRest !== undefined) {
          const v = c0.length - 1 - [...c0].reverse().findIndex((c) => c !== '');
          c0[v] = `${c0[v]!.replace(/,$/, '')}, ${placeRest}`;
        }
        const text = c0.filter((c) => c !== '').join(' ');
        units.push({ index: units.length, lines: joined || placeRest !== undefined ? [line, next!] : [line], offsets: joined ? [0, text.length - rest!.length] : placeRest !== undefined ? [0, text.length - placeRest.length] : [0], cells: c0, text, lower: '', row: true, bullet, label: undefined, heading: false, product: false });
        if (placeRest !== undefined) at++;
        if (remark !== undefined) units.push({ index: units.length, lines: [line], offsets: [0], cells: [remark.text], text: remark.text, lower: '', row: false, bullet: false, label: undefined, heading: false, product: false });
        if (joined) at++;
        continue;
      }
      t = bracketed ? `${fieldCells!} ${nonEmpty[nonEmpty.length - 1]!}` : (numberedCaps ? nonEmpty[1] : nonEmpty[0]) ?? '';
    }
    if (t === '') {
      open = null;
      continue;
    }
    const marked = isMarkedHeading(line.text);
    const bullet = BULLET.test(t);
    // «2. Bygninger»: a section's number before a product's name is no part of the name (a policy's
    // schedule; the conditions reader cites its clauses by their numbers and keeps them)
    const numbered = opts.numberedProducts === true && !bullet && !marked ? SECTION_NUMBER.exec(t) : null;
    const mark = numbered ? LIST_NUMBER.exec(t) : null;
    // («4) Driftsløsøre (maskiner, …)» / «5) Sau og lam» / «6) Gardsansvar», each over its «Sum: … Egenandel: …» line: the next
    // number of a list whose items are products is an item too, though the vocabulary does not know its name — read as a
    // line under the item above, its figures were that item's)
    const inList = mark !== null && lastNumbered !== undefined && +mark[1]! === lastNumbered.n + 1 && mark[2] === lastNumbered.mark && at - lastNumbered.at <= 4 && !DIGIT_IN.test(numbered![1]!);
    const numberedProduct = numbered && headingShape(numbered[1]!, false) && (productHeading(withoutColon(numbered[1]!)) || inList || personProductName(numbered[1]!)) ? numbered[1]! : undefined;
    if (numberedProduct !== undefined && mark !== null) lastNumbered = { n: +mark[1]!, mark: mark[2]!, at };
    else if (numbered) lastNumbered = undefined;
    // «2 NÆRINGSDRIFT», «2 NÆRINGSDRIFT (fortsettelse)», «3. GENERAL LIABILITY / ANSVAR»: a numbered section's
    // heading in capitals, one space after its number, is the heading alone, as two spaces after it make it
    // (a product's or not: the readers ask) — read as a line, it ran on into the sentence under it or stood
    // in a section of the heading above
    const capsHeading = numbered && numberedProduct === undefined && NUMBERED_CAPS.test(numbered[1]!.trim()) ? numbered[1]!.trim() : undefined;
    // (a value on a line of its own — «15 G» under a bullet that qualifies a name — is not the bullet's continuation)
    // («Årspris yrkesskade: kr 287 420» over «side 4 av 4»: a page's number is never the rest of a line)
    // («Årspremie yrkesskade: kr 28 960» over «2 Gruppeliv», the next section's numbered heading one space
    // after its number, as a PDF sets it: a heading, never the rest of the line above)
    if (open && !openMarked && !marked && !bullet && (!endsSentence(open.text) || colonInBracket(open.text)) && CONTINUES.test(t) && !LIST_ITEM_START.test(t) && !(open.bullet && VALUE_LINE.test(t)) && !PAGE_CELL.test(t) && numberedProduct === undefined && capsHeading === undefined) {
      open.offsets.push(open.text.length + 1);
      open.text = `${open.text} ${t}`;
      open.cells = [open.text];
      open.lines.push(line);
      open.heading = false;
      open.product = false;
      continue;
    }
    // « • Forsikringssum kr 100 000 000 per skade» over «   – egenandel kr 20 000 – premie kr 48 300»: a bullet's figures
    // wrapped at the mark that sets its fields apart, the rest set in under the bullet's text — the bullet goes on (read
    // as a bullet of its own, no name over it, the deductible and the premium were lost)
    if (open && open.bullet && !openMarked && !marked && bulletFieldsGoOn(open, line, t)) {
      open.offsets.push(open.text.length + 1);
      open.text = `${open.text} ${t}`;
      open.cells = [open.text];
      open.lines.push(line);
      continue;
    }
    // «Forsikringssted: Trollvassbu, Hovdevegen 115» over «Gnr 7 Bnr 31, 3560 Hemsedal»: the place goes on
    if (open && !bullet && !marked && open.lines.length === 1 && follows(open.lines[0]!, line) && placeGoesOn(open.text, t)) {
      open.offsets.push(open.text.length + 2);
      open.text = `${open.text.replace(/,$/, '')}, ${t}`;
      open.cells = [open.text];
      open.lines.push(line);
      open.heading = false;
      open.product = false;
      open = null;
      continue;
    }
    // «Forsikringssum NOK 1.350.000,- Egenandel kr 10.000,-»: the fields as a row of cells
    const run = !bullet && !marked && line.cells.length === 1 ? labelledRun(t) : undefined;
    if (run !== undefined) {
      units.push({ index: units.length, lines: [line], offsets: [0], cells: run, text: run.join(' '), lower: '', row: true, bullet: false, label: undefined, heading: false, product: false });
      open = null;
      continue;
    }
    // «Forsikringssum Egenandel» over «2 000 000 5 000»: a row of fields «Forsikringssum 2 000 000 | Egenandel 5 000»
    const fields = !bullet && !marked && line.cells.length === 1 ? labelsOverValues(t, lines[at + 1]) : undefined;
    if (fields !== undefined) {
      units.push({ index: units.length, lines: [line, lines[at + 1]!], offsets: [0, t.length + 1], cells: fields, text: fields.join(' '), lower: '', row: true, bullet: false, label: undefined, heading: false, product: false });
      open = null;
      at++;
      continue;
    }
    // «Forsikringsnummer 60-114 227 981» alone on a line of a web page's card: the field «Forsikringsnummer: …», not a
    // line that ends the card above the fields under it
    const numberLine = !bullet && !marked && line.cells.length === 1 ? POLICY_NUMBER_LINE().exec(t.trim()) : null;
    if (numberLine) {
      const text = `${numberLine[1]}: ${numberLine[2]}`;
      units.push({ index: units.length, lines: [line], offsets: [0], cells: [text], text, lower: '', row: false, bullet: false, label: undefined, heading: false, product: false });
      open = null;
      continue;
    }
    // «Pris» over «219 kr/mnd» over «2 628 kr/år», a web page's card: the price of the year is the field's value, the
    // month's how it is paid
    const yearly = !bullet && !marked ? yearUnderMonth(t, lines[at + 1], lines[at + 2]) : undefined;
    if (yearly !== undefined) {
      units.push(labelledUnit(units.length, [line, lines[at + 2]!], withoutColon(t).trim(), yearly));
      open = null;
      at += 2;
      continue;
    }
    // a card of one label a line, its labels repeated per record («Forsikring» / «Gruppeliv» / «Ytelse» /
    // «Dødsfallserstatning» / «Sum per person» / «10 G» / … / «Årspremie» / «kr 31 860»): the value under «Forsikring»
    // is the record's product heading, the value under «Ytelse» an item's heading over its sum's field
    const card = !bullet && !marked ? cardHeading(t, lines[at + 1], lines[at + 2], lines.slice(at + 3, at + 3 + RECORD_FACT_LINES)) : undefined;
    if (card !== undefined) {
      units.push({ index: units.length, lines: [line, lines[at + 1]!], offsets: [0, 0], cells: [card.name], text: card.name, lower: '', row: false, bullet: false, label: undefined, heading: true, product: card.product });
      open = null;
      at++;
      continue;
    }
    // «Egenandel» on one line and «kr 20 000» on the next: one field «Egenandel: kr 20 000»
    // («Ytelse» over «Forsikringssum» over «Dødsfallserstatning» over «10 G»: a table's header copied one cell a line — the
    // sum's column name under the name column's is no label over a value; the lines under it are the rows' cells)
    const value = !bullet && !marked && !headerCellUnderName(lines[at - 1], t) ? valueAfterLabel(t, lines[at + 1], lines[at + 2], lines[at - 1]) : undefined;
    if (value !== undefined) {
      const u = labelledUnit(units.length, [line, lines[at + 1]!], withoutColon(t).trim(), value);
      units.push(u);
      open = null;
      at++;
      // («FORSIKRINGSSTED» over «Lillevannsveien 14» over «Gnr 41 Bnr 118, 0788 Oslo»: the place's rest on the line under its value)
      const rest = lines[at + 1];
      if (rest !== undefined && rest.cells.length === 1 && follows(lines[at]!, rest) && placeGoesOn(u.text, clean(rest.cells[0]!))) {
        u.offsets.push(u.text.length + 2);
        u.text = `${u.text}, ${clean(rest.cells[0]!)}`;
        u.cells = [u.text];
        u.lines.push(rest);
        at++;
      }
      continue;
    }
    if (numberedProduct !== undefined) {
      const name = inCapitals(numberedProduct);
      units.push({ index: units.length, lines: [line], offsets: [0], cells: [name], text: name, lower: '', row: false, bullet: false, label: undefined, heading: true, product: true });
      open = null;
      continue;
    }
    if (capsHeading !== undefined) {
      const name = inCapitals(capsHeading);
      units.push({ index: units.length, lines: [line], offsets: [0], cells: [name], text: name, lower: '', row: false, bullet: false, label: undefined, heading: true, product: productHeading(withoutColon(name)) });
      open = null;
      continue;
    }
    const text = bullet ? t.replace(BULLET, '') : t;
    const heading = headingShape(t, marked);
    const u: Unit = { index: units.length, lines: [line], offsets: [0], cells: [text], text, lower: '', row: false, bullet, label: undefined, heading, product: heading && (productHeading(withoutColon(text)) || termsCoded) };
    units.push(u);
    open = u;
    openMarked = marked;
    if (levelField !== undefined) {
      units.push({ index: units.length, lines: [line], offsets: [0], cells: [levelField], text: levelField, lower: '', row: false, bullet: false, label: undefined, heading: false, product: false });
      open = null;
      levelField = undefined;
    }
  }
  cellsCarriedOver(units);
  productsApart(units);
  for (let at = 0; at < units.length; at++) {
    const u = units[at]!;
    u.lower = lowerCase(u.text);
    if (!u.text.includes(':')) continue;
    const m = LABEL.exec(u.text);
    // («Villa   Skogveien 4   kr 12 460   (i 2024: kr 11 320)»: a colon inside a bracket ends no label)
    if (m && (words(m[1]!) <= 4 || (words(m[1]!) <= 7 && LIMIT_VALUE.test(u.text.slice(m[0].length - 1)))) && !openBracket(m[1]!)) {
      u.label = m[1]!.trim();
      // («Byggeår: 1987», «Areal: 1 240 m²» under «NÆRINGSBYGG - KONTOR»: a field whose value is a figure, no product's heading)
      if (u.product && FIGURE_VALUE.test(u.text.slice(u.text.indexOf(':') + 1).trim())) u.product = false;
      // («Bygningstype: Verksted og kontor, byggeår 1998»: a description of the building, whatever it names)
      if (u.product && DESCRIPTION.has(lowerCase(u.label))) u.product = false;
    }
    else if (u.row) {
      const first = u.cells.find((c) => c !== '') ?? '';
      if (first.endsWith(':')) u.label = first.slice(0, -1).trim();
    }
    // «Emne: VS: Fornyelse 2025», «Til: post@…»: an e-mail's header field, no heading and no product
    if (u.heading && u.label !== undefined && MAIL_HEADER_SET.has(lowerCase(u.label))) {
      u.heading = false;
      u.product = false;
    }
  }
  return units;
}

/** A label, its colon and an amount: «Årspremie: kr 2 745», «Egenandel: 10 000 kr». */
const FIELD_WITH_VALUE = /^[A-ZÆØÅa-zæøå][A-Za-zÀ-ÖØ-öø-ɏ .]{1,40}:\s*(?:kr\.?\s*|nok\s*)?\d[\d .,]*(?:-|\s*kr\.?)?$/iu;
/** A bracket that compares a figure: «(i år: kr 2 615)», «(i fjor kr 8 000)», «(2025: kr 2 615)». */
const FIGURE_BRACKET = /^\([^()]*\d[^()]*\)$/;
/** A postcode and a place alone on a line («6800 Førde», «0155 Oslo»). */
const POSTCODE_PLACE = /^\d{4}\s+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]*(?:\s[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿ-]*)?$/;

/**
 * A labelled line that ends with a comma («Forsikringssted: Industrivegen 14,») and a postcode with its
 * place on the next line read (a page break, its footer and letterhead between): the address going on.
 */
/** A field of a label on one line and its value on another («Egenandel» over «kr 20 000»): one unit «Egenandel: kr 20 000». */
function labelledUnit(index: number, lines: SourceLine[], label: string, value: string): Unit {
  const text = `${label}: ${value}`;
  return { index, lines, offsets: [0, label.length + 2], cells: [text], text, lower: '', row: false, bullet: false, label: undefined, heading: false, product: false };
}

/**
 * The rest of a place field's value on the line under it: the field set as two cells, «Forsikringssted:» and «LERKEVEIEN 2-8»,
 * over one cell alone that is a lot or a postcode and place («GNR. 41 BNR. 212, 1470 LØRENSKOG») where the value has neither.
 */
function placeFieldRest(cells: readonly string[], next: SourceLine | undefined, line: SourceLine): string | undefined {
  const full = cells.filter((c) => c !== '');
  if (full.length !== 2 || next === undefined || !follows(line, next)) return undefined;
  const under = next.cells.map((c) => clean(c).trim()).filter((c) => c !== '');
  if (under.length !== 1) return undefined;
  const field = `${withoutColon(full[0]!).trim()}: ${full[1]!.trim()}`;
  return full[0]!.trim().endsWith(':') && placeGoesOn(field, under[0]!) ? under[0]! : undefined;
}

/** A place's label and its value: «Forsikringssted: Trollvassbu, Hovdevegen 115». */
const PLACE_FIELD = new RegExp(`^(?:${PLACE_LINE_LABELS.join('|')})\\s*:\\s*(\\S.*)$`, 'i');

/**
 * «Forsikringssted: Trollvassbu, Hovdevegen 115» over «Gnr 7 Bnr 31, 3560 Hemsedal» (set in under the
 * value, or at the margin): a place's value without its postcode and lot, whose rest stands on the line
 * under it — one place, joined with the comma it has on one line. A place that has its postcode or lot
 * is whole: a lot under it is another thing's.
 */
export function placeGoesOn(text: string, next: string): boolean {
  const m = PLACE_FIELD.exec(text);
  // («Sandvoldvegen 120, 2420 Brandval» over «Gnr 41 Bnr 3, Grue kommune» under a record's name: the property's lot in its
  // municipality, the cadastral half of the same place — as on one line, «…, 2420 Brandval, Gnr 41 Bnr 3, Grue kommune»)
  if (m === null) return STREET_PLACE.test(text.trim()) && LOT_IN_MUNICIPALITY.test(next.trim());
  if (/[.:;]$/.test(m[1]!)) return false;
  // («Forsikringssted: Fjellstuvegen 21, 2640 Vinstra» over «Gnr 88 Bnr 14, Nord-Fron kommune»: a lot that names its
  // municipality and no postcode of its own is the same property's cadastral reference, never another place)
  if (POSTCODE_IN.test(m[1]!) && !LOT_IN.test(m[1]!) && LOT_IN_MUNICIPALITY.test(next.trim())) return true;
  // («Forsikringssted» over «Hegra, Gnr 112 Bnr 7» over «7520 Hegra»: a place with its lot but no postcode, then a
  // postcode and place alone — the place's last part, as it is written on one line; a lot under it is another thing's)
  if (!PLACE_MARKS.test(m[1]!)) return PLACE_REST.test(next.trim());
  return !POSTCODE_IN.test(m[1]!) && POSTCODE_PLACE.test(next.trim());
}

/** A postcode and its place inside a place's value: «… 7520 Hegra». */
const POSTCODE_IN = /\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/u;
/** A lot inside a place's value: «… Gnr 12 Bnr 4 …», «gårdsnr. 41». */
const LOT_IN = /\b(?:gnr|gårdsnr|g\.nr)\.?\s*\d/i;
/**
 * A property's lot with its municipality and no postcode, alone on a line: «Gnr 41 Bnr 3, Grue kommune», «Gnr. 88 / Bnr. 14 –
 * Nord-Fron kommune», «Gårdsnr. 12, bruksnr. 4 i Vang kommune», «gnr/bnr 41/3, Grue kommune», a festenr or seksjonsnr after it.
 */
const LOT_IN_MUNICIPALITY =
  /^(?:(?:gnr|gårdsnr|g\.nr)\.?\s*\d+\s*[,/]?\s*(?:bnr|bruksnr|b\.nr)\.?\s*\d+|gnr\.?\s*\/\s*bnr\.?\s*\d+\s*\/\s*\d+)(?:\s*[,/]?\s*(?:fnr|festenr|snr|seksjonsnr)\.?\s*\d+)*\s*(?:,|\si|\s[-–])\s*[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ-]*(?:\s+[A-Za-zÀ-ÖØ-öø-ɏ-]+){0,2}\s+kommune\.?$/iu;
/**
 * A place's text without the lot in its municipality joined after its postcode («Sandvoldvegen 120, 2420 Brandval, Gnr 41
 * Bnr 3, Grue kommune» → «Sandvoldvegen 120, 2420 Brandval»): what a reader of a street and postcode alone tests.
 */
export function withoutLotInMunicipality(text: string): string {
  const m = /^(.*\d{4}\s+\S.*?),\s+(\S.*)$/u.exec(text);
  return m && LOT_IN_MUNICIPALITY.test(m[2]!) ? m[1]! : text;
}
/** A street, its number, and a postcode with its place, the whole line: «Sandvoldvegen 120, 2420 Brandval», «Os allé 5 B, 5200 Os». */
const STREET_PLACE = /^[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ.' -]{1,40}\s\d+\s?[A-Za-z]?,\s*\d{4}\s+[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ-]*(?:\s[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ɏ-]*)?$/u;

function postcodeAfterComma(open: Unit, line: SourceLine): boolean {
  if (!open.text.endsWith(',') || open.lines.length !== 1 || !open.text.includes(':') || line.cells.length !== 1) return false;
  const c = line.text.trim()[0];
  return c !== undefined && c >= '0' && c <= '9' && POSTCODE_PLACE.test(line.text.trim());
}

/**
 * A numbered section's heading, «2. Bygninger», «2) Gruppeliv», «3 Behandlingsforsikring»: its number
 * (with a point, a bracket or nothing after it), then a capital (the name after it). A sub-section's
 * outline number is a number too («1 Eiendom» over «1.1 Bygning», «2.3.1 Driftsavbrudd»): the product
 * is the name after it, as it is after a section's.
 */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2}){0,2}(?:[.)]\s*|\s)\s*([A-ZÀ-ÖØ-Þ].*)$/;
/** A list item's number and its mark: «5)», «5.». */
const LIST_NUMBER = /^(\d{1,2})([.)])\s/;
/** A figure anywhere in a name: a numbered line with one is a field or a sentence, no list item's name alone. */
const DIGIT_IN = /\d/;

/**
 * A section's number as a cell of its own («1», «2.»), also after the word for a section («Seksjon 1», «Del 2», «Avsnitt 3»,
 * «Section 4»: a liability programme's sections).
 */
const SECTION_NUMBER_ALONE = /^(?:(?:seksjon|del|avsnitt|section)\s+)?\d{1,2}\.?$/i;
/**
 * A section's letter as a cell of its own («B  YRKESSKADE (lov om yrkesskadeforsikring …)», «C  GRUPPELIVSFORSIKRING»,
 * an overview's sections lettered A, B, C): as a section's number, the heading after it is the heading alone.
 */
const SECTION_LETTER_ALONE = /^[A-Z]\.?$/;
/** The word for a section before its number: «Seksjon 4  Rene formuestap» is a section's heading whatever it names. */
const SECTION_WORD = /^(?:seksjon|del|avsnitt|section)\s/i;
/**
 * A reference to the insurer's terms by their code, a cell of its own: «Vilkår NB-2024», «Vilkår: BN 1.2»,
 * «Vilkårsnr. VA-12» (a figure in the code: «Vilkår» alone is a column's name).
 */
/** A cell of cover level words alone: «Pluss», «Ekstra Pluss», «SUPER». */
function levelWordsOnly(cell: string): boolean {
  const words = lowerCase(cell).split(/\s+/);
  return words.length > 0 && words.length <= 2 && words.every((w) => LEVEL_WORDS.has(w));
}

/**
 * «Næringsbygg                      Pluss», «BOLIGHUS      Super»: a product's heading with the level of its cover set
 * alone at the right, as insurers print a schedule's product headings — a line of its own (a blank line or the page's
 * top above it: a list of products and their levels, one under the other, is a table, no heading).
 */
export function bareLevelHeading(cells: readonly string[], before: SourceLine | undefined, line: SourceLine): boolean {
  if (cells.length !== 2 || !levelWordsOnly(cells[1]!)) return false;
  const apart = before === undefined || before.page !== line.page || line.line > before.line + 1;
  return apart && headingShape(cells[0]!, false) && productHeading(cells[0]!);
}

/** «Dekning: Pluss», «Dekningsnivå: Standard», «Nivå: Ekstra»: a cover level's field, its value level words only. */
const LEVEL_FIELD = new RegExp(String.raw`^(?:[Dd]ekning|[Dd]ekningsnivå|[Nn]ivå|[Vv]ariant)\s*:\s*(?:${[...LEVEL_WORDS].join('|')})(?:\s+(?:${[...LEVEL_WORDS].join('|')}))*$`, 'i');
export const TERMS_CODE = new RegExp(
  String.raw`^(?:[Vv]ilkår(?:snr\.?|skode| nr\.?)?|VILKÅR)\s*:?\s+(?=.*\d)[A-ZÆØÅ0-9][A-Za-zÆØÅæøå0-9.:\/-]*(?: [A-Za-zÆØÅæøå0-9.:\/-]+){0,2}` +
    // the cover level the terms are sold in, set after the code by a middle dot, a dash or a comma
    // («Vilkår NB-2024-01 · Pluss», «Vilkår COM-420 – Standard», «Vilkår NB 2024, Utvidet»): part of the reference
    // to the terms, no coverage of its own (the level is the coverage only as a field, «Dekning: Pluss»); so is the basis
    // of the section's sums («Vilkår NB-2023, Fullverdi»: the buildings are insured at full value, no cover named)
    String.raw`(?:(?:\s*[·•–,]\s*|\s+-\s+)(?:${[...LEVEL_WORDS, ...VALUE_BASIS_WORDS].map((w) => `[${w[0]!.toUpperCase()}${w[0]!}]${w.slice(1)}|${w.toUpperCase()}`).join('|')}))?$`,
);

/** A reference to safety regulations by their code: «Sikkerhetsforskrifter S-NB-01», «Sikkerhetsforskrift FB021». */
const SAFETY_CODE = /^[Ss]ikkerhetsforskrift(?:er)?\s*:?\s+(?=\S*\d)[A-ZÆØÅ0-9][A-Za-zÆØÅæøå0-9.\/-]*$/;

/**
 * A line that only refers to the insurer's terms (and perhaps the safety regulations) by their codes: «Vilkår EI-2024»,
 * «Vilkår NB-2024, Sikkerhetsforskrifter S-NB-01».
 */
function termsLine(line: SourceLine): boolean {
  const cells = line.cells.map(clean).filter((c) => c !== '');
  if (cells.length !== 1) return false;
  if (TERMS_CODE.test(cells[0]!) || titledTermsLine(cells[0]!)) return true;
  const parts = cells[0]!.split(/,\s+/);
  return parts.length > 1 && TERMS_CODE.test(parts[0]!) && parts.slice(1).every((p) => SAFETY_CODE.test(p));
}

/** A code of the insurer's terms before their title: «P 600», «BIL-01», «NB-2024». */
const TERMS_CODE_LEAD = /^[A-ZÆØÅ]{1,4}[ -]?\d{2,4}(?:[-.]\d+)*(?=\s|$)/;

/**
 * «Vilkår P 600 Motorvogn generelle vilkår, P 601 Motorvogn <3,5 t»: the terms by code and title, several after commas,
 * as a fleet's or a business's certificate sets them under its heading — each part begins with a code, and no amount
 * in kroner stands in it (a row of figures is no reference to terms).
 */
function titledTermsLine(text: string): boolean {
  const m = /^(?:[Vv]ilkår|VILKÅR)\s*:?\s+(.+)$/.exec(text);
  if (!m || /\bkr\b|\bNOK\b|\d \d{3}\b/.test(m[1]!)) return false;
  return m[1]!.split(/,\s+/).every((part) => TERMS_CODE_LEAD.test(part));
}

/** A heading in capitals: words of capital letters, no figure («ENTREPRENØRENS EIENDELER»). */
const CAPITALS_HEADING = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ /&,–-]*[A-ZÀ-ÖØ-Þ]$/;
/**
 * A numbered heading's name as a product is written: «NÆRINGSBYGG» → «Næringsbygg», «NÆRINGSDRIFT (fortsettelse)»
 * → «Næringsdrift (fortsettelse)»; a name in ordinary case as it is.
 */
export function inCapitals(name: string): string {
  const m = /^([^()]*?)(\s*\([^()]*\))?$/.exec(name);
  const head = m?.[1] ?? name;
  if (head !== head.toUpperCase() || head === head.toLowerCase() || /\d/.test(head)) return name;
  return `${head[0]!}${lowerCase(head.slice(1))}${m?.[2] ?? ''}`;
}

/** A heading in capitals, perhaps with a word in brackets after it in any case («NÆRINGSDRIFT (fortsettelse)»). */
const NUMBERED_CAPS = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ /&,–-]*[A-ZÀ-ÖØ-Þ](?:\s*\([^()\d]*\))?$/;

const MAIL_HEADER_SET: ReadonlySet<string> = new Set(MAIL_HEADERS);

// withoutColon lives with the other small text helpers, so that schedule-names can use it without
// importing this module (which imports source, which imports schedule-names: a circle).
export { withoutColon };

/** The line of a unit that holds the character at `offset` of its text. */
export function lineAt(u: Unit, offset: number): SourceLine {
  let k = 0;
  for (let i = 0; i < u.offsets.length; i++) if (u.offsets[i]! <= offset) k = i;
  return u.lines[k]!;
}

/** Sentences of a text with their offsets (a full stop, ! or ? followed by a space and a capital or a digit). */
export function sentencesOf(text: string): Array<{ s: string; offset: number }> {
  const out: Array<{ s: string; offset: number }> = [];
  let start = 0;
  // (not after an abbreviation: «med hhv. 4,2 % og 2,5 %», «ca. 3 %», «kr. 10 000», «regulert pr. 01.01.25», «jfr. 5»)
  const re = /(?<!\b(?:hhv|ca|kr|nr|jf|jfr|pr|inkl|ekskl))[.!?;](?=\s+[A-ZÆØÅÉ0-9«(])/g;
  for (let m = re.exec(text); ; m = re.exec(text)) {
    const end = m ? m.index + 1 : text.length;
    const part = text.slice(start, end);
    const s = part.trim();
    if (s) out.push({ s, offset: start + part.indexOf(s[0]!) });
    if (!m) break;
    start = end;
  }
  return out;
}

/** Quote a unit's text for a warning, shortened. */
export function quote(text: string, max = 90): string {
  const t = text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
  return `«${t}»`;
}
