import { describe, expect, it } from 'vitest';
import type { Policy } from '../model/policy.js';
import { extractPolicy } from './extract.js';
import { textToSource } from './text.js';

const parse = (text: string): Policy => extractPolicy(textToSource(text, 'doc.txt', '0'.repeat(64)), {});
const HEAD = 'Forsikringsnummer 55501234\n\nIndeksregulering fra 01.01.2026\n\n';
const percents = (p: Policy): Array<[string, string]> | undefined => p.index_regulation?.rates.map((r) => [r.object, r.percent]);

describe('index tables with a rate column per year', () => {
  it('«Indeks 2025 | Indeks 2026»: the new year\'s column is the rate', () => {
    const p = parse(`${HEAD}Indeksklasse        Indeks 2025    Indeks 2026\nBygninger             4,1 %          3,4 %\nVarer                 2,2 %          1,9 %\n`);
    expect(percents(p)).toEqual([['bygninger', '3.4'], ['varer', '1.9']]);
    expect(p.warnings).toEqual([]);
  });
  it('«Fjorårets sats | Årets sats»: this year\'s column, wherever it stands', () => {
    const p = parse(`${HEAD}Objekt\tÅrets sats\tFjorårets sats\nBygning\t3,6 %\t4,0 %\n`);
    expect(percents(p)).toEqual([['bygninger', '3.6']]);
  });
  it('a table whose columns name no year is a warning, and no rate — also after the index section', () => {
    const p = parse(`${HEAD}Bygninger 3,4 %\n\nDriftsbygninger i landbruket reguleres to ganger i året:\n\nObjekt\tIndeks jan.\tIndeks jul.\nDriftsbygninger\t2,1 %\t1,4 %\n`);
    expect(percents(p)).toEqual([['bygninger', '3.4']]);
    expect(p.warnings?.join('\n')).toContain('«Driftsbygninger 2,1 % 1,4 %» states a rate per column and not which is this year\'s');
  });
  it('columns run together one space apart («Bygninger 6,1 % 4,3 %» under «Indeksklasse 2024 2025»): the latest year\'s figure', () => {
    const p = parse(`${HEAD}Indeksklasse 2024 2025\nBygninger 6,1 % 4,3 %\nMaskiner og løsøre 4,0 % 2,9 %\n`);
    expect(percents(p)).toEqual([['bygninger', '4.3'], ['maskin_losore', '2.9']]);
    expect(p.warnings).toEqual([]);
    const fjor = parse(`${HEAD}Objekt I fjor I år\nBygninger 6,1 % 4,3 %\n`);
    expect(percents(fjor)).toEqual([['bygninger', '4.3']]);
  });
  it('a run of figures with no header that names them, or with words after it, is a warning — never the first figure', () => {
    const p = parse(`${HEAD}Bygninger 6,1 % 4,3 %\n`);
    expect(p.index_regulation).toBeUndefined();
    expect(p.warnings?.join('\n')).toContain('«Bygninger 6,1 % 4,3 %» states a rate per column');
    const joined = parse(`${HEAD}Indeksklasse 2024 2025\nMaskiner og løsøre 4,0 % 2,9 % 2. Egenandeler\n`);
    expect(joined.index_regulation).toBeUndefined();
    expect(joined.warnings?.join('\n')).toContain('states a rate per column');
  });
  it('two columns of the same year are not told apart', () => {
    const p = parse(`${HEAD}Objekt\tIndeks 2026\tSats 2026\nBygninger\t3,4 %\t3,9 %\n`);
    expect(p.index_regulation).toBeUndefined();
    expect(p.warnings?.length).toBe(1);
  });
});

describe('each rate with the object of its own clause', () => {
  // written after private renewal letters that name the object before each rate, the clauses joined by a comma
  const labels = (p: Policy) => p.index_regulation?.rates.map((r) => [r.object, r.label, r.percent]);
  it.each([
    ['Indeksregulering: Summene for bolig og fritidsbolig øker med 3,4 % ved fornyelsen, innbo med 3,6 %.', 'bolig og fritidsbolig', 'innbo'],
    ['Indeksregulering: Summane for bustad og fritidsbustad aukar med 3,4 % ved fornyinga, innbu med 3,6 %.', 'bustad og fritidsbustad', 'innbu'],
    ['Indeksregulering: Summene for bolig og fritidsbolig øker med 3,4 % ved fornyelsen, mens innbo øker med 3,6 %.', 'bolig og fritidsbolig', 'innbo'],
    ['Indeksregulering: Bolig og fritidsbolig øker med 3,4 %; innbo med 3,6 %.', 'Bolig og fritidsbolig', 'innbo'],
  ])('%s', (text, first, second) => {
    expect(labels(parse(`Avtalenummer: 7734 2210\n\n${text}\n`))).toEqual([['bygninger', first, '3.4'], ['innbo', second, '3.6']]);
  });
  it('a rate before its object: «N % til på X, mens M % gjelder for Y» — each rate the object after it, never the next clause\'s rate for the first', () => {
    // a broker's notice without a table, the sentence wrapped over lines
    const p = parse('Avtalenummer: 7734 2210\n\nIndeksregulering\nVed fornyelse 1. januar 2025 legges 3,4 % til på bygninger, mens 3,9 % gjelder for maskiner,\ninventar og løsøre i næring. Privat innbo og løsøre reguleres med 3,6 %.\n');
    expect(percents(p)).toEqual([['bygninger', '3.4'], ['maskin_losore', '3.9'], ['innbo', '3.6']]);
  });
  it('a bracket of words after a name is an aside, not the name: «… og maskinar og lausøyre i næringa (utleigebuene på Voss) med 4,1 prosent»', () => {
    // a savings bank's nynorsk index letter: the rates of three objects in one sentence, the last with where it is in brackets
    const p = parse('Avtalenummer: 7734 2210\n\nSummane for bygning aukar med 3,2 prosent, innbu med 3,5 prosent, og maskinar og lausøyre i næringa (utleigebuene på Voss) med 4,1 prosent.\n');
    expect(labels(p)).toEqual([['bygninger', 'bygning', '3.2'], ['innbo', 'innbu', '3.5'], ['maskin_losore', 'maskinar og lausøyre i næringa', '4.1']]);
  });
  it('a list of names after the comma stays whole: «…, maskiner, inventar og løsøre med 3,6 %»', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nIndeksregulering: Bygninger øker med 3,4 %, maskiner, inventar og løsøre med 3,6 %.\n');
    expect(labels(p)).toEqual([['bygninger', 'Bygninger', '3.4'], ['maskin_losore', 'maskiner, inventar og løsøre', '3.6']]);
  });
});

describe('index rates in a footnote the sums point to', () => {
  // written after renewal letters whose body marks the sums adjusted and states the rates at the foot of the page
  it.each([
    ['Ved fornyelsen er forsikringssummene justert¹ i tråd med prisutviklingen.\n\n¹ Bygning 3,9 %, innbo og løsøre 3,4 %'],
    ['De fleste summene er justert².\n\n² Bygning 3,9 %, innbo og løsøre 3,4 %'],
    ['Forsikringssummene* er endret ved fornyelsen.\n\n* Bygning 3,9 %, innbo og løsøre 3,4 %'],
  ])('%j', (text) => {
    const p = parse(`Avtalenummer: 7734 2210\n\n${text}\n`);
    expect(p.index_regulation?.rates.map((r) => [r.object, r.label, r.percent])).toEqual([['bygninger', 'Bygning', '3.9'], ['innbo', 'innbo og løsøre', '3.4']]);
  });
  it('a footnote no word of the sums points to is no index line', () => {
    expect(parse('Avtalenummer: 7734 2210\n\nPrisen er endret¹.\n\n¹ Bygning 3,9 %, innbo og løsøre 3,4 %\n').index_regulation).toBeUndefined();
  });
});

describe('a row of rates, one object and its rate in each cell', () => {
  // written after a broker's answer that quotes the insurer's e-mail: the rates on the line under a label, split by «|»
  it('«> Indeksregulering 1.1.2025:» over «> Bygning 3,9 % | Løsøre 3,4 %»: each cell its object\'s rate, the label\'s date the effective date', () => {
    const p = parse('Fra: Megler <post@megler.example>\nEmne: SV: Fornyelse\n\n> Hei,\n> Indeksregulering 1.1.2025:\n> Bygning 3,9 % | Løsøre 3,4 %\n> Mvh\n');
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['maskin_losore', '3.4']]);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
  });
  it('a cell that names no property class leaves the row unread', () => {
    expect(parse('Avtalenummer: 7734 2210\n\nIndeksregulering 1.1.2025:\nBygning 3,9 % | Rabatt 10 %\n').index_regulation).toBeUndefined();
  });
});

describe('index rates in a sentence', () => {
  it('«Forsikringsverdiene for skog på rot reguleres opp med 4,5 %»: the name after the first «for», when the last «på» leaves none', () => {
    const p = parse('Forsikringsnummer 55501234\n\nVerdiregulering. Forsikringsverdiene for skog på rot reguleres opp med 4,5 % fra 1.1.2025, i tråd\nmed prisutviklingen for tømmer.\n');
    expect(p.index_regulation).toEqual({ effective: '2025-01-01', rates: [{ object: 'other', label: 'skog på rot', percent: '4.5' }] });
  });
});

