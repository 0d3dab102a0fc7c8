// Preloaded by scripts/regex-census.mjs (node -r): records every regular expression a run executes — its source and
// flags, where it first ran (a TypeScript file and line, with --debug's source maps), how often it ran and matched —
// and writes them as JSON to $REGEX_CENSUS_OUT when the process exits. Replacing RegExp.prototype.exec makes V8 take
// its slow path for test, replace, split and match too, so each of those is counted; the run is slower, its output the same.
'use strict';
const fs = require('node:fs');
const exec = RegExp.prototype.exec;
const seen = new Map();
let inside = false;
RegExp.prototype.exec = function (s) {
  const m = exec.call(this, s);
  if (inside) return m;
  inside = true;
  try {
    // (one entry per source and flags: V8 compiles a pattern once per source and flags, whatever object holds it)
    const key = `${this.flags.replace(/[gy]/g, '')}/${this.source}`;
    let e = seen.get(key);
    if (e === undefined) {
      const frames = new Error().stack.split('\n').slice(2).map((l) => l.trim());
      const where = frames.find((l) => /src\//.test(l)) ?? frames.find((l) => !/<anonymous>|node:/.test(l)) ?? frames[0] ?? '';
      e = { source: this.source, flags: this.flags.replace(/[gy]/g, ''), where: where.replace(/^at /, ''), runs: 0, matches: 0 };
      seen.set(key, e);
    }
    e.runs++;
    if (m !== null) e.matches++;
  } finally {
    inside = false;
  }
  return m;
};
process.on('exit', () => fs.writeFileSync(process.env.REGEX_CENSUS_OUT, JSON.stringify([...seen.values()])));
