/**
 * loadPolicy: the policy model a calculator works from (`--policy FILE`).
 *
 * This version reads policy YAML only (`schema: skadekalk/policy@1`, as `parse` writes it); the
 * parser's version, which also parses a document on the fly, replaces it with the same signature.
 */
import { readFileSync, statSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { describe } from '../core/norsk.js';
import { POLICY_SCHEMA_ID, type Policy } from './policy.js';

function readFile(path: string): Buffer {
  let st;
  try {
    st = statSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file (policy)' : `cannot read policy: ${(e as Error).message}`, { file: path });
  }
  if (st.isDirectory()) throw new InputError('is a directory; expected a file (policy)', { file: path });
  try {
    return readFileSync(path);
  } catch (e) {
    throw new InputError(`cannot read policy: ${(e as Error).message}`, { file: path });
  }
}

export async function loadPolicy(path: string): Promise<Policy> {
  const data = readFile(path);
  const { decodeText, parseDocument } = await import('../core/data.js');
  const doc = parseDocument(decodeText(data, path), path);
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc) || (doc as Record<string, unknown>).schema !== POLICY_SCHEMA_ID) {
    throw new InputError(`not a policy YAML (expected "schema: ${POLICY_SCHEMA_ID}" at the top)`, { file: path });
  }
  const p = doc as Record<string, unknown>;
  if (p.coverages !== undefined && p.coverages !== null) {
    if (!Array.isArray(p.coverages)) throw new InputError(`expected a list of coverages, got ${describe(p.coverages)}`, { file: path, field: 'coverages' });
    p.coverages.forEach((c, i) => {
      if (c === null || typeof c !== 'object' || Array.isArray(c)) throw new InputError(`expected a coverage mapping, got ${describe(c)}`, { file: path, field: `coverages[${i}]` });
      const product = (c as Record<string, unknown>).product;
      if (typeof product !== 'string' || product.trim() === '') throw new InputError(`expected the coverage's product name, got ${describe(product)}`, { file: path, field: `coverages[${i}].product` });
      const items = (c as Record<string, unknown>).items;
      if (items !== undefined && items !== null && !Array.isArray(items)) throw new InputError(`expected a list of schedule rows, got ${describe(items)}`, { file: path, field: `coverages[${i}].items` });
    });
  }
  p.warnings ??= [];
  p.source ??= { file: path, sha256: '', kind: 'yaml', pages: 0 };
  return p as unknown as Policy;
}
