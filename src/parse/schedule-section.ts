/**
 * A product's section of a certificate: the lines under a title or product heading before its
 * table. «Forsikringssted: …» there names the place of the table's rows; a few other lines may
 * stand between (a letterhead's rows, a sentence), a heading or a long paragraph ends it.
 */
import { namesProduct } from './index-class.js';
import { thingWithoutFact, vehicleLabel } from './schedule-fields.js';
import { BUILDING_FACTS, columnOf } from './schedule-names.js';
import { lowerCase } from './lower.js';
import { introLine, introParagraph, termsCodeLine, thingFactsRow } from './schedule-product-heading.js';
import { withoutColon, type Unit } from './units.js';
import { DATES, LEVEL_WORDS, PAGE_LINKS, POLICY_NUMBER, THING_FACT_LABELS, TITLED_THING_HEADINGS } from './vocabulary.js';

/** TITLED_THING_HEADINGS as a set. */
const TITLED_THING_HEADING_SET: ReadonlySet<string> = new Set(TITLED_THING_HEADINGS);

/** A product section: its title's or heading's product, and the lines under it before its table. */
export interface Section {
  product: string;
  object?: string;
  /** Lines under the title that are not its fields (a sentence, an address block). */
  gap: number;
  /** A table of the section has been read: a place named after it is the next table's. */
  read?: boolean;
  /** Two places named before a table: its rows get none. */
  places?: boolean;
  /** The vehicle's line that names the object («Kjøretøy   Skoda Enyaq 2023, reg.nr. EL 70412»): read once a table takes it. */
  vehicle?: Unit;
  /** The cover level a field under the heading names («Dekning: Pluss»): the coverage of the section's rows. */
  coverage?: string;
  /** The title line as written, in capitals or not («1  EIENDOM / PROPERTY»): a part's title, or a product's heading. */
  title?: string;
  /** The line last passed over was the policyholder's, its label and name a space apart: an address under it is theirs. */
  party?: boolean;
}

/** «Dekning», «Dekningsnivå», «Nivå», «Variant»: the label of a cover level's field. */
const LEVEL_LABEL = /^(?:dekning|dekningsnivå|nivå|variant)$/;
/** A value of level words only («Pluss», «Standard», «Ekstra Pluss»). */
function levelOnly(value: string): boolean {
  const words = lowerCase(value).split(/\s+/);
  return words.length > 0 && words.every((w) => LEVEL_WORDS.has(w));
}

/** How many lines other than fields may stand between a section's title and its table. */
export const SECTION_GAP = 2;

/**
 * A section after one more line under its title: «Forsikringssted: …» names the place of its rows;
 * other fields («Bygningstype: Lager») are passed over; a heading or a long line of prose ends the
 * section (undefined).
 */
