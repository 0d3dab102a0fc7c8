/**
 * Coverages of a schedule (forsikringsbevis), read by layout, each layout by a reader of its own:
 *
 * - tables and item rows under a product heading: src/parse/schedule-tables.ts (a
 *   «Forsikringsoversikt» header and its rows: schedule-overview.ts);
 * - a list of items, each a product and its figures after a colon: schedule-items.ts;
 * - a line of labelled figures per coverage: schedule-inline.ts;
 * - labelled fields under a product heading, one block per coverage: schedule-fields.ts;
 * - text exported from a PDF without its layout (cells run together): schedule-plain.ts;
 * - coverages stated in sentences under a certificate's title: schedule-prose.ts;
 * - G sums and «Individuelt» in bullets, fields and sentences: schedule-gtext.ts;
 * - an overview's row and the certificate section of the same coverage are merged: schedule-merge.ts;
 * - rows whose sums the document says are not index-regulated get the class `none`: schedule-unindexed.ts;
 *   rows a sentence says are insured on first risk get a first-risk sum: schedule-first-risk.ts.
 *
 * The readers run in this order over the same units: each marks what it read as used, so a later
 * one does not read it again. Each coverage gets its `index_class` from its product name through
 * the one table in src/parse/index-class.ts; person coverages with G sums are `none`.
 */
import { appliedFootnotes, footnotesOf, MARK } from './schedule-footnotes.js';
import { amountsIn, FIRST_RISK_WORD as FIRST_RISK_SOURCE, KRONER_ONLY } from './amounts.js';
import { compareDecimalText } from '../core/norsk-text.js';
import type { Coverage, TracePoint } from '../model/policy.js';
import type { Reading } from './extract.js';
import { FIRST_RISK_FORM, readFieldBlocks, vehicleUnderRow } from './schedule-fields.js';
import { readFigureBlocks } from './schedule-figure-blocks.js';
import { DESCRIBED_PLACE, FIRST_RISK_IN_NAME } from './schedule-overview.js';
import { nameLoneSections } from './g-items.js';
import { readGText, readPremiumTotals } from './schedule-gtext.js';
import { readInlineRows } from './schedule-inline.js';
import { readBulletLists } from './schedule-bullets.js';
import { readLetterProducts } from './letter-products.js';
import { readListItems } from './schedule-items.js';
import { removeTrace } from './schedule-merge.js';
import { itemsToPricedHeadings, rowsAmongItems } from './schedule-item-owners.js';
import { readCoverParagraphs } from './schedule-cover-paragraphs.js';
import { attachIncludedLists, includedInInsurance, includedRowsAsItems, readIncludedLists } from './schedule-included.js';
import { benefitsAsItems, joinCertificates, joinContinued, joinIncludedIn, joinPartDeductibles, joinPersonFigures, joinReferredDown, joinCardFigures, joinVehicleDetails, mergeDetails } from './schedule-merge.js';
import { BUILDING_FACTS, columnOf, FIGURE_IN_PLACE, namesFigure, ordered, PLACE_THEN_BUILDING } from './schedule-names.js';
import { withoutColon, type Unit } from './units.js';
import { readPlainRows } from './schedule-plain.js';
import { readHeldSums, readProse } from './schedule-prose.js';
import { readLabelledRows } from './schedule-labelled-rows.js';
import { readCoverageLines } from './schedule-lines.js';
import { readStackedPremiums } from './schedule-stacked.js';
import { readTables } from './schedule-tables.js';
import { placeRowsAtDocumentPlace, placesByNumber, plateRowsUnderVehicleProduct, vehicleRowsAtDocumentThing } from './schedule-place.js';
import { markFirstRiskSaid } from './schedule-first-risk.js';
import { readPremiumLines } from './schedule-premium-lines.js';
import { markBuildingIndexSaid, markUnindexed, NOT_INDEXED } from './schedule-unindexed.js';
import { markAnimalCovers } from './schedule-animal-covers.js';
import { headTitleProduct, INSURED_LEAD, renewalTitleProduct, titleProduct } from './schedule-titles.js';
import { countedCaptionText } from './schedule-product-heading.js';
import { cardVehicles, portalPage, portalPageProduct, readPortalCards, withoutPageTotal } from './schedule-portal.js';
import { attachSpecifiedLists, readSpecifiedLists } from './schedule-specified.js';
import { coversUnderProducts } from './schedule-product-covers.js';
import { tidyPlace, withoutAmountInPlace, withoutBareLetters, withoutOddDeductibles } from './schedule-plausible.js';
import { coversOfTitledVehicle, driverAccidentItems } from './schedule-vehicle-covers.js';
import { vesselCoversToInsurance } from './schedule-vessel-covers.js';
import { COVER_LEVEL_SET, INSURED_PLACE_LABELS, LEVEL_WORDS, PLATE_SOURCE, POLICY_NUMBER, TITLED_THING_HEADINGS } from './vocabulary.js';

/** TITLED_THING_HEADINGS as a set: headings of a titled certificate's thing and covers. */
const TITLED_THING_HEADING_SET: ReadonlySet<string> = new Set(TITLED_THING_HEADINGS);
import { lowerCase } from './lower.js';
import { namesProduct, rowIndexClass } from './index-class.js';

/** «Forsikringssted Industrigata 12, 2619 …»: an insured place's label before its value, the value an address with its postcode. */
const PLACE_LABEL_FIRST = new RegExp(`^(?:${INSURED_PLACE_LABELS.join('|')})\\s*:?\\s+(?=[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][^,]*\\d.*\\b\\d{4}\\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ])`, 'iu');

/**
 * An address cut after its postcode: a house number, a comma, four figures and nothing after them
 * («Granlia 14, 1410», its «Kolbotn» on a line of a wrapped cell that was not joined to it). A
 * postcode is followed by its place; four figures that may be a year («Coupé 305, 2019») are left.
 * (Also the house number and postcode alone, «9, 2315»: a PDF's place cut into cells, its street in the cell before;
 * and without the comma, «Os allé 5 1777»: a PDF's row whose town went into the row under it.)
 */
const CUT_ADDRESS = /(?:^|\s)\d{1,4}\s?[A-Za-zÀ-ÖØ-öø-ɏ]?(?:,\s*|\s+)(?!19\d\d$|20\d\d$)\d{4}$/u;
/**
 * A place that ends in an amount — «Hamnegata 18, 6770 Nordfjordeid 38 500 000 kr», a sum's cell run into the place's —
 * found by the amount reader: the text's last amount ends it, with a currency word or in millions (a house number with a
 * thousands group, «Storgata 1 000», is no amount we can tell), after a place with a letter in it.
 */
