// What PDF generators run together in a table's row or a field's line (src/parse/units.ts), read as the
// text would be read; the document lines are those of the unseen PDFs each rule follows.
import { describe, expect, it } from 'vitest';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string) => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});

describe('a place label run into its value', () => {
  it('«Forsikringssted Lyngveien 14, 3530 Røyse» where the other places stand «Forsikringssted | …» is the label and the place', () => {
    const text = 'Forsikringsnummer: 82 553 107\n\nHus\nForsikringssted\tLyngveien 14, 3530 Røyse\nForsikringssum\tFullverdi\nEgenandel\t10 000\nÅrspremie\t11 842\n\nInnbo\nForsikringssted Lyngveien 14, 3530 Røyse\nForsikringssum\t1 500 000\nEgenandel\t4 000\nÅrspremie\t3 216\n';
    const p = parse(text);
    expect(p.coverages?.find((c) => c.product === 'Innbo')?.object).toBe('Lyngveien 14, 3530 Røyse');
  });
});

describe('a row whose place cell holds what the next column or the line under it said', () => {
  it('«Bakkeveien 3, 7045 Trondheim Fullverdi | (empty) | Fullverdi»: the place ends with its town', () => {
    const text = 'Avtalenr.: 4402 118 763\n\nForsikring\tForsikringssted\tSum i dag\tSum fra 01.01.2026\nInnbo Super\tBakkeveien 3, 7045 Trondheim kr 1 000 000\t\tkr 1 026 000\nHus Super\tBakkeveien 3, 7045 Trondheim Fullverdi\t\tFullverdi\n';
    const p = parse(text);
    expect(p.coverages?.map((c) => c.object)).not.toContain('Bakkeveien 3, 7045 Trondheim Fullverdi');
  });
  it('«Husdyr | Nordre Haugenvegen 31 Sum indeksreguleres ikke | 750.000 | 10.000 | 2.905»: the row\'s class is none', () => {
    const text = 'Polisenummer: 7730-118845\n\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tPremie\nDriftsbygning\tNordre Haugenvegen 31\t8.750.000\t20.000\t16.480\nHusdyr\tNordre Haugenvegen 31 Sum indeksreguleres ikke\t750.000\t10.000\t2.905\n';
    const p = parse(text);
    expect(p.coverages?.find((c) => c.product === 'Husdyr')?.index_class).toBe('none');
  });
  it('«100» over «000* 50 000*»: the amount\'s tail is the row above\'s; a place cut after its postcode is left out, said', () => {
    const text = 'Polisenummer PK-440918\n\nForsikring\tForsikringssted\tForsikringssum\tEgenandel\tÅrspremie\nKommunebygg\tTistedal skole, Tistedalsgata 12, 1792 Tistedal\t96 200 000\t100 000\t118 960\nKommunebygg\tOs sykehjem, Os allé 5 1777\t142 800 000\t100\t171 200\nLøsøre\tHalden Alle kommunale lokasjoner\tFørsterisiko 25 000 000\t000 50 000\t31 450\n';
    const p = parse(text);
    const os = p.coverages?.find((c) => c.premium === '171200');
    expect(os?.deductible).toBe('100000');
    expect(os?.object).toBeUndefined();
    expect(p.coverages?.find((c) => c.premium === '31450')?.deductible).toBe('50000');
    expect(p.coverages?.map((c) => c.object)).not.toContain('Halden Alle kommunale lokasjoner');
    expect(p.warnings.join('\n')).toMatch(/Os allé 5 1777.*ends with its postcode/);
  });
});

describe('an e-mail over a certificate whose «Utstedt:» date was not read', () => {
  it('the message\'s «Sendt» date is not the issue date: a warning says so', () => {
    const text = 'Fra: Vestbo BBL\nSendt: 8. januar 2026 14:05\nTil: styret@bryggen7.no\nEmne: VS: Forsikringsbevis\n\n---------- Videresendt melding ----------\n\nCODAN FORSIKRING\n\nForsikringstaker:\tSameiet Bryggen 7\tPolisenr.: Gjelder fra:\tNBBL-31 882 460\n\tc/o Vestbo BBL\tGjelder til: Utstedt:\t01.01.2026\n';
    const p = parse(text);
    expect(p.issued).toBeUndefined();
    expect(p.warnings.join('\n')).toMatch(/issue date: the document states it under «utstedt:»/);
  });
});
