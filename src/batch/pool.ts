/**
 * The worker threads of `settle --batch --jobs N`, kept by piscina (a maintained pool). The
 * main thread hands numbered batches (raw bytes, transferred, not copied) to the pool and takes
 * the results back by number, so the output keeps the input's order however the workers finish.
 * The caller bounds how many batches are in flight (backpressure: reading waits for writing).
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
}

export interface WorkerReply {
  out: Uint8Array;
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

type Piscina = import('piscina').Piscina;

export class Pool {
  private readonly pending = new Map<number, Promise<WorkerReply>>();

  private constructor(private readonly pool: Piscina) {}

  /**
   * `perWorker`: batches handed to each thread at once — it starts the next as soon as it is done
   * with one, without waiting for the main thread (busy reading and writing) to hand it over.
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
    const task: WorkerTask = { bytes, line };
    const reply = this.pool.run(task, { transferList: [bytes.buffer as ArrayBuffer] }) as Promise<WorkerReply>;
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

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
