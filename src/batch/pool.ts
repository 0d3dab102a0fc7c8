/**
 * The worker threads of `settle --batch --jobs N`, kept by piscina (a maintained pool). The
 * main thread hands numbered batches (raw bytes) to the pool and takes
 * the results back by number, so the output keeps the input's order however the workers finish.
 * The caller bounds how many batches are in flight (backpressure: reading waits for writing).
 *
 * Buffers are reused, not left to the garbage collector: a batch's bytes are copied into a buffer
 * that moves to the worker and comes back with the reply, for the next batch's copy (the main
 * thread keeps the batch itself until it is back, to settle it if the worker runs out of memory;
 * then it goes back to the reader, BatchReader.recycle); the buffer a worker wrote the results
 * into comes back too and, once written out, goes with a later batch to be written into again.
 * So the buffers of a run are the few in flight — at most in-flight batches × (2 × batch size +
 * its results) — whatever its length.
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

/** A batch taken back: the worker's reply, or null when the worker ran out of memory settling it. */
export interface Taken {
  reply: WorkerReply | null;
  bytes: Uint8Array;
  line: number;
}

/**
 * The young generation of a worker's heap. A batch keeps little alive (one claim at a time, its
 * output in a buffer outside the heap), so a small one costs no measurable time and keeps
 * `--jobs 2` well under 200 MB (V8's default: ~220 MB in all; 8 MB: ~160 MB). 16 MB halved the
 * scavenges (246 for 443, 200 000 claims) for +22 MB, with no difference in CPU time to be seen.
 */
const YOUNG_MB = 8;

/**
 * The old generation of a worker's heap, beyond what the settlement context takes (measured on
 * the main thread, which loads the same one). A hard limit, and the bound of a worker's heap:
 * without one, V8 let it grow to ~4× what is alive before collecting (~37 MB, ~7 MB alive;
 * 200 000 claims, --jobs 2: 165 MB in all); with it, ~1,3× (~27 MB; 137 MB in all), for 2–3 more
 * full collections a run (of ~7 MB each). A batch that needs more (a record of many megabytes)
 * is settled by the main thread instead: the worker that ran out is replaced.
 */
const OLD_MB = 48;

/** For tests only: SKADEKALK_WORKER_HEAP_MB sets the old generation's limit (a batch that outgrows it). */
function oldGenerationMb(context: number): number {
  const forced = Number(process.env.SKADEKALK_WORKER_HEAP_MB);
  if (Number.isInteger(forced) && forced > 0) return forced;
  return OLD_MB + Math.ceil(context / 2 ** 20);
}

/**
 * A result buffer larger than this (a batch of very large records) is not kept for reuse: the
 * buffers kept are bounded by the batches in flight times this.
 */
const OUT_KEEP_MAX = 8 << 20;

type Piscina = import('piscina').Piscina;

interface Pending {
  reply: Promise<WorkerReply>;
  bytes: Uint8Array;
  line: number;
}

export class Pool {
  private readonly pending = new Map<number, Pending>();
  /** Result buffers written out, to be written into again. */
  private readonly spareOut: ArrayBuffer[] = [];
  /** Input buffers given back by the workers, to copy the next batches into. */
  private readonly spareIn: ArrayBuffer[] = [];
  /** A worker that failed with no batch of its own (a bug): the run stops at the next take. */
  private failure: Error | null = null;

  private constructor(private readonly pool: Piscina) {
    pool.on('error', (e: Error) => {
      this.failure ??= e;
    });
  }

  /**
   * `atHand`: batches handed to each thread at once — it starts the next as soon as it is done
   * with one, without waiting for the main thread (busy reading and writing) to hand it over.
   * More than that wait in the pool's queue for whichever thread is free first.
   * `context`: bytes of heap the settlement context takes (each thread loads its own).
   * The threads load the context as they start.
   */
  static async start(file: string, n: number, atHand: number, init: WorkerInit, context: number): Promise<Pool> {
    // the CommonJS bundle requires it (an import() there has no loader: bin/skadekalk.js compiles the bundle itself)
    const { Piscina } = typeof require === 'function' ? (require('piscina') as typeof import('piscina')) : await import('piscina');
    const resourceLimits = { maxYoungGenerationSizeMb: YOUNG_MB, maxOldGenerationSizeMb: oldGenerationMb(context) };
    // every thread at once and for the whole run: a batch run keeps them all busy
    const pool = new Piscina({ filename: file, minThreads: n, maxThreads: n, idleTimeout: 60_000, concurrentTasksPerWorker: atHand, recordTiming: false, workerData: init, resourceLimits });
    return new Pool(pool);
  }

  /**
   * Hand batch `seq` to the pool: a copy of its bytes moves to the worker that takes it; `bytes`
   * stay here until the batch is taken back (settled here if the worker runs out of memory).
   */
  submit(seq: number, bytes: Uint8Array, line: number): void {
    let copy = this.spareIn.pop();
    if (copy === undefined || copy.byteLength < bytes.length) copy = Buffer.allocUnsafeSlow(Math.max(bytes.length, bytes.buffer.byteLength)).buffer as ArrayBuffer;
    const sent = new Uint8Array(copy, 0, bytes.length);
    sent.set(bytes);
    const out = this.spareOut.pop();
    const task: WorkerTask = out === undefined ? { bytes: sent, line } : { bytes: sent, line, out };
    const transferList = out === undefined ? [copy] : [copy, out];
    const reply = this.pool.run(task, { transferList }) as Promise<WorkerReply>;
    // a batch that fails before it is taken must not be an unhandled rejection meanwhile
    reply.catch(() => undefined);
    this.pending.set(seq, { reply, bytes, line });
  }

  /** Batch `seq` back; a worker's internal error (a bug) rejects it, and the run stops. */
  async take(seq: number): Promise<Taken> {
    if (this.failure !== null) throw new Error(`worker: ${this.failure.stack ?? String(this.failure)}`);
    const p = this.pending.get(seq);
    if (p === undefined) throw new Error(`batch ${seq} was never submitted`);
    this.pending.delete(seq);
    try {
      const reply = await p.reply;
      this.spareIn.push(reply.input);
      return { reply, bytes: p.bytes, line: p.line };
    } catch (e) {
      if ((e as NodeJS.ErrnoException)?.code === 'ERR_WORKER_OUT_OF_MEMORY') return { reply: null, bytes: p.bytes, line: p.line };
      throw new Error(`worker: ${(e as Error)?.stack ?? String(e)}`);
    }
  }

  /** A result buffer that has been written out: a later batch's results are written into it. */
  recycle(out: ArrayBuffer): void {
    if (out.byteLength <= OUT_KEEP_MAX) this.spareOut.push(out);
  }

  async close(): Promise<void> {
    await this.pool.destroy();
  }
}