describe('index rates without the word «indeks»', () => {
  const doc = 'Forsikringsnummer 55501234\nForsikringene fornyes 1. februar 2025.\n\n';
  it('a heading «Forsikringssummene» over sentences that adjust the sums («… øker med 2,8 prosent»)', () => {
    const p = parse(`${doc}Forsikringssummene\nVi har sett på byggekostnadene, og blir summene for\nbygninger justert opp med 4,1 prosent fra fornyelsen. Summene for løsøre øker med 2,8 prosent.\n`);
    expect(percents(p)).toEqual([
      ['bygninger', '4.1'],
      ['maskin_losore', '2.8'],
    ]);
    expect(p.index_regulation?.effective).toBe('2025-02-01');
  });
  it('«Forsikringssummene for bygninger og løsøre justeres hvert år …» over rate lines', () => {
    const p = parse(`${doc}Forsikringssummene for bygninger og løsøre justeres hvert år. Fra fornyelsen gjelder:\n\nBygninger 4,3 %\nLøsøre 2,6 %\n`);
    expect(percents(p)).toEqual([
      ['bygninger', '4.3'],
      ['maskin_losore', '2.6'],
    ]);
  });
  it('a price word after the figure, inside another word, makes no price change («i tråd med tømmerprisene»)', () => {
    const p = parse(`${doc}- Verdiregulering: Forsikringsverdiene for skog reguleres med 3,5 % i tråd med\n  tømmerprisene de siste årene.\n`);
    expect(percents(p)).toEqual([['other', '3.5']]);
  });
  it('a price change stays one, and so do the figures after it in its sentence', () => {
    const p = parse(`${HEAD}Premien for bygninger øker med 4 %, og for løsøre med 3 %.\n`);
    expect(p.index_regulation).toBeUndefined();
  });
  it('a price word in the figure\'s clause after it: not an index rate', () => {
    const p = parse(`${HEAD}Bygninger får 5 % høyere pris.\n`);
    expect(p.index_regulation).toBeUndefined();
  });
});

describe('two rates in one sentence, each with its class', () => {
  it('«løsøre og varer med 2,5 %»: one rate for each class the label names; «innbo og løsøre» is one class', () => {
    const p = parse(`${HEAD}Bygninger justeres med 4,2 %, løsøre og varer med 2,5 %.\n`);
    expect(percents(p)).toEqual([['bygninger', '4.2'], ['maskin_losore', '2.5'], ['varer', '2.5']]);
    expect(percents(parse(`${HEAD}Innbo og løsøre justeres med 2,5 %.\n`))).toEqual([['innbo', '2.5']]);
  });
  it('the class after the figure: «for …» after «og med», in brackets', () => {
    for (const s of ['Summene justeres med 4,2 % for bygninger og med 2,5 % for varer.', 'Vi justerer med 4,2 % (bygninger) og 2,5 % (varer).']) {
      expect(percents(parse(`${HEAD}${s}\n`))).toEqual([['bygninger', '4.2'], ['varer', '2.5']]);
    }
  });
  it('«henholdsvis», or figures in a row before a list of names: in order, when they count as many', () => {
    for (const s of [
      'Summene for bygninger og løsøre justeres med henholdsvis 4,2 % og 2,5 %.',
      'Summene justeres med hhv. 4,2 % og 2,5 % for bygninger og løsøre.',
      'Summene justeres med 4,2 % og 2,5 % for bygninger og løsøre.',
    ]) {
      expect(percents(parse(`${HEAD}${s}\n`))).toEqual([['bygninger', '4.2'], ['maskin_losore', '2.5']]);
    }
  });
  // «Forsikringssummene for bygning og løsøre er indeksregulert fra 01.05.2026 med henholdsvis 3,2 % og 2,1 %.» (a shop's renewal letter)
  it('«henholdsvis» after a date the rates apply from, between the verb and the figures', () => {
    for (const s of [
      'Forsikringssummene for bygning og løsøre er indeksregulert fra 01.05.2026 med henholdsvis 3,2 % og 2,1 %.',
      'Summane for bygning og lausøyre vert justerte frå 1. januar 2026 med høvesvis 3,2 % og 2,1 %.',
    ]) {
      expect(percents(parse(`${HEAD}${s}\n`))).toEqual([['bygninger', '3.2'], ['maskin_losore', '2.1']]);
    }
  });
  // test/corpus/docs/storebrand-industrioversikt-mnok-indeks-2027: «Summene for bygning og maskiner er indeksregulert ved
  // fornyelsen 1.3.2027 med henholdsvis 3,1 % og 4,0 %.» (an industrial overview, the sentence wrapped over two lines)
  it('«… ved fornyelsen 1.3.2027 med henholdsvis …»: the renewal and its date between the verb and the figures', () => {
    const p = parse(`Forsikringsnummer 55501234\n\nSummene for bygning og maskiner er indeksregulert ved fornyelsen 1.3.2027 med\nhenholdsvis 3,1 % og 4,0 %.\n`);
    expect(percents(p)).toEqual([['bygninger', '3.1'], ['maskin_losore', '4']]);
    expect(p.index_regulation?.effective).toBe('2027-03-01');
  });
  // written after renewal letters that state the sums' adjustment in one sentence for two objects
  // (hand-readers of renewal letters all read such a sentence in the order written: one thing has no two rates)
  it('«Summene for bygning og innbo øker med 3,4 % og 3,6 %.»: two objects, two figures, no «henholdsvis» — read in the order written', () => {
    for (const text of [`${HEAD}Summene for bygning og innbo øker med 3,4 % og 3,6 %.\n`, 'Forsikringsnummer 55501234\n\nSummene for bygning og innbo øker med 3,4 % og 3,6 %.\n']) {
      const p = parse(text);
      expect(percents(p)).toEqual([['bygninger', '3.4'], ['innbo', '3.6']]);
      expect(p.warnings).toEqual([]);
    }
    // (names and figures that do not count the same: none read, a warning with the line)
    const three = parse(`${HEAD}Summene for bygning, innbo og varer øker med 3,4 % og 3,6 %.\n`);
    expect(three.index_regulation).toBeUndefined();
    expect(three.warnings).toHaveLength(1);
    expect(three.warnings![0]).toMatch(/names two objects and two rates and not which rate is whose|could not read the index rates/);
    const hhv = parse(`${HEAD}Summene for bygning og innbo øker med henholdsvis 3,4 % og 3,6 %.\n`);
    expect(percents(hhv)).toEqual([['bygninger', '3.4'], ['innbo', '3.6']]);
    expect(hhv.warnings).toEqual([]);
    const one = parse(`${HEAD}Summene for bygning øker med 3,4 %.\n`);
    expect(percents(one)).toEqual([['bygninger', '3.4']]);
    expect(one.warnings).toEqual([]);
  });
  it('«Bygninger øker med 3,4 %, og verdisaker med 2,0 %»: a rate for an object no index class has — the others read, a warning with the line', () => {
    const p = parse(`${HEAD}Bygninger øker med 3,4 %, og verdisaker med 2,0 %.\n`);
    expect(percents(p)).toEqual([['bygninger', '3.4']]);
    expect(p.warnings).toEqual([
      'line 5: index rates: «Bygninger øker med 3,4 %, og verdisaker med 2,0 %.» states a rate for «verdisaker» (2,0 %), an object the index classes do not have; not read',
    ]);
  });
  it('figures and names that do not count as many: no rate, a warning', () => {
    const p = parse(`${HEAD}Summene justeres med 4,2 % og 2,5 % for bygninger, løsøre og varer.\n`);
    expect(p.index_regulation).toBeUndefined();
    expect(p.warnings?.join('\n')).toContain('could not read the index rates');
  });
});

describe('index rates in prose, «prosent» spelled out', () => {
  // written after renewal letters that adjust each sum in a clause of its own, the date phrase first
  it('«Med virkning fra DATE blir forsikringssummen for X regulert med N prosent»: the rates and their effective date, without the word «indeks»', () => {
    const p = parse(
      'Avtalenummer: 7734 2210\n\nNye forsikringssummer\n\nMed virkning fra 1. januar 2025 blir forsikringssummen for bygninger regulert med 3,7 prosent. Forsikringssummen for maskiner og løsøre blir regulert med 2,9 prosent.\n',
    );
    expect(p.index_regulation).toEqual({
      effective: '2025-01-01',
      rates: [
        { object: 'bygninger', label: 'bygninger', percent: '3.7' },
        { object: 'maskin_losore', label: 'maskiner og løsøre', percent: '2.9' },
      ],
    });
  });
  it('nynorsk: «Med verknad frå 1. januar 2025 vert forsikringssummen for bygningar regulert med 3,7 prosent»', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nMed verknad frå 1. januar 2025 vert forsikringssummen for bygningar regulert med 3,7 prosent.\n');
    expect(p.index_regulation).toEqual({ effective: '2025-01-01', rates: [{ object: 'bygninger', label: 'bygningar', percent: '3.7' }] });
  });
  it('a rate before its object, a date after it: «… 2,9 prosent for maskiner og løsøre fra 1. januar 2025»', () => {
    const p = parse(`${HEAD}Summene reguleres med 3,7 prosent for bygninger og 2,9 prosent for maskiner og løsøre fra 1. januar 2025.\n`);
    expect(percents(p)).toEqual([['bygninger', '3.7'], ['maskin_losore', '2.9']]);
    expect(p.warnings).toEqual([]);
  });
  it.each([
    ['Bygninger vil bli regulert med 3,7 prosent.', 'Bygninger'],
    ['Forsikringssummen for bygninger stiger med 3,7 prosent.', 'bygninger'],
    ['For bygninger blir det en justering på 3,7 prosent.', 'bygninger'],
    ['Bygningar vert regulert med 3,7 prosent.', 'Bygningar'],
    ['Bygninger vil øke med 3,7 prosent.', 'Bygninger'],
    ['Forsikringssummen for bygninger vil stige med 3,7 prosent.', 'bygninger'],
    ['Bygninger: økning på 3,7 prosent', 'Bygninger'],
    ['Bygninger – regulert med 3,7 prosent', 'Bygninger'],
    ['Bygningar skal aukast med 3,7 prosent.', 'Bygningar'],
    ['Bygninger går opp med 3,7 prosent.', 'Bygninger'],
    ['Med virkning fra 1. januar 2026 blir bygninger regulert med 3,7 prosent og løsøre med 2,9 prosent.', 'bygninger'],
  ])('the label is the object, not the clause\'s verbs: %s', (line, label) => {
    const p = parse(`${HEAD}${line}\n`);
    expect(p.index_regulation?.rates[0]).toEqual({ object: 'bygninger', label, percent: '3.7' });
  });
  it('the date only in the sentence that introduces the list: «Fra 1. januar 2025 blir summene regulert slik:»', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nIndeksregulering\n\nFra 1. januar 2025 blir summene regulert slik:\n\nBygninger: 3,7 %\nMaskiner og løsøre: 2,9 %\n');
    expect(p.index_regulation?.effective).toBe('2025-01-01');
    expect(percents(p)).toEqual([['bygninger', '3.7'], ['maskin_losore', '2.9']]);
  });
  it('«Forsikringsverdien for bygninger blir regulert med 3,7 prosent fra 1. januar 2025»: the value, as the sum', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nForsikringsverdien for bygninger blir regulert med 3,7 prosent fra 1. januar 2025.\n');
    expect(p.index_regulation).toEqual({ effective: '2025-01-01', rates: [{ object: 'bygninger', label: 'bygninger', percent: '3.7' }] });
  });
  it('a price change in the same words is no index rate: «Prisen for bygninger blir regulert med 6 prosent»', () => {
    expect(() => parse('Prisen for bygninger blir regulert med 6 prosent.\n')).toThrow(/nothing recognisable/);
  });
});

