/**
 * Titles and headings that name the product of the section under them: «Forsikringsbevis –
 * Gruppeliv», «FORSIKRINGSBEVIS – NÆRINGSBYGG – STORGATA 3, 0155 OSLO», a product heading with its
 * place after a comma. Every schedule reader (and the unread-line check) starts a product's section
 * at them, so they live apart from any one reader.
 */
import { namesProduct } from './index-class.js';
import { AGREEMENT_FORM_AFTER, productLine } from './schedule-names.js';
import { CERTIFICATE_TITLES, DATES, POLICY_NUMBER, TITLE_OCCASIONS } from './vocabulary.js';
import { withoutColon, type Unit } from './units.js';
import { PAGE_CELL } from './pdf/running.js';

/**
 * «Forsikrede bygninger (…)», «Forsikret eiendom», «Forsikrede objekter:»: what a table lists, as the participle says — no product's name.
 * So is «Bygninger som omfattes», «Eiendommer som er forsikret», «Bygningar som er med» (the thing, then a clause on it being insured).
 */
export const INSURED_LEAD = /^(?:(?:forsikrede|forsikra|forsikret|forsikrete)\s+[a-zæøå]+(?:\s*\([^()]*\))?|[a-zæøå]+\s+som\s+(?:omfattes|omfattast|er\s+(?:forsikret|forsikra|omfattet|omfatta|med))(?:\s+av\s+forsikringen|\s+av\s+forsikringa)?):?$/i;

/**
 * The words a certificate is titled by, longest first — «Forsikringsbevis», «Forsikringsbrev» (Agria's, the same paper),
 * «Forsikringspolise», «Polise», «Forsikringsavtale» (the vocabulary's certificate titles): insurers name the paper
 * differently, and the insurance after its dash is the title's product whichever word they use.
 */
const CERTIFICATE_WORDS = [...CERTIFICATE_TITLES].sort((a, b) => b.length - a.length);
/** A title that names the product of the section under it: «Forsikringsbevis – Gruppeliv», «FORSIKRINGSBREV – HUNDEFORSIKRING». */
const TITLE = new RegExp(`^(?:${CERTIFICATE_WORDS.join('|')})\\s*(?:[-–—:]\\s*|\\s+)([A-Za-zÀ-ÖØ-öø-ÿ].*)$`, 'i');
/** A line or cell that begins with a certificate's word (lower case). */
function startsAsCertificate(lower: string): boolean {
  return CERTIFICATE_WORDS.some((w) => lower.startsWith(w));
}

/** A renewal letter's title that names what it renews: «FORNYELSE AV BILFORSIKRING», «Fornying av bilforsikringa di». */
const RENEWAL_TITLE = /^(?:fornyelse|fornying|fornyinga|fornyelsen)\s+(?:av|på)\s+(?:(?:din|di|ditt|dykkar|deres)\s+)?([a-zæøå][a-zæøå -]{3,40}?)(?:\s+(?:din|di|ditt|dykkar|deres))?$/i;

/** An insurance's name and the customer it is for: «bygningsforsikring for boligselskap» (lower case). */
const SOLD_TO = /^([a-zæøå]{3,}forsikring(?:a|en)?)\s+(for\s+[a-zæøå]{4,})$/;

/**
 * The product a renewal letter's title names, as a certificate's title names its own: «FORNYELSE AV BILFORSIKRING» →
 * «Bilforsikring» (a definite form, «bilforsikringa», as the heading writes the insurance: «Bilforsikring»); undefined for a
 * title that names no product the vocabulary knows («Fornyelse av avtalen»).
 */
export function renewalTitleProduct(u: Unit): string | undefined {
  if (u.row || u.label !== undefined || !u.heading || /\d/.test(u.text)) return undefined;
  const m = RENEWAL_TITLE.exec(u.text.trim());
  if (!m) return undefined;
  // («FORNYELSE AV BYGNINGSFORSIKRING FOR BOLIGSELSKAP»: the customer the insurance is sold to is part of its name)
  const sold = SOLD_TO.exec(m[1]!.toLowerCase());
  const name = (sold ? sold[1]! : m[1]!.toLowerCase()).replace(/(forsikring)(?:a|en)$/, '$1');
  if (!name.endsWith('forsikring') || !namesProduct(name)) return undefined;
  const whole = sold ? `${name} ${sold[2]!}` : name;
  return whole[0]!.toUpperCase() + whole.slice(1);
}

