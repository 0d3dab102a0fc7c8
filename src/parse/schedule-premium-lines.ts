/**
 * A letter's block of premiums by product under its own heading, apart from the products' figures:
 *
 *   Årspremie 2025
 *     Gruppelivsforsikring            kr 298 760
 *     Yrkesskadeforsikring            kr 412 300
 *
 * (a staff-insurance G letter lists each product's G items first, their prices after). Each line names a
 * product the schedule has read already: that coverage's premium, where it has none and only one coverage
 * has that name. A name no coverage has, or two coverages share, gives nothing — the premium is placed by its
 * product's name or not read at all.
 */
import type { Coverage } from '../model/policy.js';
import { KRONER_ONLY, readAmount } from './amounts.js';
import type { Reading } from './extract.js';

/** «Årspremie 2025», «Premie for 2026», «Pris per år», «Årspris:» — a premium's heading alone on its line (lower case). */
const PREMIUM_HEADING = /^(?:årspremie|premie|årspris|pris per år|premie per år|årleg premie|årlig premie)(?:\s+(?:for\s+|i\s+)?(?:19|20)\d\d)?\s*:?$/;

/** A product's name without its bracket: «Gruppelivsforsikring (HTA § 10)» → «gruppelivsforsikring». */
function bareName(name: string): string {
  return name.replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase();
}

/** Gives coverages without a premium the premiums a block of «product   kr amount» lines under a premium heading states. */
export function readPremiumLines(r: Reading, coverages: Coverage[]): void {
  if (coverages.length === 0) return;
  const units = r.units;
  for (let at = 0; at < units.length; at++) {
    if (!PREMIUM_HEADING.test(units[at]!.lower.trim())) continue;
    for (let k = at + 1; k < units.length; k++) {
      const u = units[k]!;
      const cells = u.cells.map((c) => c.trim()).filter((c) => c !== '');
      if (!u.row || cells.length !== 2 || !KRONER_ONLY.test(cells[1]!)) break;
      const amount = readAmount(cells[1]!);
      const name = bareName(cells[0]!);
      const named = coverages.flatMap((c, i) => (bareName(c.product) === name ? [i] : []));
      if (amount === undefined || named.length !== 1) continue;
      const i = named[0]!;
      if (coverages[i]!.premium !== undefined) continue;
      coverages[i] = { ...coverages[i]!, premium: amount };
      r.atUnit(`coverages[${i}].premium`, u);
      r.used.add(u);
    }
  }
}
