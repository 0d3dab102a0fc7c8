import { describe, expect, it } from 'vitest';
import { delimitedCells, recordColumnsApart, type RawLine } from './text-cells.js';
import { textToSource } from './text.js';

const lines = (text: string): RawLine[] => text.split('\n').map((raw, i) => ({ page: 1, line: i + 1, raw }));

describe('«;»-separated lines', () => {
  it('a table row is split, empty cells kept, the empty cell after a last «;» dropped', () => {
    const raws = lines('Forsikring;Sted;Sum 2024;Egenandel\nDriftstap;;12 000 000;;\n');
    expect(delimitedCells(raws, 0)).toEqual(['Forsikring', 'Sted', 'Sum 2024', 'Egenandel']);
    expect(delimitedCells(raws, 1)).toEqual(['Driftstap', '', '12 000 000']);
  });
  it('a key;value line is split when a neighbour is «;»-separated too, not alone', () => {
    expect(delimitedCells(lines('Avtalenummer;SB-88 2041\nKunde;Hamarøy Trelast AS'), 0)).toEqual(['Avtalenummer', 'SB-88 2041']);
    expect(delimitedCells(lines('Avtalenummer;SB-88 2041\nHamarøy Trelast AS'), 0)).toBeUndefined();
  });
  it('prose with «;» is not a table, nor a line with a quoted cell', () => {
    expect(delimitedCells(lines('Forsikringen dekker brann og vann; tyveri dekkes ikke i det hele tatt.;x\n'), 0)).toBeUndefined();
    expect(delimitedCells(lines('"Hus; Storgata 1";kr 10 000;kr 2 000'), 0)).toBeUndefined();
  });
});

describe('records set side by side', () => {
  const page = [
    'BYGNINGER                            LØSØRE',
    '',
    'Driftsbygning, Bakkevegen 20         Maskiner og redskap',
    '  Forsikringssum   kr 9 800 000        Forsikringssum   kr 2 400 000',
    '  Egenandel        kr 15 000           Egenandel        kr 10 000',
    '',
    'Naturskade er med etter lov om naturskadeforsikring, som før.',
  ].join('\n');
  it('are read column by column, each line keeping its number', () => {
    const out = recordColumnsApart(lines(page).filter((l) => l.raw !== ''));
    expect(out.map((l) => [l.line, l.raw.trim()])).toEqual([
      [1, 'BYGNINGER'],
      [3, 'Driftsbygning, Bakkevegen 20'],
      [4, 'Forsikringssum   kr 9 800 000'],
      [5, 'Egenandel        kr 15 000'],
      [1, 'LØSØRE'],
      [3, 'Maskiner og redskap'],
      [4, 'Forsikringssum   kr 2 400 000'],
      [5, 'Egenandel        kr 10 000'],
      [7, 'Naturskade er med etter lov om naturskadeforsikring, som før.'],
    ]);
  });
  it('a table whose header names one figure per year is not two records', () => {
    const table = lines('Forsikring   Sted   Sum 2023     Sum 2024\nBygg         Vei 1  kr 1 000 000  kr 1 100 000\nBygg 2       Vei 2  kr 2 000 000  kr 2 100 000');
    expect(recordColumnsApart(table)).toBe(table);
  });
  it('a record with its label once per line is left as it is', () => {
    const one = lines('Bygning\n  Forsikringssum   kr 9 800 000\n  Egenandel        kr 15 000');
    expect(recordColumnsApart(one)).toBe(one);
  });
  it('the whole text reader gives each column its records', () => {
    const doc = textToSource(page, 'doc.txt', '0'.repeat(64));
    expect(doc.lines.map((l) => l.cells)).toEqual([
      ['BYGNINGER'],
      ['Driftsbygning, Bakkevegen 20'],
      ['Forsikringssum', 'kr 9 800 000'],
      ['Egenandel', 'kr 15 000'],
      ['LØSØRE'],
      ['Maskiner og redskap'],
      ['Forsikringssum', 'kr 2 400 000'],
      ['Egenandel', 'kr 10 000'],
      ['Naturskade er med etter lov om naturskadeforsikring, som før.'],
    ]);
  });
});
