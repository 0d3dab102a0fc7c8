/**
 * A policy document (PDF or text bytes) → the policy model. The one entry of the parser:
 * `skadekalk parse`, `loadPolicy` and the calculators' `--policy` all come through here.
 */
import type { Policy } from '../model/policy.js';
import { extractPolicy, type ExtractOptions } from './extract.js';
import { readDocument } from './input.js';

export async function parsePolicyDocument(data: Buffer, name: string, opts: ExtractOptions = {}): Promise<Policy> {
  const doc = await readDocument(data, name);
  return extractPolicy(doc, opts);
}
