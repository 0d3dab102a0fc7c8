import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { fieldsBesideName } from './fields-beside-name.js';
import { readDocument } from './input.js';
import type { SourceLine } from './source.js';

// A business certificate whose records write their figures in a column beside the name, one label and value a line,
// the first on the name's own line (set 80: «  Maskiner, inventar og løsøre   Forsikringssum   NOK 2 350 000,-» over
// «                                       Egenandel              NOK 10 000,-» and «… Premie   NOK 7 840,-»).
const line = (n: number, cells: string[]): SourceLine => ({ page: 1, line: n, text: cells.join('\t'), cells });
const read = (out: SourceLine[]): string[] => out.map((l) => `${l.line} ${l.cells.join(' | ')}`);
const parse = async (text: string): Promise<Policy> => extractPolicy(await readDocument(Buffer.from(text), 'doc.txt'), {});

describe('a record\'s labelled figures in a column beside its name', () => {
  it('the lines under the name join its row, one cell a field', () => {
    const lines = [
      line(13, ['Maskiner, inventar og løsøre', 'Forsikringssum', 'NOK 2 350 000,-']),
      line(14, ['', 'Egenandel', 'NOK 10 000,-']),
      line(15, ['', 'Premie', 'NOK 7 840,-']),
      line(16, ['Varer', 'Forsikringssum', 'NOK 150 000,-']),
      line(17, ['Egenandel', 'NOK 10 000,-']),
    ];
    expect(read(fieldsBesideName(lines))).toEqual([
      '13 Maskiner, inventar og løsøre | Forsikringssum NOK 2 350 000,- | Egenandel NOK 10 000,- | Premie NOK 7 840,-',
      '16 Varer | Forsikringssum NOK 150 000,- | Egenandel NOK 10 000,-',
    ]);
  });

  it('stays as it is with no figure\'s label under the name, a blank line between, or a name with a figure', () => {
    const facts = [line(1, ['Driftsavbrudd', 'Forsikringssum', 'NOK 8 000 000,-']), line(2, ['', 'Ansvarstid', '12 måneder'])];
    expect(fieldsBesideName(facts)).toBe(facts);
    const apart = [line(1, ['Varer', 'Forsikringssum', 'NOK 150 000,-']), line(3, ['', 'Egenandel', 'NOK 10 000,-'])];
    expect(fieldsBesideName(apart)).toBe(apart);
    const numbered = [line(1, ['Bygg 2', 'Forsikringssum', 'NOK 150 000,-']), line(2, ['', 'Egenandel', 'NOK 10 000,-'])];
    expect(fieldsBesideName(numbered)).toBe(numbered);
  });

  it('read end to end: every record under its group\'s heading, a time of the cover its note', async () => {
    const text = [
      'Forsikringsnummer     2 118 406 552',
      '',
      'Ting',
      '  Maskiner, inventar og løsøre         Forsikringssum         NOK 2 350 000,-',
      '                                       Egenandel              NOK 10 000,-',
      '                                       Premie                 NOK 7 840,-',
      '',
      'Avbrudd',
      '  Driftsavbrudd                        Forsikringssum         NOK 8 000 000,-',
      '                                       Ansvarstid             12 måneder',
      '                                       Karenstid              1 døgn',
      '                                       Premie                 NOK 5 420,-',
      '',
    ].join('\n');
    const p = await parse(text);
    expect(p.coverages?.map((c) => [c.product, c.sum, c.deductible, c.premium, c.note])).toEqual([
      ['Maskiner, inventar og løsøre', '2350000', '10000', '7840', undefined],
      ['Driftsavbrudd', '8000000', undefined, '5420', 'ansvarstid 12 måneder; karenstid 1 døgn'],
    ]);
  });
});

describe('a product heading over its places, each place\'s figures in a column beside it', () => {
  // a business renewal letter: «Næringsbygg – Pluss» over «  Havnegata 14, 8006 Bodø   Forsikringssum   kr 46 800 000»,
  // «   Egenandel   kr 15 000», «   Pris per år   kr 52 310» and the next place so; the total under them
  const text = [
    'Polisenummer: SP 4410 2291',
    '',
    'Deres forsikringer fra 1. januar 2026',
    '',
    'Næringsbygg – Pluss',
    '  Strandgata 8, 9008 Tromsø          Forsikringssum   kr 31 200 000',
    '                                     Egenandel        kr 15 000',
    '                                     Pris per år      kr 36 410',
    '  Sjøgata 40, 9008 Tromsø            Forsikringssum   kr 9 750 000',
    '                                     Egenandel        kr 15 000',
    '                                     Pris per år      kr 11 880',
    '',
    'Bedriftsansvar                       Forsikringssum   kr 10 000 000',
    '                                     Egenandel        kr 10 000',
    '                                     Pris per år      kr 5 940',
    '',
    'Samlet pris per år                                    kr 54 230',
    '',
  ].join('\n');
  it('is no page in two columns: each place is a record of the heading\'s product, its cover level the coverage', async () => {
    const p = await parse(text);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.sum, c.deductible, c.premium])).toEqual([
      ['Næringsbygg', 'Pluss', 'Strandgata 8, 9008 Tromsø', '31200000', '15000', '36410'],
      ['Næringsbygg', 'Pluss', 'Sjøgata 40, 9008 Tromsø', '9750000', '15000', '11880'],
      ['Bedriftsansvar', undefined, undefined, '10000000', '10000', '5940'],
    ]);
  });
  it('joins a place\'s lines into its row as it joins a name\'s', () => {
    const lines = [line(6, ['Strandgata 8, 9008 Tromsø', 'Forsikringssum', 'kr 31 200 000']), line(7, ['', 'Egenandel', 'kr 15 000'])];
    expect(read(fieldsBesideName(lines))).toEqual(['6 Strandgata 8, 9008 Tromsø | Forsikringssum kr 31 200 000 | Egenandel kr 15 000']);
  });
});
