import { describe, expect, it } from 'vitest';
import { atFieldLabels, cellsAtFieldLabels, cellsAtLabels } from './source.js';

describe('a schedule line whose fields run together', () => {
  // «Næringsbygg Forsikringssted: Strandvegen 21, 9008 Tromsø Forsikringssum: kr 24 600 000 Egenandel: kr 20 000 Pris: kr 31 450»
  // (a mail-merge line whose column gaps a PDF set as single spaces)
  const line = 'Næringsbygg Forsikringssted: Strandvegen 21, 9008 Tromsø Forsikringssum: kr 24 600 000 Egenandel: kr 20 000 Pris: kr 31 450';

  it('is cut before each field label, for the inline rows and for a PDF line alike', () => {
    const cells = ['Næringsbygg', 'Forsikringssted: Strandvegen 21, 9008 Tromsø', 'Forsikringssum: kr 24 600 000', 'Egenandel: kr 20 000', 'Pris: kr 31 450'];
    expect(cellsAtFieldLabels(line)).toEqual(cells);
    expect(atFieldLabels(line)).toEqual(cells);
  });

  it('keeps a label of two words whole («Fast egenandel: kr 20 000»)', () => {
    expect(cellsAtFieldLabels('Hytte Forsikringssted: Fjellvegen 2, 3580 Geilo Forsikringssum: kr 3 100 000 Fast egenandel: kr 20 000')).toEqual([
      'Hytte',
      'Forsikringssted: Fjellvegen 2, 3580 Geilo',
      'Forsikringssum: kr 3 100 000',
      'Fast egenandel: kr 20 000',
    ]);
  });

  it('cuts the inline pieces before a product label too, a PDF line not', () => {
    const text = 'Ansvar Dekning: Utvidet Forsikringssum: kr 10 000 000 Egenandel: kr 10 000';
    expect(atFieldLabels(text)).toEqual(['Ansvar', 'Dekning: Utvidet', 'Forsikringssum: kr 10 000 000', 'Egenandel: kr 10 000']);
    expect(cellsAtFieldLabels(text)).toEqual(['Ansvar Dekning: Utvidet', 'Forsikringssum: kr 10 000 000', 'Egenandel: kr 10 000']);
  });

  it('is running text when a label stands in lower case, or only one label follows', () => {
    expect(cellsAtFieldLabels('Forsikringssum: kr 2 000 000 gjelder bygningen, og samlet sum: kr 2 500 000 Egenandel: kr 10 000')).toBeUndefined();
    expect(cellsAtFieldLabels('Innbo Forsikringssum: kr 1 450 000')).toBeUndefined();
    expect(atFieldLabels('Innbo kr 1 450 000')).toEqual(['Innbo kr 1 450 000']);
  });
});

describe('a mail-merge block\'s fields run together', () => {
  // «Reisesyke: ubegrenset     Reisegods: kr 25 000 per person     Egenandel reisegods: kr 1 000»
  // (docs/europeiske-flettebrev-reise-2026: LibreOffice sets the runs of spaces as one space)
  it('is cut before each capitalised label, a label of several words kept whole', () => {
    expect(cellsAtLabels('Reisesyke: ubegrenset Reisegods: kr 25 000 per person Egenandel reisegods: kr 1 000')).toEqual([
      'Reisesyke: ubegrenset',
      'Reisegods: kr 25 000 per person',
      'Egenandel reisegods: kr 1 000',
    ]);
    expect(cellsAtLabels('Produkt: Reiseforsikring Bedrift Pluss Årspremie: kr 18 870')).toEqual(['Produkt: Reiseforsikring Bedrift Pluss', 'Årspremie: kr 18 870']);
    expect(cellsAtLabels('Forsinket bagasje: kr 3 000 per person Ulykke ved død: kr 300 000')).toEqual(['Forsinket bagasje: kr 3 000 per person', 'Ulykke ved død: kr 300 000']);
  });

  it('is running text where a colon is no capitalised label\'s, a value ends a sentence or the line starts with no label', () => {
    expect(cellsAtLabels('Forsikringssum: kr 2 000 000 gjelder bygningen, og samlet sum: kr 2 500 000 Egenandel: kr 10 000')).toBeUndefined();
    expect(cellsAtLabels('Merk: Egenandelen er endret fra 1. januar. Ny egenandel: kr 10 000')).toBeUndefined();
    expect(cellsAtLabels('Innbo Forsikringssum: kr 1 450 000 Egenandel: kr 4 000')).toBeUndefined();
    expect(cellsAtLabels('Avtalenummer: ER-7731-2204')).toBeUndefined();
    expect(cellsAtLabels('Polise nr.: EF-3310287 | Utstedt: 17.10.22')).toBeUndefined();
    expect(cellsAtLabels('Dato: 14.02.2025 kl. 12:30')).toBeUndefined();
  });
});

describe('a dot leader that ends in the label\'s colon', () => {
  it('splits «Forsikringssum ........: kr 6.450.000,-» into its label and its value', async () => {
    const { cellsAtLeaders } = await import('./source.js');
    expect(cellsAtLeaders('Forsikringssum ........: kr 6.450.000,-')).toEqual(['Forsikringssum', 'kr 6.450.000,-']);
    expect(cellsAtLeaders('Polisenr ..............: LKF-0093318')).toEqual(['Polisenr', 'LKF-0093318']);
    // (a leader without the colon is split as before)
    expect(cellsAtLeaders('Bygninger ........ 3,7 %')).toEqual(['Bygninger', '3,7 %']);
  });
});
