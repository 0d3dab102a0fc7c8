/**
 * A list of insured things under a category line, one bullet or dash a thing, as letters to boards, brokers' e-mails
 * and web pages write a schedule:
 *
 *   Bygning (fullverdi), eigenandel 12 500 kr:
 *     • Blokk A, Solbakkvegen 2, 5155 Bønes – forsikringssum 86 400 000 kr, premie 118 300 kr
 *   Eiendom - fullverdi, indeksregulert:
 *   - Bryggen 4, 6004 Ålesund (kontor/handel, 5 etasjer): forsikringssum kr 96 750 000, premie kr 88 020
 *   Summer og egenandeler
 *     • Transport av varer, maksimum per sending: NOK 2,5 mill.
 *       Egenandel: NOK 10 000 per skade.
 *
 * The category line names the product and the terms its bullets share (a deductible; «fullverdi» or «indeksregulert»
 * are the sums' form; «ikke indeksregulert» makes every sum one no index adjusts). A bullet's lead — before its first
 * colon or spaced dash after which only figures follow — is what it insures: a place (a postcode in it) is the object of
 * the category's product, or of the name before the place where the category names no product; a lead with no place
 * is the product itself («Styreansvar», «Lausøyre i fellesrom»), unless the category names the product and the lead is
 * no insurance's name («Blokk C»: the object). The figures are read by their labels (schedule-lines.ts `figuresOf`: the
 * first unlabelled amount is the sum), on the bullet and on the lines set in under it; a bullet's own deductible goes
 * before the category's, and a line right after the list that gives the category's deductible by its name («Eigenandel
 * bygning: 15 000 kr.») is the category's too.
 *
 * Never a guess: a figure stated twice for one bullet is a warning and is not used; a bullet whose figures part says a
 * change («aukar frå … til …», «i dag») or holds a rate is not read here.
 */
