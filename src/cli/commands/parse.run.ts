import type { Command } from 'commander';
import { parsePolicyDocument } from '../../parse/parse.js';
import { allOptions, serialise, type OutputOptions } from '../common.js';
import { readInput } from '../io.js';
import { checkOutputPath, deliver } from '../output.js';

interface Opts extends OutputOptions {
  trace?: boolean;
}

export async function run(file: string, cmd: Command): Promise<void> {
  const opts = allOptions<Opts>(cmd);
  if (opts.output) checkOutputPath(opts.output, [file]);
  const input = readInput(file, 'policy document');
  const policy = await parsePolicyDocument(input.data, input.name, { trace: opts.trace === true });
  deliver(await serialise(policy, opts.format), opts.output);
}
