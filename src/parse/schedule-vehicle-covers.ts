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
import { rowIndexClass, ruleFor } from './index-class.js';
import { readAmount } from './amounts.js';
import type { SourceLine } from './source.js';
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

/** «Innbo i bobilen», «Utstyr i båten», «Løsøre i vogna»: a cover of what is in or on the vehicle, named by the vehicle in its definite form. */
const IN_THE_VEHICLE = /\s(?:i|på|om bord i)\s+(?:bilen|bobilen|vogna|vognen|campingvogna|campingvognen|båten|motorsykkelen|hengaren|tilhengeren)$/;

/** The cover a row names by its first word («Glass (ruteskift)» → «glass», «Fører- og passasjerulykke» → «fører-»). */
function isVehicleCover(name: string): boolean {
  const first = lowerCase(name.trim()).split(/[\s(,/]+/)[0] ?? '';
  if (first === '' || LEVEL_WORDS.has(first)) return false;
  return IN_THE_VEHICLE.test(lowerCase(name.trim())) || COVER_LEVEL_SET.has(first) || PERIL_COVER_WORDS.has(first) || VEHICLE_COVER_WORDS.has(first);
}

/**
 * A certificate's title that names the insurance by the thing it insures, «FORSIKRINGSBEVIS – BÅT», «Forsikringsbevis Moped»:
 * insurers title a certificate of one vehicle so as often as by the insurance's name. Only in a title: a heading «Bil» or
 * «Båt» alone heads one card or section of an overview, whose rows are not all that vehicle's covers.
 */
const VEHICLE_TITLED = /^(?:bil|personbil|elbil|bobil|båt|fritidsbåt|motorsykkel|moped|campingvogn|snøscooter|veteranbil)$/;

/** The vehicle insurance a unit names as a title or a heading alone on its line, as a product's name. */
function vehicleInsurance(u: Unit): string | undefined {
  const title = titleProduct(u);
  let name = title;
  if (name === undefined && u.heading && !u.row && u.label === undefined && /^[A-Za-zÀ-ÖØ-öø-ɏ]+:?$/u.test(u.text.trim())) name = u.text.trim().replace(/:$/, '');
  if (name === undefined) return productField(u);
  if (!(VEHICLE_INSURANCE.test(lowerCase(name)) || (title !== undefined && VEHICLE_TITLED.test(lowerCase(title))))) return undefined;
  return name[0]!.toUpperCase() + name.slice(1).toLowerCase();
}

/** «Forsikring: Mopedforsikring Kasko», «Produkt: Bilforsikring»: a field that names the insurance. */
const PRODUCT_FIELD = /^(?:forsikring|produkt|forsikringstype)\s*:\s*(\S.*)$/i;

/**
 * «Forsikring: Mopedforsikring Kasko» in an e-mail's or a letter's fields over the table of the vehicle's covers: the
 * insurance the field names, whole as written (its level part of the name), when it begins with a vehicle insurance's name.
 */
function productField(u: Unit): string | undefined {
  if (u.row || u.bullet) return undefined;
  const m = PRODUCT_FIELD.exec(u.text.trim());
  const value = m?.[1]?.trim();
  if (value === undefined || value.length > 40 || /\d/.test(value)) return undefined;
  const first = lowerCase(value.split(/\s+/)[0]!);
  return VEHICLE_INSURANCE.test(first) ? value[0]!.toUpperCase() + value.slice(1) : undefined;
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
  // («Forsikring: Mopedforsikring Kasko» over «Kjøretøy: …», read as a record of its own with no figure: the field that names
  // the insurance whose covers the rows are — no row of its own beside them)
  for (let i = coverages.length - 1; i >= 0; i--) {
    const c = coverages[i]!;
    if (c.product === name || c.sum !== undefined || c.deductible !== undefined || c.premium !== undefined || (c.items?.length ?? 0) > 0) continue;
    if (lowerCase([c.product, c.coverage].filter((x) => x !== undefined).join(' ')) !== lowerCase(name!)) continue;
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}

/**
 * The heading line of a vehicle's or boat's accident cover for the driver and passengers, over its sums per person:
 * «Fører- og passasjerulykke er inkludert:», «Førar- og passasjerulukke (per person):», «Fører- og passasjerulykke,
 * per person:», «Førerulykke:».
 */
const DRIVER_ACCIDENT = /^(?:fører|førar)(?:-\s+og\s+passasjer|\s+og\s+passasjer)?(?:ulykke|ulukke)(?:\s*\(per person\)|,\s*per person|\s+er\s+(?:inkludert|inkludert i forsikringen|med)|\s+gjeld|\s+gjelder)?\s*:$/i;

/**
 * A sum per person of that cover on a line of its own, bulleted or set in: «– død: 200 000 kr», «Død   kr 100 000»,
 * «- Medisinsk invaliditet:   kr 200 000», «– medisinsk invaliditet: inntil 400 000 kr». The benefit is group 1, the amount 2.
 */
const ACCIDENT_SUM = /^[–—•*-]?\s*((?:ved\s+)?(?:død|dødsfall|(?:varig\s+)?(?:medisinsk\s+)?invaliditet|behandlingsutgifter))\s*(?::|\.{2,})?\s+(?:inntil\s+|opptil\s+)?((?:kr\.?|nok)\s*\d[\d .]*(?:,-)?|\d[\d .]*\s*(?:kr\.?|kroner|nok))$/i;

/**
 * «Fører- og passasjerulykke er inkludert:» over «– død: 200 000 kr» and «– medisinsk invaliditet: inntil 400 000 kr»
 * (also nynorsk «Førar- og passasjerulukke (per person):» over «Død   kr 100 000»): the sums per person of the driver's
 * accident cover, a part of the vehicle's insurance, are the items of the one vehicle coverage read above them — only
 * where that coverage has no items yet and no reader read the lines; with several vehicle covers above, a warning.
 */
export function driverAccidentItems(r: Reading, coverages: Coverage[]): void {
  const vehicle = ruleFor('kjøretøy');
  const lines = r.units.flatMap((u) => u.lines.map((line) => ({ line, u })));
  for (let h = 0; h < lines.length; h++) {
    const head = lines[h]!.line;
    if (!DRIVER_ACCIDENT.test(head.text.trim())) continue;
    const items: { name: string; sum: string; line: SourceLine }[] = [];
    for (let k = h + 1; k < lines.length; k++) {
      const { line, u } = lines[k]!;
      if (line.line !== head.line + 1 + items.length) break;
      const m = ACCIDENT_SUM.exec(line.text.trim().replace(/\t+/g, '  '));
      if (m === null || r.used.has(u)) break;
      const sum = readAmount(m[2]!.trim());
      if (sum === undefined) break;
      items.push({ name: m[1]!, sum, line });
    }
    if (items.length === 0) continue;
    // (one vehicle coverage above: its sums; several — a table of covers, «Kasko», «Glass» — and which one holds them the
    // document does not say: a warning, not read)
    const above = coverages.map((c, i) => ({ c, i, t: r.trace.get(`coverages[${i}]`) })).filter(({ c, t }) => t !== undefined && ruleFor(c.product) === vehicle && (t.page < head.page || (t.page === head.page && t.line < head.line)));
    if (above.length !== 1 || (above[0]!.c.items?.length ?? 0) > 0) {
      if (above.length > 1) r.warn(head, `the accident sums under «${head.text.trim()}» are of one of ${above.length} vehicle covers above them; not read`);
      continue;
    }
    const at = above[0]!.i;
    coverages[at] = ordered({ ...coverages[at]!, items: items.map(({ name, sum }) => ({ name, sum })) });
    items.forEach(({ line }, j) => r.at(`coverages[${at}].items[${j}]`, line));
  }
}
