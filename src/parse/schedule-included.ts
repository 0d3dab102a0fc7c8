/**
 * What a cover takes in, listed under it with each part's limit: a private certificate or portal page writes a
 * product's figures, then a heading that says the parts below are included in it, then the parts one a line —
 * «Inkludert i kasko» over «Ansvar: 3.000.000 kr» and «Rettshjelp: 100.000 kr» (Eika's boat), «Dette er inkludert i
 * Ekstra» over «✓ Rettshjelp inntil 100 000 kr» (a portal's cover level), «Inkludert / Included:» over «- Sykkel /
 * Bicycle:   inntil / up to NOK 30 000» (a bilingual certificate). Each part with a limit is an item of the cover
 * right above the heading (the one the heading names, where it names one), never a product of its own; a part with
 * no limit («✓ Brann, vann og naturskade») names what the cover pays for and is no item; a part paid as documented
 * («Båtredning og vrakfjerning: Etter regning») is an item without a sum, the words its note.
 *
 * And a table's part-rows: «Innbo og løsøre   kr 1 500 000   kr 4 000   kr 3 412» over the rows set in under it
 * «Rettshjelp   kr 100 000   kr 4 000   inkludert» (their place cell empty, or a dash before the name: «  - Fortelt og
 * løst utstyr   NOK 40 000   NOK 4 000   inkl.»): a row set in under another whose price is «inkludert» is a part of
 * the row above, its item, not a cover of its own; a row of its own with that price in a flat list of covers («Ansvar
 * for hund   kr 10 000 000   kr 4 000   inkludert» among the dog's covers) stays a row.
 */
import type { Coverage, CoverageItem, SumValue } from '../model/policy.js';
import type { Reading } from './extract.js';
import { amountsIn, readAmount, readLimit, readSum } from './amounts.js';
import { COVER_LEVEL_SET, PERSON_COVERAGES } from './vocabulary.js';
import { lowerCase } from './lower.js';
import { quote, type Unit } from './units.js';
import { columnOf, isDekning, ordered } from './schedule-names.js';
import { removeTrace } from './schedule-merge.js';

/**
 * «Inkludert», «Inkludert i kasko:», «Dette er inkludert i Ekstra», «Inngår i forsikringen:», «Dette inngår:»: a heading
 * of a cover's parts, the cover it names after «i» (group 1), if any.
 */
const INCLUDED_HEAD = /^(?:inkludert|inkl\.|inngår|som inngår|dette inngår|dette er inkludert|dette er med|med i forsikringen|(?:dekningen|dekninga|forsikringen|forsikringa)\s+(?:omfatter|omfattar)(?:\s+(?:blant annet|mellom anna|bl\.a\.|også|og))?)(?:\s+i\s+([^:.]{2,40}?))?\s*:?$/i;

/**
 * «Inkludert i forsikringen», «Dette inngår i forsikringa», «Inngår»: a heading that says what follows is included in the
 * insurance itself — it names no cover of its own (not «Inkludert i kasko»), so the covers under it are the insurance's,
 * the heading only their caption.
 */
export function includedInInsurance(text: string): boolean {
  const t = text.trim();
  if (INCLUDED_COVERS.test(t)) return true;
  const m = INCLUDED_HEAD.exec(t);
  return m !== null && (m[1] === undefined || /^(?:forsikringen|forsikringa|avtalen|avtala)$/i.test(m[1].trim()));
}

/**
 * «Dekket i denne forsikringen» (a cabin insurance's list of covers), «Inkluderte tilleggsdekninger», nynorsk «Inkluderte
 * dekningar»: the same caption in the other words insurers write it with.
 */
const INCLUDED_COVERS = /^(?:(?:dekket|dekka)\s+i\s+(?:denne\s+|dette\s+)?(?:forsikringen|forsikringa)|inkluderte\s+(?:tilleggs)?(?:dekninger|dekningar))\s*:?$/i;

/** A mark a list puts before its parts: a bullet, a dash, a tick. */
const MARK = /^(?:[-–•*·✓✔☑]\s*)+/;

