/**
 * The figures a renewal is computed with, and where each comes from:
 * - the renewal date: `--date`, else the letter's (the date its index regulation applies from),
 *   else the new schedule's «Fornyelse gjelder fra», else one year after the old schedule's;
 * - index rates per object class: the letter's; a class the letter does not state, and every class
 *   without a letter, from the parameter table for the renewal date;
 * - the natural-damage rate: the letter's, else the table's for the renewal date; the previous
 *   rate: the letter's «fra 0,065 til …», else the table's for the old schedule's renewal date;
 * - G: the table's on the renewal date (what a new schedule should state), and on the old
 *   schedule's renewal date.
 * Rates and G are looked up only when a row needs them. A figure neither the letter nor the tables
 * know is an InputError naming --letter and --params (exit 2) when nothing sensible can be computed
 * without it, or an unresolved row when only that row depends on it.
 */
import { InputError } from '../core/errors.js';
import { Decimal, formatRateNo } from '../core/money.js';
import type { IsoDate } from '../core/norsk.js';
import type { Policy } from '../model/policy.js';
import { lookup, type IndexClass, type Tables } from '../params/tables.js';

/** «file, line 12» (with the page when the document has several), or the model path without a trace. */
export function where(p: Policy, path: string): string {
  const t = p.trace?.[path];
  if (!t) return `${p.source.file}, ${path}`;
  return p.source.pages > 1 ? `${p.source.file}, page ${t.page}, line ${t.line}` : `${p.source.file}, line ${t.line}`;
}

/** The text of the line a value was read from, cells joined with « | », shortened; undefined without a trace. */
export function lineText(p: Policy, path: string, max = 110): string | undefined {
  const t = p.trace?.[path]?.text;
  if (t === undefined) return undefined;
  const s = t
    .split('\t')
    .map((c) => c.replace(/<[^>]*>/g, ' ').replace(/\*\*|__/g, '').replace(/^\s*[-–•]\s+/, '').replace(/\s+/g, ' ').trim())
    .filter((c) => c !== '')
    .join(' | ');
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

export interface RateUsed {
  percent: Decimal;
  label: string;
  source: string;
}

export interface PermilleUsed {
  permille: Decimal;
  source: string;
}

export interface GUsed {
  g: Decimal;
  from: IsoDate;
  source: string;
}

const HINT_RATE = 'give the renewal letter with --letter FILE, or the rates with --params FILE';

export class RateBook {
  private readonly memo = new Map<IndexClass, RateUsed | { problem: string }>();
  /** Classes whose rate was asked for (to report letter rates no row used). */
  readonly asked = new Set<IndexClass>();

  constructor(
    readonly tables: Tables,
    readonly letter: Policy | undefined,
    readonly date: IsoDate,
    readonly previousDate: IsoDate,
  ) {}

  /** The index rate of a class, or why it is not known (the row is then unresolved). */
  index(cls: IndexClass): RateUsed | { problem: string } {
    this.asked.add(cls);
    let r = this.memo.get(cls);
    if (!r) {
      r = this.resolveIndex(cls);
      this.memo.set(cls, r);
    }
    return r;
  }

  private resolveIndex(cls: IndexClass): RateUsed | { problem: string } {
    const stated = this.letter?.index_regulation?.rates ?? [];
    const mine = stated.map((r, i) => ({ r, i })).filter(({ r }) => r.object === cls);
    if (mine.length > 0) {
      const first = mine[0]!;
      const other = mine.find(({ r }) => !new Decimal(r.percent).equals(first.r.percent));
      if (other) {
        return {
          problem: `brevet oppgir to indekssatser for ${cls}: ${first.r.label} ${formatRateNo(first.r.percent)} % og ${other.r.label} ${formatRateNo(other.r.percent)} %`,
        };
      }
      return { percent: new Decimal(first.r.percent), label: first.r.label, source: where(this.letter!, `index_regulation.rates[${first.i}]`) };
    }
    let found;
    try {
      found = lookup(this.tables.index, this.date, 'the index rates', this.date);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (stated.length === 0) {
        const what = this.letter ? `${this.letter.source.file} states no index rates, and the parameter tables have none` : 'the parameter tables have none';
        throw new InputError(`the index rates for the renewal on ${this.date} are not known (${what}); ${HINT_RATE}`);
      }
      return { problem: `brevet oppgir ingen indekssats for ${cls}, og parametertabellen har ingen for ${this.date}` };
    }
    const v = found.value[cls];
    if (v === undefined) {
      return { problem: `ingen indekssats for ${cls}: ${this.letter ? 'verken i brevet eller ' : ''}i parametertabellen for ${this.date} (${found.source})` };
    }
    return { percent: v, label: cls, source: `${found.source} (parametertabell, fra ${found.from})` };
  }

  private nd?: { now: PermilleUsed; before: PermilleUsed };

  /** Natural-damage rates: before and after the renewal. */
  naturskade(): { now: PermilleUsed; before: PermilleUsed } {
    if (this.nd) return this.nd;
    const stated = this.letter?.natural_damage;
    const fromTable = (date: IsoDate, which: string): PermilleUsed => {
      try {
        const f = lookup(this.tables.naturskade, date, 'the natural-damage rate', date);
        return { permille: f.value, source: f.source };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        throw new InputError(`the ${which} natural-damage rate (${date}) is not known: ${e.detail.replace(/; give it with .*$/, '')}; give the renewal letter with --letter FILE, or the rate with --params FILE`);
      }
    };
    const now: PermilleUsed = stated
      ? { permille: new Decimal(stated.rate_permille), source: where(this.letter!, 'natural_damage') }
      : fromTable(this.date, 'new');
    const before: PermilleUsed =
      stated?.previous_rate_permille !== undefined
        ? { permille: new Decimal(stated.previous_rate_permille), source: where(this.letter!, 'natural_damage') }
        : fromTable(this.previousDate, 'previous');
    this.nd = { now, before };
    return this.nd;
  }

  /** G in force on a date. */
  g(date: IsoDate): GUsed {
    try {
      const f = lookup(this.tables.g, date, 'G (grunnbeløpet)', date);
      return { g: f.value, from: f.from, source: f.source };
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      throw new InputError(`${e.detail.replace(/; give it with .*$/, '')}; give it with --params FILE`);
    }
  }
}
