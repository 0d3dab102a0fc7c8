import type { Command } from 'commander';
import { InputError, UsageError } from '../../core/errors.js';
import { renderSettlementText, settleClaim, settlementToData, validateClaim, type SettleContext } from '../../settle/index.js';
import { allOptions, loadTables, serialise, styleFor, type OutputOptions } from '../common.js';
import { checkOutputPath, deliver, readInput } from '../io.js';

interface Opts extends OutputOptions {
  policy?: string;
  gFromPolicy?: boolean;
}

export async function run(claimPath: string | undefined, cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (claimPath === undefined) throw new UsageError('settle: give a CLAIM file (YAML or JSON), or - to read it from stdin');
  if (opts.output) checkOutputPath(opts.output);
  if (opts.gFromPolicy && opts.policy === undefined) throw new UsageError('--g-from-policy needs --policy FILE (the schedule that states G)');
  const file = readInput(claimPath, 'claim');
  const { decodeText, parseDocument } = await import('../../core/data.js');
  const raw = parseDocument(decodeText(file.data, file.name), file.name);
  if (Array.isArray(raw)) throw new InputError('holds a list; settle takes one claim (a mapping with product, date, items …)', { file: file.name });
  const claim = validateClaim(raw, { file: file.name });

  const ctx: SettleContext = { tables: await loadTables(opts.params) };
  if (opts.policy !== undefined) {
    const { loadPolicy } = await import('../../model/load.js');
    ctx.policy = await loadPolicy(opts.policy);
    ctx.policyFile = opts.policy;
  }
  if (opts.gFromPolicy) ctx.gFromPolicy = true;
  const settlement = settleClaim(claim, ctx);
  const text = opts.format === 'text' ? renderSettlementText(settlement, await styleFor(opts)) : await serialise(settlementToData(settlement), opts.format);
  deliver(text, opts.output);
}