/** «Ansvar: 3.000.000 kr»: a part's name and its value after a colon. */
const NAME_COLON = /^([^:]{2,80}?):\s*(\S.*)$/;
/** «Utvendige ledninger og hageanlegg inntil 200 000 kr»: a part's name and its limit after it, in one run of words. */
const NAME_LIMIT = /^(.{2,80}?)\s+((?:inntil|opptil|maks(?:imalt|\.)?|høyst|høgst)\s+.*)$/i;
/** Two cells apart: a part's name and its value. */
const NAME_GAP = /^(\S.{1,80}?)(?:\s{2,}|\t)\s*(\S.*)$/;

/** A value that is a way of payment, not a sum («Etter regning», nynorsk «Etter rekning»), its English half after a slash left out. */
const ASSESSED = new RegExp(`^(?:${PERSON_COVERAGES.assessedCells.map((w) => w.replace(/\./g, '\\.')).join('|')})\\.?$`);

export interface IncludedList {
  heading: Unit;
  /** The cover the heading names («kasko» in «Inkludert i kasko»), in lower case. */
  names?: string;
  items: Array<{ item: CoverageItem; unit: Unit }>;
}

/**
 * The value of a part: a sum (kroner, G, a limit «inntil kr 50 000», the one amount of «NOK 40 000 per reise», the
 * words after it its note), or a way of payment (no sum, the words its note). Undefined when it is neither.
 */
/** The way of payment a value says, its English half left out («Etter regning / As incurred» → «Etter regning»); undefined for any other value. */
export function assessedNote(value: string): string | undefined {
  const norwegian = value.trim().replace(/[.,]$/, '').split(/\s+\/\s+/)[0]!.trim();
  return ASSESSED.test(lowerCase(norwegian)) ? norwegian : undefined;
}

export function partValue(value: string): { sum?: SumValue; note?: string } | undefined {
  const v = value.trim().replace(/[.,]$/, '');
  const assessed = assessedNote(v);
  if (assessed !== undefined) return { note: assessed };
  const sum = readSum(v) ?? readLimit(v);
  if (sum !== undefined) return { sum };
  // («NOK 40 000 per reise», «inntil / up to NOK 30 000»: one amount in kroner and words that are no figure)
  const found = amountsIn(v);
  if (found.length !== 1 || !/kr|nok/i.test(found[0]!.text) || /\d/.test(v.replace(found[0]!.text, ''))) return undefined;
  const after = v.slice(found[0]!.index + found[0]!.text.length).trim().replace(/^[,–-]\s*/, '');
  const before = v.slice(0, found[0]!.index).trim();
  // (before the amount only a limit's word: «inntil», «opptil», «inntil / up to»)
  if (before !== '' && !/^(?:inntil|opptil|maks(?:imalt|\.)?|høyst|høgst)(?:\s*\/\s*up to)?$/i.test(before)) return undefined;
  return after === '' ? { sum: found[0]!.value } : { sum: found[0]!.value, note: after };
}

/** «egenandel 3 000 kr (ingen egenandel ved reparasjon …)», «ingen egenandel»: a part's own deductible as its value (the amount in group 1). */
const PART_DEDUCTIBLE = /^(?:(?:egenandel|eigenandel|eigendel)\s+(.+?)(?:\s*\([^()]*\))?|(?:ingen|uten|utan)\s+(?:egenandel|eigenandel|eigendel))$/i;

/**
 * A part's value that is its own deductible: «Glass: egenandel 3 000 kr», «Veihjelp: ingen egenandel» (0, as a schedule's
 * «Ingen» deductible reads); undefined for any other value.
 */
function partDeductible(value: string): string | undefined {
  const m = PART_DEDUCTIBLE.exec(value.trim().replace(/[.,]$/, ''));
  if (!m) return undefined;
  return m[1] === undefined ? '0' : readAmount(m[1]);
}

/** «inntil kr 40 000,-, egenandel kr 2 000,-»: a part's limit, a comma, then its own deductible (groups 1 and 2). */
const LIMIT_THEN_DEDUCTIBLE = /^(.+?),\s*((?:egenandel|eigenandel|eigendel)\s+.+)$/i;

