/**
 * The worker threads of `settle --batch --jobs N`, kept by piscina (a maintained pool). The
 * main thread hands numbered batches (raw bytes, transferred, not copied) to the pool and takes
 * the results back by number, so the output keeps the input's order however the workers finish.
 * The caller bounds how many batches are in flight (backpressure: reading waits for writing).
 *
 * Memory is moved, never copied, and reused: a batch's input buffer goes to a worker and comes
 * back with the reply, to be read into again (BatchReader.recycle); the buffer a worker wrote the
 * results into comes back too and, once written out, goes with a later batch to be written into
 * again. So the buffers of a run are the few in flight (at most in-flight batches × (batch size +
 * its results)), whatever its length — not one pair per batch, freed whenever the garbage
 * collector of whichever thread holds it last gets to it.
 *
 * piscina is required from node_modules when a run has jobs (it starts its own worker entry,
 * next to itself, so it is not bundled), and that entry loads dist/worker.cjs in each thread.
 */
import type { ContextSpec } from './context.js';
import type { BatchSpec } from './settle-batch.js';

export interface WorkerInit {
  spec: BatchSpec;
  context: ContextSpec;
}

export interface WorkerTask {
  bytes: Uint8Array;
  line: number;
  /** A buffer to write the results into (one written out already), when there is one. */
  out?: ArrayBuffer;
}

export interface WorkerReply {
  out: Uint8Array;
  /** The buffer `bytes` came in, given back. */
  input: ArrayBuffer;
  claims: number;
  failed: number;
  payout?: string | undefined;
  ids?: (string | null)[] | undefined;
  payouts?: (string | null)[] | undefined;
}

/**
 * The young generation of a worker's heap. A batch keeps little alive (one claim at a time, its
 * output in a buffer outside the heap), so a small one costs no measurable time and keeps
 * `--jobs 2` well under 200 MB (V8's default: ~220 MB in all; 8 MB: ~160 MB).
 */
const YOUNG_MB = 8;

/**
 * A result buffer larger than this (a batch of very large records) is not kept for reuse: the
 * buffers kept are bounded by the batches in flight times this.
 */
const OUT_KEEP_MAX = 8 << 20;

type Piscina = import('piscina').Piscina;

export class Pool {
  private readonly pending = new Map<number, Promise<WorkerReply>>();
  /** Result buffers written out, to be written into again. */
  private readonly spare: ArrayBuffer[] = [];

  private constructor(private readonly pool: Piscina) {}

  /**
   * `perWorker`: batches handed to each thread at once — it starts the next as soon as it is done
   * with one, without waiting for the main thread (busy reading and writing) to hand it over.
   * The threads start at once and load the settlement context while the main thread goes on.
   */
  static async start(file: string, n: number, perWorker: number, init: WorkerInit): Promise<Pool> {
    // the CommonJS bundle requires it (an import() there has no loader: bin/skadekalk.js compiles the bundle itself)
    const { Piscina } = typeof require === 'function' ? (require('piscina') as typeof import('piscina')) : await import('piscina');
    // every thread at once and for the whole run: a batch run keeps them all busy
    const pool = new Piscina({ filename: file, minThreads: n, maxThreads: n, idleTimeout: 60_000, concurrentTasksPerWorker: perWorker, recordTiming: false, workerData: init, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
    return new Pool(pool);
  }

  /** Hand batch `seq` to the pool (its bytes' memory moves to the worker that takes it). */
  submit(seq: number, bytes: Uint8Array, line: number): void {
    const out = this.spare.pop();
    const task: WorkerTask = out === undefined ? { bytes, line } : { bytes, line, out };
    const transferList = out === undefined ? [bytes.buffer as ArrayBuffer] : [bytes.buffer as ArrayBuffer, out];
    const reply = this.pool.run(task, { transferList }) as Promise<WorkerReply>;
    // a batch that fails before it is taken must not be an unhandled rejection meanwhile
    reply.catch(() => undefined);
    this.pending.set(seq, reply);
  }

  /** The result of batch `seq`; a worker's internal error (a bug) rejects it, and the run stops. */
  async take(seq: number): Promise<WorkerReply> {
    const reply = this.pending.get(seq);
    if (reply === undefined) throw new Error(`batch ${seq} was never submitted`);
    this.pending.delete(seq);
    try {
      return await reply;
    } catch (e) {
      throw new Error(`worker: ${(e as Error)?.stack ?? String(e)}`);
    }
  }

  /** A result buffer that has been written out: a later batch's results are written into it. */
  recycle(out: ArrayBuffer): void {
    if (out.byteLength <= OUT_KEEP_MAX) this.spare.push(out);
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
