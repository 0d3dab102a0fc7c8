/**
 * What a schedule row cannot say, whichever reader read it: the last check before the rows are the policy's. A row
 * whose cells were shifted — a PDF's sum cell run into the place cell beside it, the deductible then read as the sum and
 * the premium as the deductible — shows it in values no schedule states: an amount inside a place, a deductible that is
 * no round sum of kroner. Such a value is left out and said so (a wrong value is worse than a missing one); the rest of
 * the row stays.
 */
import { amountsIn, KRONER_ONLY } from './amounts.js';
import type { Coverage, TracePoint } from '../model/policy.js';
import type { Reading } from './extract.js';
import type { SourceLine } from './source.js';
import { rowIndexClass } from './index-class.js';
import { VALUE_BASIS_WORDS } from './vocabulary.js';
import { INDEMNITY_PERIOD } from './schedule-names.js';

/** Before an amount: a plate's letters («EB 72 410») or an organisation number's label — no kroner. */
const NO_KRONER_BEFORE = /(?:\b[A-ZÆØÅ]{2}|\borg\.?\s*(?:nr\.?|nummer)?:?)\s*$/i;
/** After an amount: a unit of area or of land («2 000 m²», «1 200 dekar») — no kroner. */
const NO_KRONER_AFTER = /^\s*(?:m2|m²|kvm|kvadratmeter|dekar|daa|mål|liter|kg|tonn)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i;
/** Three figures, a space and three more: an amount's thousands group (a house number or a postcode has none). */
const THOUSANDS = /\d[ .\u00a0\u202f]\d{3}(?!\d)/;
/** A postcode and its place at the start of a text («3430 Spikkestad»). */
const POSTCODE_FIRST = /^\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]/;
/** A first-risk sum's words before its amount in a place cell («1. risiko 500 000»): the cell is no place at all. */
const FIRST_RISK_BEFORE = /(?:1\.\s*risiko|første\s*risiko|førsterisiko)\s*:?\s*$/i;

/**
 * An amount of kroner inside a place, with place text on both sides of it: «Industriveien 14, 14 200 000 3430
 * Spikkestad», «Gnr 58 Bnr 12 2 850 000 kr 2640 Vinstra» (a PDF's sum cell run into the place cell that wraps beside
 * it). The place is the text around the amount, joined as an address is written («Industriveien 14, 3430 Spikkestad»),
 * or undefined where what stands before the amount is a figure's words, not a place. A place that ends in its amount is
 * amountAtPlaceEnd's (src/parse/schedule.ts).
 */
export function amountInsidePlace(object: string): { place: string | undefined; amount: string; value: string } | undefined {
  const text = object.trim();
  for (const a of amountsIn(text)) {
    const end = a.index + a.text.length;
    if (end >= text.length || a.index === 0) continue;
    if (!KRONER_ONLY.test(a.text) && !THOUSANDS.test(a.text)) continue;
    const before = text.slice(0, a.index);
    const after = text.slice(end).replace(/^\s*(?:kr\.?|kroner|nok|,-)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i, '');
    if (NO_KRONER_BEFORE.test(before) || NO_KRONER_AFTER.test(after)) continue;
    if (!/[A-Za-zÀ-ÖØ-öø-ɏ]/.test(before) || !/[A-Za-zÀ-ÖØ-öø-ɏ\d]/.test(after)) continue;
    const head = before.replace(/[,;\s]+$/, '');
    const tail = after.replace(/^[,;\s]+/, '');
    if (FIRST_RISK_BEFORE.test(before)) return { place: undefined, amount: a.text, value: a.value };
    return { place: `${head}${POSTCODE_FIRST.test(tail) ? ', ' : ' '}${tail}`, amount: a.text, value: a.value };
  }
  return undefined;
}

/** A place's next line: a postcode and town («2390 Moelv»), a farm's lot («Gnr 112 Bnr 7, …») or a capitalised name («Ringsaker kommune»). */
const PLACE_NEXT_LINE = /^(?:\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ]|(?:gnr|gårdsnr)\.?\s*\d|[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž])/iu;

/**
 * A place's cell and the sum's beside it, both wrapped and read across, line by line, into one cell (a web page printed
 * by WeasyPrint, a groff table: «Ramsrudvegen 220,» over «2390 Moelv» beside «kr 14.850.000,-»): the place's first line,
 * the sum's first line, the place's next line — «Ramsrudvegen 220, kr 14.850.000,- 2390 Moelv», «Gnr 88 Bnr 3, kr
 * 2.100.000,- Ringsaker kommune», «Ramsrudvegen 220, Førsterisiko 2390 Moelv kr 600.000,-» (the sum's form over its
 * amount, the amount's line after the place's). The place's first line ends with its comma, as an insurer breaks an
 * address before its postcode; the sum is an amount as amountsIn reads it (in kroner, or of whole thousands), or a sum's
 * form (SUM_FORM_INSIDE) with an amount in kroner at the cell's end. The place as written on one line and the sum's text;
 * undefined for any other cell (a place with no comma before the amount is amountInsidePlace's, said and not read).
 */
