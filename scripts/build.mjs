// Build: bundle the CLI with esbuild into one minified CommonJS file, dist/cli.cjs, with the
// parameter tables (params/*.yaml) turned into data at build time. The PDF stack (pdf-parse) is
// not bundled: it is required from node_modules only when a PDF is read.
//
// Start-up (DESIGN §7): an ESM entry costs Node ~6 ms more than a CommonJS one, and compiling
// the bundle costs more than running it. So the bundle is CommonJS, and the build then runs the
// CLI once to write a V8 code cache next to it (dist/cli.cjs.cache), which bin/skadekalk.js
// hands to V8 so that the next start skips parsing and compiling. A cache V8 rejects (another
// Node version) is ignored and the bundle compiles normally.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazyChildProcessPlugin, yamlPlugin } from './build-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: process.env.SKADEKALK_NO_MINIFY !== "1", // SKADEKALK_NO_MINIFY=1 for readable profiles
  legalComments: 'none',
  external: ['pdf-parse', 'pdfjs-dist'],
  define: { __SKADEKALK_VERSION__: JSON.stringify(pkg.version) },
  plugins: [yamlPlugin, lazyChildProcessPlugin],
  logLevel: 'warning',
});

// esbuild escapes non-ASCII characters in strings but not in regular expressions (nor in the
// String.raw sources of `new RegExp`), and one «ø» makes V8 decode the whole ~0,5 MB bundle as
// UTF-8 into a two-byte string on every start (~10 M instructions). Escaped as \uXXXX they match
// the same characters, so the bundle is written as pure ASCII.
const bundle = new URL('../dist/cli.cjs', import.meta.url);
writeFileSync(bundle, readFileSync(bundle, 'utf8').replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));

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
  parse: [
    ['parse', 'samples/fornyelse-naering.txt'],
    ['parse', 'samples/forsikringsbevis-naering.txt', '--format', 'json'],
    ['parse', 'samples/yrkesskade-bevis.txt', '--trace'],
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
