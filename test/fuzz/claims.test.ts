/**
 * Fuzz: malformed claims, parameter, object and policy files (issue 14, items 3 and 6).
 *
 * In-process properties (fast, many runs): whatever the bytes, reading and settling a claim ends
 * in a result or an InputError — anything else is «internal error», exit 70. Through the CLI: the
 * recursive alias, deep nesting and `__proto__` in every file a command reads, and counts that a
 * JavaScript number would change.
 */
import fc from 'fast-check';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText, parseDocument } from '../../src/core/data.js';
import { InputError } from '../../src/core/errors.js';
import { builtInTables } from '../../src/params/tables.js';
import { settleClaim, validateClaim } from '../../src/settle/index.js';
import { cli, expectInputError, fcParams, inScratch, REPO } from './harness.js';

const CLAIM = {
  id: 'K-1',
  product: 'eiendeler',
  date: '2024-03-15',
  deductible: '1000',
  sum_insured: '100000',
  items: [{ description: 'Sag', category: 'handverktoy', new_price: '5000', age_years: '1' }],
};

/** Read and settle one claim file's bytes as `settle CLAIM` does; what it throws, if anything. */
function settleBytes(bytes: Uint8Array): unknown {
  try {
    const raw = parseDocument(decodeText(bytes, 'c.yaml'), 'c.yaml');
    settleClaim(validateClaim(raw, { file: 'c.yaml' }), { tables: builtInTables() });
    return undefined;
  } catch (e) {
    return e;
  }
}

/** A thrown value that is not an InputError, described for the failure message. */
function notInputError(e: unknown): string | undefined {
  if (e === undefined || e instanceof InputError) return undefined;
  return e instanceof Error ? `${e.name}: ${e.message}\n${e.stack}` : String(e);
}

/** JSON-ish values of every kind a hostile claim may hold in a field. */
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.integer(),
  fc.double(),
  fc.bigInt().map((n) => n.toString()),
  fc.constantFrom('9007199254740993', '1e23', '100000000000000000000000', '-0', 'NaN', 'Infinity', '1.500', '16,990', '0x10', ' 12 ', '١٢٣'),
  fc.constantFrom(null, true, false, [], {}, [[[[]]]], { __proto__: null, x: 1 }),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
);

const FIELDS = ['id', 'product', 'date', 'deductible', 'sum_insured', 'price_increase', 'items', 'coverage', 'odometer_km', 'days', 'daily_loss'];
const ITEM_FIELDS = ['description', 'category', 'new_price', 'age_years', 'purchased', 'repair_cost', 'lifetime_years'];

describe('fuzz: a claim ends in a settlement or a one-line input error, never an internal error', () => {
  it('any field of a claim replaced by any value (as JSON and as YAML)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), hostileValue, fc.constantFrom(...ITEM_FIELDS), hostileValue, fc.boolean(), (field, value, itemField, itemValue, asYaml) => {
        const claim = structuredClone(CLAIM) as Record<string, unknown>;
        claim[field] = value;
        if (Array.isArray(claim.items) && claim.items[0] && typeof claim.items[0] === 'object') (claim.items[0] as Record<string, unknown>)[itemField] = itemValue;
        let text = JSON.stringify(claim);
        if (asYaml) text = text.replace(/^\{/, '').replace(/\}$/, '').replace(/,"/g, '\n"'); // a YAML mapping, roughly
        expect(notInputError(settleBytes(Buffer.from(text)))).toBeUndefined();
      }),
      fcParams(300),
    );
  });

  it('a valid claim file with bytes flipped, cut or inserted', () => {
    const yaml = Buffer.from(
      'id: K-1\nproduct: eiendeler\ndate: 2024-03-15\ndeductible: "1000"\nsum_insured: "100000"\nitems:\n  - description: Sag\n    category: handverktoy\n    new_price: "5000"\n    age_years: 1\n',
    );
    const edit = fc.oneof(
      fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('&a [*a]', '*a', '!!js/function x', '{', '[', '"', "'", '\t', '---\n', '? ', '- ', '<<: *a', '__proto__: {}', '\u200b', '\ufeff', '\u0000') }),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 4 }), (edits) => {
        let b = Buffer.from(yaml);
        for (const e of edits) {
          const at = e.at % (b.length + 1);
          if (e.kind === 'flip' && at < b.length) b[at] = e.byte;
          else if (e.kind === 'cut') b = b.subarray(0, at);
          else if (e.kind === 'insert') b = Buffer.concat([b.subarray(0, at), Buffer.from(e.text), b.subarray(at)]);
        }
        expect(notInputError(settleBytes(b))).toBeUndefined();
      }),
      fcParams(300),
    );
  });

  it('nesting of any depth, and aliases that refer to what contains them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.constantFrom('[', '{"a":', '- '), fc.boolean(), (depth, open, recursive) => {
        let text: string;
        if (open === '- ') text = Array.from({ length: Math.min(depth, 500) }, (_, i) => `${' '.repeat(2 * i)}- `).join('\n') + 'x\n';
        else text = open.repeat(depth) + '1' + (open === '[' ? ']' : '}').repeat(depth);
        if (recursive) text = `items: &a [${text}, *a]\n`;
        expect(notInputError(settleBytes(Buffer.from(text)))).toBeUndefined();
      }),
      fcParams(50),
    );
  });
});

