/**
 * A private certificate of one vehicle, boat or caravan: a title or heading names the insurance
 * («FORSIKRINGSBEVIS – BILFORSIKRING», «CAMPINGVOGNFORSIKRING», «Båtforsikring»), a field names the
 * thing it insures («Forsikret kjøretøy: EK 48213 Volkswagen ID.4», «Forsikret vogn: Hobby 495 UL
 * (CK 1847)»), and a table lists its covers, each with its deductible and price («Kasko | 6 000 kr |
 * 7 488 kr», «Glass (ruteskift) | 2 500 kr | inkludert», «Fortelt og løsøre  30 000 kr  2 000 kr  390 kr»).
 * The table's rows are the covers of that one insurance, not insurances of their own: each row is the
 * product the heading names, its name the row's `coverage` (the object is given by
 * vehicleRowsAtDocumentThing). Read only where the rows are covers a vehicle's insurance is made of
 * (a kasko level among them) and one vehicle product heads them; a cover that states no figure at all
 * («Ansvar  –  –  inkl.») is part of the insurance, no row of its own.
 */
import type { Coverage } from '../model/policy.js';
import type { Reading } from './extract.js';
import { rowIndexClass } from './index-class.js';
import { lowerCase } from './lower.js';
import { removeTrace } from './schedule-merge.js';
import { ordered } from './schedule-names.js';
import { titleProduct } from './schedule-titles.js';
import type { Unit } from './units.js';
import { COVER_LEVEL_SET, LEVEL_WORDS, PERIL_COVER_WORDS } from './vocabulary.js';

/** An insurance of a vehicle, boat or caravan by its name: «Bilforsikring», «Campingvognforsikring», nynorsk «Båtforsikring», «Motorsykkelforsikring». */
const VEHICLE_INSURANCE = /^(?:bil|personbil|elbil|bobil|båt|fritidsbåt|motorsykkel|moped|campingvogn|tilhenger|tilhengar|snøscooter|veteranbil|mc)forsikring$/;

/** A cover of a vehicle's insurance other than its levels and perils: legal aid, the awning and contents of a caravan, the driver's accident cover. */
const VEHICLE_COVER_WORDS: ReadonlySet<string> = new Set(['rettshjelp', 'fortelt', 'førerulykke', 'førarulukke', 'fører-', 'førar-', 'personskade', 'ansvar', 'bagasje', 'kasko', 'delkasko', 'minikasko', 'toppkasko', 'superkasko']);

/** The cover a row names by its first word («Glass (ruteskift)» → «glass», «Fører- og passasjerulykke» → «fører-»). */
function isVehicleCover(name: string): boolean {
  const first = lowerCase(name.trim()).split(/[\s(,/]+/)[0] ?? '';
  if (first === '' || LEVEL_WORDS.has(first)) return false;
  return COVER_LEVEL_SET.has(first) || PERIL_COVER_WORDS.has(first) || VEHICLE_COVER_WORDS.has(first);
}

/** The vehicle insurance a unit names as a title or a heading alone on its line, as a product's name. */
function vehicleInsurance(u: Unit): string | undefined {
  let name = titleProduct(u);
  if (name === undefined && u.heading && !u.row && u.label === undefined && /^\p{L}+:?$/u.test(u.text.trim())) name = u.text.trim().replace(/:$/, '');
  if (name === undefined || !VEHICLE_INSURANCE.test(lowerCase(name))) return undefined;
  return name[0]!.toUpperCase() + name.slice(1).toLowerCase();
}

export function coversOfTitledVehicle(r: Reading, coverages: Coverage[]): void {
  if (!coverages.some((c) => c.object === undefined && /kasko$/.test(lowerCase(c.product)))) return;
  const headings = r.units.map((u) => ({ u, name: vehicleInsurance(u) })).filter((h) => h.name !== undefined);
  const names = new Set(headings.map((h) => lowerCase(h.name!)));
  if (names.size !== 1) return;
  const { u: heading, name } = headings[0]!;
  const top = heading.lines[0]!;
  const below = (i: number): boolean => {
    const at = r.trace.get(`coverages[${i}]`);
    return at !== undefined && (at.page > top.page || (at.page === top.page && at.line > top.line));
  };
  // (a cover's name with its level set apart by levelApart: «Leiebil Pluss» is one cover)
  const coverName = (c: Coverage): string => (c.coverage !== undefined && COVER_LEVEL_SET.has(lowerCase(c.coverage)) ? `${c.product} ${c.coverage}` : c.product);
  const rows = coverages
    .map((c, i) => ({ c, i }))
    .filter(({ c, i }) => c.object === undefined && (c.coverage === undefined || COVER_LEVEL_SET.has(lowerCase(c.coverage))) && isVehicleCover(c.product) && below(i));
  if (!rows.some(({ c }) => /kasko$/.test(lowerCase(c.product)))) return;
  const indexClass = rowIndexClass(name!).index_class;
  for (const { c, i } of rows) {
    const { product: _p, coverage: _c, index_class: _x, ...rest } = c;
    // (a cover whose own name the index-class table knows keeps its class — «Fortelt og løsøre»; another takes the insurance's,
    // and the warning that its name was not known is settled)
    const own = rowIndexClass(c.product);
    if (!own.known) r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
    coverages[i] = ordered({ product: name!, coverage: coverName(c), index_class: own.known && c.index_class !== undefined ? c.index_class : indexClass, ...rest });
  }
  // (a cover that states no figure — «Ansvar  –  –  inkl.» — is part of the insurance, no row of its own)
  for (const { i } of [...rows].reverse()) {
    const c = coverages[i]!;
    if (c.sum !== undefined || c.deductible !== undefined || c.premium !== undefined || (c.items?.length ?? 0) > 0) continue;
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}