/**
 * A part's value that states both its limit and its own deductible, the way a letter or e-mail lists what a cover takes in:
 * «Innbo og løsøre i vogna: inntil kr 40 000,-, egenandel kr 2 000,-». Undefined unless each half reads on its own.
 */
function limitAndDeductible(value: string): { sum: SumValue; deductible: string } | undefined {
  const m = LIMIT_THEN_DEDUCTIBLE.exec(value.trim());
  if (!m) return undefined;
  const limit = partValue(m[1]!);
  const deductible = partDeductible(m[2]!);
  if (limit?.sum === undefined || limit.note !== undefined || deductible === undefined) return undefined;
  return { sum: limit.sum, deductible };
}

/** Whether a part's line sets its value apart from its name, after a colon or in a column of its own (the list is a table of parts). */
function valueApart(text: string): boolean {
  const t = text.trim().replace(MARK, '').trim();
  return NAME_COLON.test(t) || NAME_GAP.test(t);
}

/** A part's name as a list writes it: a few words with a letter and no figure («Bagasje og utstyr», «Batteri (elbil)»). */
function partName(name: string): boolean {
  return /[A-Za-zÀ-ÖØ-öø-ÿ]/.test(name) && !/\d/.test(name) && name.split(/\s+/).length <= 6;
}

/**
 * One line of such a list: a part with its value; `skip` for a part without a figure; undefined when the list ends. A part
 * whose value is its own deductible has that deductible; one whose value states no limit the model holds («Leiebil: inntil 30
 * dager», «Ansvar og rettshjelp   Iht. vilkår», «Ferieavbrudd   1 500 kr per dag, inntil 15 dager») is `named`: an item
 * without a sum where the list gives other parts their limits.
 */
export function partLine(text: string): { name: string; sum?: SumValue; note?: string; deductible?: string; named?: true } | 'skip' | undefined {
  const t = text.trim().replace(MARK, '').trim();
  if (t === '') return undefined;
  const split = NAME_COLON.exec(t) ?? NAME_GAP.exec(t) ?? NAME_LIMIT.exec(t);
  if (split) {
    const name = split[1]!.trim();
    const value = partValue(split[2]!);
    if (value !== undefined && /[A-Za-zÀ-ÖØ-öø-ÿ]/.test(name) && !/\d/.test(name)) return { name, ...value };
    const both = partName(name) ? limitAndDeductible(split[2]!) : undefined;
    if (both !== undefined) return { name, ...both };
    const deductible = partName(name) ? partDeductible(split[2]!) : undefined;
    if (deductible !== undefined) return { name, deductible };
    // (a value that is a sentence ends the list, «Merk: Skader ved kappseilas dekkes ikke.», and so does one of two amounts or
    // more, «Ansvar: 2 000 000 kr eller 3 000 000 kr», which could be either's limit)
    const rest = split[2]!.trim();
    if (partName(name) && !/[.!?]$/.test(rest) && rest.length <= 60 && amountsIn(rest).length <= 1) return { name, named: true };
  }
  // («✓ Brann, vann og naturskade»: what the cover pays for, no limit — a part, but no item; a sentence ends the list)
  if (!/\d/.test(t) && !/[.!?]$/.test(t) && t.split(/\s+/).length <= 8 && !t.includes(':')) return 'skip';
  return undefined;
}

/**
 * Whether the names of a list's lines are a record's field labels, two or more of them: «Dekning», «Forsikringssted», «Egenandel»,
 * «Årspremie» — the cover's level, place and figures, never parts of it.
 */
function recordFields(names: readonly string[]): boolean {
  return names.filter((n) => isDekning(n) || ['object', 'deductible', 'premium'].includes(columnOf(n) ?? '')).length >= 2;
}

