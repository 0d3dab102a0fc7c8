import { spawnSync } from 'node:child_process';
import { closeSync, constants, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openAtomic } from './output.js';

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