export function sumBetweenPlaceLines(cell: string): { place: string; sum: string } | undefined {
  const text = cell.trim();
  const form = SUM_FORM_INSIDE.exec(text);
  if (form && form[1]!.endsWith(',')) {
    const tail = form[3]!;
    const last = amountsIn(tail).find((a) => a.index + a.text.length === tail.length && KRONER_ONLY.test(a.text));
    const rest = last ? tail.slice(0, last.index).trim() : tail;
    return { place: `${form[1]!} ${rest}`, sum: last ? `${form[2]!} ${last.text}` : form[2]! };
  }
  for (const a of amountsIn(text)) {
    if (!KRONER_ONLY.test(a.text) && !THOUSANDS.test(a.text)) continue;
    const before = text.slice(0, a.index).trimEnd();
    const after = text.slice(a.index + a.text.length).replace(/^\s*(?:kr\.?|kroner|nok|,-)(?![A-Za-zÀ-ÖØ-öø-ɏ])/i, '').trim();
    if (!before.endsWith(',') || !/[A-Za-zÀ-ÖØ-öø-ɏ]/.test(before) || !PLACE_NEXT_LINE.test(after)) continue;
    if (NO_KRONER_AFTER.test(after)) continue;
    return { place: `${before} ${after}`, sum: text.slice(a.index, text.length - after.length).trim() };
  }
  return undefined;
}

/**
 * A row whose place holds an amount (amountInsidePlace): the place without it, and — unless the amount is the row's own
 * sum, read from its cell as well — none of the row's figures, each of which may be one cell off; said so at the row.
 */
export function withoutAmountInPlace(r: Reading, c: Coverage, line: SourceLine): Coverage {
  const inside = c.object !== undefined ? amountInsidePlace(c.object) : undefined;
  if (inside === undefined) return c;
  const own = c.sum === inside.value;
  r.warn(
    line,
    `the place «${c.object}» of ${c.product} holds an amount «${inside.amount}»: a figure's cell ran into it; ${own ? 'the amount is not read twice' : "the row's figures, each maybe one cell off, are not read"}`,
  );
  const { object: _object, sum: _sum, deductible: _deductible, premium: _premium, ...rest } = c;
  const out: Coverage = own ? { ...c } : rest;
  if (inside.place !== undefined) out.object = inside.place;
  else delete out.object;
  return out;
}

/** A first-risk sum's form in the sum column («Førsterisiko», nynorsk «Fyrsterisiko», «1. risiko»). */
const FIRST_RISK_FORM_WORDS = ['Førsterisiko', 'Fyrsterisiko', 'Første risiko', 'Fyrste risiko', '1\\. risiko'];
/**
 * A sum's form in the sum column («Fullverdi», «Markedsverdi», «Førsterisiko»): a word, not a place, when it stands
 * between a place's first line and its next — a postcode and town («2312 Ottestad») or a farm's lot («Gnr 112 Bnr 7, 3570
 * Ål»), the two lines an insurer writes a place on. A PDF whose place cell wraps beside the sum's cell runs the sum
 * column's first line in there: «Ramsrudvegen 220, Fullverdi 2390 Moelv», «Sørbølvegen 41, Fullverdi Gnr 112 Bnr 7, 3570
 * Ål». The forms are the vocabulary's (VALUE_BASIS_WORDS) and a first risk's; an address has none of them.
 */
const SUM_FORM_INSIDE = new RegExp(
  `^(.*\\S)\\s+(${[...VALUE_BASIS_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1)), 'Etter regning', ...FIRST_RISK_FORM_WORDS].join('|')})\\s+(\\d{4}\\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ].*|(?:Gnr|gnr|Gårdsnr|gårdsnr)\\.?\\s*\\d+.*)$`,
  'u',
);
/** The first-risk forms among them: the row's sum is then a first-risk sum. */
const FIRST_RISK_FORM_INSIDE = new RegExp(`^(?:${FIRST_RISK_FORM_WORDS.join('|')})$`, 'u');

/**
 * A place as it is written on one line, whatever cells a PDF ran into it: the sum column's empty mark after it
 * («Toyota RAV4 Hybrid, EB 71234 -») left out, a place wrapped into the next line of its own cell twice over («Nordvikveien
 * 2, 6100 Volda Nordvikveien 2, 6100 Volda») once, the sum's form between its street and its postcode («Solbærvegen 14
 * Fullverdi 2312 Ottestad») the row's note, its postcode then after a comma as the address is written («Solbærvegen 14,
 * 2312 Ottestad»). A place the document itself writes without that comma («Lagerbygg Gnr 40 Bnr 3 7340 Oppdal») stays so.
 */