/** The product a title names, or undefined («FORSIKRINGSBEVIS – LANDBRUK» → «Landbruk»). */
export function titleProduct(u: Unit): string | undefined {
  return titleParts(u)?.product;
}

/** «NÆRINGSBYGG – STORGATA 3, 0155 OSLO»: a title's product, a dash or comma, and its place (a postcode in it). */
const TITLE_PLACE = /^([^\d–—,]+?)\s*(?:[–—-]|,)\s+(.*\b\d{4}\s+[A-Za-zÀ-ÖØ-öø-ÿ].*)$/;

/** The product a title names and the place it names after it («Forsikringsbevis – Næringsbygg – Storgata 3, 0155 Oslo»), or undefined. */
export function titleParts(u: Unit): { product: string; object?: string } | undefined {
  if (u.row) return titleRowParts(u) ?? titleBesideFact(u);
  return titleOfText(u);
}

/**
 * «Forsikringsbevis Kommuneeiendom      Forsikringsnummer 1120-0038-01»: a certificate page's title with the page's own
 * fact set apart at the right (a municipality's agreement gives each certificate its own number so) — the title of the
 * first cell, as on a line of its own; the fact is the header's (the policy-number reader weighs it). So with the page's number
 * at the right («Side 1 av 1»).
 */
function titleBesideFact(u: Unit): { product: string; object?: string } | undefined {
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 2) return undefined;
  // (the title's own words first: a row whose first cell is no certificate's title is none, whatever its second cell holds —
  // most two-cell rows are not, and the fact's pattern, long and case-insensitive, is then neither compiled nor run)
  const lower = cells[0]!.toLowerCase();
  // («FORSIKRINGSBEVIS – INNBOFORSIKRING      Side 1 av 1»: the page's number at the title's right, as a one-page certificate
  // prints it — the page's fact, no part of the title)
  if (!startsAsCertificate(lower) || !(OWN_FACT_CELL.test(cells[1]!) || PAGE_CELL.test(cells[1]!))) return undefined;
  return titleOfText({ ...u, row: false, cells: [cells[0]!], text: cells[0]!, lower });
}


function titleOfText(u: Unit): { product: string; object?: string } | undefined {
  // («Forsikringsbrev: Katteforsikring»: the paper's word as a label, the insurance its value — a title as after a dash)
  const titleLabel = u.label !== undefined && CERTIFICATE_TITLES.has(u.label.trim().replace(/:$/, '').trim().toLowerCase());
  if (u.text.length > 100 || (u.label !== undefined && !titleLabel) || !startsAsCertificate(u.lower)) return undefined;
  // (as a label's value, only an insurance's own name: «Forsikringsavtale: Nordlys AS» names the customer, no product)
  if (titleLabel && !/^[A-Za-zÀ-ÖØ-öø-ÿ]+forsikring\b/i.test(u.text.slice(u.label!.length).replace(/^\s*:?\s*/, ''))) return undefined;
  const m = TITLE.exec(u.text.trim());
  if (!m) return undefined;
  let name = withoutOwnFact(m[1]!.trim());
  let object: string | undefined;
  const place = /\d/.test(name) ? TITLE_PLACE.exec(name) : null;
  if (place && namesProduct(place[1]!)) {
    name = place[1]!.trim();
    object = place[2]!.trim();
  }
  if (name.includes('·') || /\d/.test(name) || (object === undefined && u.text.length > 80)) return undefined;
  // («Forsikringsbevis – fornyelse», «Forsikringsbevis – endring»: the occasion the certificate was issued on, no product —
  // the rows under it name their own)
  // («Forsikringsbevis (kopi)»: the occasion in brackets too)
  if (TITLE_OCCASIONS.has(name.toLowerCase().replace(/[.:]$/, '').replace(/^\((.*)\)$/, '$1'))) return undefined;
  // «Forsikringsbevis for yrkesskadeforsikring»: the product after the preposition (not «for Nordlys AS», a customer)
  const prep = /^(?:for|på|om)\s+/i.exec(name);
  if (prep) {
    name = name.slice(prep[0].length);
    if (!namesProduct(name)) return undefined;
    // (a product's name, as a heading writes it: «Yrkesskadeforsikring»)
    name = name[0]!.toUpperCase() + name.slice(1);
  }
  // («FORSIKRINGSBEVIS TRANSPORTFORSIKRING – ÅRSAVTALE», «Forsikringsbevis – Transportforsikring, årsavtale»: how the
  // insurance is bought, after its name, is no part of it — as under a heading)
  const bought = name.replace(AGREEMENT_FORM_AFTER, '');
  if (bought !== '') name = bought;
  // («Forsikringsbevis – hesteforsikring»: the name after the dash in lower case, as running text writes it — a product's
  // name as a heading writes it, «Hesteforsikring» (test/corpus/README.md))
  const product = name === name.toUpperCase() ? name[0]! + name.slice(1).toLowerCase() : name[0]!.toUpperCase() + name.slice(1);
  return object !== undefined ? { product, object } : { product };
}

