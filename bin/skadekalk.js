#!/usr/bin/env node
// skadekalk — the installed command (CommonJS: see bin/package.json).
//
// The CLI is built into dist/cli.cjs by `npm run build` (run by `npm ci` through `prepare`), and
// once more per command into dist/cli-<command>.cjs, holding only that command's code.
// Start-up: compiling the bundle costs more than running a short command, so the
// build writes one V8 code cache per command (dist/cache/<command>.cache, warmed by running that
// command on the samples), and this file loads the command's own bundle and hands its cache to
// V8: only the functions that command uses are deserialised. A missing cache, or one V8 rejects
// (another Node version), means a normal compile — never a failure.
//
// With --debug the bundle is loaded by require() instead, after Node's source-map support is
// turned on, so that a stack trace names the TypeScript files and lines (dist/*.map); only such
// a run pays for reading the map.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
// The CommonJS Module class, as `require('node:module')` exports it; requiring that module would
// also load Node's ESM loader, which a start of this CLI never uses.
const Module = module.constructor;

const dist = path.join(__dirname, '..', 'dist');

/** The command named on the command line (its first word that is not an option). */
function commandOf(argv) {
  for (const a of argv.slice(2)) if (!a.startsWith('-')) return /^[a-z]+$/.test(a) ? a : 'other';
  return 'other';
}

/** A file of dist/, or undefined when it is not there (read, not tested first: one call, not two). */
function readDist(name, encoding) {
  try {
    return fs.readFileSync(path.join(dist, name), encoding);
  } catch {
    return undefined;
  }
}

let command = commandOf(process.argv);
/** The command's own bundle, or the whole CLI (--help, --version, `help`, `completion`, a typo). */
let bundle = command === 'other' ? undefined : `cli-${command}.cjs`;
let source = bundle === undefined ? undefined : readDist(bundle, 'utf8');
if (source === undefined) {
  bundle = 'cli.cjs';
  command = 'other'; // and its code cache
  source = readDist(bundle, 'utf8');
}
if (source === undefined) {
  // a checkout without its build (or a failed one): say what to run, not a stack trace
  fs.writeSync(2, `skadekalk: not built: run \`npm ci\` (or \`npm run build\`) in ${path.join(__dirname, '..')}\n`);
  process.exit(70);
}
const file = path.join(dist, bundle);

// parse: V8 runs a regular expression first in its interpreter and compiles it to machine code on
// its second run, so most of the reader's patterns were compiled twice. Compiled once, straight to
// machine code, a parse of the 110 KB corpus letter runs ~27 M instructions fewer (callgrind,
// node:v8's own load counted; a PDF parse is not slower). The flag is set before the bundle
// compiles: V8 accepts a code cache only under the flags it was written with (the build writes
// ours through this same file), and so are node:vm and node:crypto loaded first, whose built-in
// code caches were written under Node's default flags (loaded after, they compile: ~12 M).
//
// And the young generation stays at its first size: V8 doubles it after a collection that keeps most
// of what it holds (the module's tables and the document's lines do survive), and the new pages cost
// a page fault each on first touch (~11 µs here). Kept small, a parse of the corpus letter takes
// ~540 fewer faults (5 520 → 4 980, `/usr/bin/time -f %R`) and ~3 M fewer instructions; `npm run
// bench` on an idle machine, 3 December 2026: 2,82×/3,17× → 2,82×/2,62× (two runs each), the
// 30-page PDF 1,01× → 1,00×.
if (command === 'parse') {
  require('node:vm');
  require('node:crypto');
  require('node:v8').setFlagsFromString('--no-regexp-tier-up');
  require('node:v8').setFlagsFromString('--semi-space-growth-factor=1');
}

function compile(cachedData) {
  const vm = require('node:vm');
  return new vm.Script(Module.wrap(source), { filename: file, cachedData });
}

function evaluate(script) {
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(dist);
  script.runInThisContext().call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, dist);
  mod.loaded = true;
  return mod.exports;
}

// The build sets SKADEKALK_WRITE_CODE_CACHE to the cache file to write, and SKADEKALK_WARM to a
// JSON list of further argument lists run in the same process before the cache is written.
const writeTo = process.env.SKADEKALK_WRITE_CODE_CACHE;
let script = null;
let cli;
if (process.argv.includes('--debug') && !writeTo) {
  process.setSourceMapsEnabled(true);
  cli = require(file);
} else if (writeTo) {
  script = compile(undefined);
  cli = evaluate(script);
} else {
  // no cache for this command (or one V8 rejects): the bundle compiles as it would under require
  cli = evaluate(compile(readDist(`cache/${command}.cache`)));
}
// A PDF is the other way round: pdf.js allocates far more than it keeps, and a young generation held
// at its first size is collected over and over — on the 30-page bench PDF the collector took ~120 ms
// of a ~600 ms parse (--cpu-prof), against ~45 ms for pdf-parse's getText alone. So for a file named
// *.pdf the growth is given back (V8's default factor, 2) after the bundle has compiled: the flags the
// code cache was written under stay those of the compile. A PDF read from stdin keeps the text setting
// (slower, not wrong).
if (command === 'parse' && process.argv.some((a) => /\.pdf$/i.test(a))) require('node:v8').setFlagsFromString('--semi-space-growth-factor=2');

async function run() {
  const code = await cli.main(process.argv);
  if (writeTo) {
    for (const args of JSON.parse(process.env.SKADEKALK_WARM || '[]')) await cli.main([process.argv[0], process.argv[1], ...args]);
    const tmp = `${writeTo}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, script.createCachedData());
    fs.renameSync(tmp, writeTo);
  }
  return code;
}

run().then((code) => {
  process.exitCode = code;
});
