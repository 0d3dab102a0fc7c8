/**
 * The one way the calculators get a policy (`--policy FILE` of naturskade, settle, renewal):
 *
 * - a policy YAML or JSON — what `skadekalk parse` writes, recognised by its
 *   `schema: skadekalk/policy@1` — is validated against schema/policy.schema.json (and its dates
 *   checked to exist) and returned as it is;
 * - anything else is a policy document (PDF or text) and is parsed.
 *
 * `-` reads stdin. Errors are InputErrors naming the file and the field.
 */
import { InputError } from '../core/errors.js';
import { fieldOf, lazyValidator } from '../core/json-schema.js';
import { describe, parseDate } from '../core/norsk.js';
import { readInput } from '../cli/io.js';
import { extractPolicy, type ExtractOptions } from '../parse/extract.js';
import { isPdf } from '../parse/input.js';
import { decodeDocumentText, sha256, textToSource } from '../parse/text.js';
import { POLICY_SCHEMA_ID, type Policy } from './policy.js';
import schema from '../../schema/policy.schema.json';

/** Read a policy: a policy YAML/JSON (validated) or a document (parsed). */
export async function loadPolicy(path: string, opts: ExtractOptions = {}): Promise<Policy> {
  const file = readInput(path, 'policy');
  return policyFromBytes(file.data, file.name, opts);
}

const SCHEMA_LINE = /^(?:schema:|\s*\{?\s*"schema"\s*:)/m;

export async function policyFromBytes(data: Buffer, name: string, opts: ExtractOptions = {}): Promise<Policy> {
  if (isPdf(data)) {
    const { parsePolicyDocument } = await import('../parse/parse.js');
    return parsePolicyDocument(data, name, opts);
  }
  const text = decodeDocumentText(data, name);
  if (SCHEMA_LINE.test(text) && /^\s*(?:[{#]|---|schema:|[a-z_]+:)/.test(text)) {
    const { parseDocument } = await import('../core/data.js');
    const policy = await validatePolicy(parseDocument(text, name), name);
    // a policy YAML written by hand need not say where it came from: it came from this file
    policy.source ??= { file: name, sha256: sha256(data), kind: 'yaml', pages: 0 };
    policy.warnings ??= [];
    return policy;
  }
  return extractPolicy(textToSource(text, name, sha256(data)), opts);
}

const compiled = lazyValidator(schema as object);

/** Check a parsed policy YAML/JSON against the schema; returns it as a Policy. */
export async function validatePolicy(doc: unknown, name: string): Promise<Policy> {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) {
    throw new InputError(`expected a policy (a mapping with schema: ${POLICY_SCHEMA_ID}), got ${describe(doc)}`, { file: name });
  }
  const s = (doc as Record<string, unknown>).schema;
  if (s !== POLICY_SCHEMA_ID) {
    throw new InputError(`schema ${describe(s)} is not supported; expected ${POLICY_SCHEMA_ID}`, { file: name, field: 'schema' });
  }
  const validate = await compiled();
  if (!validate(doc)) {
    const e = validate.errors?.[0];
    const allowed = e?.params && 'allowedValues' in e.params ? ` (${(e.params.allowedValues as unknown[]).join(', ')})` : '';
    throw new InputError(`does not match the policy schema: ${e?.message ?? 'invalid'}${allowed}`, { file: name, field: fieldOf(e?.instancePath ?? '') });
  }
  const p = doc as Policy;
  const dates: Array<[string, string | undefined]> = [
    ['issued', p.issued],
    ['renewal_date', p.renewal_date],
    ['index_regulation.effective', p.index_regulation?.effective],
  ];
  for (const [field, v] of dates) {
    if (v === undefined) continue;
    try {
      parseDate(v);
    } catch (e) {
      throw e instanceof InputError ? new InputError(e.detail, { file: name, field }) : e;
    }
  }
  return p;
}
