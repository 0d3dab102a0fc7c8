/**
 * The settlement context of a batch (parameter tables, policy), loaded the same way on the main
 * thread and in every worker from the same options — so that each worker settles exactly as one
 * job would. No commander here: the worker bundle does not carry the CLI.
 */
import { InputError } from '../core/errors.js';
import { builtInTables, mergeParams } from '../params/tables.js';
import { previousResults, type Previous, type SettleContext } from '../settle/index.js';
import { readInput } from '../cli/io.js';

export interface ContextSpec {
  params?: string | undefined;
  policy?: string | undefined;
  gFromPolicy?: boolean | undefined;
  /** Earlier results by claim id (settle --previous FILE). */
  previous?: string | undefined;
}

export async function loadContext(spec: ContextSpec): Promise<SettleContext> {
  let tables = builtInTables();
  if (spec.params !== undefined) {
    const file = readInput(spec.params, 'parameter file');
    const { decodeText, parseDocument } = await import('../core/data.js');
    const doc = parseDocument(decodeText(file.data, file.name), file.name);
    try {
      tables = mergeParams(tables, doc, file.name);
    } catch (e) {
      throw e instanceof InputError ? e.within({ file: file.name }) : e;
    }
  }
  const ctx: SettleContext = { tables };
  if (spec.policy !== undefined) {
    const { loadPolicy } = await import('../model/load.js');
    ctx.policy = await loadPolicy(spec.policy);
    ctx.policyFile = spec.policy;
  }
  if (spec.gFromPolicy) ctx.gFromPolicy = true;
  if (spec.previous !== undefined) ctx.previous = await readPrevious(spec.previous);
  return ctx;
}

/** Earlier results of claims (settle --previous FILE): JSON, NDJSON or YAML as settle wrote them. */
export async function readPrevious(path: string): Promise<Map<string, Previous>> {
  const file = readInput(path, 'previous results');
  const { decodeText, parseDocument } = await import('../core/data.js');
  return previousResults(decodeText(file.data, file.name), file.name, (t, n) => parseDocument(t, n, { numbers: 'source' }));
}