function amountAtPlaceEnd(object: string): { place: string; amount: string } | undefined {
  const text = object.trim();
  const last = amountsIn(text).at(-1);
  if (last === undefined || last.index + last.text.length !== text.length) return undefined;
  // («Rana 550 Cabin, MKR 118»: a boat's register number whose letters end in «KR» — the currency's letters inside a word are none)
  if (last.index > 0 && /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(text[last.index - 1]!)) return undefined;
  if (!KRONER_ONLY.test(last.text) && compareDecimalText(last.value, '1000000') < 0) return undefined;
  const place = text.slice(0, last.index).replace(/[,;\s]+$/, '');
  return /[A-Za-zÀ-ÖØ-öø-ɏ]/u.test(place) ? { place, amount: last.text } : undefined;
}

/**
 * «Hus Pluss», «Innbo Ekstra», «Bil Kasko», «Villa Topp», «Boligbygg sameie – Super»: an insurance's name with the cover level
 * chosen after it — the product is the name before the level (so the index-class table and a
 * renewal's changes know it) and the level its coverage, as a «Dekning» column states it. Only
 * where no coverage is stated and the name before the level names a product.
 */
function levelApart(c: Coverage): Coverage {
  const sp = c.coverage === undefined ? c.product.lastIndexOf(' ') : -1;
  if (sp < 1) return c;
  const level = c.product.slice(sp + 1);
  // («Huseiers ansvar»: a word in lower case goes on the name — a level after a name is written with its capital)
  const first = level[0];
  if (first === undefined || first === first.toLowerCase()) return c;
  // («Boligbygg sameie – Super»: the dash between the name and its level is neither's)
  const product = c.product.slice(0, sp).replace(/\s+[–—-]$/, '');
  // («Kasko Pluss»: two levels, the whole the product a record names — as its deductible changes name it)
  if (!COVER_LEVEL_SET.has(lowerCase(level)) || COVER_LEVEL_SET.has(lowerCase(product)) || !namesProduct(product)) return c;
  // («Veterinærforsikring Basis Pluss»: two levels after the name, each with its capital — together the level chosen)
  const sp2 = product.lastIndexOf(' ');
  const before = sp2 > 0 ? product.slice(sp2 + 1) : '';
  const rest = sp2 > 0 ? product.slice(0, sp2).replace(/\s+[–—-]$/, '') : '';
  if (before !== '' && before[0] !== before[0]!.toLowerCase() && COVER_LEVEL_SET.has(lowerCase(before)) && !COVER_LEVEL_SET.has(lowerCase(rest)) && namesProduct(rest)) {
    return ordered({ ...c, product: rest, coverage: `${before} ${level}` });
  }
  return ordered({ ...c, product, coverage: level });
}

/**
 * «FORSIKRINGSBEVIS – FRITIDSBUSTAD» over the row «Fritidsbustad Pluss | Fullverdi | …» (the title's product over a table of
 * covers): a cover that repeats its product's name, then the level chosen, is that level — «Pluss», as «Hus Pluss» read
 * alone is the product «Hus» at the level «Pluss». Only where every word after the name is a level written with its capital.
 */
function productRepeatedInCover(c: Coverage, line: string | undefined): Coverage {
  const cover = c.coverage?.trim();
  if (cover === undefined || !lowerCase(cover).startsWith(`${lowerCase(c.product.trim())} `)) return c;
  // (only a table row's own name, its line's first cell: a field «Dekning   Båt Pluss» states the cover as written)
  if (line === undefined || line.split('\t')[0]!.trim() !== cover) return c;
  const rest = cover.slice(c.product.trim().length).replace(/^\s*[–—-]?\s*/, '');
  const words = rest.split(/\s+/);
  if (rest === '' || !words.every((w) => w[0] !== undefined && w[0] !== w[0].toLowerCase() && COVER_LEVEL_SET.has(lowerCase(w)))) return c;
  return { ...c, coverage: rest };
}

/**
 * «Lagerskur | Industrivegen 9, 2830 Raufoss (førsterisiko) | kr 600 000»: a bracket after the town is taken as the place's
 * remark (its note) — where the remark is the first-risk word alone, it is the sum's form, as in the name's cell.
 */
function firstRiskNote(c: Coverage): Coverage {
  if (typeof c.sum !== 'string' || c.note === undefined) return c;
  return c.note.split(/;\s*/).some((part) => FIRST_RISK_FORM.test(part.trim())) ? { ...c, sum: { first_risk: c.sum } } : c;
}

/** A vehicle named by its plate, then its facts in brackets: «Hobby De Luxe 495 UL, JR 4412 (årsmodell 2019)», «(2019, 48 000 km)». */
const PLATE_THEN_FACTS = new RegExp(String.raw`^(.*\b${PLATE_SOURCE})\s*\(\s*((?:års?modell|modellår|årgang|reg(?:istrert|\.)?\s*(?:år|første gang)?|første\s+gang\s+registrert|km|kilometerstand|\d{4}\b)[^()]*)\)$`, 'i');

/**
 * «Campingvogn» over «• Hobby De Luxe 495 UL, JR 4412 (årsmodell 2019)»: the vehicle is its make and plate, as the document
 * writes them — its year or mileage in brackets after the plate describes it (its note), as a building's year does its place.
 */
function vehicleFactsApart(c: Coverage): Coverage {
  const m = c.object === undefined ? null : PLATE_THEN_FACTS.exec(c.object.trim());
  if (m === null) return c;
  return ordered({ ...c, object: m[1]!, note: c.note === undefined ? m[2]!.trim() : `${m[2]!.trim()}; ${c.note}` });
}

/** A vehicle named by its plate, then one word: «Volvo V60, DN 48211 Kasko». */
const PLATE_THEN_WORD = new RegExp(String.raw`^(.*\b${PLATE_SOURCE})\s+([A-Za-zÆØÅæøå]+)$`);

/**
 * «Bilforsikring – Volvo V60, DN 48211 Kasko premie kr 9 140» (a PDF's row whose cells ran together):
 * a cover level right after the vehicle's plate is the row's coverage, not part of the vehicle —
 * only where the row states no coverage of its own.
 */
function plateThenLevel(c: Coverage): Coverage {
  if (c.object === undefined || c.coverage !== undefined) return c;
  const m = PLATE_THEN_WORD.exec(c.object.trim());
  if (m === null || !COVER_LEVEL_SET.has(lowerCase(m[2]!))) return c;
  return ordered({ ...c, object: m[1]!, coverage: m[2]! });
}

/** A cover's name that ends with the first-risk word after a thing's name: «Verdigjenstander førsterisiko», «Varer, førsterisiko». */
const FIRST_RISK_COVER = new RegExp(String.raw`^[A-Za-zÀ-ÖØ-öø-ɏ][A-Za-zÀ-ÖØ-öø-ɏ ,-]*?[\s,(]\s*${FIRST_RISK_SOURCE}\)?$`, 'iu');