describe('a rate line with last year\'s rate in brackets after it', () => {
  // written after renewal letters that list each class's rate under a dated sentence ending in a colon
  it('«Frå 1. januar 2025 vert summane justerte slik:» / «Bygning: 3,7 % (i fjor 5,3 %)»: the first figure is the rate, the date the sentence\'s', () => {
    const p = parse('Avtalenummer: 7788 1122\n\nIndeksregulering\nFrå 1. januar 2025 vert summane justerte slik:\nBygning: 3,7 % (i fjor 5,3 %)\nInnbo og lausøyre: 3,0 % (i fjor 6,1 %)\n');
    expect(p.index_regulation?.effective).toBe('2025-01-01');
    expect(percents(p)).toEqual([['bygninger', '3.7'], ['innbo', '3']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('an object the index does not adjust: no rate, unless 0 % is written', () => {
  // written after renewal letters whose index list says one class is left as it was («• Bygninger: + 2,6 %» over
  // «• Varer: justeres ikke»): the letter states no figure for it — read, no rate and no warning
  it.each([
    ['Bygninger: 3,4 %\nVarer: ingen regulering'],
    ['Bygninger | 3,4 %\nVarer | ingen regulering'],
    ['Bygninger 3,4 %\nIndeksen for varer er uendret.'],
    ['Bygninger 3,4 %\nVarer reguleres ikke.'],
    ['  • Bygninger: + 3,4 %\n  • Varer: justeres ikke'],
  ])('%j: no rate for varer', (text) => {
    const p = parse(`${HEAD}${text}\n`);
    expect(percents(p)).toEqual([['bygninger', '3.4']]);
    expect(p.warnings).toEqual([]);
  });
  it('«Varer 0 %» with its figure is a rate of 0', () => {
    expect(percents(parse(`${HEAD}Bygninger 3,4 %\nVarer 0 %\n`))).toEqual([['bygninger', '3.4'], ['varer', '0']]);
  });
  it('outside an index section, or for what names no property, nothing is read', () => {
    expect(percents(parse(`${HEAD}Bygninger 3,4 %\nPremien: uendret\n`))).toEqual([['bygninger', '3.4']]);
    expect(parse('Forsikringsnummer 55501234\n\nVarer: ingen regulering\n').index_regulation).toBeUndefined();
  });
});

describe('the natural-damage rate with the previous year\'s beside it', () => {
  // written after renewal letters that set the pool's rate out as two labelled lines, or give last
  // year's in brackets after the new one
  const nd = (text: string): Policy['natural_damage'] => parse(`Avtalenummer: 7734 2210\n\n${text}\n`).natural_damage;
  it.each([
    ['Naturskade\n\nNy sats: 0,08 ‰\nSats i fjor: 0,07 ‰'],
    ['Naturskadepremie\nNy sats: 0,08 promille\nSats i fjor: 0,07 promille'],
    ['Naturskade\n\nÅrets sats: 0,08 ‰\nFjorårets sats: 0,07 ‰'],
    ['Naturskade\n\nSats i fjor: 0,07 ‰\nNy sats: 0,08 ‰'],
  ])('two labelled lines, new and previous: %j', (text) => {
    expect(nd(text)).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
  });
  // private-holdout52/jernbanepersonalets-fornyelse-epost-2026, line 38, and klp-borettslag-forsikringsbevis-2026, line 39
  it.each([
    ['Naturskade\nDen lovbestemte naturskadepremien fastsettes av Norsk Naturskadepool. Satsen\ner 0,07 promille av brannforsikringssummen for 2026, den samme som i år.', 'brannforsikringssum'],
    ['Naturskade\nPremie for naturskade utgjør 0,07 ‰ av bygningenes forsikringssum og er\ninkludert i årspremien. Satsen er uendret fra 2025.', undefined],
  ])('a rate said to be the same as before: %j', (text, basis) => {
    expect(nd(text)).toEqual({ rate_permille: '0.07', previous_rate_permille: '0.07', ...(basis ? { basis } : {}) });
  });
  it('a sentence on another thing after the rate gives no previous rate', () => {
    expect(nd('Naturskade\nPremie for naturskade utgjør 0,07 ‰ av forsikringssummen. Prisen er uendret fra 2025.')).toEqual({ rate_permille: '0.07' });
  });
  // private-holdout56/sparebank1-fornyelse-privat, line 40: the bracket's label ends its line, its figure is on the next
  it('a previous rate whose bracket opens with a label at a line end', () => {
    expect(nd('• Naturskadepremien er 0,08 promille av brannforsikringssummen (i fjor:\n  0,07 promille).')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07', basis: 'brannforsikringssum' });
  });
  it.each([
    ['Naturskadepremien er 0,08 promille (i fjor 0,07 promille) av brannforsikringssummen.', 'brannforsikringssum'],
    ['Satsen for naturskade er fra 1. januar 2025 0,08 promille (i fjor 0,07 promille).', undefined],
    ['Premiesatsen for naturskade: 0,08 ‰ (i fjor: 0,07 ‰)', undefined],
  ])('the previous rate in brackets after the new one: %s', (text, basis) => {
    expect(nd(text)).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07', ...(basis ? { basis } : {}) });
  });
  it.each([
    // a certificate's sentence, bokmål and nynorsk: the bracket holds last year's rate with its year
    ['Naturskadepremien er beregnet med 0,08 promille av brannforsikringssummen (0,07 promille i 2024).'],
    ['Naturskadepremien er rekna med 0,08 promille av brannforsikringssummen (0,07 promille i 2024).'],
  ])('the previous rate in brackets with its year, after an undated new one: %s', (text) => {
    expect(nd(text)).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07', basis: 'brannforsikringssum' });
  });
  it('the year before the figure in the bracket: «Naturskadepremie: 0,08 promille (2024: 0,07 promille)»', () => {
    expect(nd('Naturskadepremie: 0,08 promille (2024: 0,07 promille)')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
  });
  it('a rate in brackets from a later date is no previous rate: a warning, and no rate', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nNaturskadepremien er 0,08 promille (0,09 promille fra 2026).\n');
    expect(p.natural_damage).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('none is used');
  });
  it('two previous rates that differ: a warning, and no previous rate', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nNaturskade\n\nNy sats: 0,08 ‰ (i fjor 0,07 ‰)\nSats i fjor: 0,075 ‰\n');
    expect(p.natural_damage).toEqual({ rate_permille: '0.08' });
    expect(p.warnings.join('\n')).toContain('the previous rate 0.07 ‰ and 0.075 ‰');
  });
  it('a sentence a PDF broke over two lines: the rate on the line under the one that names natural damage', () => {
    // (a two-column print of «Naturskadepremien går fra 0,065 promille til 0,07 promille av brannforsikringssummen.»)
    expect(nd('Naturskadepremien går fra 0,065 promille\nFornyelse av boligselskapenes til 0,07 promille av')).toEqual({ rate_permille: '0.07', previous_rate_permille: '0.065' });
  });
  it('under a heading «Naturskadepremien»: «Satsen blir 0,08 promille av brannforsikringssummen, mot 0,07 i fjor» (the previous figure without its unit)', () => {
    expect(nd('Naturskadepremien\n\nSatsen blir 0,08 promille av brannforsikringssummen, mot 0,07 i fjor.')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07', basis: 'brannforsikringssum' });
  });
  it.each([
    // renewal notices that give the new rate, then last year's in a sentence of its own
    ['Naturskade\n\nFra 1. januar 2025 er satsen 0,08 promille av brannforsikringssummen. Satsen har vært 0,07 promille.'],
    ['Naturskade\n\nFra 1. januar 2025 er satsen 0,08 promille av brannforsikringssummen. I fjor utgjorde den 0,07 promille.'],
    ['Naturskade\n\nFra 1. januar 2025 er satsen 0,08 promille av brannforsikringssummen. I fjor betalte du 0,07 promille.'],
  ])('the previous rate in a following sentence with a verb of the past: %s', (text) => {
    expect(nd(text)).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07', basis: 'brannforsikringssum' });
  });
  it.each([
    ['Naturskade\n\nSatsen for naturskade: 2023: 0,065 ‰ · 2024: 0,07 ‰ · 2025: 0,08 ‰'],
    ['Naturskadesatsen har vært 0,065 promille i 2023 og 0,07 promille i 2024, og blir 0,08 promille i 2025.'],
  ])('three rates, each with its year: the latest is the new rate, the one before it the previous: %s', (text) => {
    expect(nd(text)).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
  });
  it('a table «Sats | 2024 | 2025» with «Naturskade | 0,07 ‰ | 0,08 ‰»: the latest year\'s column is the new rate', () => {
    expect(nd('Naturskade\n\nSats | 2024 | 2025\nNaturskade | 0,07 ‰ | 0,08 ‰')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
    const p = parse('Avtalenummer: 7734 2210\n\nNaturskade\n\nSats | A | B\nNaturskade | 0,08 ‰ | 0,07 ‰\n');
    expect(p.natural_damage).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('none is used');
  });
  it.each([
    // a broker's newsletter: the pool's rate only in a small year table whose row label names the unit
    ['Naturskadepremie   2024   2025\nPromille av brannforsikringssum   0,07   0,08', 'brannforsikringssum'],
    ['Naturskade\n\nÅr   2024   2025\nSats i promille   0,07   0,08', undefined],
    // (a header with no cell over the row labels)
    ['Naturskade\n\n                  2024   2025\nSats i promille   0,07   0,08', undefined],
  ])('a year table whose row label names the unit, the figures bare: %j', (text, basis) => {
    expect(nd(text)).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07', ...(basis ? { basis } : {}) });
  });
  it('bare figures under years, the unit named nowhere in the row: no rate', () => {
    expect(nd('Naturskadepremie   2024   2025\nSats   0,07   0,08')).toBeUndefined();
  });
  it('two new rates are still two candidates: «Ny sats: 0,08 ‰» and «Ny sats: 0,09 ‰»', () => {
    const p = parse('Avtalenummer: 7734 2210\n\nNaturskade\n\nNy sats: 0,08 ‰\nNy sats: 0,09 ‰\n');
    expect(p.natural_damage).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('none is used');
  });
});

describe('a price word before a rate: the price\'s change, or the sums\' index', () => {
  const warnings = (p: Policy): string => p.warnings?.join('\n') ?? '';
  it('the price as the subject of the change is a price change, even beside the index: no rate, and said (after a renewal letter\'s «Prisendring»)', () => {
    const p = parse('Forsikringsnummer 55501234\n\nPrisendring\n\nI tillegg til indeksreguleringen øker prisen for Bygning med 4 % på grunn av høyere skadekostnader.\n');
    expect(p.index_regulation).toBeUndefined();
    expect(warnings(p)).toContain('states a change of the price, not of the sums; not read as an index rate');
  });
  it('«… justeres prisene med 4,2 prosent» under the index heading, bokmål and nynorsk: no rate, and said', () => {
    for (const s of ['Fra 1. januar 2026 justeres prisene med 4,2 prosent i tråd med konsumprisindeksen.', 'Frå 1. januar 2026 vert prisane justerte med 4,2 prosent.']) {
      const p = parse(`${HEAD}${s}\n`);
      expect(p.index_regulation?.rates, s).toBeUndefined();
      expect(warnings(p), s).toContain(`index rates: «${s}» states a change of the price`);
    }
  });
  it('premiums indexed for a product (after a broker scheme\'s renewal page: «indeksreguleres premier på motorvognforsikringer med 7 %»)', () => {
    const p = parse('Forsikringsnummer 55501234\n\nMotorvogn\n\nGrunnet økte verkstedkostnader indeksreguleres premier på motorvognforsikringer med 7 % ved fornyelse.\n');
    expect(p.index_regulation).toBeUndefined();
    expect(warnings(p)).toContain('states a change of the price');
  });
  it('the price named beside the sums changes with them: the sums\' index rate («Forsikringssummene og premien … indeksreguleres med …», as terms index sum and premium together)', () => {
    for (const s of ['Forsikringssummene og prisene for bygninger justeres med 4,2 prosent fra 1. januar 2026.', 'Forsikringssummene og premien for bygninger indeksreguleres med 4,2 prosent fra 1. januar 2026.']) {
      const p = parse(`Forsikringsnummer 55501234\n\n${s}\n`);
      expect(percents(p), s).toEqual([['bygninger', '4.2']]);
      expect(p.index_regulation?.rates[0]?.label, s).toBe('bygninger');
      expect(p.warnings, s).toEqual([]);
    }
  });
  it('a compound that names market prices is no price change («Kvadratmeterprisene for bygninger …»: the table prices the full-value sums follow)', () => {
    const p = parse(`${HEAD}Kvadratmeterprisene for bygninger er justert med 4,2 prosent.\n`);
    expect(percents(p)).toEqual([['bygninger', '4.2']]);
    expect(p.warnings).toEqual([]);
  });
  it('the sums adjusted, and the prices «tilsvarende» after the figure: the rate is the sums\'', () => {
    const p = parse(`${HEAD}Forsikringssummene for bygninger justeres med 4,2 prosent, og prisene justeres tilsvarende.\n`);
    expect(percents(p)).toEqual([['bygninger', '4.2']]);
  });
});

describe('index rates in a notice\'s running sentences', () => {
  // «Hvert år blir forsikringssummene justert slik at de følger byggekostnadene og konsumprisene. Fra 1. januar
  // 2025 øker vi bygningssummene med 3,9 prosent. Innbo justeres med 3,1 prosent. Løsøre på gårdsbruk og i
  // næring justeres med 2,8 prosent.» — a local fire fund's notice, one paragraph
  const NOTICE = [
    'Eksempel Brannkasse',
    '',
    'Prisstigning på bygg og innbo',
    'Hvert år blir forsikringssummene justert slik at de følger byggekostnadene og',
    'konsumprisene. Fra 1. januar 2025 øker vi bygningssummene med 3,9 prosent. Innbo',
    'justeres med 3,1 prosent. Løsøre på gårdsbruk og i næring justeres med 2,8 prosent.',
  ].join('\n');
  it('«konsumprisene» is what the index follows, no price: each rate of the paragraph is read', () => {
    const p = parse(NOTICE);
    expect(p.index_regulation?.rates.map((r) => [r.object, r.percent])).toEqual([
      ['bygninger', '3.9'],
      ['innbo', '3.1'],
      ['maskin_losore', '2.8'],
    ]);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
  });
  it('«øker vi bygningssummene med»: the label is the object, not the verb and its subject', () => {
    expect(parse(NOTICE).index_regulation?.rates[0]?.label).toBe('bygningssummene');
  });
  it('a percentage in the paragraph with no property beside it is a warning, not lost', () => {
    const p = parse('Eksempel Brannkasse\n\nIndeksregulering\nForsikringssummene justeres hvert år. Bygninger øker med 3,9 prosent. Annet følger egen indeks, 2,6 prosent.\n');
    expect(p.index_regulation?.rates.map((r) => r.object)).toEqual(['bygninger']);
    expect(p.warnings?.join('\n')).toContain('«Annet følger egen indeks, 2,6 prosent.»');
  });
});

describe('index rates of objects named in the definite form (a renewal letter\'s bullets)', () => {
  it('«• Bygningene justeres opp med 4,6 %», «– Maskinene og inventaret: 3,2 %», «• Varene blir justert med 2,4 prosent»', () => {
    const p = parse(`${HEAD}• Bygningene justeres opp med 4,6 %\n– Maskinene og inventaret: 3,2 %\n• Varene blir justert med 2,4 prosent\n`);
    expect(percents(p)).toEqual([['bygninger', '4.6'], ['maskin_losore', '3.2'], ['varer', '2.4']]);
    expect(p.index_regulation?.rates.map((r) => r.label)).toEqual(['Bygningene', 'Maskinene og inventaret', 'Varene']);
    expect(p.warnings).toEqual([]);
  });
  it('definite and nynorsk forms the table did not know: «Husene», «Varane», «Eiendelene», «Utstyret» (not a board\'s «styre»)', () => {
    const p = parse(`${HEAD}• Husene: 4,6 %\n• Varane vert justerte med 2,4 prosent\n• Eiendelene: 3,2 %\n• Utstyret reguleres med 3,2 %\n`);
    // («Eiendelene» and «Utstyret» are one class with one figure: read once)
    expect(percents(p)).toEqual([['bygninger', '4.6'], ['varer', '2.4'], ['maskin_losore', '3.2']]);
  });
  it('a dash between the name and the figure is no minus sign («Bygningene – 4,6 %», «Bygningene - 4,6 %»); after a colon it is', () => {
    expect(percents(parse(`${HEAD}Bygningene – 4,6 %\n`))).toEqual([['bygninger', '4.6']]);
    expect(parse(`${HEAD}Bygningene – 4,6 %\n`).index_regulation?.rates[0]?.label).toBe('Bygningene');
    expect(percents(parse(`${HEAD}Bygningene - 4,6 %\n`))).toEqual([['bygninger', '4.6']]);
    expect(percents(parse(`${HEAD}Varer: - 1,0 %\n`))).toEqual([['varer', '-1']]);
  });
  it('a line that is only a property\'s adjustment names the index itself, under a heading that does not («Nyheter ved fornyelsen»)', () => {
    const p = parse('Forsikringsnummer 55501234\n\nNyheter ved fornyelsen\n\n• Bygningene justeres opp med 4,6 % fra 1. januar 2026.\n– Maskinene og inventaret: 3,2 %\n');
    expect(percents(p)).toEqual([['bygninger', '4.6'], ['maskin_losore', '3.2']]);
    expect(p.index_regulation?.effective).toBe('2026-01-01');
    // (a price is no property: no index line)
    expect(parse('Forsikringsnummer 55501234\n\nNyheter ved fornyelsen\n\nPremien reguleres med 4,5 %.\n').index_regulation).toBeUndefined();
  });
});

describe('natural-damage rates of several years, each with its year', () => {
  const nd = (body: string) => parse(`Forsikringsnummer 55501234\n\n${body}\n`).natural_damage;
  it('«Satsen: 2023: 0,065 ‰ · 2024: 0,07 ‰ · 2025: 0,08 ‰» under «Naturskadepoolen»: the latest year\'s is new, the year before previous', () => {
    expect(nd('Naturskadepoolen\nSatsen: 2023: 0,065 ‰ · 2024: 0,07 ‰ · 2025: 0,08 ‰')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
  });
  it('one year a line or a sentence («2023: 0,065 ‰» over «2024: 0,07 ‰» over «2025: 0,08 ‰»), in any order', () => {
    expect(nd('Naturskadepoolen\nSatsen:\n2023: 0,065 ‰\n2024: 0,07 ‰\n2025: 0,08 ‰')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
    expect(nd('Naturskadepoolen\nI 2025: 0,08 promille. I 2023: 0,065 promille. I 2024: 0,07 promille.')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
    expect(nd('Naturskadepoolen\n2023 | 0,065 ‰\n2024 | 0,07 ‰\n2025 | 0,08 ‰')).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
  });
  // the pool's notice under its heading: «Naturskadepremien for 2026» / «… Fra 1. januar 2026 er satsen 0,08 promille
  // av forsikringssummen. I 2025 var den 0,07 promille, og i 2024 0,065 promille.»
  const NOTICE = 'Naturskadepremien for 2026\n\nNaturskadepoolen har fastsatt ny premie for neste år. Fra 1. januar 2026 er satsen 0,08 promille\nav forsikringssummen. I 2025 var den 0,07 promille, og i 2024 0,065 promille.';
  it('«satsen» under a natural-damage heading, then the earlier years\' rates in the next sentence: 2025\'s is the previous, not the older one', () => {
    const p = parse(`Forsikringsnummer 55501234\n\n${NOTICE}\n`);
    expect(p.natural_damage).toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07' });
    expect(p.warnings).toEqual([]);
    // («premiesatsen», the pool named in the paragraph before)
    expect(nd('Naturskadepoolen har fastsatt ny premie.\n\nFra 1. januar 2026 er premiesatsen 0,08 promille av brannforsikringssummen. I 2025 var den 0,07 promille, og i 2024 0,065 promille.'))
      .toEqual({ rate_permille: '0.08', previous_rate_permille: '0.07', basis: 'brannforsikringssum' });
  });
  it('a «sats» in text not about natural damage stays unread', () => {
    const p = parse('Forsikringsnummer 55501234\n\nPremie for neste år\n\nYrkesskadeforsikringen blir dyrere. Fra 1. januar 2026 er satsen 0,8 promille av lønnssummen. I 2025 var den 0,7 promille.\n');
    expect(p.natural_damage).toBeUndefined();
  });
  it('an earlier year in the next sentence that repeats the new rate\'s year is no previous rate: two candidates', () => {
    const p = parse('Forsikringsnummer 55501234\n\nNaturskadepremien\n\nFra 1. januar 2026 er satsen 0,08 promille. I 2026 var den 0,07 promille, og i 2024 0,065 promille.\n');
    expect(p.natural_damage).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('none is used');
  });
  it('two rates of one year are still two candidates: a warning, and none', () => {
    const p = parse('Forsikringsnummer 55501234\n\nNaturskadepoolen\n2025: 0,07 ‰\n2025: 0,08 ‰\n');
    expect(p.natural_damage).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('none is used');
  });
});

describe('one percentage for the objects the sums are named for', () => {
  it('«Forsikringssummene for bygninger og løsøre er justert med indeksen, og økningen er 4,4 prosent i år»: each object\'s rate', () => {
    const p = parse('Forsikringsnummer 55501234\n\nForsikringssummene for bygninger og løsøre er justert med indeksen, og økningen er 4,4 prosent i år.\n');
    expect(percents(p)).toEqual([['bygninger', '4.4'], ['maskin_losore', '4.4']]);
    expect(p.index_regulation?.rates.map((r) => r.label)).toEqual(['bygninger', 'løsøre']);
  });
  it('two percentages, or the price beside them, are not shared out', () => {
    expect(parse('Forsikringsnummer 55501234\n\nForsikringssummene for bygninger og løsøre er justert med indeksen, og økningen er 4,4 prosent og 2,1 prosent.\n').index_regulation).toBeUndefined();
    expect(parse('Forsikringsnummer 55501234\n\nForsikringssummene for bygninger og løsøre er justert med indeksen, og prisen øker med 4,4 prosent.\n').index_regulation).toBeUndefined();
  });
});

describe('index rates in a renewal letter\'s free sentences and dated bullets', () => {
  const LETTER = 'Polisenummer: 4455667\n\n';
  it('the verb first, nynorsk, under a heading that names no index: «Frå 1. januar 2025 aukar vi summane for bygningar med 3,9 %, …»', () => {
    const p = parse(`${LETTER}Nye summar\n\nFrå 1. januar 2025 aukar vi summane for bygningar med 3,9 %, for innbu med 3,6 % og for lausøre med 3,2 %.\n`);
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['innbo', '3.6'], ['maskin_losore', '3.2']]);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
  });
  it('«… justerte slik at dei følgjer prisane» (the prices the sums follow, no price change), then each rate in its own words; «er satsen» is no part of a label', () => {
    const p = parse(
      `${LETTER}MELDING TIL MEDLEMENE\n\nKvart år blir forsikringssummane justerte slik at dei følgjer prisane. Frå 1. januar 2025\nblir summane for bygningar justerte med 3,9 prosent. For innbu og lausøyre i heimen er\nsatsen 3,6 prosent, og landbrukslausøyre og maskiner aukar med 3,2 prosent.\n`,
    );
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['innbo', '3.6'], ['maskin_losore', '3.2']]);
    expect(p.index_regulation?.rates.map((x) => x.label)).toEqual(['bygningar', 'innbu og lausøyre i heimen', 'landbrukslausøyre og maskiner']);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
  });
  it('«For Driftsbygning er eigenandelen uendra» after the rates says nothing of the sums: no rate of 0 %', () => {
    const p = parse(
      `${LETTER}Indeksregulering\nForsikringssummane vert justerte etter prisutviklinga. Frå 01.03.2025 aukar\nbygningar med 4,1 prosent, og innbu og lausøyre med 3,0 prosent.\n\nEigenandel\nEigenandelen for Våningshus aukar frå kr 8 000 til kr 10 000.\nFor Driftsbygning er eigenandelen uendra.\n`,
    );
    expect(percents(p)).toEqual([['bygninger', '4.1'], ['innbo', '3']]);
  });
  it('the verb first, bokmål: «Fra 1. januar 2026 øker vi forsikringssummene for bygninger med 4,1 prosent»', () => {
    const p = parse(`${LETTER}Dette skjer ved fornyelsen\n\nFra 1. januar 2026 øker vi forsikringssummene for bygninger med 4,1 prosent.\n`);
    expect(percents(p)).toEqual([['bygninger', '4.1']]);
  });
  it('the subject first, or one sum: «Vi aukar summane for …», «… aukar vi forsikringssummen for bygningar med 3,9 %»', () => {
    const a = parse(`${LETTER}Nye summar\n\nVi aukar summane for bygningar med 3,9 % og for innbu med 3,6 % frå 1. januar 2025.\n`);
    expect(percents(a)).toEqual([['bygninger', '3.9'], ['innbo', '3.6']]);
    const b = parse(`${LETTER}Nye summar\n\nFrå 1. januar 2025 aukar vi forsikringssummen for bygningar med 3,9 %.\n`);
    expect(percents(b)).toEqual([['bygninger', '3.9']]);
  });
  it('a price the verb raises first is no index rate: «Fra 1. januar 2026 øker vi prisen for bygninger med 6 prosent»', () => {
    const p = parse(`${LETTER}Dette skjer ved fornyelsen\n\nFra 1. januar 2026 øker vi prisen for bygninger med 6 prosent.\n`);
    expect(p.index_regulation).toBeUndefined();
  });
  it('bullets that start with their date: «• 1.1.2025: bygning 3,9 %» — the rate, its object and the date', () => {
    const p = parse(`${LETTER}Indeksregulering\n\n• 1.1.2025: bygning 3,9 %\n• 1.1.2025: innbo 3,6 %\n`);
    expect(p.index_regulation).toEqual({
      effective: '2025-01-01',
      rates: [
        { object: 'bygninger', label: 'bygning', percent: '3.9' },
        { object: 'innbo', label: 'innbo', percent: '3.6' },
      ],
    });
  });
  it('bullets with two different dates: the rates, and no effective date of the whole', () => {
    const p = parse(`${LETTER}Indeksregulering\n\n• 1.1.2025: bygning 3,9 %\n• 1.7.2025: innbo 3,6 %\n`);
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['innbo', '3.6']]);
    expect(p.index_regulation?.effective).toBeUndefined();
    expect(p.warnings?.join('\n')).toContain('1.7.2025');
  });
});

describe('a sentence on the sums\' adjustment, under a heading that names no index', () => {
  const doc = (s: string): Policy => parse(`Polisenummer: 4455667\n\nKva endrar seg\n\n${s}\n`);
  it('«Summane for bygningar og innbu blir i år justerte med høvesvis 3,9 % og 3,6 %»: nynorsk «høvesvis», an adverb before the verb', () => {
    expect(percents(doc('Summane for bygningar og innbu blir i år justerte med høvesvis 3,9 % og 3,6 %.'))).toEqual([['bygninger', '3.9'], ['innbo', '3.6']]);
  });
  it('the sums with no object after them, the objects after the figures: «Vi justerer forsikringssummane med 3,9 % for bygningar og 3,6 % for innbu»', () => {
    expect(percents(doc('Vi justerer forsikringssummane med 3,9 % for bygningar og 3,6 % for innbu.'))).toEqual([['bygninger', '3.9'], ['innbo', '3.6']]);
  });
  it('a date between the sums and the verb: «Forsikringssummane vert frå 1. januar 2025 justerte med 3,9 % for bygningar …»', () => {
    const p = doc('Forsikringssummane vert frå 1. januar 2025 justerte med 3,9 % for bygningar og 3,6 % for innbu.');
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['innbo', '3.6']]);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
  });
  it('the verb before the sums without a subject: «Frå 1. januar 2025 aukar forsikringssummen for bygningar med 3,9 prosent»', () => {
    expect(percents(doc('Frå 1. januar 2025 aukar forsikringssummen for bygningar med 3,9 prosent.'))).toEqual([['bygninger', '3.9']]);
  });
  it('a deductible or a price beside the sums is no index: «Vi aukar eigenandelen til 10 % av forsikringssummen», «… prisen aukar med 5 %»', () => {
    const a = doc('Vi aukar eigenandelen til 10 % av forsikringssummen.');
    expect(a.index_regulation).toBeUndefined();
    expect(a.warnings?.join('\n') ?? '').not.toContain('index');
    expect(doc('Forsikringssummen er uendra, men prisen aukar med 5 %.').index_regulation).toBeUndefined();
  });
});

describe('the index\'s date in the sentence that leads into a dot-leader list, or in the letter\'s title', () => {
  const T = 'Forsikringsnummer 55501234\nDato: 02.12.2024\n\n';
  const LIST = 'Bygning .................. 3,9 %\nInnbo og løsøre .......... 2,8 %\n';
  it('«Fra 1. januar 2025 justeres summene slik:» over «Bygning ........ 3,9 %»: the date and the rates', () => {
    const p = parse(`${T}Fra 1. januar 2025 justeres summene slik:\n\n${LIST}`);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['innbo', '2.8']]);
    expect(p.warnings).toEqual([]);
  });
  it('the date only in the title «Indeksregulering 1. januar 2025»', () => {
    const p = parse(`Indeksregulering 1. januar 2025\n\n${T}Summene i forsikringene dine justeres slik:\n\n${LIST}`);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['innbo', '2.8']]);
  });
  it('a title whose date follows more than the index\'s name is no effective date: «Indeksregulering – brev sendt 2. desember 2024»', () => {
    const p = parse(`Indeksregulering, brev sendt 2. desember 2024\n\n${T}Summene i forsikringene dine justeres slik:\n\n${LIST}`);
    expect(p.index_regulation?.effective).toBeUndefined();
  });
});

