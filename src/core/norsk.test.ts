import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { InputError } from './errors.js';
import { Decimal } from './money.js';
import { addMonths, anniversary, calendarAge, formatDateNo, parseDate, parseDateValue, parseGAmount, parseNumber, parseNumberValue, parsePercent, parsePermille, tryParseNumber } from './norsk.js';
import { addDecimalText, compareDecimalText, parseGAmountText, parseNumberText, tryParseNumberText } from './norsk-text.js';

const n = (s: string, o?: Parameters<typeof parseNumber>[1]) => parseNumber(s, o).toFixed();

describe('parseNumber: Norwegian forms', () => {
  it.each([
    ['4,5', '4.5'],
    ['0,065', '0.065'],
    ['1 234 567,89', '1234567.89'],
    ['118.620', '118620'],
    ['1.234.567,89', '1234567.89'],
    ['Kr 10 000', '10000'],
    ['kr 10.000,-', '10000'],
    ['kr 10 000,-', '10000'],
    ['kr 10.000,–', '10000'],
    ['10 000 kr', '10000'],
    ['NOK 2 500', '2500'],
    ['kr. 500', '500'],
    ['48000.00', '48000'],
    ['3.5', '3.5'],
    ['0.07', '0.07'],
    ['0', '0'],
    ['007', '7'],
    ['1\u00a0234\u00a0567,89', '1234567.89'], // non-breaking spaces
    ['1\u2009234\u2009567', '1234567'], // thin spaces
    ['1\u202f234', '1234'], // narrow no-break space
    ['  52 600 000  ', '52600000'],
    ['1 234.50', '1234.5'],
    ['+15', '15'],
  ])('%s → %s', (input, want) => expect(n(input)).toBe(want));

  it.each([
    ['', 'empty'],
    ['abc', 'not a number'],
    ['12abc', 'not a number'],
    ['1,2,3', 'more than one decimal comma'],
    ['1 23 456', 'groups of three'],
    ['12 34', 'groups of three'],
    ['1.23.456', 'groups of three'],
    ['1.2345,6', 'groups of three'],
    ['1 234.567,8', 'mixed'],
    ['4,', 'misplaced'],
    [',5', 'misplaced'],
    ['5.', 'misplaced'],
    ['1e5', 'not a number'],
    ['Infinity', 'not a number'],
    ['0x10', 'not a number'],
    ['--5', 'not a number'],
  ])('refuses %j', (input, why) => {
    expect(() => parseNumber(input)).toThrow(InputError);
    expect(() => parseNumber(input)).toThrow(why);
  });

  it('refuses negative amounts unless allowed', () => {
    expect(() => parseNumber('-5')).toThrow('zero or more');
    expect(() => parseNumber('−5')).toThrow('zero or more'); // U+2212
    expect(n('-5,5', { allowNegative: true })).toBe('-5.5');
    expect(n('-0', { allowNegative: true })).toBe('0');
  });

  it('reads a lone dot with three decimals as thousands in documents, and refuses it when typed', () => {
    expect(n('1.500')).toBe('1500');
    expect(() => parseNumber('1.500', { dots: 'strict' })).toThrow('ambiguous: write 1500 for thousands or 1,500 for a decimal');
    expect(n('0.065', { dots: 'strict' })).toBe('0.065'); // a leading zero is never a thousands group
    expect(n('1.50', { dots: 'strict' })).toBe('1.5');
    expect(n('1.000.000', { dots: 'strict' })).toBe('1000000');
    expect(n('kr 10.000,-', { dots: 'strict' })).toBe('10000');
  });

  it('round-trips every amount written the Norwegian way (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 14n }), fc.integer({ min: 0, max: 99 }), (kr, ore) => {
        const grouped = kr.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
        const text = `${grouped},${String(ore).padStart(2, '0')}`;
        expect(parseNumber(text).equals(new Decimal(`${kr}.${String(ore).padStart(2, '0')}`))).toBe(true);
        const dotted = kr.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
        expect(parseNumber(`kr ${dotted},-`).equals(new Decimal(kr.toString()))).toBe(true);
      }),
    );
  });
});

