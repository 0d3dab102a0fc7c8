/**
 * The renewal letter's rates: index regulation (effective date and one rate per object class)
 * and the natural-damage rate (with the previous rate when the letter states the change).
 */
import type { IndexRate } from '../model/policy.js';
import { DATE_SOURCE, readDate, readDecimal } from './amounts.js';
import { quote, type Reading } from './extract.js';
import { rateObjectClass } from './index-class.js';
import { lowerCase } from './lower.js';
import type { Unit } from './units.js';

const LETTER = /[A-Za-zÀ-ÖØ-öø-ÿ]/;

// RATE_LINE, DATE_IN, ND_CHANGE and ND_RATE read lower-case text (src/parse/lower.ts): without
// the `i` flag they cost less to compile and to run
const RATE_LINE = /^([A-Za-zÀ-ÖØ-öø-ÿ][^%\d:]*?)\s*:?\s+([+-]?\d+(?:[.,]\d+)?)\s*(?:%|prosent)\.?$/;
const DATE_IN = new RegExp(String.raw`\b(?:fra|f\.o\.m\.?|per|pr\.?)\s+(${DATE_SOURCE})`);
const NUM = String.raw`\d+(?:[.,]\d+)?`;
const PERMILLE = String.raw`(?:promille|‰)`;
const ND_CHANGE = new RegExp(String.raw`\bfra\s+(${NUM})\s*(?:${PERMILLE})?\s+til\s+(${NUM})\s*${PERMILLE}`);
const ND_RATE = new RegExp(String.raw`(${NUM})\s*${PERMILLE}`);

function words(s: string): number {
  return s.split(/\s+/).filter((w) => LETTER.test(w)).length;
}

/** `Bygninger 5,2 %` → label and percent; undefined when the text is not one rate. */
function rateOf(text: string): { label: string; percent: string } | undefined {
  const t = text.trim();
  const m = RATE_LINE.exec(lowerCase(t));
  if (!m) return undefined;
  // the label as written: the text the group matched in lower case, from the start
  const label = t.slice(0, m[1]!.length);
  if (words(label) > 8) return undefined;
  const percent = readDecimal(m[2]!);
  return percent === undefined ? undefined : { label: label.trim(), percent };
}

export function readLetterRates(r: Reading): void {
  readIndex(r);
  readNaturalDamage(r);
}

function readIndex(r: Reading): void {
  const rates: IndexRate[] = [];
  let effective: string | undefined;
  /** Units left in which rates may still follow an «Indeksregulering» line. */
  let window = 0;
  let found = false;
  const add = (u: Unit, label: string, percent: string, offset: number): void => {
    const object = rateObjectClass(label);
    const same = rates.find((x) => x.label.toLowerCase() === label.toLowerCase());
    if (same) {
      if (same.percent !== percent) r.warnUnit(u, `index rate for ${label} stated again as ${percent} % (first ${same.percent} %); the first is used`);
      return;
    }
    const i = rates.length;
    rates.push({ object, label, percent });
    r.atUnit(`index_regulation.rates[${i}]`, u, offset);
  };
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    // an «Indeksregulering» line, or the header row of a rate table («Objekt | Indeksregulering»)
    if (u.lower.includes('indeksregul') && (!u.row || !u.text.includes('%'))) {
      const d = DATE_IN.exec(u.lower);
      if (d && effective === undefined) {
        const iso = readDate(d[1]!);
        if (iso) {
          effective = iso;
          r.atUnit('index_regulation.effective', u, d.index);
        }
      }
      // rates listed in the sentence itself: «… er: bygninger 5,2 %, varer 6,4 % og innbo 3 %»
      if (u.text.includes('%')) {
        const tail = u.text.slice(u.text.lastIndexOf(':') + 1);
        for (const part of tail.split(/,\s+|;\s*|\s+og\s+/)) {
          const rate = rateOf(part);
          if (rate) add(u, rate.label, rate.percent, u.text.indexOf(part));
        }
      }
      r.used.add(u);
      window = found ? 2 : 4;
      continue;
    }
    if (window === 0) continue;
    const rate = rateOf(u.text);
    if (rate) {
      add(u, rate.label, rate.percent, 0);
      r.used.add(u);
      found = true;
      window = 2;
      continue;
    }
    if (found) window = 0;
    else window--;
  }
  if (rates.length === 0) {
    return;
  }
  r.policy.index_regulation = effective !== undefined ? { effective, rates } : { rates };
}

function readNaturalDamage(r: Reading): void {
  /** The last heading, in lower case. */
  let heading = '';
  for (let at = 0; at < r.units.length; at++) {
    const u = r.units[at]!;
    if (u.heading) heading = u.lower;
    const t = u.text;
    const l = u.lower;
    // a rate is stated in «promille» or «‰»: most units have neither
    if (!(l.includes('promille') || l.includes('‰')) || !ND_RATE.test(l)) continue;
    if (!l.includes('naturskade') && !heading.includes('naturskade')) continue;
    const basis = l.includes('brannforsikringssum') ? 'brannforsikringssum' : undefined;
    let rate: string | undefined;
    let previous: string | undefined;
    let offset = 0;
    const c = ND_CHANGE.exec(l);
    if (c) {
      previous = readDecimal(c[1]!);
      rate = readDecimal(c[2]!);
      offset = c.index;
    } else {
      const m = ND_RATE.exec(l)!;
      rate = readDecimal(m[1]!);
      offset = m.index;
    }
    r.used.add(u);
    if (rate === undefined) {
      r.warnUnit(u, `could not read the natural-damage rate in ${quote(t)}`);
      continue;
    }
    const nd = r.policy.natural_damage;
    if (nd) {
      if (nd.rate_permille !== rate) r.warnUnit(u, `natural-damage rate stated again as ${rate} ‰ (first ${nd.rate_permille} ‰); the first is used`);
      continue;
    }
    r.policy.natural_damage = { rate_permille: rate, ...(previous !== undefined ? { previous_rate_permille: previous } : {}), ...(basis ? { basis } : {}) };
    r.atUnit('natural_damage', u, offset);
  }
}
