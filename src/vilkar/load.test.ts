import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { InputError } from '../core/errors.js';
import { builtInNames, builtInTerms, DEFAULT_TERMS, findBuiltIn, validateTerms } from './load.js';
import type { Terms } from './types.js';

const shipped = (): Terms => structuredClone(findBuiltIn(DEFAULT_TERMS)!);

async function refused(t: unknown): Promise<string> {
  try {
    await validateTerms(t, 'mine.yaml');
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('accepted');
}

describe('built-in terms', () => {
  it('ships gjensidige-naering-2024 as the default', () => {
    expect(builtInNames()).toContain(DEFAULT_TERMS);
    expect(builtInNames()[0]).toBe(DEFAULT_TERMS);
  });

  it.each(builtInTerms().map((t) => [t.name, t] as const))('%s validates against schema/terms.schema.json and its own checks', async (_name, t) => {
    await expect(validateTerms(structuredClone(t), `${t.name}.yaml`)).resolves.toBeDefined();
  });

  it('is the YAML file as written (the build turns it into data unchanged)', () => {
    const text = readFileSync(new URL('../../terms/gjensidige-naering-2024.yaml', import.meta.url), 'utf8');
    expect(findBuiltIn(DEFAULT_TERMS)).toEqual(YAML.parse(text));
  });

  it('cites every number of the conditions with a clause and a document', () => {
    // every leaf value sits in an object that has a clause and a document, or in a table that has them
    const missing: string[] = [];
    const visit = (v: unknown, path: string, ref: boolean) => {
      if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`, ref));
      else if (v !== null && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        const here = ref || (typeof o.clause === 'string' && typeof o.document === 'string');
        for (const [k, x] of Object.entries(o)) visit(x, `${path}.${k}`, here);
      } else if (!ref) missing.push(path);
    };
    visit(shipped().products, 'products', false);
    expect(missing).toEqual([]);
  });
});

describe('a terms file a user writes', () => {
  it('is refused with the field and what was expected', async () => {
    const t = shipped() as unknown as { products: { eiendeler: { age_deduction: { rows: Array<Record<string, unknown>> } } } };
    t.products.eiendeler.age_deduction.rows[0]!.percent = 10;
    expect(await refused(t)).toBe('mine.yaml: products.eiendeler.age_deduction.rows[0].percent: does not match the terms schema: expected a percentage from 0 to 100 as a decimal string like "10", got number 10');
  });

  it('names an unknown key', async () => {
    const t = shipped() as unknown as Record<string, Record<string, Record<string, unknown>>>;
    t.products!.eiendeler!.aldersfradrag = {};
    expect(await refused(t)).toMatch(/products\.eiendeler: does not match the terms schema: unknown key "aldersfradrag"$/);
  });

  it('refuses another schema, and a value citing a document the file does not list', async () => {
    expect(await refused({ ...shipped(), schema: 'skadekalk/policy@1' })).toMatch(/schema: schema "skadekalk\/policy@1" is not supported; expected skadekalk\/terms@1/);
    const t = shipped();
    t.products.eiendeler!.lifetime!.factor!.document = 'vilkar2025';
    expect(await refused(t)).toMatch(/products\.eiendeler\.lifetime\.factor\.document: cites document "vilkar2025", which the terms do not list \(documents: naering, personal\)/);
  });

  it('refuses two rows with one key, odometer bands with a gap, and a date that does not exist', async () => {
    const a = shipped();
    a.products.eiendeler!.age_deduction!.rows[1]!.key = 'elektrisk';
    expect(await refused(a)).toMatch(/age_deduction\.rows\[1\]\.key: key "elektrisk" is listed twice/);
    const b = shipped();
    b.products.motorvogn!.maskinskade_deductible!.rows[1]!.from_km = 130000;
    expect(await refused(b)).toMatch(/maskinskade_deductible\.rows\[1\]\.from_km: expected 120000 \(the bands must follow each other/);
    const c = shipped();
    c.products.behandling!.from!.value = '2024-02-30';
    expect(await refused(c)).toMatch(/products\.behandling\.from\.value: /);
  });

  it('accepts the shipped terms written back as YAML (a round trip)', async () => {
    const text = YAML.stringify(shipped());
    await expect(validateTerms(YAML.parse(text), 'x.yaml')).resolves.toEqual(shipped());
  });
});