/** The labels of a certificate's own facts, longest first: «Forsikringsnummer», «Avtalenr.», «Gjelder fra». */
const FACT_LABELS = [...POLICY_NUMBER.labels, ...DATES.period].filter((l) => !l.includes('/')).sort((a, b) => b.length - a.length);
/** A certificate's own fact as a cell: its label and a value with a figure («Forsikringsnummer 1120-0038-01», «Gjelder fra: 01.01.2025»). */
const OWN_FACT_CELL = new RegExp(`^(?:${FACT_LABELS.map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\.?\\s*:?\\s+(?=[^\\d]*\\d)\\S.*$`, 'i');
/** «Kommuneeigedom Forsikringsnummer 1106612»: a title's product, then the certificate's own fact (its value perhaps on the next line). */
const OWN_FACT = new RegExp(`^(.*?[a-zæøå])\\s+(?:${FACT_LABELS.map((l) => l.replace(/[.]/g, '\\.').replace(/ /g, '\\s+')).join('|')})\\.?(?:\\s*:?\\s+(?=[^\\d]*\\d).+)?$`, 'i');

/**
 * «Forsikringsbevis Kommuneeigedom Forsikringsnummer 1106612», a PDF's title line whose cells ran together: the
 * product without the certificate's number or date after it (that fact is the header's).
 */
function withoutOwnFact(name: string): string {
  const m = name.length < 100 && /\s/.test(name) ? OWN_FACT.exec(name) : null;
  return m ? m[1]!.trim() : name;
}

/** «Forsikringsbevis» as a title row's first cell (its letters alone, any case). */
const TITLE_CELL = new RegExp(`^(?:${CERTIFICATE_WORDS.join('|')})$`, 'i');

/**
 * «Forsikringsbevis | Kommuneeigedom | Forsikringsnummer 1106612», «Forsikringsbevis | Eiendeler | Gjelder
 * fra 01.05.2025»: a certificate page's title set in cells, its product in the second (the third cell is
 * the page's own fact, the header's) — the same title as on a line of its own.
 */
function titleRowParts(u: Unit): { product: string } | undefined {
  if (u.cells.length < 2 || u.cells.length > 3 || !TITLE_CELL.test(u.cells[0]!.trim())) return undefined;
  const product = u.cells[1]!.trim();
  if (product === '' || /\d/.test(product) || !namesProduct(product)) return undefined;
  return { product: product === product.toUpperCase() ? product[0]! + product.slice(1).toLowerCase() : product };
}

/**
 * «LANDKREDITT FORSIKRING | FORSIKRINGSBEVIS» over «Landkreditt Forsikring AS | Landbruksforsikring»: a certificate's
 * letterhead sets its title as a block at the right, the kind of document over the insurance it is for, beside the
 * company's name and address — the title «Forsikringsbevis Landbruksforsikring» broken over two lines. The product is
 * the insurance's name under «Forsikringsbevis» (a compound on «-forsikring»: the word «Forsikringsbevis» over it says it is the title, whether or not the index-class table knows the insurance); undefined for any
 * other pair of rows («Forsikringsbevis» over «Side 1 av 3», over a customer's number or a date).
 */
export function letterheadTitle(u: Unit, above: Unit | undefined): string | undefined {
  if (!u.row || above === undefined || !above.row || u.label !== undefined) return undefined;
  const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
  const over = above.cells.map((c) => c.trim()).filter((c) => c !== '');
  if (cells.length !== 2 || over.length !== 2 || !TITLE_CELL.test(over[1]!)) return undefined;
  const name = cells[1]!;
  if (/\d/.test(name) || name.split(/\s+/).length > 3 || !/^[A-Za-zÀ-ÖØ-öø-ÿ-]{3,}forsikring$/i.test(name.split(/\s+/)[0]!)) return undefined;
  return name === name.toUpperCase() ? name[0]! + name.slice(1).toLowerCase() : name;
}

/**
 * The product a heading names, and its place after a comma («Bygning, Verkstedvegen 12, 8006
 * Bodø»: the record's name line); nothing for a heading that names no product.
 */
