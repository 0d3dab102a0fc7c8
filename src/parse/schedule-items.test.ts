import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\nDine forsikringer:\n\n';

describe('a list of items, each a product and its figures after a colon', () => {
  it('reads product, coverage, place and each figure by the word before it; «samme adresse» is the place above', () => {
    const p = parse(
      `${HEAD}- Husforsikring for Storgata 4, 3510 Hønefoss: fullverdi, egenandel kr 10 000, pris kr 9 120 per år.\n` +
        '- Innboforsikring for samme adresse: forsikringssum NOK 900 000, egenandel NOK 4 000, pris\n  NOK 2 310 per år.\n' +
        '- Reiseforsikring Enkel: pris kr 1 490 per år.\n' +
        '- Bilforsikring Kasko for EL 12345 (Tesla Model Y 2023): egenandel kr 8 000, pris kr 11 200 per år.\n',
    );
    expect(p.coverages).toEqual([
      { product: 'Husforsikring', object: 'Storgata 4, 3510 Hønefoss', index_class: 'bygninger', deductible: '10000', premium: '9120' },
      { product: 'Innboforsikring', object: 'Storgata 4, 3510 Hønefoss', index_class: 'innbo', sum: '900000', deductible: '4000', premium: '2310' },
      { product: 'Reiseforsikring', coverage: 'Enkel', index_class: 'none', premium: '1490' },
      { product: 'Bilforsikring', coverage: 'Kasko', object: 'EL 12345', index_class: 'none', deductible: '8000', premium: '11200', note: 'Tesla Model Y 2023' },
    ]);
  });

  it('two cars of one product are two coverages; «for hele familien» is no place', () => {
    const p = parse(`${HEAD}- Bilforsikring for AB 11111: pris kr 4 000\n- Bilforsikring for CD 22222: pris kr 5 000\n- Ulykkesforsikring for hele familien: pris kr 1 200\n`);
    expect(p.coverages?.map((c) => [c.product, c.object, c.premium])).toEqual([
      ['Bilforsikring', 'AB 11111', '4000'],
      ['Bilforsikring', 'CD 22222', '5000'],
      ['Ulykkesforsikring', undefined, '1200'],
    ]);
  });

  it('an item with a figure no word names is not read here (a guess would be a wrong value)', () => {
    const p = parse(`${HEAD}- Innboforsikring: kr 900 000 og kr 4 000\n`);
    expect(p.coverages?.some((c) => c.sum === '900000' || c.deductible === '4000') ?? false).toBe(false);
  });
});

describe('a person product\'s item paid as documented, in a table of its items', () => {
  // «Behandlingsutgifter | etter regning», «Påført inntektstap | individuell utmåling» among G rows under «Yrkesskade»
  it('is an item with no sum (its way of payment a note), not a coverage of its own with an unread sum', () => {
    const p = parse(
      'Forsikringsnummer 55501234\n\nYrkesskade\nDekning\tForsikringssum\nPåført inntektstap\tindividuell utmåling\nMénerstatning ved 100 % medisinsk invaliditet\t4,5 G\nBehandlingsutgifter\tetter regning\nReiseutgifter\tdokumenterte utgifter\n',
    );
    expect(p.coverages).toHaveLength(1);
    expect(p.coverages![0]).toMatchObject({ product: 'Yrkesskade', index_class: 'none' });
    expect(p.coverages![0]!.items).toEqual([
      { name: 'Påført inntektstap', note: 'individuell utmåling' },
      { name: 'Ménerstatning ved 100 % medisinsk invaliditet', sum: { g: '4.5' } },
      { name: 'Behandlingsutgifter', note: 'etter regning' },
      { name: 'Reiseutgifter', note: 'dokumenterte utgifter' },
    ]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a total among the dash lines of a product\'s items', () => {
  // «- Fysioterapi kr 30 000» over «- Samla premie per år kr 9 800» under «Behandlingsforsikring»
  it('is no item', () => {
    const p = parse(
      'Forsikringsnummer 55501234\n\nBehandlingsforsikring\n- Behandling hos spesialist kr 1 000 000\n- Fysioterapi kr 30 000\n- Samla premie per år kr 9 800\n',
    );
    expect(p.coverages?.[0]?.items?.map((it) => it.name)).toEqual(['Behandling hos spesialist', 'Fysioterapi']);
  });
});

describe('bullets whose fields stand apart by dashes', () => {
  const DOC =
    'FORSIKRINGSBEVIS\n\nForsikringsnummer: 6604218337\n\nForsikringssted: Nordre Åsvei 12, 1470 Lørenskog\n\nDette er forsikret\n' +
    '• Enebolig, 168 m² BTA, byggeår 1987, fullverdi – egenandel 6 000 kr – årspris 11 420 kr\n' +
    '• Innbo i hytte - forsikringssum 400 000 kr - egenandel 4 000 kr - årspris 1 890 kr\n\nSamlet årspris: 13 310 kr\n';

  it('«• Enebolig, 168 m² BTA, …, fullverdi – egenandel 6 000 kr – årspris 11 420 kr»: the name before the comma, its facts the note, the fields after the dashes; the one place above is theirs', () => {
    const p = parse(DOC);
    expect(p.coverages).toEqual([
      { product: 'Enebolig', index_class: 'bygninger', deductible: '6000', premium: '11420', note: '168 m² BTA, byggeår 1987, fullverdi', object: 'Nordre Åsvei 12, 1470 Lørenskog' },
      { product: 'Innbo i hytte', index_class: 'innbo', sum: '400000', deductible: '4000', premium: '1890', object: 'Nordre Åsvei 12, 1470 Lørenskog' },
    ]);
  });

  it('«Samlet årspris: 13 310 kr» that adds up the bullets\' premiums is their total, not a line left unread', () => {
    expect(parse(DOC).warnings).toEqual([]);
  });

  it('a bullet of facts with a dash and no figure a word names is no coverage («• Hytte – ligger ved vannet»)', () => {
    const p = parse('Dette er forsikret\n• Hytte – ligger ved vannet, 1 200 000 kr\n');
    expect(p.coverages ?? []).toEqual([]);
  });
});

describe('the policy number in a header block under a certificate\'s title', () => {
  // docs/if-naeringsbevis-lange-navn-og-adresser-2027: «Forsikringsbevis Næringsliv» in the letterhead, the
  // fields in two blocks, «Avtalenummer:   66 120 448» the right block's first line
  it('«Avtalenummer: 66 120 448» is the number, never an item in kroner of the title\'s product', () => {
    const p = parse(
      'If Skadeforsikring NUF                                    Forsikringsbevis Næringsliv\n' +
        'Drammensveien 264, 0283 Oslo\n\n' +
        'Forsikringstaker:    Spikkestad Plast og Emballasje AS       Avtalenummer:   66 120 448\n' +
        'Besøksadresse:       Industriveien 4, 3430 Spikkestad        Periode:        01.02.2027 - 31.01.2028\n' +
        'Organisasjonsnummer: 987 114 220                             Utstedt:        18.01.2027\n',
    );
    expect(p.policy_number).toBe('66120448');
    expect(p.coverages).toBeUndefined();
  });
});