describe('a bullet that leads with the index and its date before a colon', () => {
  // a forwarded renewal's bullet: «- Indeksregulering per 01.04.2025: bygninger + 3,8 %, maskiner og løsøre + 3,3 %.»
  it('the lead before the colon is no part of the first rate\'s label', () => {
    const p = parse('Polisenummer: 55501234\n\nVed fornyelsen 01.04.2025 gjøres følgende endringer:\n\n- Indeksregulering per 01.04.2025: bygninger + 3,8 %, maskiner og løsøre + 3,3 %.\n');
    expect(p.index_regulation?.rates.map((r) => [r.object, r.label, r.percent])).toEqual([
      ['bygninger', 'bygninger', '3.8'],
      ['maskin_losore', 'maskiner og løsøre', '3.3'],
    ]);
    expect(p.index_regulation?.effective).toBe('2025-04-01');
  });
});

describe('index rates in sentences that name no index heading', () => {
  const LETTER = 'Forsikringsnummer 55501234\nDato: 01.12.2024\n\n';
  // a brannkasse's farm certificate, under its schedule: «Bygningssummene er justert med indeks, 3,9 prosent, fra
  // 01.01.2025. Innbo er justert med 3,6 prosent og maskiner med 3,2 prosent.»
  it('«justert med indeks» and the property\'s sums as one word («Bygningssummene») open the rates', () => {
    const p = parse(`${LETTER}Bygningssummene er justert med indeks, 3,9 prosent, fra 01.01.2025. Innbo er justert\nmed 3,6 prosent og maskiner med 3,2 prosent.\n`);
    expect(percents(p)).toEqual([['bygninger', '3.9'], ['innbo', '3.6'], ['maskin_losore', '3.2']]);
    expect(p.index_regulation?.effective).toBe('2025-01-01');
    expect(p.warnings).toEqual([]);
  });
  // a private renewal letter's «Hva er nytt?» bullet: «Prisene på materialer og håndverkere har økt. Vi justerer
  // derfor forsikringssummen på huset med 4,1 % og på innboet med 3,0 %.»
  it('a price in the sentence before does not close the sentence that adjusts the sums', () => {
    const p = parse(`${LETTER}Hva er nytt?\n* Prisene på materialer og håndverkere har økt. Vi justerer derfor\n  forsikringssummen på huset med 4,1 % og på innboet med 3,0 %.\n`);
    expect(percents(p)).toEqual([['bygninger', '4.1'], ['innbo', '3']]);
  });
  it('the price change itself is still no index rate: «Prisene øker med 5 %. Forsikringssummene er uendret.»', () => {
    const p = parse(`${LETTER}Prisene øker med 5 %. Forsikringssummene er uendret.\n`);
    expect(p.index_regulation).toBeUndefined();
  });
  // a pool's circular: «En økning på 2,8 prosent gjelder maskiner, inventar og løsøre i næringslivet, mens innbo og
  // løsøre hos privatpersoner justeres med 3,1 prosent, i tråd med konsumprisindeksen fra april til april.»
  it('«N prosent gjelder X», and «…, mens Y justeres med M prosent» in the same sentence', () => {
    const p = parse(`${HEAD}En økning på 2,8 prosent gjelder maskiner, inventar og løsøre i næringslivet, mens innbo og\nløsøre hos privatpersoner justeres med 3,1 prosent, i tråd med konsumprisindeksen fra april\ntil april.\n`);
    expect(percents(p)).toEqual([['maskin_losore', '2.8'], ['innbo', '3.1']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a natural-damage rate older than the previous one', () => {
  // a members' news page: «For 2025 er satsen fastsatt til 0,08 promille av brannforsikringssummen. I 2024 var
  // satsen 0,07 promille, og året før det 0,065 promille.» under «Naturskadepremien øker fra nyttår»
  it('«og året før det 0,065 promille» is neither the rate nor the previous one', () => {
    const p = parse('Nyheter for medlemmer\n\nNaturskadepremien øker fra nyttår\n\nFor 2025 er satsen fastsatt til 0,08 promille av brannforsikringssummen. I 2024 var\nsatsen 0,07 promille, og året før det 0,065 promille.\n');
    expect([p.natural_damage?.rate_permille, p.natural_damage?.previous_rate_permille]).toEqual(['0.08', '0.07']);
    expect(p.warnings).toEqual([]);
  });
});

describe('the sums\' adjustment in the active voice, the rates in the next sentence', () => {
  // a news page: «Hvert år regulerer vi forsikringssummene slik at de holder tritt med prisutviklingen. I år blir det
  // 4,4 % for bygninger og 3,6 % for innbo og løsøre. Har du fullverdiforsikring på huset, … men prisen beregnes …»
  it('«regulerer vi forsikringssummene» opens the rates; the price sentence after them states none', () => {
    const p = parse('Dato: 01.12.2024\n\nSummene følger prisene\nHvert år regulerer vi forsikringssummene slik at de holder tritt med prisutviklingen. I år blir det\n4,4 % for bygninger og 3,6 % for innbo og løsøre. Har du fullverdiforsikring på huset, endres ikke\ndekningen din, men prisen beregnes ut fra den nye verdien.\n');
    expect(percents(p)).toEqual([['bygninger', '4.4'], ['innbo', '3.6']]);
  });
});

describe('a forwarded e-mail whose labels are the index word and the object', () => {
  const MAIL = 'Fra: Kundeservice <kundeservice@eksempel.no>\nSendt: 2. desember 2024 09:14\nTil: ola@eksempel.no\nEmne: VS: Fornyelse av forsikringene dine\n\nPolisenummer: 77123456\n\n';
  it('«Indeksregulering bygning: 4,6 %», «Indeksregulering innbo/løsøre: 3,0 %»: each the rate of its object', () => {
    const p = parse(`${MAIL}Indeksregulering bygning: 4,6 %\nIndeksregulering innbo/løsøre: 3,0 %\n`);
    expect(percents(p)).toEqual([['bygninger', '4.6'], ['innbo', '3']]);
    expect(p.warnings).toEqual([]);
  });
  it('«Indeksregulering for bygninger: 4,6 %» the same', () => {
    expect(percents(parse(`${MAIL}Indeksregulering for bygninger: 4,6 %\n`))).toEqual([['bygninger', '4.6']]);
  });
  it('«Indeksregulering: 4,6 %» names no object: no rate, a warning', () => {
    const p = parse(`${MAIL}Indeksregulering: 4,6 %\n`);
    expect(p.index_regulation).toBeUndefined();
    expect(p.warnings?.join('\n')).toContain('Indeksregulering: 4,6 %');
  });
  it('«Indeksregulering premie: 4,6 %» is the price, not a property: no rate', () => {
    expect(parse(`${MAIL}Indeksregulering premie: 4,6 %\n`).index_regulation).toBeUndefined();
  });
});

describe('a renewal letter written as questions and answers', () => {
  it('«Summene er justert med 4,2 % for bygningene og 3,1 % for innboet.» under «Hva betyr indeksregulering for meg?»', () => {
    const p = parse('Polisenummer: 77123456\n\nHvorfor endres prisen?\nPrisen følger kostnadene ved skader.\n\nHva betyr indeksregulering for meg?\nSummene er justert med 4,2 % for bygningene og 3,1 % for innboet.\n');
    expect(percents(p)).toEqual([['bygninger', '4.2'], ['innbo', '3.1']]);
    expect(p.warnings).toEqual([]);
  });
  it('«… 4,2 % for hytta og 3,1 % for innboet»: the cabin is a building', () => {
    const p = parse('Polisenummer: 77123456\n\nHva betyr indeksregulering for meg?\nSummene er justert med 4,2 % for hytta og 3,1 % for innboet.\n');
    expect(percents(p)).toEqual([['bygninger', '4.2'], ['innbo', '3.1']]);
  });
});

describe('renewal letters as headed paragraphs: a bullet per object under each product heading', () => {
  const LETTER = 'Avtalenummer: 6120 447 918\n\nHvert år justerer vi forsikringssummene. Slik blir det fra 1. januar 2026:\n\n';
  it('«• Bygning: forsikringssummen blir 4,2 % høyere», «• Innbo – summen øker med 3,1 prosent»: the label before the sum is the object', () => {
    const p = parse(`${LETTER}Villa\n• Bygning: forsikringssummen blir 4,2 % høyere\n\nInnbo\n• Innbo – summen øker med 3,1 prosent\n`);
    expect(p.index_regulation?.rates.map((r) => [r.object, r.label, r.percent])).toEqual([['bygninger', 'Bygning', '4.2'], ['innbo', 'Innbo', '3.1']]);
    expect(p.warnings).toEqual([]);
  });
  it('a bullet under a later product heading, nynorsk «vert … høgare», names the index itself', () => {
    const p = parse(`${LETTER}Villa\n• Bygning: forsikringssummen blir 4,2 % høyere\n\nInnbo\n\nNoe annet om innboet.\n\nVarer\n• Varer: forsikringssummen vert 2,1 % høgare\n`);
    expect(percents(p)).toEqual([['bygninger', '4.2'], ['varer', '2.1']]);
  });
  it('a class stated again with the same figure under another product is read once; another figure is another rate', () => {
    const p = parse(`${LETTER}Villa\n• Bygning: forsikringssummen blir 4,2 % høyere\n\nFritidsbolig\n• Hytte: forsikringssummen blir 4,2 % høyere\n`);
    expect(percents(p)).toEqual([['bygninger', '4.2']]);
  });
});

describe('the rate before its object, and «samme sats» after it', () => {
  it('«3,7 prosent er tillegget for bygninger»: the object after the rate named as a noun', () => {
    expect(percents(parse(`${HEAD}3,7 prosent er tillegget for bygninger.\n`))).toEqual([['bygninger', '3.7']]);
  });
  it('«Samme sats gjelder for varer.» in the same paragraph or on the next line: the rate just stated', () => {
    expect(percents(parse(`${HEAD}2,9 prosent er tillegget for maskiner og løsøre. Samme sats gjelder for varer.\n`))).toEqual([['maskin_losore', '2.9'], ['varer', '2.9']]);
    expect(percents(parse(`${HEAD}Bygninger 4,1 %\nMaskiner og løsøre 2,9 %\nSamme sats gjelder for varer.\n`))).toEqual([['bygninger', '4.1'], ['maskin_losore', '2.9'], ['varer', '2.9']]);
  });
  it('nynorsk «Same sats for varer.»; a «samme sats» with no rate before it, or for what no class names, is none', () => {
    expect(percents(parse(`${HEAD}Maskiner og lausøyre blir justerte med 2,9 prosent. Same sats for varer.\n`))).toEqual([['maskin_losore', '2.9'], ['varer', '2.9']]);
    expect(parse(`${HEAD}Samme sats gjelder for varer.\n`).index_regulation).toBeUndefined();
    expect(percents(parse(`${HEAD}Bygninger 4,1 %\nSamme sats gjelder for ansvar.\n`))).toEqual([['bygninger', '4.1']]);
  });
});

describe('a decrease of the sums is a rate below zero', () => {
  it('«Varer reduseres med 2 %», «Maskiner går ned med 1,5 %», «• Varer: forsikringssummen blir 2,0 % lavere»: negative, never read as a rise', () => {
    expect(percents(parse(`${HEAD}Bygninger justeres med 4,2 %.\nVarer reduseres med 2 %.\nMaskiner går ned med 1,5 %.\n`))).toEqual([['bygninger', '4.2'], ['varer', '-2'], ['maskin_losore', '-1.5']]);
    expect(percents(parse(`${HEAD}• Varer: forsikringssummen blir 2,0 % lavere\n`))).toEqual([['varer', '-2']]);
  });
  it('a figure written with its minus stays as written («Varer: - 1,0 %»)', () => {
    expect(percents(parse(`${HEAD}Varer: - 1,0 %\n`))).toEqual([['varer', '-1']]);
  });
});

describe('a deductible\'s percentage is no index rate', () => {
  it('«For Bygning - Sopp og råte blir egenandelen 15 % av erstatningen» under the deductibles of a renewal letter', () => {
    const p = parse('Forsikringsnummer 55501234\n\nFornyelse av bedriftsforsikringen - dette er nytt fra 1. januar 2026\n\nForsikringssummene følger prisutviklingen\nFra 1. januar 2026 justerer vi summene på bygning med 3,0 prosent.\n\nEndringer i egenandeler\nFor Næringsbil - Kasko øker valgt egenandel med kr 2 000.\n\nFor Bygning - Sopp og råte blir egenandelen 15 % av erstatningen.\n');
    expect(percents(p)).toEqual([['bygninger', '3']]);
  });
});

describe('«Indeks:» as the label of a point in an e-mail', () => {
  it('«Indeks: Bygningene på Hanøytangen justeres opp med 3,2 %, maskiner og inventar med 2,5 %, mens varelageret står uendret …»', () => {
    const p = parse('Polisenummer 70-1109-448-2\nForsikringen fornyes 01.01.2026 for ett år.\n\nIndeks: Bygningene på Hanøytangen justeres opp med 3,2 %, maskiner og inventar med 2,5 %,\nmens varelageret står uendret siden det er forsikret på førsterisiko.\n');
    expect(percents(p)).toEqual([['bygninger', '3.2'], ['maskin_losore', '2.5']]);
  });
});

describe('a loss of income among the classes\' index rates', () => {
  const LIST = 'Avtalenummer: 9920 1187 33\n\nHvert år regulerer vi forsikringssummene. Reguleringen gjelder fra hovedforfall 1. januar 2025, med disse satsene:\n\n– Bygninger: 4,2 %\n';
  it('«– Driftstap: 3,0 %» after a property\'s rate is the rate of a thing with no class: other', () => {
    const p = parse(`${LIST}– Driftstap: 3,0 %\n`);
    expect(percents(p)).toEqual([['bygninger', '4.2'], ['other', '3']]);
    expect(p.index_regulation?.rates[1]?.label).toBe('Driftstap');
  });
  it('alone under the index line, or a liability\'s figure in the list, it is not read', () => {
    const alone = parse('Avtalenummer: 9920 1187 33\n\nIndeksregulering fra 01.01.2025:\n\n– Driftstap: 3,0 %\n');
    expect(alone.index_regulation).toBeUndefined();
    expect(percents(parse(`${LIST}– Ansvar: 3,0 %\n`))).toEqual([['bygninger', '4.2']]);
  });
});

describe('the date of the index rates in the heading of the letter\'s changes', () => {
  it('«Nytt frå 1. januar 2025» over «– Indeksregulering bygning 4,2 %»: the rates\' date, and the renewal\'s', () => {
    const p = parse('Avtalenummer: 3391 7720\n\nNytt frå 1. januar 2025\n\nForsikringssummane vert justerte etter prisutviklinga:\n– Indeksregulering bygning 4,2 %\n');
    expect(p.index_regulation?.effective).toBe('2025-01-01');
    expect(p.renewal_date).toBe('2025-01-01');
  });
  it('«Endringer i forsikringene dine fra 01.01.2025» over «• Fritidsbolig: forsikringssummen indeksreguleres med 4,2 %.»', () => {
    const p = parse('Forsikringsnummer 7730 5512 09\n\nEndringer i forsikringene dine fra 01.01.2025\n\n• Fritidsbolig: forsikringssummen indeksreguleres med 4,2 %.\n');
    expect(p.index_regulation).toEqual({ effective: '2025-01-01', rates: [{ object: 'bygninger', label: 'Fritidsbolig', percent: '4.2' }] });
  });
  it('two such headings with different dates: a warning, no date', () => {
    const p = parse('Avtalenummer: 3391 7720\n\nNytt frå 1. januar 2025\n\nIndeksregulering:\n– Bygning 4,2 %\n\nEndringar frå 1. april 2025\n\nVi endrar vilkåra.\n');
    expect(p.index_regulation?.effective).toBeUndefined();
    expect(p.warnings?.join('\n')).toContain('the headings state different dates');
  });
  it('a date the index line states itself comes first', () => {
    const p = parse('Avtalenummer: 3391 7720\n\nNytt frå 1. januar 2025\n\nIndeksregulering fra 01.02.2025:\n– Bygning 4,2 %\n');
    expect(p.index_regulation?.effective).toBe('2025-02-01');
  });
});

describe('rate lines in lower case with dot leaders, one under the other', () => {
  // 51/frende-fornying-nynorsk-2025: «  bygningar ............................ 3,7 %» over «  innbu og lausøyre .................... 3,0 %»
  it('each line is a rate of its own (the second is no wrapped rest of the first)', () => {
    const p = parse('Forsikringsnummer: 2200-71934\n\nIndeksregulering\nForsikringssummane vert justerte frå 1. januar 2027:\n  bygningar ...................... 4,2 %\n  innbu og lausøyre .............. 3,1 %\n');
    expect(p.index_regulation?.rates?.map((r) => [r.object, r.percent])).toEqual([['bygninger', '4.2'], ['innbo', '3.1']]);
    expect(p.warnings).toEqual([]);
  });
});

describe('a rate stated by a sentence that refers back to the sums adjusted before it', () => {
  // 55/tryg-borettslag-fornyelse: «Bygningssummene er justert med byggekostnadsindeksen. Økningen er 4,1 % fra 01.12.2025.»
  it('«Bygningssummene er justert med … . Økningen er 4,1 % …»: the rate of the buildings', () => {
    const p = parse('Avtalenr. 7712 4410\n\nIndeksregulering\nBygningssummene er justert etter byggekostnadsindeksen. Økningen er 3,8 % fra 01.01.2026. Innbo er regulert med 2,2 %.\n');
    expect(percents(p)).toEqual([['bygninger', '3.8'], ['innbo', '2.2']]);
  });
  it('a referring sentence after one that adjusts no named property gives no rate (a warning)', () => {
    const p = parse('Avtalenr. 7712 4410\n\nIndeksregulering\nPrisene er justert etter konsumprisindeksen. Økningen er 3,8 % fra 01.01.2026.\n');
    expect(percents(p)).toBeUndefined();
  });
});

describe('«henholdsvis» after the renewal the rates apply at', () => {
  // (a broker's overview: «Summene for bygning og maskiner er indeksregulert ved fornyelsen 1.4.2025 med henholdsvis 2,6 % og 3,7 %.»)
  it('«… er indeksregulert ved fornyelsen 1.3.2026 med henholdsvis …»: the names in order, and the date', () => {
    const p = parse('Avtalenr. 7712 4410\n\nSummene for bygning og løsøre er indeksregulert ved fornyelsen 1.3.2026 med\nhenholdsvis 3,1 % og 2,4 %.\n');
    expect(percents(p)).toEqual([['bygninger', '3.1'], ['maskin_losore', '2.4']]);
    expect(p.index_regulation?.effective).toBe('2026-03-01');
  });
  it('«… justeres ved hovedforfall med hhv. …», no date', () => {
    const p = parse('Avtalenr. 7712 4410\n\nIndeksregulering\nForsikringssummene for bygninger og varer justeres ved hovedforfall med hhv. 3,1 % og 2,4 %.\n');
    expect(percents(p)).toEqual([['bygninger', '3.1'], ['varer', '2.4']]);
  });
});

describe('a rate whose object a condition names: «Har du … forsikret hos oss, øker denne summen med …»', () => {
  // (a business's index letter: «… og varer reguleres med 2,9 prosent. Har du innbo i fritidsbolig eller personalbolig
  // forsikret hos oss, øker denne summen med 3,2 prosent.»)
  it('the condition\'s thing, before its place, is the rate\'s object', () => {
    const p = parse('Avtalenr. 7712 4410\n\nIndeksregulering\nFra 1. januar 2026 øker vi forsikringssummene for bygninger med 4,0 prosent. Har du innbo i utleieleilighet forsikret hos oss, øker denne summen med 2,7 prosent.\n');
    expect(percents(p)).toEqual([['bygninger', '4'], ['innbo', '2.7']]);
    expect(p.warnings).toEqual([]);
  });
  it('nynorsk, and with the adjusting verb after the sum', () => {
    const p = parse('Avtalenr. 7712 4410\n\nIndeksregulering\nBygningar vert regulerte med 4,0 prosent. Dersom du har lausøyre forsikra hjå oss, vert summen justert med 2,1 prosent.\n');
    expect(percents(p)).toEqual([['bygninger', '4'], ['maskin_losore', '2.1']]);
  });
  it('a condition that names no property class gives no rate (a warning)', () => {
    const p = parse('Avtalenr. 7712 4410\n\nIndeksregulering\nBygninger reguleres med 4,0 prosent. Har du ansvar forsikret hos oss, øker denne summen med 2,7 prosent.\n');
    expect(percents(p)).toEqual([['bygninger', '4']]);
    expect(p.warnings.join('\n')).toMatch(/not read as an index rate/);
  });
});

describe('natural-damage rates of two years each, and a rate the same as before', () => {
  // 54/tryg-naturskadepremie-2025: «Naturskadepremie i 2023 og 2024: 0,065 promille» over «Naturskadepremie i 2025 og 2026: 0,08 promille»
  it('a rate per span of two years: the later span\'s is the rate, the earlier\'s the previous', () => {
    const p = parse('Avtalenr. 7712 4410\n\nNy sats for naturskadepremien\n  Naturskadepremie i 2025 og 2026:   0,08 promille\n  Naturskadepremie i 2027 og 2028:   0,09 promille\n');
    expect(p.natural_damage).toMatchObject({ rate_permille: '0.09', previous_rate_permille: '0.08' });
  });
  // 55/eika-gardsbruk-fornyelse-nynorsk: «Naturskadepremien er 0,08 promille av brannforsikringssummen, same sats som i 2025.»
  it('«…, same sats som i 2025»: the previous rate is the rate itself', () => {
    const p = parse('Avtalenr. 7712 4410\n\nNaturskade\nNaturskadepremien er 0,09 promille av brannforsikringssummen, samme sats som i fjor.\n');
    expect(p.natural_damage).toMatchObject({ rate_permille: '0.09', previous_rate_permille: '0.09' });
  });
  // (the pool's own web page on next year's rate: «Satsen blir … promille av brannforsikringssummen, den samme som i <year> (… promille).»)
  it('«…, den samme som i 2026 (0,09 promille)»: the bracket is the previous rate; another figure there is two rates', () => {
    const same = parse('Avtalenr. 7712 4410\n\nNaturskade\nSatsen blir 0,09 promille av brannforsikringssummen, den samme som i 2026 (0,09 promille).\n');
    expect(same.natural_damage).toMatchObject({ rate_permille: '0.09', previous_rate_permille: '0.09' });
    const other = parse('Avtalenr. 7712 4410\n\nNaturskade\nSatsen blir 0,09 promille av brannforsikringssummen, den samme som i 2026 (0,08 promille).\n');
    expect(other.natural_damage).toBeUndefined();
  });
  it('«…, den samme som i år» says no year before: no previous rate', () => {
    const p = parse('Avtalenr. 7712 4410\n\nNaturskade\nSatsen for naturskadepremien er 0,09 promille av forsikringssummen, den samme som i år.\n');
    expect(p.natural_damage?.previous_rate_permille).toBeUndefined();
  });
});

describe('last year\'s rates said to compare', () => {
  // 54/gjensidige-indeksregulering-2027: «Til sammenligning var reguleringen for bygninger 3,4 % og for innbo 2,6 % i 2026.»
  it('«Til sammenligning var reguleringen for bygninger 3,4 % …» under this year\'s rates: no rate of its own', () => {
    const p = parse(`${HEAD}Bygninger        + 4,1 %\nInnbo og løsøre  + 3,2 %\n\nTil sammenligning var reguleringen for bygninger 3,6 % og for innbo 2,7 % i 2025.\n`);
    expect(percents(p)).toEqual([['bygninger', '4.1'], ['innbo', '3.2']]);
  });
});

describe('letters9: index rates and natural damage in a notice', () => {
  // an index notice: «Forsikringssummen for bygningene dine reguleres med 4,1 prosent. Dette følger» / «Statistisk sentralbyrås …»
  it('a paragraph whose first line holds a sentence end and the next sentence\'s start is running text, not a heading', () => {
    const p = parse(`Polisenummer: KX 55102\n\nIndeksregulering\n\nForsikringssummen for husene dine reguleres med 3,9 prosent. Dette følger\nbyggekostnadene for boliger.\n`);
    expect(percents(p)).toEqual([['bygninger', '3.9']]);
  });
  it('«blir 0,09 promille … fra 2027 (i dag 0,08 promille)»: today\'s rate in brackets is the previous one', () => {
    const p = parse(`Polisenummer: KX 55102\n\nNaturskadepremien blir 0,09 promille av brannforsikringssummen fra 2027 (i dag 0,08 promille).\n`);
    expect(p.natural_damage).toMatchObject({ rate_permille: '0.09', previous_rate_permille: '0.08' });
  });
  // a farm letter's dotted list: «Landbruksmaskinar og lausøyre . 2,6 prosent» between lines with long leaders
  it('a leader of one dot beside lines with long leaders is a leader too', () => {
    const p = parse(`Polisenummer: KX 55102\n\nIndeksregulering\nFrå 1. mars 2027 gjeld desse satsane:\n\n  Bygningar ..................... 3,1 prosent\n  Landbruksmaskinar og reiskap .. 2,4 prosent\n  Driftslausøyre og avlingar .... 2,2 prosent\n  Innbu ......................... 2,9 prosent\n  Varer og produkt i lager av fôr . 2,0 prosent\n`);
    expect(percents(p)?.[0]).toEqual(['bygninger', '3.1']);
    expect(percents(p)?.[1]).toEqual(['maskin_losore', '2.4']);
    expect(percents(p)?.length).toBe(5);
  });
});

describe('rates in a sentence: the forms of renewal letters and broker overviews', () => {
  const read = (line: string) => percents(parse(`${HEAD}${line}\n`));
  it('a list whose preposition is said again, an item a list of its own', () => {
    expect(read('Forsikringssummene for bygning og for maskiner, inventar og løsøre er indeksregulert pr. 01.01.2026 med henholdsvis 3,2 % og 2,9 %.')).toEqual([['bygninger', '3.2'], ['maskin_losore', '2.9']]);
  });
  it('the insurer named as the agent and a date written day/month-year', () => {
    expect(read('- Bygning og maskiner er indeksregulert av Fjordly fra 1/3-26 med hhv. 3,2 % og 2,9 %.')).toEqual([['bygninger', '3.2'], ['maskin_losore', '2.9']]);
  });
  it('«indeksjustert», the verb of some insurers', () => {
    expect(read('Forsikringssummen for bygninger er indeksjustert med 3,2 %.')).toEqual([['bygninger', '3.2']]);
  });
  it('«pr.» before a date ends no sentence', () => {
    expect(read('Summene for bygninger og løsøre er regulert pr. 01.01.26 med henholdsvis 3,2 % og 2,9 %.')).toEqual([['bygninger', '3.2'], ['maskin_losore', '2.9']]);
  });
});

describe('the index date stated by a field of the head, or by the title run into its rates', () => {
  // 113/tryg-melding-indeksregulering-2025: «Indeksdato: 01.01.2025» among the head's fields, the rates under «Fra indeksdatoen …»
  it('«Reguleringsdato: 01.01.2026» among «Avtalenr.:» and «Dato:», the rates under a sentence that names no date', () => {
    const p = parse(
      'Avtalenr.:         7712-30418\nDato:              10.10.2025\nReguleringsdato:   01.01.2026\n\n' +
        'Hvert år justeres forsikringssummene slik at de følger prisutviklingen. Fra reguleringsdatoen gjelder disse satsene:\n\n' +
        'Bygning:                  3,2 prosent\nMaskiner og inventar:     3,9 prosent\n',
    );
    expect(p.index_regulation?.effective).toBe('2026-01-01');
    expect(p.renewal_date).toBe('2026-01-01');
    expect(p.issued).toBe('2025-10-10');
  });
  it('two index date fields that differ: a warning, no date', () => {
    const p = parse('Indeksdato: 01.01.2026\nIndeksdato: 01.02.2026\n\nForsikringssummene justeres slik:\n\nBygning: 3,2 %\n');
    expect(p.index_regulation?.effective).toBeUndefined();
    expect(p.warnings.join('\n')).toContain('index rates: the fields state different dates');
  });
  // 112/aon-megler-forsikringsoversikt-2025: «Indeksregulering 1.1.2025 (Protector): bygning 3,5 %, maskin og løsøre 4,2 %.»
  it('«Indeksjustering 01.01.2026 (If): bygninger 3,2 %, …» under a broker\'s table: the title\'s date', () => {
    const p = parse('Kunde: Vik Sag AS\n\nIndeksjustering 01.01.2026 (If): bygninger 3,2 %, maskiner og løsøre 3,9 %.\n');
    expect(p.index_regulation?.effective).toBe('2026-01-01');
    expect(p.index_regulation?.rates.map((x) => [x.object, x.percent])).toEqual([['bygninger', '3.2'], ['maskin_losore', '3.9']]);
  });
});

describe('a certificate\'s one sum that follows the prices of a property named at the sentence\'s end', () => {
  // (the layout of a contents certificate: bullets of its fields, then «Forsikringssummen er indeksregulert med …, slik at den følger prisutviklingen på …»)
  it('«… indeksregulert med 3,4 % fra 1. februar 2027, slik at den holder tritt med prisutviklingen på innbo og løsøre»: innbo', () => {
    const p = parse('Forsikringsbevis\n\nInnboforsikring\nForsikringsnummer 5520-3381-07\n\nForsikringssummen er indeksregulert med 3,4 % fra 1. februar 2027, slik at den holder tritt med\nprisutviklingen på innbo og løsøre.\n');
    expect(percents(p)).toEqual([['innbo', '3.4']]);
  });
  it('a price development of something no class names gives no rate', () => {
    const p = parse('Forsikringsbevis\n\nForsikringsnummer 5520-3381-07\n\nForsikringssummen er indeksregulert med 3,4 %, slik at den følger prisutviklingen på markedet.\n');
    expect(percents(p) ?? []).toEqual([]);
  });
});