/** The lists of a cover's included parts, their lines marked read (before the other readers take them as rows or fields). */
export function readIncludedLists(r: Reading): IncludedList[] {
  const lists: IncludedList[] = [];
  for (let at = 0; at + 1 < r.units.length; at++) {
    const u = r.units[at]!;
    if (r.used.has(u) || u.lines.length !== 1) continue;
    const head = INCLUDED_HEAD.exec(u.text.trim());
    if (!head) continue;
    const items: IncludedList['items'] = [];
    // (the parts named without a limit the model holds, kept in their place: items only where some part of the list has its figure)
    const named: IncludedList['items'] = [];
    let apart = false;
    const units: Unit[] = [];
    let last = u.lines[0]!.line;
    let k = at + 1;
    for (; k < r.units.length; k++) {
      const v = r.units[k]!;
      // (a blank line ends the list)
      if (r.used.has(v) || v.lines[0]!.line !== last + 1) break;
      const parts = v.lines.map((l) => partLine(l.text));
      if (parts.some((p) => p === undefined)) break;
      for (const [i, p] of parts.entries()) {
        if (p === undefined) continue;
        // («Fører- og passasjerulykke» alone among «Personlige eiendeler oppbevart i båt   100 000 kr» and the like: a part of
        // the cover set in a list of parts with their limits, whose limit is not stated — an item without a sum)
        if (p === 'skip') {
          const name = v.lines[i]!.text.trim().replace(MARK, '').trim();
          if (partName(name)) named.push({ item: { name }, unit: v });
          continue;
        }
        const item: CoverageItem = { name: p.name };
        if (p.sum !== undefined) item.sum = p.sum;
        if (p.deductible !== undefined) item.deductible = p.deductible;
        if (p.note !== undefined) item.note = p.note;
        (p.named === true ? named : items).push({ item, unit: v });
        if (valueApart(v.lines[i]!.text)) apart = true;
      }
      units.push(v);
      last = v.lines[v.lines.length - 1]!.line;
    }
    if (items.length === 0) continue;
    // («Forsikringen omfatter:» over «• Dekning: Pluss», «• Forsikringssted: …», «• Egenandel: …», «• Årspremie: …»: a record's
    // own fields set as bullets under the caption — the cover itself, for the field readers, no list of its parts)
    if (recordFields([...items, ...named].map((x) => x.item.name))) continue;
    // (a list that sets its parts' limits or deductibles apart from their names, after a colon or in a column: every part an
    // item, in the list's order; a ticked list that writes a limit in the words of a part — «✓ Rettshjelp inntil 100 000 kr»
    // among «✓ Brann, vann og naturskade» — or a list of perils alone names what the cover pays for where no limit is written)
    if (named.length > 0 && apart) {
      items.push(...named);
      items.sort((a, b) => a.unit.index - b.unit.index);
    }
    r.used.add(u);
    for (const v of units) r.used.add(v);
    lists.push({ heading: u, ...(head[1] !== undefined ? { names: lowerCase(head[1].trim()) } : {}), items });
    at = k - 1;
  }
  return lists;
}

/** Whether a coverage's product or cover level names what a heading names («kasko» in «Båtforsikring» / «Kasko»). */
function namesCover(c: Coverage, what: string): boolean {
  const words = lowerCase(`${c.product} ${c.coverage ?? ''}`);
  return words.split(/\s+/).some((w) => w === what || `${w}forsikringen` === what || `${w}forsikringa` === what) || words.includes(what);
}

/**
 * Each list's parts given to the coverage read last above its heading (on the same page); where the heading names a
 * cover that coverage must be it. A list with no such coverage is a warning, never a product.
 */
export function attachIncludedLists(r: Reading, coverages: Coverage[], lists: IncludedList[]): void {
  for (const list of lists) {
    const h = list.heading.lines[0]!;
    let owner = -1;
    let line = -1;
    coverages.forEach((_, i) => {
      const t = r.trace.get(`coverages[${i}]`);
      if (t === undefined || t.page !== h.page || t.line >= h.line || t.line <= line) return;
      owner = i;
      line = t.line;
    });
    if (owner < 0 || (list.names !== undefined && !namesCover(coverages[owner]!, list.names))) {
      r.warnUnit(list.heading, `the parts under ${quote(list.heading.text.trim())} belong to no cover read above them; not read`);
      continue;
    }
    const c = coverages[owner]!;
    const items = (c.items ??= []);
    for (const { item, unit } of list.items) {
      // (a part another reader already gave the cover, with the same sum, is the same part)
      if (items.some((x) => lowerCase(x.name) === lowerCase(item.name) && JSON.stringify(x.sum) === JSON.stringify(item.sum))) continue;
      r.atUnit(`coverages[${owner}].items[${items.length}]`, unit);
      items.push(item);
    }
  }
}

