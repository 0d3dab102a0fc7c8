import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPolicy } from './extract.js';
import { decodeDocumentText, textToSource } from './text.js';
import { norwegianWarning } from './warnings-nb.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const folders = [join(REPO, 'samples'), join(REPO, 'test', 'corpus', 'docs'), join(REPO, 'test', 'corpus', 'holdout'), resolve(REPO, '..', 'shared', 'corpus')];
const files = folders.filter(existsSync).flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => join(d, f)));

/** Words of the English forms: none of them may be left in a warning for people. */
const ENGLISH = /\b(could not|the document|none is used|is used|stated again|not known|heads a schedule|states)\b/;

describe('the parser warnings in Norwegian', () => {
  it('has every form the corpus gives (a new form needs its Norwegian one in warnings-nb.ts)', () => {
    const seen: string[] = [];
    for (const f of files) {
      let warnings: string[];
      try {
        warnings = extractPolicy(textToSource(decodeDocumentText(readFileSync(f), f), f, '0'.repeat(64))).warnings;
      } catch {
        continue; // a document with nothing to read (refused): no warnings
      }
      for (const w of warnings) {
        seen.push(w);
        const nb = norwegianWarning(w);
        expect(nb, `${f}: ${w}`).not.toBe(w);
        expect(nb, `${f}: ${w}`).not.toMatch(ENGLISH);
      }
    }
    expect(seen.length).toBeGreaterThan(10);
  });

  it('says the place, the candidates and the values in Norwegian', () => {
    expect(norwegianWarning('line 9: policy number: the document states 2210044 («Avtalenummer», line 9) and 2210051 («Avtalenummer», line 15); none is used')).toBe(
      'linje 9: forsikringsnummer: dokumentet oppgir 2210044 («Avtalenummer», linje 9) og 2210051 («Avtalenummer», linje 15); ingen av dem er brukt',
    );
    expect(norwegianWarning('page 2, line 11: could not read the sum «15 G inntil 6,5 G», deductible «1 døgn» of Avbrudd (Kirkegata 9)')).toBe(
      'side 2, linje 11: kunne ikke lese forsikringssummen «15 G inntil 6,5 G», egenandelen «1 døgn» for Avbrudd (Kirkegata 9)',
    );
    expect(norwegianWarning('insurer: the document names «Vardia» and «Rein»; none is used')).toBe('forsikringsselskap: dokumentet nevner «Vardia» og «Rein»; ingen av dem er brukt');
  });

  it('says a product\'s unlabelled figures (src/parse/unread.ts) in Norwegian', () => {
    expect(norwegianWarning('line 5: could not read the figures of Husforsikring in «Husforsikring Fullverdi kr 8 000 kr 9 480»')).toBe(
      'linje 5: kunne ikke lese tallene for Husforsikring i «Husforsikring Fullverdi kr 8 000 kr 9 480»',
    );
  });
  it('says a name cut off in a table row (src/parse/schedule-wrap.ts) in Norwegian', () => {
    expect(norwegianWarning('line 4: the name «Produkt- og» is cut off and its rest was not found; the row was not read')).toBe(
      'linje 4: navnet «Produkt- og» er brutt av, og resten ble ikke funnet; raden ble ikke lest',
    );
  });
  it('says a thing\'s name cut off, and the agreement\'s own price, in Norwegian', () => {
    expect(norwegianWarning('line 22: the name «Ørland bo- og» is cut off and its rest was not found; the row\'s object is its place alone')).toBe(
      'linje 22: navnet «Ørland bo- og» er brutt av, og resten ble ikke funnet; radens objekt er bare stedet',
    );
    expect(norwegianWarning('line 30: «Grunnpris lag/klubb | 350» is a price of the agreement, not of a coverage; not read')).toBe('linje 30: «Grunnpris lag/klubb | 350» er en pris for avtalen, ikke for en dekning; ikke lest');
  });

  it('leaves a warning of an unknown form as it is', () => {
    expect(norwegianWarning('line 3: something new')).toBe('line 3: something new');
  });
});