export function sectionLine(s: Section, u: Unit): Section | undefined {
  // «Forsikringssted: Industriveien 7, 2816 Gjøvik», or the same as two cells
  const cells = u.row ? u.cells.filter((c) => c.trim() !== '') : [];
  const field = u.row ? (cells.length === 2 ? { label: cells[0]!, value: cells[1]!.trim() } : undefined) : u.label !== undefined ? { label: u.label, value: ownValue(u.text.slice(u.text.indexOf(':') + 1)) } : undefined;
  // («Kjøretøy   Skoda Enyaq 2023, reg.nr. EL 70412» under «Forsikringsbevis – Bilforsikring»: the vehicle a
  // title's covers are for is their object, as a place line's place is)
  if (field && field.value !== '' && (columnOf(field.label) === 'object' || vehicleLabel(field.label, field.value) !== undefined)) {
    // a place after a table read is the next table's
    if (s.read) return { product: s.product, object: field.value, gap: 0 };
    // (two places before one table: which row is where is not said — the rows get none)
    if (s.places || (s.object !== undefined && field.value !== s.object)) return { product: s.product, gap: s.gap, places: true };
    // (the place line is the section's own: a table right under it is the section's, however many
    // rows of the letterhead — «Forsikringstaker | … | Polisenr. | …» — stood between it and the title)
    const vehicle = columnOf(field.label) !== 'object';
    // («Askeladden C65 Cruiser, 2019 Båthamn: …»: the boat's berth by its label after its name is a fact of it, no part of it)
    return vehicle ? { ...s, object: thingWithoutFact(field.value), gap: 0, vehicle: u } : { ...s, object: field.value, gap: 0 };
  }
  // («LANDBRUKSBYGNING» over «Dekning: Pluss» and the table: the cover level of every row of the section's table)
  if (field && !s.read && LEVEL_LABEL.test(lowerCase(withoutColon(field.label).trim())) && levelOnly(field.value)) return { ...s, coverage: field.value };
  // («Forsikringsnummer   ERF-88310562», «Forsikringstaker   Sindre Haugland, …»: the certificate's own
  // facts, set as two cells under its title, are passed over like fields with a colon)
  if (u.row && pageLinksRow(cells)) return s;
  if (u.row && cells.length === 2 && HEADER_LABELS.has(lowerCase(withoutColon(cells[0]!).trim()).replace(/\.$/, ''))) return s;
  // («Avtalenummer 5021 7764 Gjelder fra 01.01.2025»: the same facts as one line, a PDF that set the cells a space apart)
  if (!u.row && u.label === undefined && factsOnOneLine(u.lower)) return s;
  // («Forsikringstaker Randi Eide (medlemsnr. 40 118)» over «Sagveien 7, 3050 Mjøndalen»: the policyholder's label and name a
  // space apart, a column set too narrow for the label, and their address under it — the certificate's party, passed over)
  if (!u.row && u.label === undefined && PARTY_LINE.test(u.text.trim())) return { ...s, party: true };
  if (s.party === true && !u.row && u.label === undefined && ADDRESS_LINE.test(u.text.trim())) return { ...s, party: false };
  // («Kjøretøy   Yamaha Aerox 4 50, DA 3142» over «Moped 2023, 45 km/t. Eier og fast fører: …» set in under the value: what
  // the vehicle is and who drives it — its description, no line that parts the title from its table)
  if (vehicleDescription(s, u)) return s;
  // (a vehicle's facts under its line: passed over as the certificate's own facts are)
  if (vehicleFact(s, u)) return s;
  // («Forsikringsbevis – hesteforsikring» / «Forsikret hest» over «Navn | Rase | Født | UELN» and the horse's row, then the
  // covers' table: the insured thing described in a table with no figure is no line that parts the title from its covers)
  if (s.title !== undefined && thingFactsRow(u)) return s;
  // («Næringsdrift» / «Vilkår ND-200» / «Forsikringssted: …» over the table: the code of the terms the section follows, a
  // fact of it as a field is — set alone, it had a heading's shape and ended the section, the rows lost their product)
  if (termsCodeLine(u)) return s;
  if (u.row) return { ...s, gap: s.gap + 1 };
  if (u.label !== undefined) return s;
  // («FRITIDSBOLIG PLUSS» / «Forsikringssted: Fjellstølvegen 41, …» / «Hytte i tre, byggeår 1998, 96 m2 BTA» over the
  // table: what the building at the place is — set short, it has a heading's shape, but it describes the place and
  // ends nothing; read as a heading, the table lost the section's product and every cover became a product)
  if (buildingDescription(s, u)) return { ...s, gap: s.gap + 1 };
  // («Forsikringa gjeld for bygningar og lausøyre som er oppførte nedanfor. …» between the title and its
  // table: the certificate's scope, what the table under it lists — one line of the section, not its end)
  if (!u.heading && !u.row && SCOPE_LEAD.test(u.lower)) return { ...s, gap: s.gap + 1 };
  // («FORSIKRINGSBEVIS – BÅT» over «Fartøy», the boat's facts, and «Dekningar» over the covers' table: headings of the one
  // thing's certificate, no product of their own — the covers under them are the title's product's)
  if (titledThingHeading(s, u)) return s;
  // («LANDBRUKSFORSIKRING» / «Dette forsikringsbeviset gjeld saman med vilkår for Landbruk (LB-25), Naturskade og» /
  // «Generelle vilkår. …» over the table: a sentence's first line set alone has a heading's shape, but it ends open; and
  // «Forsikringen gjelder gården Søndre Bakke, gnr. 52 bnr. 1 i Stange kommune, med de bygninger og ting …» — a paragraph
  // on where the insurance applies or which terms it follows, no figure in it — is one line of the section, however long)
  // — only a paragraph whose subject is the insurance, the certificate or the things it lists: any other paragraph, a
  // safety rule's, still ends the section)
  if (!s.read && (introLine(u) || introParagraph(u)) && SCOPE_SUBJECT.test(u.lower.trim())) return { ...s, gap: s.gap + 1 };
  if (u.heading || u.text.length > 80) return undefined;
  return { ...s, gap: s.gap + 1 };
}

/**
 * A line under a section's place that describes the building there: a word of its kind, a comma, then its year built,
 * floors or area («Hytte i tre, byggeår 1998, 96 m2 BTA», «Enebolig, 2 etasjer, byggeår 1974») — no label, no colon,
 * no kroner, and only after the place line (the description is the place's, never a heading of its own).
 */
export function buildingDescription(s: Section, u: Unit): boolean {
  if (s.object === undefined || s.read || u.label !== undefined) return false;
  // («FELLESHUS / VASKERI, 1 ETG.   Byggeår 1973» under «Forsikringssted: FURUSTIEN 1, …»: the description and the year built
  // set apart as two cells, a co-operative's certificate per building — the same description, no row of a table)
  return describesBuilding(u);
}

