/**
 * The settlement context of a batch (parameter tables, policy), loaded the same way on the main
 * thread and in every worker from the same options — so that each worker settles exactly as one
 * job would. No commander here: the worker bundle does not carry the CLI.
 */
import { InputError } from '../core/errors.js';
import { builtInTables, mergeParams } from '../params/tables.js';
import type { SettleContext } from '../settle/index.js';
import { readInput } from '../cli/io.js';

export interface ContextSpec {
  params?: string | undefined;
  policy?: string | undefined;
  gFromPolicy?: boolean | undefined;
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
  return ctx;
}