describe('tryParseNumber: the same reading, without an error', () => {
  it('gives what parseNumber gives, and undefined where parseNumber throws', () => {
    const texts = ['4,5', 'kr 10.000,-', '1 234 567,89', '118.620', '-5', '', 'abc', '1,2,3', '12 34', '1.2345', 'Kr 6 000 Kr 10 000'];
    for (const t of texts) {
      let want: string | undefined;
      try {
        want = parseNumber(t).toString();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
      }
      expect(tryParseNumber(t)?.toString(), t).toBe(want);
    }
    expect(tryParseNumber('-5', { allowNegative: true })?.toString()).toBe('-5');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 .,-kr'.split('')), maxLength: 12 }), (t) => {
        let want: string | undefined;
        try {
          want = parseNumber(t).toString();
        } catch {
          want = undefined;
        }
        expect(tryParseNumber(t)?.toString()).toBe(want);
      }),
    );
  });
});

describe('parseNumberValue: YAML/JSON values', () => {
  it('takes numbers and decimal strings', () => {
    expect(parseNumberValue(18000).toFixed()).toBe('18000');
    expect(parseNumberValue(3.5).toFixed()).toBe('3.5');
    expect(parseNumberValue(0.1).toFixed()).toBe('0.1');
    expect(parseNumberValue('18000.50').toFixed()).toBe('18000.5');
    expect(parseNumberValue('18 000,50').toFixed()).toBe('18000.5');
    expect(parseNumberValue(12n).toFixed()).toBe('12');
  });
  it('refuses what is not an amount', () => {
    expect(() => parseNumberValue(-1)).toThrow('zero or more');
    expect(() => parseNumberValue('-1')).toThrow('zero or more');
    expect(() => parseNumberValue(Number.NaN)).toThrow('expected a number');
    expect(() => parseNumberValue(Number.POSITIVE_INFINITY)).toThrow('expected a number');
    expect(() => parseNumberValue(2 ** 60)).toThrow('write it as a string');
    expect(() => parseNumberValue(true)).toThrow('got boolean true');
    expect(() => parseNumberValue(null)).toThrow('got null');
    expect(() => parseNumberValue({})).toThrow('got a mapping');
    expect(() => parseNumberValue([1])).toThrow('got a list');
    expect(() => parseNumberValue('1.500')).toThrow('ambiguous');
  });
});

describe('percent, permille and G', () => {
  it('reads percentages and permille', () => {
    expect(parsePercent('5,2 %').toFixed()).toBe('5.2');
    expect(parsePercent('10,3%').toFixed()).toBe('10.3');
    expect(parsePercent('15 prosent').toFixed()).toBe('15');
    expect(parsePermille('0,065 promille').toFixed()).toBe('0.065');
    expect(parsePermille('0,07 ‰').toFixed()).toBe('0.07');
  });
  it('reads G multiples and ranges', () => {
    const one = parseGAmount('4,50 G');
    expect('g' in one && one.g.toFixed()).toBe('4.5');
    const r = parseGAmount('22-30 G');
    expect('g_min' in r && [r.g_min.toFixed(), r.g_max.toFixed()]).toEqual(['22', '30']);
    const r2 = parseGAmount('1-6,50 G');
    expect('g_min' in r2 && [r2.g_min.toFixed(), r2.g_max.toFixed()]).toEqual(['1', '6.5']);
    const r3 = parseGAmount('1 – 6,5 G');
    expect('g_min' in r3 && r3.g_max.toFixed()).toBe('6.5');
    expect(() => parseGAmount('30-22 G')).toThrow('low-high');
    expect(() => parseGAmount('mange G')).toThrow(InputError);
  });
});

