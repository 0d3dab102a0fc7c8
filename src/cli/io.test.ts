import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setLimits } from '../core/limits.js';
import { readInput, readLimitsFromEnv } from './io.js';

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
