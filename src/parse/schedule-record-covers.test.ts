import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { partLine } from './schedule-included.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const rows = (p: Policy) => p.coverages?.map((c) => [c.product, c.coverage, c.sum, c.deductible, c.premium]);

describe('record blocks under a caption of covers', () => {
  // private-holdout115/gjensidige-forsikringsbevis-hest-2025: «FORSIKRINGSBEVIS» / «Hesteforsikring – Sykdom og ulykke» …
  // «Dekninger» / «Liv – Sykdom og ulykke» / «  Forsikringssum:  85 000 kr»
  it('each block under «Dekninger» is a cover of the title\'s product, a commenting bracket left out', () => {
    const p = parse(`Forsikringsnummer: 87123456\n\nFORSIKRINGSBEVIS\nHesteforsikring – Sykdom og ulykke\n\nForsikret hest\nNavn:           Lotus\nBruk:           Turridning\n\nDekninger\n\nLiv – Sykdom og ulykke\n  Forsikringssum:   85 000 kr\n  Egenandel:        Ingen\n  Pris per år:      3 912 kr\n\nBruk – tap av bruksverdi (valgfritt tillegg)\n  Forsikringssum:   60 000 kr\n  Egenandel:        Ingen\n  Pris per år:      1 240 kr\n\nRehabilitering (inkludert i Behandling)\n  Forsikringssum:   10 000 kr per forsikringsår\n`);
    expect(rows(p)).toEqual([
      ['Hesteforsikring', 'Liv – Sykdom og ulykke', '85000', '0', '3912'],
      ['Hesteforsikring', 'Bruk – tap av bruksverdi', '60000', '0', '1240'],
      ['Hesteforsikring', 'Rehabilitering', '10000', undefined, undefined],
    ]);
  });
  // another variant: the title on one line, «Dine dekninger», dotted leaders for the colon
  it('under «Forsikringsbevis – Katteforsikring» and «Dine dekninger» with dotted leaders the same', () => {
    const p = parse(`Forsikringsnummer: 7740221588\n\nForsikringsbevis – Katteforsikring\n\nDine dekninger\n\nVeterinær – Pluss\n    Forsikringssum ........ 40 000 kr per år\n    Egenandel ............. 2 000 kr + 25 % av resten\n    Årspremie ............. 3 276 kr\n\nTannbehandling (inngår i Veterinær)\n    Forsikringssum ........ 5 000 kr per år\n`);
    expect(rows(p)).toEqual([
      ['Katteforsikring', 'Veterinær – Pluss', '40000', undefined, '3276'],
      ['Katteforsikring', 'Tannbehandling', '5000', undefined, undefined],
    ]);
  });
  // (the title set on two lines, «FORSIKRINGSBEVIS» over «Hesteforsikring», is the certificate's title as on one line: by the
  // README's convention each block under a title that names one insurance is its cover — «Livsforsikring» under
  // «Forsikringsbevis - Hundeforsikring» is the dog's; before the two-line title was read this block kept its own name)
  it('without the caption a block under a title of one insurance is still that insurance\'s cover', () => {
    const p = parse(`Forsikringsnummer: 87123456\n\nFORSIKRINGSBEVIS\nHesteforsikring\n\nLivsforsikring\n  Forsikringssum:   85 000 kr\n  Pris per år:      3 912 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([['Hesteforsikring', 'Livsforsikring']]);
  });
});

describe('«Produkt:» blocks between rules', () => {
  // private-holdout116/tryg-personalforsikring-yrkesskade-2025: «FORSIKRINGSBEVIS – PERSONALFORSIKRINGER» / «-----» /
  // «Produkt:   Yrkesskade» … «  Ménerstatning:   Individuelt»
  it('the G items set in under each block are that block\'s, a «Forsikringssum: 10 G» the block\'s own sum', () => {
    const p = parse(`Tryg Forsikring\nFORSIKRINGSBEVIS – PERSONALFORSIKRINGER\n\nAvtalenummer:            6541-228930\n\n------------------------------------------------------------\nProdukt:                 Yrkesskade\nEgenandel:               Ingen\nPremie:                  kr 41 860\n\n  Ménerstatning:                     Individuelt\n  Gravferdsutgifter:                 0,5 G\n\n------------------------------------------------------------\nProdukt:                 Ulykke fritid\nPremie:                  kr 18 400\n\n  Dødsfall:                          5 G\n\n------------------------------------------------------------\nProdukt:                 Gruppeliv\nForsikringssum:          10 G per ansatt\nPremie:                  kr 22 150\n`);
    expect(p.coverages?.map((c) => [c.product, c.premium, c.items?.map((i) => i.name)])).toEqual([
      ['Yrkesskade', '41860', ['Ménerstatning', 'Gravferdsutgifter']],
      ['Ulykke fritid', '18400', ['Dødsfall']],
      ['Gruppeliv', '22150', undefined],
    ]);
    expect(p.coverages?.[2]?.sum).toEqual({ g: '10' });
  });
});

describe('a renewal letter of one vehicle', () => {
  // private-holdout117/insr-fornyelse-bil-2025: «FORNYELSE AV BILFORSIKRING» over «Kjøretøy:», «Dekning: Kasko», «Egenandel kasko:»
  it('the title names the product, the record its vehicle and cover; the change of «kasko» is that cover\'s', () => {
    const p = parse(`insr forsikring\n\nFORNYELSE AV BILFORSIKRING\n\nForsikringstaker:        Sondre Vik\nAdresse:                 Kirkegata 19, 3616 Kongsberg\nForsikringsnummer:       INS-7781-2290\n\nKjøretøy:                Tesla Model 3, EL 77421\nDekning:                 Kasko\nBonus:                   70 %\nEgenandel kasko:         8 000 kr\nÅrspris 2025:            8 940 kr\n\nHva er endret?\nEgenandelen for kasko øker fra 6 000 kr til 8 000 kr ved fornyelsen.\n\n--\nInsr er et varemerke for Insr Insurance Group ASA, org.nr. 917 473 609.\n`);
    expect(p.insurer).toBe('Insr Insurance Group');
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Bilforsikring', 'Kasko', 'Tesla Model 3, EL 77421', '8000', '8940']]);
    expect(p.deductible_changes?.map((c) => [c.product, c.coverage])).toEqual([['Bilforsikring', 'Kasko']]);
  });
  it('in nynorsk, the bonus among the fields no end of the record', () => {
    const p = parse(`Frende Forsikring\n\nFornying av bilforsikringa di\n\nForsikringsnummer:       BIL-55120-77\nNy periode:              01.01.2026 – 31.12.2026\n\nKøyretøy:                EK 20441 Volkswagen Golf 2019\nDekning:                 Delkasko\nBonus:                   50 %\nEigenandel:              4 000 kr\nPris 2026:               4 210 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.object, c.deductible, c.premium])).toEqual([['Bilforsikring', 'Delkasko', 'EK 20441 Volkswagen Golf 2019', '4000', '4210']]);
  });
});