describe('dates', () => {
  it.each([
    ['2024-06-01', '2024-06-01'],
    ['01.06.2024', '2024-06-01'],
    ['1.6.2024', '2024-06-01'],
    ['29.02.2024', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
  ])('%s → %s', (input, want) => expect(parseDate(input)).toBe(want));

  it.each([
    ['2024-02-30', 'February 2024 has 29 days'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['1900-02-29', 'February 1900 has 28 days'],
    ['2024-13-01', 'no month 13'],
    ['2024-00-10', 'no month 0'],
    ['31.04.2024', 'April 2024 has 30 days'],
    ['2024-6-1', 'expected a date'],
    ['06/01/2024', 'expected a date'],
    ['01.06.24', 'expected a date'],
    ['i går', 'expected a date'],
    ['0024-01-01', 'outside 1900–2200'],
  ])('refuses %s', (input, why) => expect(() => parseDate(input)).toThrow(why));

  it('reads YAML values', () => {
    expect(parseDateValue('2024-01-01')).toBe('2024-01-01');
    expect(parseDateValue(new Date(Date.UTC(2024, 0, 1)))).toBe('2024-01-01');
    expect(() => parseDateValue(20240101)).toThrow('expected a date');
  });
});

describe('calendar-exact age', () => {
  it('is exactly N on the Nth anniversary and has started year N+1 the day after', () => {
    expect(calendarAge('2019-03-15', '2024-03-15')).toEqual({ full: 5, exact: true });
    expect(calendarAge('2019-03-15', '2024-03-16')).toEqual({ full: 5, exact: false });
    expect(calendarAge('2019-03-15', '2024-03-14')).toEqual({ full: 4, exact: false });
    expect(calendarAge('2024-03-15', '2024-03-15')).toEqual({ full: 0, exact: true });
  });
  it('counts leap days: an item bought on 29 February has its anniversary on 1 March in common years', () => {
    expect(anniversary('2020-02-29', 1)).toBe('2021-03-01');
    expect(anniversary('2020-02-29', 4)).toBe('2024-02-29');
    expect(calendarAge('2020-02-29', '2021-02-28')).toEqual({ full: 0, exact: false });
    expect(calendarAge('2020-02-29', '2021-03-01')).toEqual({ full: 1, exact: true });
    expect(calendarAge('2020-02-29', '2024-02-29')).toEqual({ full: 4, exact: true });
  });
  it('refuses a loss before the purchase', () => {
    expect(() => calendarAge('2024-01-02', '2024-01-01')).toThrow('before');
  });
  it('full years never decrease as the date moves on (property)', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.integer({ min: 0, max: 4000 }), fc.integer({ min: 0, max: 400 }), (d, a, b) => {
        const iso = (x: Date) => x.toISOString().slice(0, 10);
        const from = iso(d);
        const t1 = iso(new Date(d.getTime() + a * 86400000));
        const t2 = iso(new Date(d.getTime() + (a + b) * 86400000));
        const x = calendarAge(from, t1);
        const y = calendarAge(from, t2);
        expect(y.full).toBeGreaterThanOrEqual(x.full);
      }),
    );
  });
});

