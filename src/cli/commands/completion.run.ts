import type { Command } from 'commander';
import { completionScript, type Shell } from '../completion.js';
import { allOptions } from '../common.js';
import { checkOutputPath, deliver } from '../output.js';

export async function run(shell: Shell, cmd: Command): Promise<void> {
  const opts = allOptions<{ output?: string }>(cmd);
  // it reads no file: nothing -o could overwrite
  if (opts.output) checkOutputPath(opts.output, []);
  // the program with every command declared (src/cli/main.ts declares all for `completion`)
  deliver(completionScript(shell, cmd.parent!), opts.output);
}
