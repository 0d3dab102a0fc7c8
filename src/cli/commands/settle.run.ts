import type { Command } from 'commander';
import { InputError, UsageError } from '../../core/errors.js';
import { renderSettlementText, settleClaim, settlementToData, settlementToJson, validateClaim, moneyString, type SettleContext } from '../../settle/index.js';
import { allOptions, serialise, textOutput, type Format, type OutputOptions } from '../common.js';
import { loadTables } from '../calc-options.js';
import { readInput } from '../io.js';
import { checkOutputPath, deliver } from '../output.js';

/** settle's options; --format has no default (text for one claim, ndjson with --batch). */
export interface SettleOpts extends Omit<OutputOptions, 'format'> {
  format?: Format;
  policy?: string;
  gFromPolicy?: boolean;
  batch?: string;
  inputFormat?: 'ndjson' | 'yaml' | 'csv';
  jobs: string;
  expect?: string;
  previous?: string;
  csvSep?: string;
  /** --no-progress: false. */
  progress?: boolean;
}

export async function run(claimPath: string | undefined, cmd: Command): Promise<void> {
  const opts = allOptions<SettleOpts>(cmd);
  if (opts.gFromPolicy && opts.policy === undefined) throw new UsageError('--g-from-policy needs --policy FILE (the schedule that states G)');
  if (opts.batch !== undefined) {
    if (claimPath !== undefined) throw new UsageError(`settle: give one CLAIM or --batch FILE, not both (got ${claimPath} and --batch ${opts.batch})`);
    return (await import('./settle.batch.js')).runBatchCommand(opts);
  }
  if (claimPath === undefined) throw new UsageError('settle: give a CLAIM file (YAML or JSON), or - to read it from stdin, or --batch FILE for many claims');
  if (opts.inputFormat !== undefined) throw new UsageError('--input-format goes with --batch FILE');
  if (cmd.getOptionValueSource('jobs') === 'cli') throw new UsageError('--jobs goes with --batch FILE');
  if (cmd.getOptionValueSource('progress') === 'cli') throw new UsageError('--no-progress goes with --batch FILE');
  const format = opts.format ?? 'text';
  if (opts.csvSep !== undefined && format !== 'csv') throw new UsageError('--csv-sep goes with --format csv');
  if (opts.output) checkOutputPath(opts.output, [claimPath, opts.params, opts.policy, opts.expect, opts.previous]);
  const file = readInput(claimPath, 'claim');
  const { decodeText, parseDocument } = await import('../../core/data.js');
  const source = decodeText(file.data, file.name);
  // one JSON claim per line is a batch (NDJSON), not a malformed YAML document
  if (/^\s*\{.*\}\s*\n\s*\{/.test(source)) throw new InputError('holds one JSON claim per line (NDJSON); settle takes one claim; for many, use --batch', { file: file.name });
  // numbers as written: a claim judges `15.000` by its text, not by the float it would become
  const raw = parseDocument(source, file.name, { numbers: 'source' });
  if (Array.isArray(raw)) throw new InputError('holds a list; settle takes one claim (a mapping with product, date, items …); for many, use --batch', { file: file.name });
  const claim = validateClaim(raw, { file: file.name }, { owned: true });
  const batch = opts.expect !== undefined || format === 'csv' ? await import('./settle.batch.js') : undefined;
  const expected = opts.expect !== undefined ? await batch!.loadExpected(opts.expect) : undefined;
  if (expected !== undefined && claim.id === undefined) throw new InputError('id: missing; --expect compares results by claim id', { file: file.name });

  const ctx: SettleContext = { tables: await loadTables(opts.params) };
  if (opts.policy !== undefined) {
    const { loadPolicy } = await import('../../model/load.js');
    ctx.policy = await loadPolicy(opts.policy);
    ctx.policyFile = opts.policy;
  }
  if (opts.gFromPolicy) ctx.gFromPolicy = true;
  if (opts.previous !== undefined) {
    const { readPrevious } = await import('../../batch/context.js');
    const previous = await readPrevious(opts.previous);
    if (claim.id === undefined) throw new InputError('id: missing; --previous builds on an earlier result of the same claim, matched by id', { file: file.name });
    if (!previous.has(claim.id)) {
      const ids = [...previous.keys()];
      throw new InputError(`holds no earlier result of claim ${claim.id} (it has ${ids.length === 1 ? `claim ${ids[0]}` : `${ids.length} results`})`, { file: opts.previous });
    }
    ctx.previous = previous;
  }
  const settlement = settleClaim(claim, ctx);
  let text: string;
  if (format === 'text') text = await textOutput(opts, (s) => renderSettlementText(settlement, s));
  else if (format === 'ndjson') text = `${settlementToJson(settlement)}\n`;
  else if (format === 'csv') text = batch!.csvResult(settlement, batch!.csvSepOption(opts.csvSep, format));
  else text = await serialise(settlementToData(settlement), format);
  deliver(text, opts.output);
  if (expected !== undefined) batch!.checkOne(expected, settlement.id!, moneyString(settlement.payout));
}