/**
 * A line (or a row of a few cells) that describes a building: a word of its kind, a comma, then its year built, floors or
 * area («Hytte i tre, byggeår 1998, 96 m2 BTA», «FELLESHUS / VASKERI, 1 ETG.   Byggeår 1973») — no label, no kroner.
 */
export function describesBuilding(u: Unit): boolean {
  if (u.label !== undefined || (u.row && u.cells.filter((c) => c.trim() !== '').length > 3)) return false;
  const t = u.row ? u.cells.filter((c) => c.trim() !== '').join(', ') : u.text.trim();
  return t.length <= 80 && /^[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][^,:]*,\s/u.test(t) && BUILDING_FACTS.test(lowerCase(t)) && !/\b(?:kr|nok|kroner)\b/i.test(t);
}

/**
 * «Fartøy», «Kjøretøy», «Dekningar» under a title that names a thing's product («FORSIKRINGSBEVIS – BÅT»), before any of
 * its tables was read: a heading of the thing's facts or of its covers (TITLED_THING_HEADINGS), not a product of its own.
 */
export function titledThingHeading(s: Section, u: Unit): boolean {
  return u.heading && !u.row && u.label === undefined && !s.read && s.title !== undefined && thingHeadingWords(withoutColon(u.lower.trim())) && (namesProduct(s.product) || INSURANCE_COMPOUND.test(s.product));
}

/**
 * «Forsikringen gjelder gården …», «Forsikringa gjeld garden …», «Dette forsikringsbeviset gjeld saman med vilkår …», «Alle
 * objektene nedenfor står på gården …»: a paragraph whose subject is the insurance, the certificate or the things it lists.
 */
const SCOPE_SUBJECT = /^(?:forsikring(?:en|a)|(?:dette\s+)?forsikringsbevis(?:et)?|(?:alle\s+)?(?:objekt(?:ene|a)|bygning(?:ene|ane)|tinga|tingene))\s/;

/** «Landbruksforsikring», «Gardsforsikring»: an insurance's name by its form, where the index-class table does not know it. */
const INSURANCE_COMPOUND = /^[A-Za-zÀ-ÖØ-öø-ÿ-]{3,}forsikring(?:\s|$)/i;

/**
 * A heading of TITLED_THING_HEADINGS, or two of them joined as one table's heading: «Kjøretøy og dekninger»,
 * «Båt/dekningar», «Fartøy og dekning» — the thing's facts and its covers in one table under the title.
 */
export function thingHeadingWords(lower: string): boolean {
  if (TITLED_THING_HEADING_SET.has(lower)) return true;
  const parts = lower.split(/\s*(?:\bog\b|\/|&)\s*/);
  return parts.length === 2 && parts.every((p) => TITLED_THING_HEADING_SET.has(p) || p === 'dekning');
}

/**
 * «Forsikringen gjelder for …», nynorsk «Forsikringa gjeld for …»: a certificate's sentence on what its cover is for;
 * also what the section's things are insured to («Bygningene er forsikret til fullverdi.», «Maskiner og inventar er
 * forsikret til nyverdi.»);
 * also a numbered section's paragraph between its heading and its table on what the cover takes in or how its
 * sums are set («1. Bygning» / «Forsikringssummene er fullverdi …», «Forsikringen omfatter maskiner, inventar …»,
 * «Summene er førsterisiko per lokasjon.») — the rows under it are still that section's product's.
 */
const SCOPE_LEAD = /^(?:(?:forsikringen gjelder|forsikringa gjeld) (?:for|følgende|fylgjande|de|dei|dykkar|deres)|forsikringen omfatter|forsikringa omfattar|(?:forsikrings)?summ(?:en|ene|ane) er|[a-zæøå]+(?: (?:og|[a-zæøå]+)){0,4} (?:er|blir|vert) forsikr(?:et|a) (?:til|på|for|med)\b)/;

/** The labels of a vehicle's facts under its line: no figure of the schedule's. */
const VEHICLE_FACT_LABELS: ReadonlySet<string> = new Set(THING_FACT_LABELS);

/** «Kjørelengde   inntil 16 000 km per år», «Bonus   70 %» in a section whose vehicle line stood above: read, as the vehicle's facts. */
export function vehicleFact(s: Section, u: Unit): boolean {
  if (s.vehicle === undefined || !u.row) return false;
  const cells = u.cells.filter((c) => c.trim() !== '');
  return cells.length === 2 && VEHICLE_FACT_LABELS.has(lowerCase(withoutColon(cells[0]!).trim()));
}

