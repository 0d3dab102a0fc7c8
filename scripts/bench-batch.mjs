// The settle --batch figures of docs/development.md, run by scripts/bench.mjs (`npm run bench -- --only batch`).
//
// N generated eiendeler claims (scripts/bench-claims.mjs, NDJSON in .bench/, reused) are settled
// by three whole processes, interleaved round by round (reference, one job, two jobs), each
// writing to a file in .bench/:
//   reference   node scripts/bench-settle-reference.mjs CLAIMS   (readline + decimal.js, «id,payout»)
//   one job     skadekalk settle --batch CLAIMS --format csv
//   two jobs    skadekalk settle --batch CLAIMS --format csv --jobs 2
// --format csv because the reference prints only id and payout: csv is settle's one-row-per-claim
// form (id, product, payout, recourse, error, then what is due when), so both sides write about
// the same amount; the default ndjson writes every claim's full statement (~1,2 KB a claim),
// which is other work.
//
// With --batch-csv (opts.csv), a fourth side reads the same claims as CSV (one row per item,
// .bench/claims-v1-N.csv): settle --batch CLAIMS.csv --format csv, one job — the cost of reading
// CSV (csv-parse) beside NDJSON, shown against the same reference; no target of its own, but its
// output must be the one-job NDJSON run's, byte for byte.
//
// Figures: the median wall time of each, the ratios to the reference (the targets), and the peak
// RSS of every run (by /usr/bin/time -f %M where it exists, else a preloaded script that reports
// process.resourceUsage() at exit — RSS is the process's, worker threads included). The CPU time
// (user + system, all threads) is shown beside: on a shared machine it moves much less than the
// wall time when others take the cores, so it tells whether a slow round was the program.
// Checks: every payout equal to the reference's, claim by claim; the two-job output identical to
// the one-job output, byte for byte, in every round.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { ensureClaims, ensureClaimsCsv } from './bench-claims.mjs';

const TIME = '/usr/bin/time';

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

const group = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

