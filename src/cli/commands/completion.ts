import { Argument, type Command } from 'commander';

export function registerCompletion(program: Command): void {
  const cmd = program
    .command('completion')
    .addArgument(new Argument('<shell>', 'the shell: bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .description('a shell completion script: commands, options, formats and file names complete with Tab')
    .option('-o, --output <file>', 'write the script to FILE (atomically) instead of stdout');
  cmd.addHelpText(
    'after',
    `
Examples:
  $ source <(skadekalk completion bash)
  $ d=~/.local/share/bash-completion/completions; mkdir -p $d
  $ skadekalk completion bash > $d/skadekalk
  $ skadekalk completion zsh > "\${fpath[1]}/_skadekalk"
  $ skadekalk completion fish > ~/.config/fish/completions/skadekalk.fish`,
  );
  cmd.action(async (shell: 'bash' | 'zsh' | 'fish', _opts, c: Command) => (await import('./completion.run.js')).run(shell, c));
}