describe('the safety net\'s warnings in Norwegian', () => {
  it('names the section, how many lines and where', () => {
    expect(norwegianWarning('line 12: schedule «Forsikringsoversikt»: 5 lines with amounts were not read (lines 13–19)')).toBe(
      'linje 12: oversikten «Forsikringsoversikt»: 5 linjer med beløp er ikke lest (linje 13–19)',
    );
    expect(norwegianWarning('page 2, line 3: table «Sum Egenandel»: 1 line with amounts was not read (line 4)')).toBe(
      'side 2, linje 3: tabellen «Sum Egenandel»: 1 linje med beløp er ikke lest (linje 4)',
    );
    expect(norwegianWarning('line 4: could not read the policy number in «Forsikringsnummer» and «Ny 61820473»')).toBe(
      'linje 4: kunne ikke lese forsikringsnummeret i «Forsikringsnummer» og «Ny 61820473»',
    );
  });
});

describe('the warnings of matrices and of changes without an old value in Norwegian', () => {
  it('names the row, the columns and the cap', () => {
    expect(norwegianWarning('line 6: could not tell which of the columns «Basis | Pluss» the cells of «Dødsfall 5 G 15 G 20 G» stand in; not read')).toBe(
      'linje 6: kunne ikke avgjøre hvilke av kolonnene «Basis | Pluss» cellene i «Dødsfall 5 G 15 G 20 G» står i; ikke lest',
    );
    expect(norwegianWarning('line 11: «Årspremie kr 21 450» is a premium for the rows above together, and the table has no premium column to say whose; not read')).toBe(
      'linje 11: «Årspremie kr 21 450» er en premie for radene over samlet, og tabellen har ingen premiekolonne som sier hvem den gjelder; ikke lest',
    );
    expect(norwegianWarning('line 4: the G sums of «Dødsfall 5 G 15 G» stand in several columns, and no header says which column is which; not read')).toBe(
      'linje 4: G-summene i «Dødsfall 5 G 15 G» står i flere kolonner, og ingen overskrift sier hvilken kolonne som er hvilken; ikke lest',
    );
    expect(norwegianWarning('line 9: the deductible change for Bedriftsansvar has a maximum («høyst kr 60 000») that the model has no place for; the change is read without it: «Egenandelen blir 10 %»')).toBe(
      'linje 9: egenandelsendringen for Bedriftsansvar har et maksimum («høyst kr 60 000») som modellen ikke har plass til; endringen er lest uten det: «Egenandelen blir 10 %»',
    );
  });
});

describe('the waiting period in a deductible column in Norwegian (docs/if-megler-objekt-gateadresse-2025)', () => {
  it('names the product and the period', () => {
    expect(norwegianWarning('line 15: the deductible column of Driftsavbrudd states a waiting period «72 timer», no amount; kept as a note')).toBe(
      'linje 15: egenandelskolonnen for Driftsavbrudd oppgir en karenstid «72 timer», ikke et beløp; tatt med som merknad',
    );
  });
});

describe('the warnings of bare figures and unplaced index percentages in Norwegian', () => {
  it('says the figure, the item and the sentence', () => {
    expect(norwegianWarning('line 9: the bare figure «10» of «Dødsfallerstatning» names no unit (G or kroner); not read')).toBe('linje 9: tallet «10» for «Dødsfallerstatning» står uten enhet (G eller kroner); ikke lest');
    expect(norwegianWarning('line 4: a percentage in the index paragraph was not read as an index rate (no property named beside it): «Annet følger egen indeks, 2,6 prosent.»')).toContain('ble ikke lest som indekssats');
  });
});

describe('the warning of a number beside one of several insurers in Norwegian', () => {
  it('names the number and the insurer', () => {
    expect(norwegianWarning('line 19: policy number: PA-77120 stands beside Protector, one of the several insurers the document names; it is that insurer\'s, not the document\'s, and is not used')).toBe('linje 19: forsikringsnummer: PA-77120 står ved Protector, ett av flere selskaper dokumentet nevner; det er det selskapets nummer, ikke dokumentets, og er ikke brukt');
  });
});