/**
 * A sum in kroner of a cover the row calls a first-risk cover is a first-risk sum, whichever reader
 * read the row: «Varer | Førsterisiko | kr. 240.000» (the cover column), «- Eldhus (førsterisiko),
 * gnr. 14 bnr. 3: forsikringssum kr 250 000» (the name, which is then the name without it). Read as
 * a plain sum, it would be indexed and settled as a full-value sum.
 */
function firstRiskStated(c: Coverage): Coverage {
  // («Kommunale bygningar | Naust, Kaivegen 4 (førsterisiko) | kr 1 500 000»: the form in the place's cell is the sum's, as
  // in the name's — no part of the place)
  const placed = c.object === undefined ? null : FIRST_RISK_IN_NAME.exec(c.object);
  if (placed !== null && placed.index > 0) {
    const sum = typeof c.sum === 'string' ? { first_risk: c.sum } : c.sum;
    return firstRiskStated(ordered({ ...c, object: c.object!.slice(0, placed.index).trim(), ...(sum === undefined ? {} : { sum }) }));
  }
  // («Verdigjenstander (førsterisiko)   kr 200 000», read as a first-risk sum already: the bracket is no part of the name)
  if (typeof c.sum === 'object' && 'first_risk' in c.sum) {
    const named = FIRST_RISK_IN_NAME.exec(c.product);
    // (only the bracket: «Verktøy og utstyr i brakkerigg, førsterisiko» is the row's name as the table writes it)
    return named !== null && named.index > 0 && named[0].trimStart().startsWith('(') ? { ...c, product: c.product.slice(0, named.index).trim() } : c;
  }
  if (typeof c.sum !== 'string') return c;
  if (c.coverage !== undefined && FIRST_RISK_FORM.test(c.coverage.trim())) return { ...c, sum: { first_risk: c.sum } };
  // («Verdigjenstander førsterisiko»: a cover named by its first-risk form — its sum is first-risk, whichever line the word was on)
  if (c.coverage !== undefined && FIRST_RISK_COVER.test(c.coverage.trim())) return { ...c, sum: { first_risk: c.sum } };
  const m = FIRST_RISK_IN_NAME.exec(c.product);
  if (m === null || m.index === 0) return c;
  return { ...c, product: c.product.slice(0, m.index).trim(), sum: { first_risk: c.sum } };
}

/**
 * A bracket that says a sum is not adjusted at renewal: «(justeres ikke)», «(indeksreguleres ikke)», «(reguleres ikke)»,
 * «(ikke indeksregulert)», «(blir ikke justert)», nynorsk «(vert ikkje justert)», «(justerast ikkje)».
 */
const UNADJUSTED_REMARK =
  /\s*\((?:(?:indeks)?(?:justeres|reguleres|justerast|regulerast)\s+(?:ikke|ikkje)|(?:(?:blir|vert)\s+)?(?:ikke|ikkje)\s+(?:indeks)?(?:justert|regulert|justerte|regulerte))\)$/i;

/**
 * A street and its number, or a postcode and its town, right before a land register reference, with no
 * comma between: «Rudsvegen 210 gnr. 81 bnr. 2», «5179 Godvik Gnr 34 Bnr 122»; so too a lot's or a forest's area
 * («Teig Haugslia, 140 dekar» over «Gnr 88 Bnr 9, 2850 Lena», the two lines one text in a web page's cell): an area
 * measures the land, and the lot that names it is written after a comma.
 */
const STREET_THEN_LOT = /([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž]{2,}\s+\d{1,4}\s?[A-Za-z]?|\b\d[\d .]*\s(?:dekar|daa|mål|m²|m2)|\b\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž]+(?:[\s-][A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž]+)?)\s+(?=(?:gnr|gårdsnr)\.?\s*\d+[,.]?\s*(?:bnr|bruksnr)\.?\s*\d+)/iu;

/**
 * A place whose street address (or postcode and town) and farm's lot stand one after the other, as a wrapped cell
 * joins them in a PDF's layout («Rudsvegen 210» over «gnr. 81 bnr. 2», «Kvarvesvingen 1-11, 5179 Godvik» over «Gnr 34
 * Bnr 122, Bergen»), with the comma it has written on one line: «Rudsvegen 210, gnr. 81 bnr. 2» — the same place a
 * text file's wrapped cell gives (joinWrapped), whichever way it was read.
 */
function withLotApart(object: string): string {
  return object.includes('nr') ? object.replace(STREET_THEN_LOT, '$1, ') : object;
}

/**
 * A street and its number (a block's numbers, «2-8», too), then a building's description with no postcode between:
 * «Bakkeliveien 40 Fjøs med låve, byggeår 1978» (a table's place cell over its continuation row); the house's letter
 * written apart too, «Solbakkvegen 14 B Garasje med bod, byggeår 1991» (a web page's cell printed as one text).
 */