import type { Coverage } from '../model/policy.js';
import { readAmount } from './amounts.js';
import type { Reading } from './extract.js';
import { namesProduct, rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { CHANGE_WORDS, figuresOf } from './schedule-lines.js';
// (a comma inside a bracket or an amount, «2,5 mill.», stays in its piece)
import { commaPieces } from './schedule-inline.js';
import { columnOf, isDekning, ordered, POSTCODE_PLACE, TOTAL_ROW, withoutPersonsRemark } from './schedule-names.js';
import { firstRiskLabel } from './schedule-fields.js';
import { NOT_INDEXED } from './schedule-unindexed.js';
import { follows } from './translations.js';
import { COVER_LEVEL_SET, PERIL_COVER_WORDS } from './vocabulary.js';
import { quote, withoutColon, type Unit } from './units.js';

type Field = 'sum' | 'deductible' | 'premium';
type Figures = Partial<Record<Field, string>> & { firstRisk?: boolean; share?: string };

/** An insurance's own name: «Eiendomsforsikring», «Bilforsikringa». */
const INSURANCE_NAME = /^[A-ZÆØÅ][a-zæøå]*forsikring(?:a|en)?$/;

/** A name without the sum's form in brackets after it: «Eiendomsforsikring (fullverdi)» → «Eiendomsforsikring». */
function withoutSumForm(p: string): string {
  const bracket = END_BRACKET.exec(p.trim());
  return bracket && SUM_FORM.test(lowerCase(bracket[2]!.trim())) ? bracket[1]!.trim() : p.trim();
}

/** What a category line says of its bullets: the product (where it names one), the shared deductible, unindexed sums. */
interface Category {
  product?: string;
  deductible?: string;
  unindexed: boolean;
}

/** Where a bullet's lead ends: a colon, a dash with a space either side, or a comma before a figure. */
const LEAD_END = /:\s+|\s[–—-]\s|,\s+/g;
/** A dash with a space either side: between a category's name and its terms («Eiendom - fullverdi»). */
const SPACED_DASH = /\s[–—-]\s/g;
/** A sum's form or its index, said of the category's sums: no product, no figure. */
const SUM_FORM = /^(?:fullverdi|full verdi|fullverdiforsikret|fullverdiforsikra|førsterisiko|første risiko|fyrsterisiko|indeksregulert|indeksregulerte|indeksregulerast)$/;
/** A bracket at the end of a name: what the thing is («kontor/handel, 5 etasjer»), or the sum's form («fullverdi»). */
const END_BRACKET = /^(.*?\S)\s*\(([^()]*)\)$/;
/** «eigenandel: ingen», «Egenandel: ingen – kr 1 020,- per år»: a deductible the bullet states as none (group 2 the label). */
const NONE_VALUE = /(^|[\s,·])([a-zæøå]+)\s*:?\s+ingen(?=\s*(?:[,·–—-]|$))/g;
/** The same place as the bullet above: «samme sted», «samme adresse». */
const SAME_PLACE = /^(?:samme|same)\s+(?:sted|stad|adresse|adresse som over)$/i;
/** A verb of running text: a lead with one is a sentence, no name. */
const VERB = /\s(?:er|blir|vert|har|skal|kan|gjelder|gjeld|dekker|dekkjer|betaler|betalar|utgjør)\s/;
/** A rate: a bullet with one is an index or a price's rate, no cover's figures. */
const RATE = /%|promille|‰/;
/** The head of a cover's parts or of the sums per insured person («… er inkludert:», «Inngår i kasko:», «Summer per person:»). */
const PARTS_HEAD = /(?:^|\s)(?:inkludert|inkl\.|inngår|inngår i|omfatter|omfattar|herunder|per person|pr\.? person|per forsikra|per forsikret)(?:\s|:|$)/i;
/**
 * «…, egenandel 20 % av kostnadene» at a bullet's end: a deductible stated as a share of the cost (group 2 the label), no
 * amount — the piece is left out of the figures (and said in a warning), the bullet's amounts are still its own.
 */
const SHARE_PIECE = /(^|,\s*)([a-zæøå]+)\s*:?\s+\d{1,3}(?:,\d+)?\s*(?:%|prosent)\s+av\s+[^,\d]*$/;
/** A list's mark at a line's start (a figures line set in under its bullet may begin with one: «– Forsikringssum …»). */
const MARK = /^[-–•*·▪◦]\s+/;

/**
 * The figures of a bullet's figures part: «forsikringssum 86 400 000 kr, premie 118 300 kr», «5 000 000 kr, eigenandel:
 * ingen, premie 4 200 kr» (a deductible of none is 0: the claim is paid from the first krone). Undefined where the part
 * says a change, holds a rate, or has an amount no label places.
 */
export function bulletFigures(rest: string): Figures | undefined {
  let l = lowerCase(rest.trim()).replace(/\.$/, '');
  const share = SHARE_PIECE.exec(l);
  const shared = share !== null && share.index > 0 && columnOf(share[2]!) === 'deductible' ? l.slice(share.index + share[1]!.length) : undefined;
  if (shared !== undefined) l = l.slice(0, share!.index);
  if (l === '' || l.length > 200 || CHANGE_WORDS.test(l) || RATE.test(l)) return undefined;
  // (a deductible of none is the amount 0 in the deductible's place: written so, the amounts reader reads it, and an amount
  // «per år» beside it is the premium as beside any stated deductible)
  l = l.replace(NONE_VALUE, (all: string, before: string, label: string) => (columnOf(label) === 'deductible' ? `${before}${label} 0 kr` : all));
  const f = figuresOf(l);
  if (f === undefined) return undefined;
  const out: Figures = {};
  for (const k of ['sum', 'deductible', 'premium'] as const) if (f[k] !== undefined) out[k] = f[k];
  // («førsterisiko kr 5 000 000»: a first-risk sum, its form kept with it)
  if (f.firstRisk === true && out.sum !== undefined) out.firstRisk = true;
  // (a deductible of a share and one of an amount: two deductibles, the bullet is another reader's)
  if (shared !== undefined && out.deductible !== undefined) return undefined;
  if (shared !== undefined) out.share = shared;
  return out.sum !== undefined || out.deductible !== undefined || out.premium !== undefined ? out : undefined;
}

/** Whether a text opens with a figure: an amount, a figure's label («forsikringssum», «egenandel»), a first-risk word. */
function opensWithFigure(text: string): boolean {
  const t = text.trim();
  const word = t.split(/[\s:]+/)[0] ?? '';
  const col = columnOf(word);
  return /^(?:kr\.?|nok)\s*\d/i.test(t) || col === 'sum' || col === 'deductible' || col === 'premium' || firstRiskLabel(word);
}

/** A bullet's lead and its figures: at the first colon or spaced dash after which the rest reads as figures. */
export function leadAndFigures(text: string): { lead: string; figures: Figures; cover?: string } | undefined {
  for (const m of text.matchAll(LEAD_END)) {
    const lead = text.slice(0, m.index).trim();
    if (lead === '' || !/^[A-ZÆØÅ]/.test(lead) || lead.length > 100 || VERB.test(` ${lead} `) || /(?:kr\.?|nok)\s*\d|\d\s*(?:kr|kroner|nok)\b/i.test(lead)) return undefined;
    const rest = text.slice(m.index! + m[0].length);
    // (at a comma only where a figure opens what follows: «Verdisaksforsikring (smykker), førsterisiko kr 150 000,-» — a
    // place after the comma, «Blokk A, Solbakkvegen 2, …», goes on with the lead)
    if (m[0].startsWith(',') && !opensWithFigure(rest)) continue;
    const figures = bulletFigures(rest);
    if (figures === undefined) continue;
    // («Lastebil, ZT 40112: Kasko, egenandel 20 000 kr, …»: a name before the figures is the cover they are of)
    const first = commaPieces(rest)[0]!.trim();
    // (a cover level or a peril's cover the vocabulary knows: «Kasko», «Delkasko», «Ansvar», «Glass»)
    const word = lowerCase(first);
    const cover = COVER_LEVEL_SET.has(word) || PERIL_COVER_WORDS.has(word) ? first : undefined;
    return cover !== undefined ? { lead, figures, cover } : { lead, figures };
  }
  return undefined;
}

/**
 * What a category line says: «Bygning (fullverdi), eigenandel 12 500 kr:» names Bygning and the deductible 12 500,
 * «Eiendom - fullverdi, indeksregulert:» names Eiendom, «Summer og egenandeler» or «Kva er forsikra» no product. A name
 * the index-class table does not know is no product; a piece that is neither a sum's form nor a labelled deductible
 * makes the line no category of figures (its deductible is not read).
 */
export function categoryOf(text: string): Category {
  const t = withoutColon(text.trim()).trim();
  const out: Category = { unindexed: NOT_INDEXED.test(lowerCase(t)) };
  // (the pieces at commas and at spaced dashes: «Eiendom - fullverdi, indeksregulert», «Eiendommer (fullverdi) – egenandel kr
  // 20 000 per skade» part their terms either way)
  const pieces = commaPieces(t).flatMap((p) => p.split(SPACED_DASH)).map((p) => p.trim()).filter((p) => p !== '');
  let name = pieces[0] ?? '';
  const bracket = END_BRACKET.exec(name);
  if (bracket && SUM_FORM.test(lowerCase(bracket[2]!.trim()))) name = bracket[1]!;
  if (name !== '' && !/\d/.test(name) && namesProduct(name) && columnOf(name) === undefined && !TOTAL_ROW.test(name)) out.product = name;
  // («Skolebygg – Eiendomsforsikring (fullverdi)»: the things' kind, then the insurance they are under — the insurance is the product)
  const insurance = pieces.slice(1).map(withoutSumForm).find((p) => INSURANCE_NAME.test(p) && !/\d/.test(p));
  if (insurance !== undefined) out.product = insurance;
  for (const p of pieces.slice(1)) {
    if (p === insurance || withoutSumForm(p) === insurance) continue;
    const l = lowerCase(p);
    if (SUM_FORM.test(l) || NOT_INDEXED.test(l)) continue;
    const f = bulletFigures(p);
    if (f === undefined || f.sum !== undefined || f.premium !== undefined || f.deductible === undefined) {
      delete out.deductible;
      break;
    }
    out.deductible = f.deductible;
  }
  return out;
}

/**
 * «Eigenandel bygning: 15 000 kr. Pris bygning i alt: 118 640 kr.» right after the list under «Bygning, fullverdi»: the
 * deductible of the category named by its product after the label; undefined for any other line.
 */
export function deductibleAfter(text: string, product: string): string | undefined {
  const m = /^([A-Za-zÆØÅæøå]+)\s+([^:.\d]{3,40}):\s*([^.]*\d[^.]*?)(?:\.\s|\.?$)/.exec(text.trim());
  if (!m || columnOf(m[1]!) !== 'deductible' || lowerCase(m[2]!.trim()) !== lowerCase(product)) return undefined;
  return readAmount(m[3]!.trim());
}

/** The product and object a bullet's lead gives, under its category; undefined when the lead is no name. */
export function leadThing(lead: string, cat: Category, above: string | undefined): { product: string; object?: string; note?: string } | undefined {
  let text = lead;
  let note: string | undefined;
  const bracket = END_BRACKET.exec(text);
  if (bracket) {
    text = bracket[1]!;
    note = bracket[2]!.trim();
  }
  let pieces = commaPieces(text);
  const notes = note !== undefined ? [note] : [];
  const place = pieces.findIndex((p) => POSTCODE_PLACE.test(p));
  // («Gjellebekkveien 12 A, 3420 Lierskogen – veksthus 1, glass/stål»: the place ends at its town; after a dash the thing's description)
  const cut = place >= 0 ? pieces[place]!.split(/\s[–—-]\s/) : [];
  if (cut.length > 1) pieces = [...pieces.slice(0, place), cut[0]!.trim(), [cut.slice(1).join(' – '), ...pieces.slice(place + 1)].join(', ')];
  const withNotes = (x: { product: string; object?: string }, more: string[] = []) => {
    const all = [...more, ...notes];
    return all.length > 0 ? { ...x, note: all.join('; ') } : x;
  };
  if (place >= 0) {
    if (cat.product !== undefined) return withNotes({ product: cat.product, object: pieces.slice(0, place + 1).join(', ') }, pieces.slice(place + 1));
    // (the thing's name, then its place from the first piece with a figure: «Inventar, utstyr og maskiner i salongen, Torvet 3, 4515 Mandal»)
    const k = pieces.findIndex((p) => /\d/.test(p));
    if (k <= 0) return undefined;
    // («Eiendeler (inventar, utstyr og løsøre), Storgata 12, …»: a bracket of words after the name says what the product
    // takes in — its note, as the e-mail list items read it)
    const named = pieces.slice(0, k).join(', ');
    const taken = /^([^()]*?\S)\s*\(([^()\d]+)\)$/.exec(named);
    const after = pieces.slice(place + 1);
    return withNotes({ product: taken ? taken[1]! : named, object: pieces.slice(k, place + 1).join(', ') }, taken ? [`(${taken[2]!})`, ...after] : after);
  }
  const last = pieces[pieces.length - 1]!;
  if (pieces.length > 1 && SAME_PLACE.test(last) && above !== undefined) return withNotes({ product: pieces.slice(0, -1).join(', '), object: above });
  const name = withoutPersonsRemark(pieces[0]!);
  // («Bilforsikring for AB 11111», «Ulykkesforsikring for hele familien»: an insurance and what or whom it is for — the
  // list items' reading, src/parse/schedule-inline.ts; a list with one is left to it)
  if (/^\S+forsikring(?:a|en)?\s+for\s/i.test(name)) return undefined;
  if (/\d/.test(name) && !namesProduct(name)) return undefined;
  if (cat.product !== undefined && !namesProduct(name)) return withNotes({ product: cat.product, object: text });
  return withNotes({ product: name }, pieces.slice(1));
}

/** A field «Label: value» whose label is one the schedule reads (a figure, the place, the cover): a record's line, no thing. */
function fieldLine(text: string): boolean {
  const m = /^\s*(?:[-–•*·▪◦]\s+)?([A-Za-zÀ-ÖØ-öø-ÿ][A-Za-zÀ-ÖØ-öø-ÿ./ ]{1,30}?)\s*:\s+\S/.exec(text);
  return m !== null && (columnOf(m[1]!) !== undefined || isDekning(m[1]!));
}

/** Whether a unit can be the category line over a list: a line of its own, no bullet, no table row, no sentence. */
function categoryLine(u: Unit | undefined): u is Unit {
  if (u === undefined || u.bullet || u.row) return false;
  const t = categoryText(u).trim();
  if (t.length > 90) return false;
  // («Fører- og passasjerulykke er inkludert:», «Forsikringssummer per person:»: the head of a cover's parts or of the sums
  // per insured person — the items of the product they stand in, no category of things)
  if (PARTS_HEAD.test(t)) return false;
  // («Dette er forsikret:», «Kva er forsikra:»: a line that opens a list with its colon is the list's head, verb or not)
  return t.endsWith(':') || ((u.heading || !/[.!?]$/.test(t)) && !VERB.test(` ${withoutColon(t)} `));
}

/** A line right over another, or over it with one blank line between (a list set off from its head, as a mail writes it). */
function nearOver(a: { page: number; line: number }, b: { page: number; line: number; under?: number }): boolean {
  return follows(a, b) || (a.page === b.page && b.under === undefined && b.line - a.line === 2);
}

/** A unit set in under the bullet right above it: that bullet's line, no category of its own. */
function setInUnder(r: Reading, u: Unit): boolean {
  const above = r.units[u.index - 1];
  return above !== undefined && above.bullet && follows(above.lines[above.lines.length - 1]!, u.lines[0]!) && (u.lines[0]!.indent ?? 0) > (above.lines[0]!.indent ?? 0);
}

/**
 * The category's words: the line right over the list («Kva er forsikra» over «Bygning, fullverdi», read as one unit
 * «Kva er forsikra: Bygning, fullverdi», has the category on its last line).
 */
function categoryText(u: Unit): string {
  if (u.lines.length < 2) return u.text;
  const last = u.lines[u.lines.length - 1]!;
  return last.cells.filter((c) => c.trim() !== '').join(' ').trim();
}

/** The lines set in under a bullet that go on with it (figures or a description), up to the next bullet of the list. */
function linesUnder(r: Reading, b: Unit): Unit[] {
  const out: Unit[] = [];
  const indent = b.lines[0]!.indent ?? 0;
  let last = b;
  for (let k = b.index + 1; k < r.units.length; k++) {
    const v = r.units[k]!;
    if (r.used.has(v) || v.row || !follows(last.lines[last.lines.length - 1]!, v.lines[0]!) || (v.lines[0]!.indent ?? 0) <= indent) break;
    // (a mark set in deeper, «– Forsikringssum kr 450 000,- · …», is the bullet's figures line, no item of its own)
    if (v.bullet && bulletFigures(v.text.replace(MARK, '')) === undefined) break;
    out.push(v);
    last = v;
  }
  return out;
}

/** Whether a unit may state a figure: a digit (every amount pattern holds one), or «ingen» (a deductible of none, read as 0 kr). */
function figureIn(u: Unit): boolean {
  return DIGIT.test(u.text) || u.lower.includes('ingen');
}
const DIGIT = /\d/;

/** Read the bullet lists under category lines (see above). */
export function readBulletLists(r: Reading, push: (c: Coverage, u: Unit) => void): void {
  for (let i = 1; i < r.units.length; i++) {
    const first = r.units[i]!;
    const head = r.units[i - 1];
    // (the category line may have been read for its own words — a heading, a product's name —: its words are still the
    // list's; a line set in under a bullet above is that bullet's, no category)
    if (!first.bullet || r.used.has(first) || !categoryLine(head) || setInUnder(r, head) || !nearOver(head.lines[head.lines.length - 1]!, first.lines[0]!)) continue;
    // the list: its bullets, each with the lines set in under it
    const items: Array<{ b: Unit; under: Unit[] }> = [];
    let k = i;
    let prev: Unit = head;
    while (k < r.units.length) {
      const b = r.units[k]!;
      if (!b.bullet || r.used.has(b) || !(prev === head ? nearOver : follows)(prev.lines[prev.lines.length - 1]!, b.lines[0]!)) break;
      const under = linesUnder(r, b);
      items.push({ b, under });
      prev = under.length > 0 ? under[under.length - 1]! : b;
      k = prev.index + 1;
    }
    // (a list with no figure in it — no digit, no «ingen» — is read as no list of things, as the reading below would find: a
    // bullet's figures and those of the lines under it are amounts, whose patterns all hold a digit, or a deductible of
    // «ingen» read as 0 kr; its category is then not looked at, and a list of fields is passed by whole, as below)
    if (!items.some(({ b, under }) => figureIn(b) || under.some(figureIn))) {
      if (items.some(({ b, under }) => fieldLine(b.text) || under.some((v) => fieldLine(v.text)))) i = k - 1;
      continue;
    }
    const cat = categoryOf(categoryText(head));
    // («Eigenandel bygning: 15 000 kr.» right after the list: the category's deductible, named by its product)
    const after = r.units[k];
    const tail = after !== undefined && cat.product !== undefined && !after.bullet && follows(prev.lines[prev.lines.length - 1]!, after.lines[0]!) ? deductibleAfter(after.text, cat.product) : undefined;
    // (a list whose bullets are a record's fields — «• Forsikringssum: kr 400 000,-», «• Egenandel: kr 3 000,-», «• Dekning:
    // Kasko» — or whose bullets name covers over fields of their own — «• Ansvar» over «Forsikringssum: kr 5 000 000,-» — is
    // the field blocks' to read: no list of things)
    if (items.some(({ b, under }) => fieldLine(b.text) || (bulletFigures(b.text) === undefined && leadAndFigures(b.text.trim()) === undefined && under.some((v) => fieldLine(v.text))))) {
      i = k - 1;
      continue;
    }
    const shared = cat.deductible ?? tail;
    const read: Array<{ c: Coverage; units: Unit[]; share: string | undefined }> = [];
    let above: string | undefined;
    // (a bullet with figures that is no thing's line — «Avbestilling: 40 000 kr» beside «Reisegods: 25 000 kr» — says the list
    // is of another kind, a cover's parts: then none of it is read here, never half of it)
    let unread = 0;
    for (const { b, under } of items) {
      const split = leadAndFigures(b.text.trim()) ?? (under.length > 0 && bulletFigures(b.text) === undefined ? { lead: withoutColon(b.text.trim()).trim(), figures: {} as Figures } : undefined);
      if (split === undefined) {
        // (a figure the list's reading cannot place — a rate, «ved 100 % invaliditet» — is a bullet of another kind)
        if (/\d/.test(b.text)) unread++;
        continue;
      }
      const figures: Figures = { ...split.figures };
      let twice = false;
      for (const v of under) {
        const f = bulletFigures(v.text.replace(MARK, ''));
        if (f === undefined) continue;
        for (const key of ['sum', 'deductible', 'premium'] as const) {
          if (f[key] === undefined) continue;
          if (key === 'sum' && f.firstRisk === true) figures.firstRisk = true;
          if (figures[key] !== undefined) {
            r.warnUnit(v, `could not read the ${key} of ${quote(split.lead)}: the bullet and the line under it both state one; none is used`);
            delete figures[key];
            twice = true;
          } else figures[key] = f[key];
        }
      }
      const own = (['sum', 'deductible', 'premium'] as const).filter((x) => figures[x] !== undefined).length;
      const thing = leadThing(split.lead, cat, above);
      if (thing === undefined || own === 0 || twice) {
        if (own > 0 && !twice) unread++;
        continue;
      }
      if (columnOf(thing.product) !== undefined || TOTAL_ROW.test(thing.product)) continue;
      // (a name the index-class table does not know, under a line that names no product, is read on two figures: the shape of a cover)
      const known = namesProduct(thing.product);
      if (!known && own < 2) {
        unread++;
        continue;
      }
      const c: Coverage = { product: thing.product };
      // («◦ Kunders eiendeler: førsterisiko …» set in under «• Maskiner og inventar, Havnegata 3, 9008 Tromsø: …»: a part
      // of the thing above, at its place)
      const deeper = (b.lines[0]!.indent ?? 0) > (items[0]!.b.lines[0]!.indent ?? 0);
      if (thing.object === undefined && deeper && above !== undefined) thing.object = above;
      if (thing.object !== undefined) c.object = thing.object;
      if ('cover' in split && split.cover !== undefined) c.coverage = split.cover;
      if (figures.sum !== undefined) c.sum = figures.firstRisk === true ? { first_risk: figures.sum } : figures.sum;
      const deductible = figures.deductible ?? shared;
      if (deductible !== undefined) c.deductible = deductible;
      if (figures.premium !== undefined) c.premium = figures.premium;
      const cls = rowIndexClass(thing.product);
      c.index_class = cat.unindexed ? 'none' : cls.index_class;
      if (!cat.unindexed && !cls.known) r.warnUnit(b, `index class of «${thing.product}» is not known from its name; set to other`);
      if (thing.note !== undefined) c.note = thing.note;
      // (said only when the list is read: see below)
      const share = figures.share !== undefined ? `the deductible of ${quote(split.lead)} is a share of the cost, «${figures.share}», no amount; not read` : undefined;
      read.push({ c: ordered(c), units: [b, ...under], share });
      if (thing.object !== undefined) above = thing.object;
    }
    // (one bullet read is a list no more than a line is — the other readers read a lone line of figures —, unless the line
    // over it ends in the colon that opens a list and the bullet states two figures: «Fellesareal og lausøyre:» over one item)
    const lone = read.length === 1 && head.text.trim().endsWith(':') && Object.keys(read[0]!.c).filter((x) => x === 'sum' || x === 'premium' || x === 'deductible').length >= 2;
    if ((read.length < 2 && !lone) || unread > 0) continue;
    for (const { c, units, share } of read) {
      push(c, units[0]!);
      if (share !== undefined) r.warnUnit(units[0]!, share);
      for (const u of units) {
        r.used.add(u);
        // (the changes reader, which runs first, said it could not read a change in it: a thing's figures, no change)
        r.withdraw(`could not read the deductible change in ${quote(u.text)}`);
      }
    }
    r.used.add(head);
    if (tail !== undefined) r.used.add(after!);
    i = k - 1;
  }
}
