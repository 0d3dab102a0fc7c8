import type { Command } from 'commander';
import { CheckFailed, UsageError } from '../../core/errors.js';
import { builtInTerms, DEFAULT_TERMS } from '../../vilkar/load.js';
import { renderTermsList, renderTermsText } from '../../vilkar/text.js';
import type { Terms } from '../../vilkar/types.js';
import { allOptions, serialise, styleFor, type OutputOptions } from '../common.js';
import { readInput } from '../io.js';
import { checkOutputPath, deliver } from '../output.js';
import { isTerminal } from '../style.js';
import { loadTermsSpec } from './terms.load.js';

interface Opts extends OutputOptions {
  from?: string[];
  base?: string;
  name?: string;
  insurer?: string;
  strict?: boolean;
}

export async function run(spec: string | undefined, cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output, [spec, ...(opts.from ?? []), opts.base]);
  if (opts.from !== undefined) return readFrom(spec, opts);
  for (const [option, given] of [['--base', opts.base], ['--name', opts.name], ['--insurer', opts.insurer], ['--strict', opts.strict]] as const) {
    if (given !== undefined) throw new UsageError(`${option} goes with --from DOCUMENT`);
  }
  const format = opts.format ?? 'text';
  const s = await styleFor({ ...opts, format });
  if (spec === undefined) {
    const all = builtInTerms();
    const text = format === 'text' ? renderTermsList(all, await textWidth(opts.output), s) : await serialise(all.map(summary), format);
    deliver(text, opts.output);
    return;
  }
  const terms = await loadTermsSpec(spec);
  deliver(format === 'text' ? renderTermsText(terms, await textWidth(opts.output), s) : await serialise(terms, format), opts.output);
}

function summary(t: Terms) {
  return { name: t.name, title: t.title, insurer: t.insurer, product_line: t.product_line, version: t.version, valid_from: t.valid_from, products: Object.keys(t.products) };
}

async function readFrom(spec: string | undefined, opts: Opts): Promise<void> {
  if (spec !== undefined) throw new UsageError(`give either terms to show ("${spec}") or --from DOCUMENT, not both`);
  const format = opts.format ?? 'yaml';
  const base = await loadTermsSpec(opts.base ?? DEFAULT_TERMS, '--base');
  const { readDocument } = await import('../../parse/input.js');
  const docs = [];
  for (const f of opts.from!) {
    const input = readInput(f, 'conditions document');
    docs.push(await readDocument(input.data, input.name));
  }
  const { readTermsFrom } = await import('../../vilkar/read/index.js');
  const terms = readTermsFrom(docs, base, { name: opts.name, insurer: opts.insurer });
  const s = await styleFor({ ...opts, format });
  deliver(format === 'text' ? renderTermsText(terms, await textWidth(opts.output), s) : await serialise(terms, format), opts.output);
  const n = terms.warnings?.length ?? 0;
  if (opts.strict && n > 0) throw new CheckFailed(`${n} relevant ${n === 1 ? 'line' : 'lines'} could not be read (--strict); see warnings`);
}

/** The width text is wrapped to: COLUMNS when set, else the terminal's, else 80. */
async function textWidth(output: string | undefined): Promise<number> {
  const env = Number(process.env.COLUMNS);
  if (Number.isInteger(env) && env >= 20) return env;
  if ((output === undefined || output === '-') && (await isTerminal(1))) return process.stdout.columns || 80;
  return 80;
}