describe('fuzz: counts that pass through a JavaScript number are exact or refused (issue 14, item 6)', () => {
  // odometer_km and total_weight_kg are counts (whole numbers) of a motorvogn claim
  const motor = (v: string) =>
    `id: M-1\nproduct: motorvogn\ndate: 2024-03-15\ncoverage: kasko\ndeductible: "1000"\nsum_insured: "100000"\nodometer_km: ${v}\nitems: [{description: Dør, cost: "1000"}]\n`;

  it('a whole number, written bare (a YAML number) or quoted: read exactly, or refused', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.boolean(), (n, quoted) => {
        const text = motor(quoted ? `"${n}"` : `${n}`);
        let claim;
        try {
          claim = validateClaim(parseDocument(text, 'm.yaml'), { file: 'm.yaml' });
        } catch (e) {
          expect(e).toBeInstanceOf(InputError);
          return;
        }
        const read = (claim as unknown as { odometer_km: unknown }).odometer_km;
        expect(BigInt(String(read)), `odometer_km ${n} read as ${String(read)}`).toBe(n);
      }),
      fcParams(200),
    );
  });

  it.each([['9007199254740993'], ['100000000000000000000000'], ['1e23']])('odometer_km: %s is refused by the CLI, not rounded', (n) => {
    inScratch((dir) => {
      writeFileSync(join(dir, 'm.yaml'), motor(n));
      expectInputError(cli(['settle', 'm.yaml', '--format', 'json'], { cwd: dir }), /m\.yaml: .*odometer_km/);
    });
  });

  it.each([
    [['settle', '--batch', '-', '--jobs', '9007199254740993'], /--jobs/],
    [['naturskade', '--sum', '1000000', '--year', '20240000000000000000000'], /--year/],
  ])('an option with a huge count: %j is refused', (args, message) => {
    expectInputError(cli(args, { stdin: '{}\n' }), message);
  });
});

/** Each file a command reads from the user, with the command that reads it. */
const READERS: Array<{ what: string; file: string; args: (f: string) => string[]; wrap?: (content: string) => string }> = [
  { what: 'a claim', file: 'c.yaml', args: (f) => ['settle', f] },
  { what: '--params', file: 'p.yaml', args: (f) => ['naturskade', '--sum', '1000000', '--year', '2024', '--params', f] },
  { what: '--objects', file: 'o.yaml', args: (f) => ['naturskade', '--objects', f, '--year', '2024'] },
  {
    what: '--policy',
    file: 'pol.yaml',
    args: (f) => ['naturskade', '--policy', f],
    // a policy YAML says so on its schema line (without one the file is read as a policy document)
    wrap: (c) => (c.startsWith('{') ? c.replace('{', '{"schema": "skadekalk/policy@1", ') : c.startsWith('schema:') ? c : `schema: skadekalk/policy@1\n${c}`),
  },
  { what: '--expect', file: 'e.yaml', args: (f) => ['settle', '{repo}/samples/claims/eiendeler.yaml', '--expect', f] },
];

describe('issue 14, item 3: one bad YAML/JSON file is a one-line error naming it (exit 2), in every reader', () => {
  const BAD: Array<[string, string, RegExp]> = [
    ['a recursive alias', 'a: &a [*a]\n', /recursive alias/],
    ['a recursive alias under a policy schema line', 'schema: skadekalk/policy@1\na: &a [*a]\n', /recursive alias/],
    ['an alias bomb', 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n', /alias/],
    ['JSON nested 100 000 deep', `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /nests lists and mappings/],
    ['YAML flow nested 10 000 deep', `a: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`, /nests lists and mappings/],
    ['a __proto__ key', '{"__proto__": {"polluted": true}, "a": 1}', /__proto__/],
  ];
  // every reader with the recursive alias of the issue; one reader with every kind of bad file
  // (they share src/core/data.ts): each case is a process, and the suite should stay quick
  const cases = [...READERS.map((r) => [r, BAD[0]!] as const), ...BAD.slice(1).map((b) => [READERS[0]!, b] as const)];
  for (const [r, [name, content, message]] of cases) {
    it(`${r.what}: ${name}`, () => {
      inScratch((dir) => {
        writeFileSync(join(dir, r.file), r.wrap ? r.wrap(content) : content);
        const run = cli(r.args(r.file).map((a) => a.replace('{repo}', REPO)), { cwd: dir });
        expectInputError(run, new RegExp(`^skadekalk: ${r.file.replace('.', '\\.')}: .*${message.source}`));
      });
    });
  }
});
