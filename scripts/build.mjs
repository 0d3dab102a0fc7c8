// Build: bundle the CLI with esbuild into minified CommonJS files — dist/cli.cjs, and one per
// command, dist/cli-<command>.cjs — with the parameter tables (params/*.yaml) turned into data at
// build time. The PDF stack (pdf-parse) is not bundled: it is required from node_modules only
// when a PDF is read.
//
// Start-up: an ESM entry costs Node ~6 ms more than a CommonJS one, and compiling
// the bundle costs more than running it. So the bundles are CommonJS, and the build then runs
// each command to write a V8 code cache for it (dist/cache/<command>.cache), which
// bin/skadekalk.js hands to V8 so that the next start skips parsing and compiling. A cache V8
// rejects (another Node version) is ignored and the bundle compiles normally.
//
// The worker threads of `settle --batch --jobs N` run a bundle of their own, dist/worker.cjs (the
// settlement engine and the batch settler, no commander): it is loaded only by a batch run with
// jobs, so no command's start-up carries it.
//
// The library (`import { settleClaim } from 'skadekalk'`, package.json "exports") is one more
// bundle, dist/index.js, as ESM, with its type declarations written by tsc into dist/types.
//
// Every bundle has a source map (dist/*.map, positions only, no sources inside): with --debug,
// bin/skadekalk.js turns Node's source-map support on, so a stack trace names the TypeScript
// files and lines. A run without --debug never reads a map.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiSourcePlugin, lazyChildProcessPlugin, yamlEsmPlugin, yamlPlugin } from './build-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/**
 * The commands with a bundle of their own, each declared by `register<Name>` in
 * src/cli/commands/<name>.ts. (`completion` reads the whole program, so it runs dist/cli.cjs.)
 */