/** «inkludert», «inkl.», «inngår»: a price cell that says the part costs nothing of its own (lower case). */
const INCLUDED_PRICE = /^(?:inkludert|inkl\.?|inngår)$/;

/** How far a line is set in: its leading spaces, a dash or bullet before the name counted as set in too. */
function indentOf(text: string): number {
  const m = /^(\s*)([-–•*]\s+)?/.exec(text)!;
  return m[1]!.length + (m[2] !== undefined ? 2 : 0);
}

/** A row's name as its line writes it: the first cell that holds no figure, without its dash. */
function rowName(c: Coverage, above: Coverage, text: string): string | undefined {
  // (the cover level both rows took from their heading, «INNBO   Dekning: Pluss», names neither part)
  if (c.coverage !== undefined && c.coverage !== above.coverage) return c.coverage;
  const first = text.trim().replace(MARK, '').split(/\s{2,}|\t/)[0]!.trim();
  return first !== '' && !/\d/.test(first) ? first : undefined;
}

/**
 * «Innbo og løsøre   kr 1 500 000   kr 4 000   kr 3 412» over «      Rettshjelp   kr 100 000   kr 4 000   inkludert»: a
 * row set in under the row right above it, of the same product, whose price is «inkludert» (or whose cells are its
 * items alone) is a part of that row — its items, with the part's sum and deductible. A row at the same place as the
 * row above («Ansvar for hund … inkludert» among a dog's covers) is a cover of its own, as read.
 */
export function includedRowsAsItems(r: Reading, coverages: Coverage[]): void {
  for (let j = 1; j < coverages.length; j++) {
    const d = coverages[j]!;
    const o = coverages[j - 1]!;
    if (lowerCase(d.product) !== lowerCase(o.product) || o.premium === undefined || d.premium !== undefined) continue;
    // (a part at another place than its row's is no part of it)
    if (d.object !== undefined && d.object !== o.object) continue;
    const alone = d.items !== undefined && d.items.length > 0 && d.sum === undefined && d.deductible === undefined && (d.coverage === undefined || d.coverage === o.coverage);
    // (a coverage of items alone is where its first item is: its heading's line is the product's, above the row)
    const td = r.trace.get(alone ? `coverages[${j}].items[0]` : `coverages[${j}]`);
    const to = r.trace.get(`coverages[${j - 1}]`);
    if (td === undefined || to === undefined || td.page !== to.page || td.line <= to.line || td.line - to.line > 3) continue;
    if (indentOf(td.text ?? '') <= indentOf(to.text ?? '')) continue;
    const parts: Array<{ item: CoverageItem; path?: string }> = [];
    if (alone) {
      d.items!.forEach((it, k) => parts.push({ item: it, path: `coverages[${j}].items[${k}]` }));
    } else {
      if (d.items !== undefined || !INCLUDED_PRICE.test(lowerCase(d.note ?? '').trim())) continue;
      // (a part has its own limit; a machine's second cover set in under its first, «Brann/tyveri | | 6.000 | inkl.» — a cover
      // level, no sum of its own — is a coverage of the machine, as read)
      if (d.sum === undefined || (d.coverage !== undefined && d.coverage !== o.coverage && COVER_LEVEL_SET.has(lowerCase(d.coverage)))) continue;
      const name = rowName(d, o, td.text ?? '');
      if (name === undefined) continue;
      const item: CoverageItem = { name };
      if (d.sum !== undefined) item.sum = d.sum;
      if (d.deductible !== undefined) item.deductible = d.deductible;
      parts.push({ item });
    }
    const items = [...(o.items ?? [])];
    for (const p of parts) {
      const t = p.path !== undefined ? r.trace.get(p.path) : td;
      if (t !== undefined) r.trace.set(`coverages[${j - 1}].items[${items.length}]`, t);
      items.push(p.item);
    }
    coverages[j - 1] = ordered({ ...o, items });
    coverages.splice(j, 1);
    removeTrace(r, j);
    j--;
  }
}