describe('the parts a cover includes', () => {
  it('a part\'s own deductible, and a part with no limit stated, in a list of parts with limits', () => {
    expect(partLine('Glass:                   egenandel 3 000 kr (ingen egenandel ved reparasjon av steinsprut)')).toEqual({ name: 'Glass', deductible: '3000' });
    expect(partLine('Veihjelp:                ingen egenandel')).toEqual({ name: 'Veihjelp', deductible: '0' });
    expect(partLine('Leiebil:                 inntil 30 dager')).toEqual({ name: 'Leiebil', named: true });
  });
  // private-holdout115/sparebank1-fremtind-forsikringsbevis-bat-2025: «Dekningen omfatter blant annet» over parts set in
  it('«Dekningen omfatter blant annet» over parts: every part an item of the cover above, in its order', () => {
    const p = parse(`Avtalenummer 82211469\n\nFORSIKRINGSBEVIS\nBåtforsikring\n\nDekning        Forsikringssum      Egenandel       Pris per år\nToppkasko      385 000 kr          6 000 kr        5 240 kr\n\nDekningen omfatter blant annet\n  Ansvar og rettshjelp                                Iht. vilkår\n  Fører- og passasjerulykke\n  Personlige eiendeler oppbevart i båt                100 000 kr\n`);
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Ansvar og rettshjelp' }, { name: 'Fører- og passasjerulykke' }, { name: 'Personlige eiendeler oppbevart i båt', sum: '100000' }]);
  });
  it('a list of perils alone gives no items', () => {
    const p = parse(`Forsikringsnummer 55501234\n\nHusforsikring\nForsikringssum: Fullverdi\nPremie: kr 9 800\n\nDette er med i Hus Pluss\nBrann, vann, innbrudd og naturskade\nSkadedyr og sopp\n`);
    expect(p.coverages?.[0]?.items).toBeUndefined();
  });
});