export function tidyPlace(c: Coverage): Coverage {
  if (c.object === undefined) return c;
  let o = c.object.trim().replace(/\s+[-–—]$/, '');
  const half = o.length % 2 === 1 ? (o.length - 1) / 2 : -1;
  if (half > 4 && o[half] === ' ' && o.slice(0, half) === o.slice(half + 1)) o = o.slice(0, half);
  let note = c.note;
  const form = SUM_FORM_INSIDE.exec(o);
  let sum = c.sum;
  if (form) {
    // (the first line's own comma, «Ramsrudvegen 220,», is the comma the address is written with: never two)
    o = `${form[1]!.replace(/,$/, '')}, ${form[3]!}`;
    // (a first-risk form over the row's amount — «Førsterisiko» over «kr 600.000,-» in the sum's cell — makes the sum a
    // first-risk sum, as the text's cell reads; another form is the row's note)
    if (FIRST_RISK_FORM_INSIDE.test(form[2]!) && typeof sum === 'string') sum = { first_risk: sum };
    else if (note === undefined) note = form[2]!;
  }
  const described = placeThenDescription(o);
  if (described) {
    o = described.place;
    note = note === undefined ? described.description : `${described.description}; ${note}`;
  }
  if (o === c.object && note === c.note && sum === c.sum) return c;
  return { ...c, object: o, ...(note !== undefined ? { note } : {}), ...(sum !== undefined ? { sum } : {}) };
}

/**
 * A street and its postcode and town, as the address is written (the postcode after a comma, so that a plate's four
 * digits before a model — «JD 4471 Kubota M5091» — is no postcode); the town one word, «X i Y» / «X på Y», or with its
 * letter («Kristiansand S»).
 */
const ADDRESS_TO_TOWN = /^(.*\S,\s*\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s(?:i|på)\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ'-]*|\s[A-ZÆØÅ](?![A-Za-zÀ-ÖØ-öø-ɏ]))?)\s+(\S.*)$/u;

/**
 * An address ends with its town: what a wrapped place cell holds on its next lines is what stands there or how long the
 * row pays, not more of the place — «Industriveien 3, 1337 Sandvika» over «Lagerbygg / Warehouse», «Brynsveien 12, 0667
 * Oslo» over «Ansvarstid 24 mnd.» (a business schedule's place column, the building's kind or the loss of rent's
 * indemnity period set in under the address). Only where what follows the town is known as such — a building's word
 * the index-class table knows, an indemnity period — since a town may be more than one word («Indre Arna», «Mo i Rana»):
 * any other word after it stays in the place.
 */
export function placeThenDescription(object: string): { place: string; description: string } | undefined {
  const m = ADDRESS_TO_TOWN.exec(object.trim());
  if (m === null) return undefined;
  const rest = m[2]!.trim();
  const first = /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]+/u.exec(rest)?.[0];
  const building = first !== undefined && (() => {
    const k = rowIndexClass(first);
    return k.known && k.index_class === 'bygninger';
  })();
  if (!building && !INDEMNITY_PERIOD.test(rest)) return undefined;
  return { place: m[1]!, description: rest };
}

/**
 * A thing that is only a plate's letters («EV», «EL»): a vehicle's cell whose wrapped rest a PDF set at another column's
 * edge, the letters left alone in the cell. No object is two capitals: left out, said so at the row.
 */
export function withoutBareLetters(r: Reading, c: Coverage, line: SourceLine): Coverage {
  if (c.object === undefined || !/^[A-ZÆØÅ]{1,3}$/.test(c.object.trim())) return c;
  r.warn(line, `the object «${c.object}» of ${c.product} is only a registration's letters: the rest of its cell was not read; the object is left out`);
  const { object: _object, ...rest } = c;
  return rest;
}

/**
 * A deductible a schedule states is a round sum: in the hand-read documents of this project's corpus (some 1 800
 * deductibles of many insurers) every one is a whole hundred of kroner. One that is not a whole fifty («18 905»,
 * «6 027») is a premium or another column's figure read one cell off: left out, with a warning at the row.
 */
export function withoutOddDeductibles(r: Reading, coverages: Coverage[]): void {
  coverages.forEach((c, i) => {
    const d = c.deductible;
    if (d === undefined || !/^\d+$/.test(d) || Number(d) % 50 === 0) return;
    // (a row is traced where it was read; never dropped unsaid where it is not)
    const at = r.trace.get(`coverages[${i}].deductible`) ?? r.trace.get(`coverages[${i}]`) ?? { page: 1, line: 1 };
    // (grouped as the document writes it; core/money's formatNumberNo would bring decimal.js into the parser's bundle)
    r.warn(lineOf(at), `the deductible «${d.replace(/\B(?=(?:\d{3})+$)/g, ' ')}» of ${c.product}${c.object !== undefined ? ` (${c.object})` : ''} is no round amount: a figure of another column, read one cell off; it is left out`);
    delete c.deductible;
    r.trace.delete(`coverages[${i}].deductible`);
  });
}

function lineOf(t: TracePoint): SourceLine {
  return { page: t.page, line: t.line, text: t.text ?? '', cells: [t.text ?? ''] };
}
