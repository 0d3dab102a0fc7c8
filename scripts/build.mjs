// Build: bundle the CLI with esbuild into one minified CommonJS file, dist/cli.cjs, with the
// parameter tables (params/*.yaml) turned into data at build time. The PDF stack (pdf-parse) is
// not bundled: it is required from node_modules only when a PDF is read.
//
// Start-up (DESIGN §7): an ESM entry costs Node ~6 ms more than a CommonJS one, and compiling
// the bundle costs more than running it. So the bundle is CommonJS, and the build then runs the
// CLI once to write a V8 code cache next to it (dist/cli.cjs.cache), which bin/skadekalk.js
// hands to V8 so that the next start skips parsing and compiling. A cache V8 rejects (another
// Node version) is ignored and the bundle compiles normally.
//
// The worker threads of `settle --batch --jobs N` run a second bundle, dist/worker.cjs (the
// settlement engine and the batch settler, no commander): it is loaded only by a batch run with
// jobs, so the CLI's start-up does not carry it.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lazyChildProcessPlugin, yamlPlugin } from './build-plugins.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', worker: 'src/batch/worker.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  external: ['pdf-parse', 'pdfjs-dist'],
  define: { __SKADEKALK_VERSION__: JSON.stringify(pkg.version) },
  plugins: [yamlPlugin, lazyChildProcessPlugin],
  logLevel: 'warning',
});

// Warm the code cache with a typical short command (its output is discarded).
const warm = spawnSync(process.execPath, ['bin/skadekalk.js', 'naturskade', '--sum', '1000000', '--rate', '0,07'], {
  cwd: root,
  env: { ...process.env, SKADEKALK_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
  encoding: 'utf8',
});
if (warm.status !== 0) {
  process.stderr.write(`build: warming the code cache failed (the CLI still works, only slower to start):\n${warm.stderr}`);
}