describe('a broker\'s G table naming each product once', () => {
  // private-holdout117/soderberg-epost-nytt-g-personal-2025
  it('«Produkt | Ytelse | Sum | Kr (1 G = 130 160)»: each row an item of its product, the kroner column left out', () => {
    const p = parse(`Avtalenummer: 6004 4218\n\nProdukt              Ytelse                          Sum        Kr (1 G = 130 160)\nGruppeliv            Engangsutbetaling ved død        10 G        1 301 600\nUlykke fritid        Medisinsk invaliditet 100 %      15 G        1 952 400\n                     Dødsfall                         2 G           260 320\n`);
    expect(p.coverages?.map((c) => [c.product, c.items?.map((i) => [i.name, i.sum])])).toEqual([
      ['Gruppeliv', [['Engangsutbetaling ved død', { g: '10' }]]],
      ['Ulykke fritid', [['Medisinsk invaliditet 100 %', { g: '15' }], ['Dødsfall', { g: '2' }]]],
    ]);
  });
});

describe('a caption of covers over insurances of their own', () => {
  it('«Innbo» under «Forsikringsbevis – Privatforsikring» / «Dekninger» is a product of its own', () => {
    const p = parse(`Forsikringsnummer: 55501234\n\nForsikringsbevis – Privatforsikring\n\nDekninger\n\nInnbo\n  Forsikringssum:   800 000 kr\n  Egenandel:        4 000 kr\n  Pris per år:      2 912 kr\n`);
    expect(p.coverages?.map((c) => [c.product, c.coverage])).toEqual([['Innbo', undefined]]);
  });
});

describe('a ticked list of perils and limits in words', () => {
  // private-holdout94/fremtind-min-side-hytte-2025: «Dette er inkludert i Ekstra» over «✓ Brann, vann og naturskade» and
  // «✓ Rettshjelp inntil 100 000 kr»: the perils name what the cover pays for, only the parts with limits are items
  it('the parts without a limit are no items', () => {
    const p = parse(`Forsikringsnummer 55501234\n\nHytteforsikring\nForsikringssum: Fullverdi\nPremie: kr 8 914\n\nDette er inkludert\n  ✓ Brann, vann og naturskade\n  ✓ Innbrudd og hærverk\n  ✓ Rettshjelp inntil 100 000 kr\n`);
    expect(p.coverages?.[0]?.items).toEqual([{ name: 'Rettshjelp', sum: '100000' }]);
  });
});

describe('a renewal letter\'s dotted list of sums under a title that names the insurance and whom it is for', () => {
  // «FORNYELSE AV BYGNINGSFORSIKRING FOR BOLIGSELSKAP» over «Forsikringssummer fra 01.07.2025» and dotted rows, the last one
  // «Grunnegenandel ..... kr 25.000»: the title's insurance is every row's product, and the deductible's row no cover
  const letter = [
    'FORNYELSE AV BYGNINGSFORSIKRING FOR SAMEIE',
    '',
    'Polisenr.: 7730215',
    'Fornyelse gjelder fra: 01.03.2027',
    '',
    'Forsikringssummer fra 01.03.2027',
    '  Styreansvar ............................................... kr 5.000.000',
    '  Underslag ................................................. kr 800.000',
    '  Grunnegenandel ............................................ kr 20.000',
  ].join('\n');
  it('the rows are the title\'s covers; «Grunnegenandel» is none, and said', () => {
    const p = parse(letter);
    expect(p.coverages?.map((c) => [c.product, c.coverage, c.sum])).toEqual([
      ['Bygningsforsikring for sameie', 'Styreansvar', '5000000'],
      ['Bygningsforsikring for sameie', 'Underslag', '800000'],
    ]);
    expect(p.warnings?.join('\n')).toContain('«Grunnegenandel» is the insurance\'s deductible, no cover');
  });
});
