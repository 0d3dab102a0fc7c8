/**
 * The settlement context of a batch (parameter tables, policy), loaded the same way on the main
 * thread and in every worker from the same options — so that each worker settles exactly as one
 * job would. No commander here: the worker bundle does not carry the CLI.
 */
import { InputError } from '../core/errors.js';
import { builtInTables, mergeParams } from '../params/tables.js';
import { previousResults, type Previous, type SettleContext } from '../settle/index.js';
import { readInput } from '../cli/io.js';
import { dirname, isAbsolute, join } from 'node:path';

export interface ContextSpec {
  params?: string | undefined;
  policy?: string | undefined;
  /** settle --terms NAME|FILE: the terms the rules apply (else the policy's `terms:`, else the default). */
  terms?: string | undefined;
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
  await applyTerms(ctx, spec.terms);
  return ctx;
}

/**
 * The terms of a run, read once (a batch's workers each read them once, from the same options):
 * `--terms NAME|FILE`, else the terms the policy names (`terms:` — a built-in name, or a file
 * relative to the policy file), else none set: the rules apply the default built-in terms.
 */
export async function applyTerms(ctx: SettleContext, option: string | undefined): Promise<void> {
  let spec = option;
  let from = '--terms';
  const named = (ctx.policy as { terms?: unknown } | undefined)?.terms;
  if (spec === undefined && named !== undefined && named !== null) {
    if (typeof named !== 'string' || named.trim() === '') throw new InputError(`expected the name of built-in terms or a terms file, got ${JSON.stringify(named)}`, { file: ctx.policyFile, field: 'terms' });
    spec = named;
    from = 'the policy\'s terms';
    const { isBuiltInName } = await import('../vilkar/load.js');
    if (!isBuiltInName(spec) && ctx.policyFile !== undefined && ctx.policyFile !== '-' && !isAbsolute(spec)) spec = join(dirname(ctx.policyFile), spec);
  }
  if (spec === undefined) return;
  const { loadTermsSpec } = await import('../cli/commands/terms.load.js');
  const { conditionsOf } = await import('../settle/conditions.js');
  const { isBuiltInName } = await import('../vilkar/load.js');
  let terms;
  try {
    terms = await loadTermsSpec(spec, from);
  } catch (e) {
    throw e instanceof InputError && option === undefined && ctx.policyFile !== undefined && e.location?.file === undefined ? e.within({ file: ctx.policyFile, field: 'terms' }) : e;
  }
  ctx.conditions = conditionsOf(terms, isBuiltInName(spec) ? undefined : spec);
}

/** Earlier results of claims (settle --previous FILE): JSON, NDJSON or YAML as settle wrote them. */
export async function readPrevious(path: string): Promise<Map<string, Previous>> {
  const file = readInput(path, 'previous results');
  const { decodeText, parseDocument } = await import('../core/data.js');
  return previousResults(decodeText(file.data, file.name), file.name, (t, n) => parseDocument(t, n, { numbers: 'source' }));
}