describe('norsk-text: the same numbers in machine form, without decimal.js', () => {
  /** Digit strings with leading and trailing zeros, signs and points: every shape the reader builds. */
  const machine = fc
    .tuple(fc.boolean(), fc.string({ unit: fc.constantFrom('0', '0', '1', '5', '9'), minLength: 1, maxLength: 8 }), fc.string({ unit: fc.constantFrom('0', '0', '3', '9'), maxLength: 6 }))
    .map(([neg, i, f]) => `${neg ? '-' : ''}${i}${f ? `.${f}` : ''}`);
  /** The same number as a document writes it (a decimal comma: a point before three digits would be thousands). */
  const read = (s: string) => parseNumberText(s.replace('.', ','), { allowNegative: true });

  it('writes a number as decimal.js writes it (zero as "0", never "-0")', () => {
    fc.assert(
      fc.property(machine, (s) => {
        const d = new Decimal(s);
        expect(read(s)).toBe(d.isZero() ? '0' : d.toFixed());
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads what parseNumber reads, and refuses what it refuses', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 .,-krNOK'.split('')), maxLength: 14 }), fc.boolean(), (t, strict) => {
        const opts = { dots: strict ? ('strict' as const) : ('thousands' as const), allowNegative: true };
        expect(tryParseNumberText(t, opts)).toBe(tryParseNumber(t, opts)?.toFixed());
      }),
      { numRuns: 5_000 },
    );
  });

  it('compares and adds machine decimals exactly', () => {
    expect(compareDecimalText('22', '30')).toBeLessThan(0);
    expect(compareDecimalText('6.5', '6.50')).toBe(0);
    expect(compareDecimalText('-1', '0.5')).toBeLessThan(0);
    expect(addDecimalText(['517.39', '0.61'])).toBe('518');
    expect(addDecimalText([])).toBe('0');
    fc.assert(
      fc.property(machine, machine, fc.array(machine, { maxLength: 5 }), (a, b, xs) => {
        const da = new Decimal(a);
        const db = new Decimal(b);
        expect(Math.sign(compareDecimalText(read(a), read(b)))).toBe(da.comparedTo(db));
        const sum = xs.reduce((acc, x) => acc.plus(x), new Decimal(0));
        expect(addDecimalText(xs.map(read))).toBe(sum.isZero() ? '0' : sum.toFixed());
      }),
      { numRuns: 5_000 },
    );
  });

  it('reads G multiples and ranges as parseGAmount does', () => {
    for (const t of ['4,50 G', '22-30 G', '1-6,50 G', '1 – 6,5 G', '2 til 3 G']) {
      const g = parseGAmount(t);
      const want = 'g' in g ? { g: g.g.toFixed() } : { g_min: g.g_min.toFixed(), g_max: g.g_max.toFixed() };
      expect(parseGAmountText(t)).toEqual(want);
    }
    expect(() => parseGAmountText('30-22 G')).toThrow(InputError);
  });
});

describe('money: at most two decimals as written, and no more digits than are exact', () => {
  const money = (v: unknown) => parseNumberValue(v, { money: true }).toFixed();
  it('accepts kroner with øre in any of the usual forms', () => {
    expect(money('15000')).toBe('15000');
    expect(money('15 000,50')).toBe('15000.5');
    expect(money('15000.10')).toBe('15000.1');
    expect(money('kr 10.000,-')).toBe('10000');
    expect(money(15000)).toBe('15000');
    expect(money(15000.5)).toBe('15000.5');
    expect(money('999999999999999.99')).toBe('999999999999999.99');
  });
  it.each([
    ['1,5000', 'at most two decimals'],
    ['16,990', 'for thousands write 16990'],
    ['15000.125', 'at most two decimals'],
    ['52600000.123', 'at most two decimals'],
    ['15.0000', 'at most two decimals'],
    ['15.000', 'ambiguous'],
    ['1000000000000000', 'at most 15 digits before the decimal point'],
    ['1'.padEnd(45, '0'), 'at most 15 digits'],
  ])('refuses %j (%s), never rounds it', (v, why) => {
    expect(() => money(v)).toThrow(InputError);
    expect(() => money(v)).toThrow(why);
  });
  it('a JavaScript number with more than two decimals is refused as money', () => {
    expect(() => money(15000.125)).toThrow('at most two decimals');
    expect(() => money(1e21)).toThrow('too large');
    expect(() => money(1e-7)).toThrow('write it as a decimal string');
  });
  it('numbers that are not money may have more decimals, up to 20 significant digits', () => {
    expect(parseNumberValue('2,345').toFixed()).toBe('2.345');
    expect(parseNumberValue('0,065').toFixed()).toBe('0.065');
    expect(parseNumberValue('1.1234567890123456789').toFixed()).toBe('1.1234567890123456789');
    expect(() => parseNumberValue('1.123456789012345678901')).toThrow('at most 20 significant digits');
    expect(() => parseNumberValue('123456789012345678901')).toThrow('at most 20 significant digits');
  });
});

describe('dates in Norwegian text and deadlines from a date', () => {
  it('formats 15.03.2024', () => expect(formatDateNo('2024-03-15')).toBe('15.03.2024'));
  it.each([
    ['2024-03-15', 60, '2029-03-15'],
    ['2024-02-29', 60, '2029-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-04-11', 24, '2026-04-11'],
    ['2024-12-31', 36, '2027-12-31'],
  ])('%s + %i months = %s (fristloven § 5)', (d, m, want) => expect(addMonths(d, m)).toBe(want));
});