export function headingProduct(u: Unit): { product: string | undefined; object: string | undefined } {
  if (!u.product) return { product: undefined, object: undefined };
  // (no name: a line of figures run together with a title, as a PDF can join them)
  const line = productLine(withoutColon(u.text));
  return line ? { product: line.product, object: line.object } : { product: undefined, object: undefined };
}

/** A certificate's title word on a line of its own («FORSIKRINGSBEVIS»; «/ CERTIFICATE OF INSURANCE» after it is already dropped as a translation). */
const TITLE_WORD_ALONE = /^(?:forsikringsbevis|forsikringsavtale|polise)$/i;

/** The label of a head field that names the insurance: «Forsikringstype:», «Type forsikring:», «Produkt:», «Forsikringsart:». */
const INSURANCE_FIELD = /^(?:forsikringstype|type forsikring|produkt|produktnavn|forsikringsprodukt|forsikringsart)$/i;

/** «Næringslivsforsikring», «Styreansvarsforsikring», «Bedrifts- og produktansvar»: the name of one insurance (a liability insurance is named by its «…ansvar» alone). */
const INSURANCE_WORD = /(?:forsikring|ansvar)$/i;

/** The Norwegian half of a bilingual heading or cell: «Styreansvarsforsikring / Directors' and Officers' Liability Insurance» → «Styreansvarsforsikring». */
function norwegianHalf(text: string): string {
  return text.split(/\s+\/\s+/)[0]!.trim();
}

/** A name as a heading gives it, capitalised and not in capitals: «NÆRINGSLIVSFORSIKRING» → «Næringslivsforsikring». */
function asHeading(name: string): string {
  const n = name === name.toUpperCase() ? name.toLowerCase() : name;
  return n[0]!.toUpperCase() + n.slice(1);
}

/** A short name with no figure that names one insurance by its last word, or undefined. */
function insuranceNamed(text: string): string | undefined {
  const name = norwegianHalf(text).replace(/[.:]$/, '').trim();
  if (name === '' || name.length > 60 || /\d/.test(name) || !INSURANCE_WORD.test(name)) return undefined;
  return asHeading(name);
}

/**
 * The insurance a certificate's head names apart from its title word — the forms insurers set their title in when
 * «Forsikringsbevis» and the insurance are not on one line:
 * - the title word alone with the insurance on the line under it: «FORSIKRINGSBEVIS» / «Næringslivsforsikring»; also in
 *   two languages, «FORSIKRINGSBEVIS / CERTIFICATE OF INSURANCE» / «Styreansvarsforsikring / Directors' and Officers'
 *   Liability Insurance» (the Norwegian half);
 * - a head field that says what insurance it is: «Forsikringstype: Bedrifts- og produktansvar», «Produkt: Ansvarsforsikring».
 * Only a name whose last word is an insurance's («…forsikring», a liability's «…ansvar»): a field «Produkt: Bygning» or a
 * line under the title that is the customer's name is no title. Undefined where unit `i` is neither form.
 */
export function headTitleProduct(units: readonly Unit[], i: number): string | undefined {
  const u = units[i]!;
  if (!u.row && TITLE_WORD_ALONE.test(u.text.trim())) {
    const next = units[i + 1];
    if (next === undefined || next.row || next.label !== undefined) return undefined;
    return insuranceNamed(next.text);
  }
  if (u.row && u.cells.length === 2 && INSURANCE_FIELD.test(withoutColon(u.cells[0]!.trim()))) return insuranceNamed(u.cells[1]!);
  // («NEMI FORSIKRING          FORSIKRINGSBEVIS» over «                    Båtforsikring» and «Side 1 av 2»: the letterhead
  // sets the title at the right, the title word beside the company's name and the insurance alone under it — the same title)
  const cells = u.row ? u.cells.map((c) => c.trim()).filter((c) => c !== '') : [];
  if (cells.length === 2 && TITLE_WORD_ALONE.test(cells[1]!)) {
    const next = units[i + 1];
    if (next === undefined || next.row || next.label !== undefined || next.lines.length !== 1) return undefined;
    // (only a compound on «-forsikring»: a line of its own under a letterhead may be the customer's or the sender's name)
    const name = insuranceNamed(next.text);
    return name !== undefined && /^[A-Za-zÀ-ÖØ-öø-ÿ-]{3,}forsikring$/i.test(name) ? name : undefined;
  }
  return undefined;
}
