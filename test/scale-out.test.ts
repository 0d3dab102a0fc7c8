/**
 * docs/scale-out.md's recipes, run as written: GNU parallel over NDJSON on one machine, and the
 * file shards of the Kubernetes Indexed Job and the AWS Batch array job (their command run for
 * every index here, as the batch system would run it on many machines). Each must give, byte for
 * byte, what one `skadekalk settle --batch` gives.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lexer, type Tokens } from 'marked';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { BIN, REPO, scratch } from './cli-harness.js';

const page = lexer(readFileSync(join(REPO, 'docs', 'scale-out.md'), 'utf8'));
const code = (lang: string, has: string): string => {
  const block = page.find((t): t is Tokens.Code => t.type === 'code' && t.lang === lang && t.text.includes(has));
  if (!block) throw new Error(`docs/scale-out.md has no ${lang} block with «${has}»`);
  return block.text;
};

const hasParallel = spawnSync('parallel', ['--version'], { encoding: 'utf8' }).stdout?.startsWith('GNU parallel') === true;

let work: string;
let env: Record<string, string>;
let oneRun: string;

beforeAll(() => {
  work = scratch();
  const bin = join(work, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'skadekalk'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} "$@"\n`);
  chmodSync(join(bin, 'skadekalk'), 0o755);
  env = { PATH: `${bin}:${process.env.PATH}`, HOME: work, NO_COLOR: '1', TZ: 'Europe/Oslo' };
  // 1 200 claims: the four sample claims again and again, each with an id of its own
  const samples = readFileSync(join(REPO, 'samples', 'claims', 'batch.ndjson'), 'utf8').trim().split('\n');
  const lines: string[] = [];
  for (let i = 0; i < 1200; i++) lines.push(samples[i % samples.length]!.replace(/"id":"([^"]+)"/, `"id":"$1-${String(i).padStart(4, '0')}"`));
  writeFileSync(join(work, 'skader.ndjson'), `${lines.join('\n')}\n`);
  const r = spawnSync('skadekalk', ['settle', '--batch', 'skader.ndjson'], { cwd: work, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  expect(r.status, r.stderr).toBe(0);
  oneRun = r.stdout;
  expect(oneRun.split('\n')).toHaveLength(1201);
}, 120_000);

const bash = (script: string, extra: Record<string, string> = {}) => spawnSync('bash', ['-ec', script], { cwd: work, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 64 << 20 });

describe('scaling out (docs/scale-out.md)', () => {
  it.skipIf(!hasParallel)(`GNU parallel --pipe --keep-order gives one run's bytes${hasParallel ? '' : ' (skipped: GNU parallel is not installed; apt-get install parallel)'}`, () => {
    const recipe = code('sh', 'parallel --pipe');
    // the page's blocks are 10 MB; the test's input is ~400 KB, so 40 KB blocks make ten of them
    const script = recipe.replace('--block 10M', '--block 40k');
    expect(script).not.toBe(recipe);
    const r = bash(`${script}\nparallel --pipe --block 40k wc -l < skader.ndjson | wc -l > blocks.txt`);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(+readFileSync(join(work, 'blocks.txt'), 'utf8')).toBeGreaterThan(5);
    expect(readFileSync(join(work, 'resultater.ndjson'), 'utf8')).toBe(oneRun);
  }, 300_000);

  const jobs: Array<[string, () => string, string]> = [
    ['a Kubernetes Indexed Job', () => {
      const job = YAML.parse(code('yaml', 'completionMode: Indexed')) as { kind: string; spec: { completions: number; completionMode: string; template: { spec: { containers: Array<{ command: string[] }> } } } };
      expect([job.kind, job.spec.completionMode, job.spec.completions]).toEqual(['Job', 'Indexed', 8]);
      return job.spec.template.spec.containers[0]!.command[2]!;
    }, 'JOB_COMPLETION_INDEX'],
    ['an AWS Batch array job', () => {
      const def = JSON.parse(code('json', 'containerProperties')) as { type: string; containerProperties: { command: string[] } };
      expect(def.type).toBe('container');
      expect(code('sh', 'submit-job')).toMatch(/--array-properties size=8/);
      return def.containerProperties.command[2]!;
    }, 'AWS_BATCH_JOB_ARRAY_INDEX'],
  ];
  for (const [what, command, indexVar] of jobs) {
    it(`file shards settled by ${what}, one index after another, give one run's bytes`, () => {
      const data = join(work, what.replace(/\W+/g, '-'));
      mkdirSync(data);
      const split = bash(`cd ${JSON.stringify(data)}\ncp ../skader.ndjson .\n${code('sh', 'split --number')}`);
      expect(split.stderr + split.status).toBe('0');
      const script = command().replaceAll('/data', data);
      expect(script).toContain(indexVar);
      for (let i = 0; i < 8; i++) {
        const r = bash(script, { [indexVar]: String(i) });
        expect(r.stderr, `index ${i}`).toBe('');
        expect(r.status, `index ${i}`).toBe(0);
      }
      const joined = bash(`cd ${JSON.stringify(data)}\n${code('sh', 'cat results/')}\ncat resultater.ndjson`);
      expect(joined.status).toBe(0);
      expect(joined.stdout).toBe(oneRun);
    }, 300_000);
  }
});
