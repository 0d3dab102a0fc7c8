import type { Command } from 'commander';
import { extractPolicy } from '../../parse/extract.js';
import { readDocument } from '../../parse/input.js';
import { allOptions, serialise, type OutputOptions } from '../common.js';
import { checkOutputPath, deliver, readInput } from '../io.js';
import { compileRegExpsOnce } from '../regexp-tier.js';

interface Opts extends OutputOptions {
  trace?: boolean;
}

export async function run(file: string, cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output);
  const input = readInput(file, 'policy document');
  // (parsePolicyDocument's two steps: the PDF stack, when it is needed, loads Node modules, which
  // must come before compileRegExpsOnce)
  const doc = await readDocument(input.data, input.name);
  compileRegExpsOnce();
  const policy = extractPolicy(doc, { trace: opts.trace === true });
  deliver(await serialise(policy, opts.format), opts.output);
}
