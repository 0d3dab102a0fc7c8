import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLimits } from '../core/limits.js';
import { openAtomic, readInput, readLimitsFromEnv } from './io.js';

describe('openAtomic', () => {
  it('writes a named pipe directly (a rename would replace the pipe itself)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'skadekalk-io-'));
    try {
      const fifo = join(dir, 'out.fifo');
      if (spawnSync('mkfifo', [fifo]).status !== 0) return; // no mkfifo here: nothing to test
      const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
      const out = openAtomic(fifo);
      out.write('hei\n');
      out.commit();
      const buf = Buffer.alloc(16);
      const n = readSync(reader, buf);
      closeSync(reader);
      expect(buf.subarray(0, n).toString()).toBe('hei\n');
      expect(statSync(fifo).isFIFO()).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('readInput: bounded by the input limit', () => {
  // readInput takes the limits from the environment on its first call; then setLimits decides
  afterEach(() => setLimits({}));

  it('refuses an endless device within the limit, naming it and the variable', () => {
    readLimitsFromEnv();
    setLimits({ inputBytes: 256 * 1024 });
    expect(() => readInput('/dev/zero', 'policy document')).toThrow(
      '/dev/zero: is larger than 256 KB, the most skadekalk reads as one policy document (SKADEKALK_MAX_INPUT_MB sets the limit)',
    );
  });

  it('reads a file of exactly the limit, and refuses one byte more', () => {
    readLimitsFromEnv();
    const dir = mkdtempSync(join(tmpdir(), 'skadekalk-io-'));
    try {
      const limit = 200 * 1024 + 3; // not a multiple of the read sizes
      setLimits({ inputBytes: limit });
      const exact = join(dir, 'exact.txt');
      writeFileSync(exact, Buffer.alloc(limit, 0x61));
      expect(readInput(exact).data.equals(Buffer.alloc(limit, 0x61))).toBe(true);
      const over = join(dir, 'over.txt');
      writeFileSync(over, Buffer.alloc(limit + 1, 0x61));
      expect(() => readInput(over, 'claim')).toThrow(/over\.txt: is larger than .* one claim/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('says what is wrong with a name that is not a readable file', () => {
    expect(() => readInput('/nonexistent/x.yaml', 'claim')).toThrow('/nonexistent/x.yaml: no such file (claim)');
    expect(() => readInput(tmpdir(), 'claim')).toThrow(`${tmpdir()}: is a directory; expected a file (claim)`);
  });
});