/** The policyholder's label, then their name with a capital, a space apart (no colon): «Forsikringstaker Randi Eide». */
const PARTY_LINE = /^(?:Forsikringstaker|Forsikringstakar|FORSIKRINGSTAKER|FORSIKRINGSTAKAR)\s+[A-ZÆØÅ]/;
/** A street address with its postcode and town: «Sagveien 7, 3050 Mjøndalen». */
const ADDRESS_LINE = /^[A-ZÆØÅ][^:]{0,60}\d[^:]{0,10},\s*\d{4}\s+[A-ZÆØÅ][^:\d]{0,40}$/;

/** The line right under the section's vehicle line, set in as its value is, with no kroner amount and no table's cells: its description. */
function vehicleDescription(s: Section, u: Unit): boolean {
  const v = s.vehicle;
  if (v === undefined || s.read || u.row || u.label !== undefined || u.index !== v.index + 1 || u.text.length > 100) return false;
  return (u.lines[0]!.indent ?? 0) > 0 && !/\b(?:kr|nok)\b/i.test(u.text) && !/\d{1,3}(?: \d{3})+/.test(u.text);
}

/** The labels of a certificate's own facts (the policy number, its dates, its parties and its area). */
/** A line that opens with one of the certificate's own labels and its figure («avtalenummer 5021 7764 gjelder fra …»). */
export function factsOnOneLine(lower: string): boolean {
  const m = /^([a-zæøå.]+(?: [a-zæøå.]+)?)\s+\d/.exec(lower.trim());
  if (!m) return false;
  const [one, two] = [m[1]!.split(' ')[0]!, m[1]!];
  return HEADER_LABELS.has(two.replace(/\.$/, '')) || HEADER_LABELS.has(one.replace(/\.$/, ''));
}

const HEADER_LABELS: ReadonlySet<string> = new Set([
  ...POLICY_NUMBER.labels,
  ...DATES.issued,
  ...DATES.renewal,
  ...DATES.period,
  'forsikringstaker',
  'forsikringstakar',
  'forsikret',
  'forsikrede',
  'forsikra',
  'sikrede',
  'kunde',
  'kundenummer',
  'kundenr',
  'medforsikret',
  'medforsikra',
  'dekningsområde',
  'geografisk område',
  'betalingsmåte',
  'betalingsfrekvens',
  'avtaleperiode',
  'forsikringen gjelder',
  'forsikringa gjeld',
  // (a web portal's agreement page: «Status   Aktiv», «Betaling   Månedlig, e-faktura», «Kundenummer i banken   …» under
  // «Bedriftsavtale kjøretøy», over the vehicles' table)
  'status',
  'avtalestatus',
  'betaling',
  'kundenummer i banken',
]);

/**
 * «Vis forsikringsbevis (PDF)    Endre avtale    Meld skade»: a web page's row of links (PAGE_LINKS, a link's own words
 * after it — «(PDF)», «avtale»), under an agreement's facts — passed over as they are, no line that parts the heading from
 * its table.
 */
function pageLinksRow(cells: readonly string[]): boolean {
  return cells.length >= 2 && cells.every((c) => {
    const l = lowerCase(c.trim()).replace(/\s*\((?:pdf)\)$/, '').replace(/\s*[>›»→]$/, '');
    return l.split(/\s+/).length <= 3 && PAGE_LINKS.some((w) => l === w || l.startsWith(`${w} `));
  });
}

/** A capitalised label and its colon after a field's value: «… 7020 Trondheim Byggemåte: Betong». */
const NEXT_LABEL = /\s[A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ.]*(?: [a-zæøå][A-Za-zÀ-ÖØ-öø-ÿ.]*){0,3}:\s/;

/** A field's value up to the next field's label on the same line (a PDF line can hold two fields). */
function ownValue(value: string): string {
  const m = value.includes(':') ? NEXT_LABEL.exec(value) : null;
  return (m ? value.slice(0, m.index) : value).trim();
}

/** «Innbo fellesarealer Forsikringssted»: a product's name, then the label of a place. */
const NAME_THEN_PLACE_LABEL = /^([A-ZÆØÅ][A-Za-zÀ-ÖØ-öø-ÿ -]{2,60}?)\s+(forsikringssted|forsikringsstad|risikoadresse|adresse|beliggenhet)$/i;

/**
 * A product heading and its place line run together, as a PDF's lines at one pitch can be read
 * («Innbo fellesarealer Forsikringssted: Solbakkvegen 8, 7020 Trondheim»): the product and the
 * place; undefined for any other line.
 */
export function headingWithPlace(u: Unit): { product: string; object: string } | undefined {
  if (u.row || u.label === undefined || u.label.length > 70) return undefined;
  const m = NAME_THEN_PLACE_LABEL.exec(u.label.trim());
  if (!m || !namesProduct(m[1]!)) return undefined;
  const object = ownValue(u.text.slice(u.text.indexOf(':') + 1));
  return object === '' ? undefined : { product: m[1]!.trim(), object };
}