const COMMANDS = ['parse', 'settle', 'renewal', 'naturskade', 'g', 'params', 'terms'];

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
const options = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.SKADEKALK_NO_MINIFY !== "1", // SKADEKALK_NO_MINIFY=1 for readable profiles
  legalComments: 'none',
  // piscina (the --jobs worker pool) starts its own worker entry, next to itself: required from node_modules
  external: ['pdf-parse', 'pdfjs-dist', 'piscina'],
  define: { __SKADEKALK_VERSION__: JSON.stringify(pkg.version) },
  sourcemap: 'linked',
  keepNames: true, // error class names in --debug traces (a few M instructions of start-up, callgrind)
  sourcesContent: false,
  charset: 'ascii',
  plugins: [yamlPlugin, lazyChildProcessPlugin, asciiSourcePlugin],
  logLevel: 'warning',
};
// The whole CLI (dist/cli.cjs: --help, --version, anything that names no command), and one bundle
// per command (dist/cli-<command>.cjs) with only that command in it: a run that names its
// command (bin/skadekalk.js) then reads and deserialises none of the others' code, which was
// ~6 M instructions of a ~240 M `parse`.
await build({ ...options, entryPoints: { cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts' }, outdir: 'dist', outExtension: { '.js': '.cjs' } });
for (const name of COMMANDS) {
  const register = `register${name[0].toUpperCase()}${name.slice(1)}`;
  await build({
    ...options,
    // (parse only writes YAML: see yamlEsmPlugin)
    plugins: name === 'parse' ? [yamlEsmPlugin, ...options.plugins] : options.plugins,
    // parse: keepNames wraps every function the reader creates, closures in its loops included,
    // in a call that redefines its `name` (an object and a property per closure: ~0,4 MB of the
    // ~6 MB a corpus letter allocates, ~6 M instructions, callgrind); the error classes name
    // themselves (src/core/errors.ts), so a --debug trace reads the same.
    keepNames: name !== 'parse',
    stdin: {
      contents: `import { runCli } from './main.js';\nimport { ${register} } from './commands/${name}.js';\nexport const main = (argv: string[]) => runCli(argv, { ${name}: ${register} });\n`,
      resolveDir: `${root}src/cli`,
      sourcefile: `cli-${name}.ts`,
      loader: 'ts',
    },
    outfile: `dist/cli-${name}.cjs`,
  });
}

// The library: ESM, with a `require` for the CommonJS code it bundles (decimal.js, yaml, ajv).
await build({
  ...options,
  format: 'esm',
  entryPoints: { index: 'src/index.ts' },
  outdir: 'dist',
  plugins: [yamlPlugin, asciiSourcePlugin],
  banner: { js: "import { createRequire as __skadekalkRequire } from 'node:module';\nconst require = __skadekalkRequire(import.meta.url);" },
});
const types = spawnSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, '-p', 'tsconfig.types.json'], { cwd: root, encoding: 'utf8' });
if (types.status !== 0) throw new Error(`build: the type declarations (tsc -p tsconfig.types.json) failed:\n${types.stdout}${types.stderr}`);

// The bundles are pure ASCII (asciiSourcePlugin, in scripts/build-plugins.mjs, says why): checked.
for (const name of ['cli', ...COMMANDS.map((c) => `cli-${c}`)]) {
  const at = readFileSync(new URL(`../dist/${name}.cjs`, import.meta.url), 'utf8').search(/[^\x00-\x7f]/);
  if (at >= 0) throw new Error(`build: dist/${name}.cjs has a non-ASCII character at ${at}; see asciiSourcePlugin`);
}

// One V8 code cache per command (bin/skadekalk.js picks it by the command name): each is warmed
// by running that command on the samples, so it holds just the code that command runs. Output is
// discarded. A command added to the CLI adds its warm-up here; a command without one simply
// compiles at start.
export const WARM = {
  other: [['--version'], ['--help']],
  naturskade: [
    ['naturskade', '--sum', '1000000', '--year', '2025'],
    ['naturskade', '--sum', '1000000', '--rate', '0,07', '--format', 'json'],
  ],
  g: [['g', '4,5', '--date', '2024-06-01'], ['g', '1', '--date', '2024-06-01', '--format', 'json']],
  params: [['params'], ['params', 'g', '--format', 'yaml']],
  terms: [['terms'], ['terms', 'gjensidige-naering-2024'], ['terms', 'gjensidige-naering-2024', '--format', 'yaml']],
  parse: [
    ['parse', 'samples/fornyelse-naering.txt'],
    ['parse', 'samples/forsikringsbevis-naering.txt', '--format', 'json'],
    ['parse', 'samples/yrkesskade-bevis.txt', '--trace'],
    // a long renewal: readers the short samples never reach are in the cache as well
    ['parse', 'test/corpus/long/long-fornyelse-eiendom-2025.txt'],
  ],
  renewal: [
    ['renewal', '--from', 'samples/forsikringsbevis-naering.txt', '--letter', 'samples/fornyelse-naering-2026.txt', '--to', 'samples/forsikringsbevis-naering-2026.txt'],
    ['renewal', '--from', 'samples/forsikringsbevis-naering.txt', '--letter', 'samples/fornyelse-naering-2026.txt', '--format', 'json'],
  ],
  settle: [
    ['settle', 'samples/claims/eiendeler.yaml'],
    ['settle', 'samples/claims/bygning.yaml', '--format', 'json'],
    ['settle', 'samples/claims/motorvogn.yaml', '--format', 'yaml'],
    ['settle', 'samples/claims/arbeidsmaskin.yaml', '--policy', 'samples/policy.yaml'],
  ],
};

mkdirSync(new URL('../dist/cache', import.meta.url), { recursive: true });
for (const [name, runs] of Object.entries(WARM)) {
  const [first, ...more] = runs;
  const warm = spawnSync(process.execPath, ['bin/skadekalk.js', ...first], {
    cwd: root,
    env: { ...process.env, SKADEKALK_WRITE_CODE_CACHE: `${root}dist/cache/${name}.cache`, SKADEKALK_WARM: JSON.stringify(more), NO_COLOR: '1' },
    encoding: 'utf8',
  });
  // exit 1 is a check that found discrepancies (renewal --to): a normal run
  if (warm.status !== 0 && warm.status !== 1) {
    process.stderr.write(`build: warming the code cache of «${name}» failed (the CLI still works, only slower to start):\n${warm.stderr}`);
  }
}