const STREET_THEN_BUILDING = /^([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s[A-Za-zÀ-ÖØ-öø-ɏ.'-]+){0,3}\s\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?:\s?[A-Za-z](?![A-Za-zÀ-ÖØ-öø-ɏ]))?)\s+([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ-]+(?:\/[a-zß-öø-ÿčđŋšŧž][A-Za-zÀ-ÖØ-öø-ɏ-]*)?(?:\s[a-zß-öø-ÿčđŋšŧž][A-Za-zÀ-ÖØ-öø-ɏ-]*){0,5},\s.*)$/u;

/**
 * «…, 2816 Gjøvik Frittliggende dobbelgarasje»: a place that ends with its postcode and town, then the kind of building on
 * the line under it — a capitalised word and words in lower case, the last a building's word («garasje», «bod», «uthus»;
 * the index-class table's buildings) —, no comma. A town's name has no word in lower case but «i» or «på».
 */
const PLACE_THEN_KIND = /^(.*,\s*\d{4}\s+[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*(?:\s(?:i|på)\s[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][A-Za-zÀ-ÖØ-öø-ɏ.'-]*)?)\s+([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž-]+(?:\s(?!i\s|på\s)[a-zß-öø-ÿčđŋšŧž-]{3,}){1,3})$/u;

/**
 * A place with a description of the building run on after it — «Kirkegata 14, 4610 Kristiansand Forretningsbygg, byggeår
 * 1962, 3 etasjer, murt» (a record's line under its address), «Bakkeliveien 40 Fjøs med låve, byggeår 1978» (a table's
 * continuation row): the description says what the building is, never where — the place alone is the object, the
 * description its note. Whichever reader joined them; after every reader, which may fill in an object late.
 */
function descriptionApart(c: Coverage): Coverage {
  if (c.object === undefined) return c;
  const o = c.object.trim();
  // («Bjørkelia 14, Gnr 58 Bnr 211, 2816 Gjøvik Frittliggende dobbelgarasje»: the building's kind alone, no year or area)
  const kind = PLACE_THEN_KIND.exec(o);
  if (kind !== null && rowIndexClass(kind[2]!.split(' ').pop()!).index_class === 'bygninger') {
    return ordered({ ...c, object: kind[1]!, note: c.note === undefined ? kind[2]! : `${kind[2]!}; ${c.note}` });
  }
  const m = PLACE_THEN_BUILDING.exec(o) ?? STREET_THEN_BUILDING.exec(o) ?? LOT_TOWN_THEN_THING.exec(o);
  if (m === null || !BUILDING_FACTS.test(m[2]!.toLowerCase())) return c;
  return ordered({ ...c, object: m[1]!, note: c.note === undefined ? m[2]! : `${m[2]!}; ${c.note}` });
}

/**
 * A farm's lots and their municipality with no postcode, then the thing's description on the line under them: «Gnr 112
 * Bnr 7 og 9, Stjørdal Produktiv skog, 1 240 dekar» (a forest's place cell over its area). The place, then the description.
 */
const LOT_TOWN_THEN_THING = /^(.*\b[Bb](?:nr|ruksnr)\.?\s*\d+[^,]*,\s*[A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž-]+)\s+([A-ZÀ-ÖØ-ÞČĐŊŠŦŽ][a-zß-öø-ÿčđŋšŧž-]+(?:\s[a-zß-öø-ÿčđŋšŧž-]+){0,5},\s.*\d.*)$/u;

/**
 * «Ting   Standard» over «  Maskiner og inventar   6 400 000 …» (a product family's heading over the things it insures): a
 * product whose name is no thing the index-class table knows («Ting», «Kommunal drift») takes the class of the thing the
 * row insures — its object or its cover where that names one («Maskiner og inventar»: `maskin_losore`), as the README's
 * convention gives the class from the thing insured. Not from a place (a figure in it: an address), and never `other`.
 */
function classOfThingInsured(r: Reading, c: Coverage): void {
  if (c.index_class !== 'other' || rowIndexClass(c.product).known) return;
  for (const name of [c.object, c.coverage]) {
    if (name === undefined || /\d/.test(name)) continue;
    const own = rowIndexClass(name);
    if (!own.known || own.index_class === 'other') continue;
    c.index_class = own.index_class;
    r.withdraw(`index class of «${c.product}» is not known from its name; set to other`);
    return;
  }
}

/** A middle dot or a bullet, then blanks, at a place's start: «· Husøyveien 31, 3145 Tjøme». */
const LEADING_SEPARATOR = /^[·•]\s+(?=\S)/u;

/**
 * «Innbo  ·  Husøyveien 31, 3145 Tjøme» — a product and its place set apart by a middle dot — where a web page's table or a
 * PDF's columns put the dot at the start of the place's cell: the dot parts the two, it is no part of the place.
 */
function separatorApart(c: Coverage): Coverage {
  if (c.object === undefined || !LEADING_SEPARATOR.test(c.object)) return c;
  return { ...c, object: c.object.replace(LEADING_SEPARATOR, '') };
}

/** A footnote's mark at the end of a cell: «Frittliggende bod, førsterisiko¹», «Varer²», «Lager†». */
const MARK_AT_END = new RegExp(String.raw`\s*(${MARK})$`, 'u');
/** The first-risk word (lower case): «førsterisiko», «førsterisikosum», nynorsk «fyrsterisiko», «første risiko». */
const FIRST_RISK_WORD = /\b(?:f[øo]rste|fyrste)\s*-?\s*risiko/;

/**
 * A row whose name or cover ends with a footnote's mark — «| Husforsikring | Frittliggende bod, førsterisiko¹ | … | 150 000 |»
 * over «¹ Summen for boden er en førsterisikosum og indeksreguleres ikke.» — the mark is no part of the name, and what
 * the footnote says is said of the rows with that mark, and of no other: a first-risk sum, a sum not index-regulated. A
 * superscript figure is never part of a name; a «*» or a «†» is a mark only where a footnote under it starts with it.
 */
function footnotesToRows(r: Reading, coverages: Coverage[]): Set<Unit> {
  const applied = new Set<Unit>();
  const notes = footnotesOf(r);
  coverages.forEach((c, i) => {
    for (const key of ['coverage', 'product'] as const) {
      const name = c[key];
      const m = name === undefined ? null : MARK_AT_END.exec(name);
      if (m === null || m.index === 0) continue;
      const note = notes.get(m[1]!);
      if (note === undefined && !/^[¹²³⁴⁵⁶⁷⁸⁹]/u.test(m[1]!)) continue;
      c[key] = name!.slice(0, m.index);
      if (note === undefined) continue;
      const said = note.text.toLowerCase();
      if (FIRST_RISK_WORD.test(said) && typeof c.sum === 'string') {
        c.sum = { first_risk: c.sum };
        r.atUnit(`coverages[${i}].sum`, note);
      }
      if (NOT_INDEXED.test(said) && c.index_class !== undefined) {
        c.index_class = 'none';
        r.atUnit(`coverages[${i}].index_class`, note);
      }
      r.used.add(note);
      applied.add(note);
    }
  });
  return applied;
}

/**
 * The one coverage read already of the product a coverage names, when the coverage has nothing of its own — no cover, place,
 * figure or item, a note at most: a product read twice, by two readers of the same lines. Undefined otherwise.
 */
function bareRepeat(c: Coverage, coverages: readonly Coverage[]): Coverage | undefined {
  if (c.coverage !== undefined || c.object !== undefined || c.sum !== undefined || c.deductible !== undefined || c.premium !== undefined || c.items !== undefined) return undefined;
  const same = coverages.filter((x) => x.product === c.product);
  return same.length === 1 ? same[0] : undefined;
}

/** «Naturskade», «Naturskadepremie»: a row that names natural damage (lower case). */
const NATURAL_DAMAGE_ROW = /^naturskade(?:premie|forsikring)?$/;
/** «0,08 ‰ av forsikringssummen», «0,08 promille av brannforsikringssum»: a rate of the sums, as a row's unread sum. */
const RATE_OF_SUMS = /(?:‰|promille)\s+av\s+(?:brann)?forsikringssum/i;

/**
 * A row of natural damage whose sum is a rate of the fire sums (`note`) and no sum was read: the charge of the natural-damage
 * pool, not a cover of the schedule (the rate is read as `natural_damage`). A natural-damage row with a sum of its own
 * (a sameie's «Naturskade | 164 200 000 | 8 000 | 13 136») is a cover, and kept.
 */
function naturalDamageRateRow(c: Coverage): boolean {
  const name = lowerCase((c.coverage ?? c.product).trim());
  return NATURAL_DAMAGE_ROW.test(name) && c.sum === undefined && c.items === undefined && c.note !== undefined && RATE_OF_SUMS.test(c.note);
}

export function readSchedules(r: Reading): void {
  const coverages: Coverage[] = [];
  const push = (c: Coverage, u: Unit, items: Unit[] = []): void => {
    // («Premie i fjor: kr 51 300», «Årets premie: kr 53 880»: a premium compared with last year's is no coverage)
    if (namesFigure(c.product)) return;
    // («Naturskade | 0,08 ‰ av forsikringssummen | … | 11 888» among a certificate's covers: the pool's charge on the fire sums,
    // its rate the document's natural-damage rate — no cover with a sum of its own)
    if (naturalDamageRateRow(c)) return;
    // («Yrkesskadeforsikring» over its G items and price, then its fields «Omfang: Alle ansatte» / «Forsikringssum: Iht. lov»
    // read again by another reader: the same product with nothing but a note — the note is the coverage's read already)
    const same = bareRepeat(c, coverages);
    if (same !== undefined) {
      if (c.note !== undefined && same.note === undefined) same.note = c.note;
      return;
    }
    // (half an address is a wrong place: the object is left out and said so)
    if (c.object !== undefined && CUT_ADDRESS.test(c.object)) {
      r.warnUnit(u, `the address «${c.object}» of ${c.product} ends with its postcode: its place is on a line not read; the object is left out`);
      c = { ...c };
      delete c.object;
    }
    // (a figure's label and amount inside the place — «Forsikringssted Løvstakkveien 8, 5063 Bergen Forsikringssum kr 1 500 000»,
    // a PDF's lines run together — is no place: the object is left out and said so)
    if (c.object !== undefined && FIGURE_IN_PLACE.test(c.object)) {
      r.warnUnit(u, `the place «${c.object}» of ${c.product} holds a figure's label and amount: its lines ran together; the object is left out`);
      c = { ...c };
      delete c.object;
    }
    // (a sum's cell run into the place: the place without it, and the amount not read, said so — never placed by a guess)
    const runIn = c.object !== undefined ? amountAtPlaceEnd(c.object) : undefined;
    if (runIn !== undefined) {
      r.warnUnit(u, `the place «${c.object}» of ${c.product} ends in an amount «${runIn.amount}»: a figure's cell ran into it; the amount is not read`);
      c = { ...c, object: runIn.place };
    }
    // (a sum's cell run into the middle of a place that wraps beside it — «Industriveien 14, 14 200 000 3430 Spikkestad»: the
    // row's other cells then one off — the place without it, the row's figures not read, said so)
    c = withoutAmountInPlace(r, c, u.lines[0]!);
    c = withoutBareLetters(r, c, u.lines[0]!);
    const named = c.product;
    c = firstRiskStated(levelApart(c));
    // (the name a warning gave the row is the name it is known by now: «Verdigjenstander», not «Verdigjenstander (førsterisiko)»)
    if (c.product !== named) r.reword(`index class of «${named}» is not known from its name; set to other`, `index class of «${c.product}» is not known from its name; set to other`);
    // (in place, not a copy: a reader may still fill in the coverage it pushed, by its reference)
    if (c.object !== undefined) c.object = withLotApart(c.object);
    // (a place as written on one line: what a PDF ran into it left out, its postcode after a comma)
    if (c.object !== undefined) Object.assign(c, tidyPlace(c));
    // («Forsikringssted Industrigata 12, 2619 Lillehammer», label and value in one cell of a PDF: the label names the
    // field and is no part of the place — whichever reader took the line)
    if (c.object !== undefined && PLACE_LABEL_FIRST.test(c.object)) c.object = c.object.replace(PLACE_LABEL_FIRST, '');
    // («Steinsdalsvegen 88, Norheimsund» over «(justeres ikke)» in the place column: a remark on the row's sum that it is
    // not adjusted — the row's index class `none`, no part of the place it was wrapped into)
    const unadjusted = c.object !== undefined && c.object.endsWith(')') ? UNADJUSTED_REMARK.exec(c.object) : null;
    if (unadjusted && unadjusted.index > 0) {
      c.object = c.object!.slice(0, unadjusted.index);
      c.index_class = 'none';
    }
    // («* Næringsbygg - Hafstadvegen 51, 6800 Førde (lagerhallen)»: what stands there, in brackets after the postcode and
    // place, describes the object — its note —, as in a table's place cell; whichever reader read the line)
    const described = c.object !== undefined && c.object.endsWith(')') ? DESCRIBED_PLACE.exec(c.object) : null;
    if (described) {
      c.object = described[1]!;
      c.note = c.note === undefined ? described[2]! : `${described[2]!}; ${c.note}`;
    }
    const i = coverages.length;
    coverages.push(c);
    r.atUnit(`coverages[${i}]`, u);
    items.forEach((iu, j) => r.atUnit(`coverages[${i}].items[${j}]`, iu));
  };
  // («Spesifiserte verdisaker (inngår i forsikringssummen for Verdisaker)» over «Gjenstand   Forsikringssum»: a cover's
  // things one by one — before the tables take each thing as a product of its own)
  const specified = readSpecifiedLists(r);
  // («Inkludert i kasko» over «Ansvar: 3.000.000 kr», «Dette er inkludert i Ekstra» over «✓ Rettshjelp inntil 100 000 kr»: a
  // cover's parts and their limits — before the field blocks and tables take the parts as fields or products)
  const included = readIncludedLists(r);
  // (a renewal letter's product line over its line of «Label: value · …» pairs: before the tables take the line as a product heading)
  readLetterProducts(r, push);
  // (a product alone on its line over its place and premium: before the tables read it as a heading over items)
  readStackedPremiums(r, push);
  // (a portal page's card, «Bilforsikring» over its vehicle, «Egenandel 6 000 kr» and «9 964 kr per år»: before the tables and
  // field blocks take its lines one by one)
  const portalCards = readPortalCards(r, push);
  readTables(r, push, coverages);
  const before = coverages.length;
  // (a list of things under a category line that names their product and shared deductible: before the list items and
  // the lines of labelled figures take each bullet as a product of its own, its place a note)
  readBulletLists(r, push);
  // (before the field blocks: a line of labelled figures ends with a premium, which they would take)
  readListItems(r, push);
  readInlineRows(r, push);
  // («Forsikringssum» over «Hussopp og råtesopp: inntil kr 5 000 000 per skade», then «Egenandel» over the same names: one
  // coverage per name — before the field blocks, which read neither block)
  readFigureBlocks(r, push);
  readFieldBlocks(r, push);
  readPlainRows(r, push, (u) => titleProduct(u) ?? (u.heading && u.product && u.label === undefined ? withoutColon(u.text) : undefined));
  // («Veterinær dekker … med inntil 60 000 kr per forsikringsår. Egenandelen er 2 500 kr …» under «Forsikringsbevis –
  // Hundeforsikring»: a cover a paragraph, the title's — before the prose reader takes the title's product whole)
  readCoverParagraphs(r, coverages, push, titleProduct);
  readProse(r, coverages, push, titleProduct);
  readHeldSums(r, coverages, push);
  // (a coverage written as one line of labelled figures, «Varelager: 650 000 kr, egenandel 10 000 kr, årspris 1 845 kr.»:
  // on lines no reader above read — before the document's place and its index statements are given to the rows)
  readCoverageLines(r, coverages, push);
  // (an overview's rows with no header, each figure labelled in its cell or placed by its column: «Hus  Stasjonsvegen 5,
  // 2770 Jaren  Fullverdi  eg.andel kr 7 500  kr 8 664»)
  readLabelledRows(r, coverages, push);
  const sections = new Set(coverages.slice(before));
  readGText(r, coverages, push);
  mergeDetails(r, coverages, sections);
  joinCertificates(r, coverages);
  joinContinued(r, coverages);
  // («Båt Kasko | kr 685 000 | …» over «Inkludert i Kasko:» and its parts' sums: the row's items)
  joinIncludedIn(r, coverages);
  // («Innbo og løsøre | … | kr 3 412» over the row set in under it «Rettshjelp | kr 100 000 | kr 4 000 | inkludert»: a part —
  // before a list of parts under the table is given to the row read last above it)
  includedRowsAsItems(r, coverages);
  attachIncludedLists(r, coverages, included);
  joinReferredDown(r, coverages);
  // (a card's benefits read before its own deductible and price, by two readers: one coverage)
  joinCardFigures(r, coverages);
  // («Detaljer bil – CF 20334 Volkswagen ID.4» over «Fører- og passasjerulykke:» and its sums: the vehicle's items)
  joinVehicleDetails(r, coverages);
  // (after an overview's row that points below has taken its product's items: the row's own figures are that coverage's)
  joinPersonFigures(r, coverages);
  // (a person product's benefit read as a coverage of its own, or as the product's coverage: its item)
  benefitsAsItems(r, coverages);
  // («Yrkesskadeforsikring (lovpålagt)   Pris per år: 27 140 kr» over its set-in G rows: the items of the product line above
  // them, not of the page's title; «Tannskade etter ulykke | inntil kr 50 000» among G rows: an item as they are)
  itemsToPricedHeadings(r, coverages);
  rowsAmongItems(r, coverages);
  joinPartDeductibles(r, coverages);
  nameLoneSections(coverages);
  ownSumItems(r, coverages);
  // (a block «Årspremie 2025» of «Gruppelivsforsikring   kr 298 760» lines: each named product's premium, before a total is weighed)
  readPremiumLines(r, coverages);
  readPremiumTotals(r, coverages);
  attachSpecifiedLists(r, coverages, specified);
  // («FORSIKRINGSBEVIS – BILFORSIKRING» over «Kasko | 6 000 kr | 7 488 kr», «Glass | 2 500 kr | inkludert»: the rows are
  // the covers of the one vehicle insurance the title names — before the document's place and thing are given to rows)
  // («1  BILFORSIKRING KASKO» over «Dekning | Sum | Egenandel» and «Premie: NOK 9 348 per år»: the covers are the product's
  // items, its price stated once — before the covers of a titled vehicle are taken as rows of their own)
  coversUnderProducts(r, coverages);
  coversOfTitledVehicle(r, coverages);
  // («Fører- og passasjerulykke er inkludert:» over «– død: 200 000 kr»: the vehicle's accident sums per person, its items —
  // after the covers of a vehicle's table are known as that vehicle's)
  driverAccidentItems(r, coverages);
  // (a building's sum said so first: the row is then a building's, at the document's place)
  markBuildingIndexSaid(r, coverages);
  placesByNumber(r, coverages);
  placeRowsAtDocumentPlace(r, coverages);
  // (a row's footnote mark and its footnote, before the sentences of the document are given to the rows)
  // (a footnote given to its rows says nothing of the others: the sentence readers below pass it by)
  const footnotes = footnotesToRows(r, coverages);
  // (and the footnotes of marked figures, given to their rows as the rows were read)
  for (const u of appliedFootnotes(r)) footnotes.add(u);
  // (first-risk sums said in a sentence first: «Førsterisikosummer indeksreguleres ikke» is about them too)
  markFirstRiskSaid(r, coverages, footnotes);
  markUnindexed(r, coverages, footnotes);
  // (a dog's certificate: «Skjulte feil», «Agria Rehab» beside «Veterinærforsikring» are the animal's covers, no property)
  markAnimalCovers(r, coverages);
  for (const c of coverages) classOfThingInsured(r, c);
  vehicleRowsAtDocumentThing(r, coverages);
  // («Bilforsikring næring – avtale …:» over a fleet's rows named by their plates: the vehicles are that insurance's objects)
  plateRowsUnderVehicleProduct(r, coverages);
  // (after every reader: a reader may fill in the object of a coverage it pushed)
  // («Volvo XC40 Recharge | Kasko | …» over «EL 66021», «Båt Kasko | …» over «  Saga 27 AC, reg. LJK 418»: the vehicle read as
  // the note under its row is the row's object, whichever reader read the row)
  coverages.forEach((c, i) => (coverages[i] = firstRiskNote(productRepeatedInCover(vehicleFactsApart(descriptionApart(plateThenLevel(vehicleUnderRow(separatorApart(c))))), r.trace.get(`coverages[${i}]`)?.text))));
  withoutNumberItems(r, coverages);
  // (a deductible no schedule states — «18 905», a premium one cell off —, whichever reader read it)
  withoutOddDeductibles(r, coverages);
  // (a portal page copied as text: its cards' vehicles, and the agreement's price under the page's heading, which is no cover)
  if (portalPage(r.units)) {
    cardVehicles(r, coverages);
    withoutPageTotal(r, coverages, portalPageProduct(r.units), portalCards);
  }
  withoutDeductibleRows(r, coverages);
  captionsToTitle(r, coverages);
  thingHeadingsToTitle(r, coverages);
  rowsToTitle(r, coverages);
  // («Fartøy: FF Nordhav, M-117-HØ» over «Kasko | NOK 96 000 000 | …» under «FORSIKRINGSBEVIS – FISKEFARTØY»: the vessel's
  // covers of the one insurance the document names, wherever it names it)
  vesselCoversToInsurance(r, coverages);
  // («FORSIKRINGSBEVIS – HESTEFORSIKRING» over «Bruk (tap av bruksverdi)», «Medisiner og sykebeslag»: rows no name marked as
  // the animal's until the title gave them its insurance — now the horse's covers, `none` as the others)
  markAnimalCovers(r, coverages);
  if (coverages.length > 0) r.policy.coverages = coverages;
}

/** A row's name that is the deductible's word alone: «Grunnegenandel», «Egenandel», «Minsteegenandel», «Fast egenandel» (lower case). */
const DEDUCTIBLE_ROW = /^(?:(?:fast|valgt|vald|ordinær|ordinær)\s+)?(?:grunn|minste|basis)?ei?gen(?:an)?del(?:en|a)?$/;

/**
 * «Forsikringssummer fra 01.07.2025» over «Styreansvar ..... kr 10.000.000» and «Grunnegenandel ..... kr 25.000»: a row named
 * by the deductible's word alone, with one amount, is the deductible the insurance has — no cover, and its amount no sum.
 * It is left out, said in a warning (the model holds a deductible per cover, not the policy's own).
 */
function withoutDeductibleRows(r: Reading, coverages: Coverage[]): void {
  for (let i = coverages.length - 1; i >= 0; i--) {
    const c = coverages[i]!;
    const name = lowerCase((c.coverage ?? c.product).trim());
    if (!DEDUCTIBLE_ROW.test(name) || c.deductible !== undefined || c.premium !== undefined || c.items !== undefined) continue;
    const at = r.trace.get(`coverages[${i}]`);
    r.withdraw(`index class of «${c.coverage ?? c.product}» is not known from its name; set to other`);
    if (at) r.warn({ page: at.page, line: at.line, text: at.text ?? '', cells: [at.text ?? ''] }, `«${c.coverage ?? c.product}» is the insurance's deductible, no cover: not read as a coverage`);
    coverages.splice(i, 1);
    removeTrace(r, i);
  }
}

/** «Forsikrede bygninger fra 01.01.2026», «Forsikret hest per 1. mars»: a caption's date after it says when, not what. */
const CAPTION_DATE = /\s+(?:fra|frå|per|pr\.?|gjeldende fra|gjeld frå)\s+[\d.\s/a-zæøå-]*\d[\d.\s/a-zæøå-]*$/i;

/** An insurance's name: «Hytteforsikring», «Årsreiseforsikring Familie», «Bilforsikring» (no thing's name — «Bygning», «Motorvogn»). */
const INSURANCE_NAME = /forsikring/i;

/**
 * A title over several insurances rather than one: the customer's kind or a collection — «Privatforsikring»,
 * «Personalforsikringer», «Bedriftsforsikring», «Næringsforsikring», «Kommuneforsikring» —, whose rows («Innbo», «Yrkesskade», «Kjøretøy»)
 * are insurances of their own. (A customer's kind with no «forsikring», «Boligselskap», «Eierseksjonssameie», names no
 * insurance at all; «Boligselskapsforsikring» is one insurance of a housing company's buildings and their liabilities.)
 * The words open the title's words: «Ansvarsforsikring for eiendomsforvaltere» is one insurance, whoever it is for.
 */
const PACKAGE_TITLE = /(?:^|[\s–-])(?:privat|person|bedrift|nærings|kommun|samle|pakke)|forsikringer\b|oversikt/i;

/** «Hytteforsikring», «Årsreiseforsikring Familie», «Landbruksforsikring»: a title naming one insurance, whose rows are its covers. */
function oneInsuranceTitle(title: string): boolean {
  // («Bedrifts- og produktansvar», «Styreansvar», «Bedriftsansvarsforsikring»: a liability insurance, named by its «…ansvar» —
  // one insurance whatever customer's kind it names, its rows «Bedriftsansvar», «Rettshjelp» its covers)
  if (LIABILITY_TITLE.test(title)) return true;
  return INSURANCE_NAME.test(title) && !PACKAGE_TITLE.test(title);
}

/** A liability insurance's name: «Ansvarsforsikring», «Bedrifts- og produktansvar», «Styreansvarsforsikring». */
const LIABILITY_TITLE = /ansvar(?:sforsikring)?$/i;

/** «Forsikrede …», «Forsikra …»: a caption's first word. */
const INSURED_WORD = /^(?:forsikrede|forsikra|forsikret|forsikrete)\s/i;

/**
 * «Forsikrede bygninger og innbo», «Forsikra hus, garasje og innbo»: the participle over the things the table lists, two or
 * more of them joined — a caption as «Forsikrede bygninger» is.
 */
const INSURED_LIST = /^(?:forsikrede|forsikra|forsikret|forsikrete)\s+[a-zæøå]+(?:(?:\s*,\s*|\s+og\s+)[a-zæøå]+)+:?$/i;

/**
 * A caption that says what a table lists — «Forsikret hest», «Forsikrede bygninger fra …», «Forsikrede bygninger og innbo»,
 * «Kjøretøy på avtalen (2)» — or that the table's covers are the insurance's own («Inkludert i forsikringen» over
 * «Dekning | Forsikringssum | Egenandel» on a cabin's certificate): no product's name.
 */
export function captionName(product: string): boolean {
  const t = product.trim().replace(CAPTION_DATE, '');
  return INSURED_LEAD.test(t) || INSURED_LIST.test(t) || countedCaptionText(t) || includedInInsurance(t);
}

/**
 * «FORSIKRINGSBEVIS – HESTEFORSIKRING» over «Forsikret hest» and the table of its covers: whichever reader took the caption
 * for the rows' product, the rows are the covers of the one insurance the document's title names (a caption is never a
 * product). Only where the document's titles name one product: with none or two, which the caption's rows are of is
 * not known, and they are left as read.
 */
function captionsToTitle(r: Reading, coverages: Coverage[]): void {
  if (!coverages.some((c) => captionName(c.product))) return;
  const title = documentTitle(r);
  if (title === undefined) return;
  coverages.forEach((c, i) => {
    if (captionName(c.product)) coverages[i] = ordered({ ...c, product: title });
  });
}

/**
 * «FORSIKRINGSBEVIS» / «Båtforsikring» over «FARTØY», the boat's facts and the covers' table: under a title that names one
 * insurance, a heading of the thing's facts (TITLED_THING_HEADINGS: «Fartøy», «Kjøretøy», «Hesten») is no product, whichever
 * reader took it for the rows' — the rows are the title's insurance's covers. Without such a title left as read: «Kjøretøy»
 * heads a business schedule's section of vehicles.
 */
function thingHeadingsToTitle(r: Reading, coverages: Coverage[]): void {
  if (!coverages.some((c) => TITLED_THING_HEADING_SET.has(lowerCase(c.product.trim())))) return;
  const title = documentTitle(r);
  if (title === undefined || !oneInsuranceTitle(title)) return;
  coverages.forEach((c, i) => {
    if (TITLED_THING_HEADING_SET.has(lowerCase(c.product.trim()))) coverages[i] = ordered({ ...c, product: title });
  });
}

/** The one product the document's titles name («FORSIKRINGSBEVIS – HYTTEFORSIKRING», «FORNYELSE AV BILFORSIKRING»), or undefined (none, or two). */
function documentTitle(r: Reading): string | undefined {
  const titles = new Set<string>();
  r.units.forEach((u, i) => {
    if (u.row && u.cells.length > 3) return;
    const t = titleProduct(u) ?? renewalTitleProduct(u) ?? headTitleProduct(r.units, i);
    if (t !== undefined) titles.add(t);
  });
  // («< Tilbake til alle forsikringer» / «Bilforsikring» / «Forsikringsnummer …»: a portal's page of one insurance is titled so)
  if (titles.size === 0) return portalPageProduct(r.units);
  return titles.size === 1 ? [...titles][0] : undefined;
}

/**
 * «FORSIKRINGSBEVIS – HYTTEFORSIKRING» over «Dekning: Bygning», «Dekning: Innbo og løsøre i hytta»; «Forsikringsbevis
 * Landbruksforsikring» over rows «Våningshus», «Driftsbygning»: a certificate titled by one insurance lists that insurance's
 * covers and things, whichever reader read them and whatever they are called — the title is every row's product and the
 * row's own name its coverage (the hand-readers' product-heading convention, test/corpus/README.md). Only where the
 * document's titles name exactly one product, and only rows that name no coverage yet: a row that already has its cover
 * («Bil» / «Kasko») is left as read, and so is every row of a document with no title or two.
 */
function rowsToTitle(r: Reading, coverages: Coverage[]): void {
  if (coverages.length === 0) return;
  const title = documentTitle(r);
  if (title === undefined || !oneInsuranceTitle(title)) return;
  coverages.forEach((c, i) => {
    // («Styreansvarsforsikring / Directors' and Officers' Liability Insurance» as a heading over «Styreansvar» or over
    // «Premie: NOK 48 750»: the title itself in two languages — the insurance by its Norwegian name, the row's cover as read)
    if (lowerCase(c.product) !== lowerCase(title) && lowerCase(c.product.split(/\s+\/\s+/)[0]!) === lowerCase(title)) {
      coverages[i] = ordered({ ...c, product: title, ...(c.coverage !== undefined ? liabilityLimitClass(r, title, c, c.coverage) : {}) });
      return;
    }
    // («Forsikrede bygninger og innbo»: what the table lists, a caption — no cover's name)
    if (lowerCase(c.product) === lowerCase(title) || INSURED_WORD.test(c.product)) return;
    // («FORSIKRINGSBREV – HUNDEFORSIKRING» over «Agria Veterinærforsikring» / «  Basis»: a cover's name with its level, read
    // apart as a product and its level — under the title one cover, named as written)
    // (only a cover named as an insurance of its own, «Agria Veterinærforsikring»: a heading's thing with its level,
    // «GARDSBYGNINGER» / «Standard» under «Landbruksforsikring», is left as read)
    if (c.coverage !== undefined && !(LEVEL_WORDS.has(lowerCase(c.coverage.trim())) && INSURANCE_NAME.test(c.product))) return;
    const coverage = c.coverage !== undefined ? `${c.product} ${c.coverage}` : c.product;
    coverages[i] = ordered({ ...c, product: title, coverage, ...liabilityLimitClass(r, title, c, coverage) });
  });
}

/**
 * «Kostnader ved offentlig etterforskning» under «Styreansvarsforsikring»: a cover of a liability insurance whose name the
 * index table does not know is a limit of that liability — no index adjusts it (class `none`, the README's convention for a
 * liability limit), not the unknown thing's `other`. The warning stays, saying so: a reader may still check it.
 */
function liabilityLimitClass(r: Reading, title: string, c: Coverage, name: string): { index_class?: Coverage['index_class'] } {
  if (!LIABILITY_TITLE.test(title) || c.index_class !== 'other' || rowIndexClass(name).known) return {};
  r.reword(`index class of «${name}» is not known from its name; set to other`, `index class of «${name}» is not known from its name; set to none, as a limit of the liability insurance «${title}»`);
  return { index_class: 'none' };
}

/** The labels of a number that names a contract, a customer or a company: «Kundenummer», «Avtalenummer», «Org.nr.» (lower case, no stop). */
const NUMBER_LABELS: ReadonlySet<string> = new Set([...POLICY_NUMBER.labels, ...POLICY_NUMBER.notLabels].map((l) => l.replace(/[.:]+$/, '')));

/**
 * «FORSIKRINGSBEVIS» / «Privat – bolig og fritid» over «Kundenummer: 40077123» (a certificate's subtitle over its own
 * facts): a number a label names as the customer's, the contract's or a company's is no sum of an item, whichever reader
 * took the line as one; a coverage left with nothing stated by it was the subtitle's, no coverage.
 */
function withoutNumberItems(r: Reading, coverages: Coverage[]): void {
  for (let i = coverages.length - 1; i >= 0; i--) {
    const c = coverages[i]!;
    if (c.items === undefined) continue;
    const numbers = c.items.map((it, j) => (NUMBER_LABELS.has(lowerCase(it.name.trim()).replace(/[.:]+$/, '')) ? j : -1)).filter((j) => j >= 0);
    if (numbers.length === 0) continue;
    const moved = new Map<string, TracePoint>();
    for (const [path, t] of r.trace) {
      const m = /^coverages\[(\d+)\]\.items\[(\d+)\](.*)$/.exec(path);
      if (!m || +m[1]! !== i) continue;
      r.trace.delete(path);
      const j = +m[2]!;
      if (numbers.includes(j)) continue;
      moved.set(`coverages[${i}].items[${j - numbers.filter((k) => k < j).length}]${m[3]}`, t);
    }
    for (const [path, t] of moved) r.trace.set(path, t);
    const items = c.items.filter((_, j) => !numbers.includes(j));
    const { items: _items, ...rest } = c;
    coverages[i] = items.length > 0 ? { ...rest, items } : rest;
    const left = coverages[i]!;
    if (items.length === 0 && left.sum === undefined && left.deductible === undefined && left.premium === undefined && left.object === undefined && left.coverage === undefined) {
      coverages.splice(i, 1);
      removeTrace(r, i);
    }
  }
}

/**
 * «Gruppeliv» / «Forsikringssum» / «10 G» (a portal page, each label over its value): a coverage whose
 * one item is named by the sum column's label has that sum as its own — «Forsikringssum» is no benefit.
 */
function ownSumItems(r: Reading, coverages: Coverage[]): void {
  coverages.forEach((c, i) => {
    const item = c.items?.length === 1 ? c.items[0]! : undefined;
    if (item === undefined || c.sum !== undefined || item.sum === undefined || item.note !== undefined || columnOf(item.name) !== 'sum') return;
    const { items: _items, ...rest } = c;
    // («Sum: etter lov» under «Yrkesskade – Tryg»: the cover's own sums are the law's — no sum of the
    // cover, as «Lovbestemt» in a schedule's sum column is none; an individual sum is an item's)
    const byLaw = typeof item.sum === 'object' && 'individual' in item.sum;
    coverages[i] = ordered(byLaw ? rest : { ...rest, sum: item.sum });
    const at = r.trace.get(`coverages[${i}].items[0]`);
    if (byLaw) r.trace.delete(`coverages[${i}].items[0]`);
    else if (at !== undefined) {
      r.trace.set(`coverages[${i}].sum`, at);
      r.trace.delete(`coverages[${i}].items[0]`);
    }
  });
}
