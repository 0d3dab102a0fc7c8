#!/usr/bin/env node
// skadekalk — the installed command (CommonJS: see bin/package.json).
//
// The CLI is built into dist/cli.cjs by `npm run build` (run by `npm ci` through `prepare`).
// It is loaded with the V8 code cache the build wrote next to it, so a start does not re-parse
// and re-compile the bundle; without a usable cache it is simply required.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const file = path.join(__dirname, '..', 'dist', 'cli.cjs');
const cacheFile = `${file}.cache`;

function loadWithCache() {
  const vm = require('node:vm');
  let cachedData;
  try {
    cachedData = fs.readFileSync(cacheFile);
  } catch {
    return null;
  }
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData });
  if (script.cachedDataRejected) return null;
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  script.runInThisContext().call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, path.dirname(file));
  mod.loaded = true;
  return { exports: mod.exports, script };
}

function writeCache(script) {
  const vm = require('node:vm');
  const s = script ?? new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
  const tmp = `${cacheFile}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, s.createCachedData());
  fs.renameSync(tmp, cacheFile);
}

const writing = process.env.SKADEKALK_WRITE_CODE_CACHE === '1';
let loaded = writing ? null : loadWithCache();
let script = null;
if (!loaded) {
  if (writing) {
    const vm = require('node:vm');
    script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file });
    const mod = new Module(file, module);
    mod.filename = file;
    mod.paths = Module._nodeModulePaths(path.dirname(file));
    script.runInThisContext().call(mod.exports, mod.exports, (id) => mod.require(id), mod, file, path.dirname(file));
    loaded = { exports: mod.exports, script };
  } else {
    loaded = { exports: require(file), script: null };
  }
}

// While writing the cache, SKADEKALK_WARM_MORE (a JSON list of argument lists) runs further
// commands in the same process first, so that their code is in the cache too (the build uses it
// for `parse`, whose code a short command never reaches).
async function run() {
  const code = await loaded.exports.main(process.argv);
  if (writing && process.env.SKADEKALK_WARM_MORE) {
    for (const args of JSON.parse(process.env.SKADEKALK_WARM_MORE)) await loaded.exports.main([process.argv[0], process.argv[1], ...args]);
  }
  return code;
}

run().then((code) => {
  process.exitCode = code;
  if (writing) writeCache(script);
});