/** One whole process, stdout to `out`; its wall time (ms), CPU time (ms) and peak RSS (KB). */
function run(root, env, argv, out, tag) {
  const rssFile = `${root}.bench/rss-${tag}.txt`;
  let cmd = argv;
  const useTime = existsSync(TIME);
  if (useTime) cmd = [TIME, '-f', '%M %U %S', '-o', rssFile, ...argv];
  else {
    const pre = `${root}.bench/maxrss.cjs`;
    writeFileSync(pre, `process.on('exit', () => { const u = process.resourceUsage(); require('fs').writeFileSync(${JSON.stringify(rssFile)}, \`\${u.maxRSS} \${u.userCPUTime / 1e6} \${u.systemCPUTime / 1e6}\`); });\n`);
    cmd = [argv[0], '--require', pre, ...argv.slice(1)];
  }
  const fd = openSync(out, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, env, stdio: ['ignore', fd, 'pipe'], maxBuffer: 16 << 20 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(fd);
  if (r.status !== 0) throw new Error(`${argv.slice(1).join(' ')} exited ${r.status}: ${r.stderr}`);
  const [rss, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
  return { ms, rss, cpu: (user + sys) * 1000 };
}

const sha = (path) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The header of settle's CSV output (src/batch/csv-out.ts, CSV_COLUMNS). */
const HEADER = 'id,product,payout,recourse,error,payable_now,payable_on_repair,payable_on_replacement,payable_on_rebuild';

/** Payouts of `ours` (settle csv) against `ref` (id,payout): the differences, at most 5 shown. */
function comparePayouts(ours, ref) {
  const a = readFileSync(ours, 'utf8').split('\n');
  const b = readFileSync(ref, 'utf8').split('\n');
  if (a[0] !== HEADER) return { count: 0, bad: [`unexpected header ${a[0]}`] };
  const bad = [];
  let count = 0;
  const n = Math.max(a.length - 1, b.length);
  for (let i = 0; i < n; i++) {
    const x = a[i + 1] ?? '';
    const y = b[i] ?? '';
    if (x === '' && y === '') continue;
    count++;
    const [id, , payout, , error] = x.split(',');
    if (`${id},${payout}` !== y || error) {
      if (bad.length < 5) bad.push(`line ${i + 1}: settle «${x}» · reference «${y}»`);
      else bad.length++;
    }
  }
  return { count, bad };
}

/**
 * Run the batch figures; returns the number of figures over target (or failed checks).
 * opts: { root, env, claims, runs }
 */
export function benchBatch({ root, env, claims, runs, csv = false }) {
  const node = process.execPath;
  const file = ensureClaims(claims);
  const rel = file.slice(root.length);
  const size = statSync(file).size;
  const load0 = loadavg()[0];
  const sides = [
    { tag: 'ref', name: 'reference (readline + decimal.js, id,payout)', argv: [node, 'scripts/bench-settle-reference.mjs', rel] },
    { tag: 'one', name: 'settle --batch --format csv', argv: [node, 'bin/skadekalk.js', 'settle', '--batch', rel, '--format', 'csv'] },
    { tag: 'two', name: 'settle --batch --format csv --jobs 2', argv: [node, 'bin/skadekalk.js', 'settle', '--batch', rel, '--format', 'csv', '--jobs', '2'] },
  ];
  if (csv) {
    const csvRel = ensureClaimsCsv(claims).slice(root.length);
    sides.push({ tag: 'csv', name: 'settle --batch CLAIMS.csv --format csv', argv: [node, 'bin/skadekalk.js', 'settle', '--batch', csvRel, '--format', 'csv'] });
  }
  console.log(`\nsettle --batch — ${group(claims)} eiendeler claims (${rel}, ${(size / 1e6).toFixed(0)} MB), median of ${runs} interleaved runs`);
  const times = { ref: [], one: [], two: [], csv: [] };
  const cpu = { ref: [], one: [], two: [], csv: [] };
  const rss = { ref: [], one: [], two: [], csv: [] };
  let over = 0;
  let firstHash;
  let sameJobs = true;
  let sameCsv = true;
  let payoutCheck;
  for (let r = 0; r < runs; r++) {
    for (const s of sides) {
      const out = `${root}.bench/out-${s.tag}.csv`;
      const m = run(root, env, s.argv, out, s.tag);
      times[s.tag].push(m.ms);
      cpu[s.tag].push(m.cpu);
      rss[s.tag].push(m.rss);
    }
    const h1 = sha(`${root}.bench/out-one.csv`);
    if (sha(`${root}.bench/out-two.csv`) !== h1 || (firstHash !== undefined && h1 !== firstHash)) sameJobs = false;
    if (csv && sha(`${root}.bench/out-csv.csv`) !== h1) sameCsv = false;
    firstHash ??= h1;
    if (r === 0) payoutCheck = comparePayouts(`${root}.bench/out-one.csv`, `${root}.bench/out-ref.csv`);
    process.stdout.write(`  round ${r + 1}: ${sides.map((s) => `${s.tag} ${(times[s.tag].at(-1) / 1000).toFixed(2)} s (cpu ${(cpu[s.tag].at(-1) / 1000).toFixed(2)})`).join(' · ')} · load ${loadavg()[0].toFixed(2)}\n`);
  }
  const ref = median(times.ref);
  const refCpu = median(cpu.ref);
  const rows = [
    [sides[0].name, ref, median(cpu.ref), Math.max(...rss.ref), null, null],
    [sides[1].name, median(times.one), median(cpu.one), Math.max(...rss.one), median(times.one) / ref, 1.0],
    [sides[2].name, median(times.two), median(cpu.two), Math.max(...rss.two), median(times.two) / ref, 0.6],
  ];
  // CSV input: shown beside, with no target of its own (the targets are for NDJSON)
  if (csv) rows.push([sides[3].name, median(times.csv), median(cpu.csv), Math.max(...rss.csv), median(times.csv) / ref, Infinity]);
  const RSS_LIMIT = 200 * 1024;
  for (const [name, ms, cpuMs, kb, ratio, target] of rows) {
    const okTime = ratio === null || ratio <= target;
    const okRss = name.startsWith('reference') || kb < RSS_LIMIT;
    if (!okTime || !okRss) over++;
    const r = ratio === null ? ''.padEnd(22) : target === Infinity ? `${ratio.toFixed(2)}×  (no target)    ` : `${ratio.toFixed(2)}×  ≤ ${target.toFixed(1)}×  ${okTime ? 'ok  ' : 'OVER'}`;
    const c = `cpu ${(cpuMs / 1000).toFixed(2).padStart(6)} s${ratio === null ? '       ' : ` ${(cpuMs / refCpu).toFixed(2)}×`}`;
    console.log(`${name.padEnd(46)} ${(ms / 1000).toFixed(2).padStart(6)} s  ${r}  ${c}  peak RSS ${(kb / 1024).toFixed(0).padStart(4)} MB${name.startsWith('reference') ? '' : okRss ? '  < 200 MB ok' : '  ≥ 200 MB OVER'}`);
  }
  const { count, bad } = payoutCheck;
  if (bad.length > 0 || count !== claims) {
    over++;
    console.log(`payouts: ${bad.length} of ${group(count)} differ from the reference (expected ${group(claims)} claims)`);
    for (const b of bad.slice(0, 5)) console.log(`  ${b}`);
  } else console.log(`payouts: all ${group(count)} identical to the reference`);
  if (!sameJobs) over++;
  console.log(`--jobs 2 output: ${sameJobs ? 'identical to one job in every round' : 'DIFFERS from one job'}`);
  if (csv) {
    if (!sameCsv) over++;
    console.log(`CSV input: ${sameCsv ? 'the same output as the NDJSON input in every round' : 'output DIFFERS from the NDJSON input'}`);
  }
  const load1 = loadavg()[0];
  // the load average counts this benchmark's own processes too (up to 2 while --jobs 2 runs)
  const busy = load0 > cpus().length * 0.5;
  console.log(`load average ${load0.toFixed(2)} before, ${load1.toFixed(2)} after (these runs included) on ${cpus().length} cores${busy ? ' — the machine was busy: the wall times are unreliable, run again when it is idle' : ''}`);
  return over;
}
