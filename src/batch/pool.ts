/**
 * The worker threads of `settle --batch --jobs N`. The main thread submits numbered batches (raw
 * bytes, transferred) to the least busy worker and takes the results back by number, so the
 * output keeps the input's order however the workers finish. The caller bounds how many
 * batches are in flight (backpressure: reading waits for writing).
 */
import { Worker } from 'node:worker_threads';
import type { ContextSpec } from './context.js';
import type { BatchSpec } from './settle-batch.js';

export interface WorkerInit {
  spec: BatchSpec;
  context: ContextSpec;
}

export interface WorkerTask {
  seq: number;
  bytes: Uint8Array;
  line: number;
}

export interface WorkerReply {
  seq: number;
  out?: Uint8Array;
  claims?: number;
  failed?: number;
  payout?: string | undefined;
  ids?: (string | null)[] | undefined;
  payouts?: (string | null)[] | undefined;
  /** An internal error in the worker (a bug): the run stops. */
  fatal?: string;
}

/**
 * The young generation of a worker's heap. A batch keeps little alive (one claim at a time, its
 * output in a buffer outside the heap), so a small one costs no measurable time and keeps
 * `--jobs 2` well under DESIGN §7's 200 MB (V8's default: ~220 MB in all; 8 MB: ~160 MB).
 */
const YOUNG_MB = 8;

interface Slot {
  worker: Worker;
  busy: number;
}

export class Pool {
  private readonly slots: Slot[] = [];
  private readonly done = new Map<number, WorkerReply>();
  private waiting: { seq: number; resolve: (r: WorkerReply) => void; reject: (e: Error) => void } | null = null;
  private failure: Error | null = null;

  constructor(file: string, n: number, init: WorkerInit) {
    for (let i = 0; i < n; i++) {
      const worker = new Worker(file, { workerData: init, stdout: false, stderr: false, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB } });
      const slot: Slot = { worker, busy: 0 };
      worker.on('message', (r: WorkerReply) => {
        slot.busy--;
        if (r.fatal !== undefined) this.fail(new Error(`worker: ${r.fatal}`));
        else this.arrive(r);
      });
      worker.on('error', (e) => this.fail(e));
      worker.on('exit', (code) => {
        if (code !== 0) this.fail(new Error(`a worker thread stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  private arrive(r: WorkerReply): void {
    const w = this.waiting;
    if (w !== null && w.seq === r.seq) {
      this.waiting = null;
      w.resolve(r);
    } else this.done.set(r.seq, r);
  }

  private fail(e: Error): void {
    if (this.failure !== null) return;
    this.failure = e;
    const w = this.waiting;
    this.waiting = null;
    w?.reject(e);
  }

  /** Hand batch `seq` to the least busy worker (its bytes' memory moves to the worker). */
  submit(seq: number, bytes: Uint8Array, line: number): void {
    let slot = this.slots[0]!;
    for (const s of this.slots) if (s.busy < slot.busy) slot = s;
    slot.busy++;
    const task: WorkerTask = { seq, bytes, line };
    slot.worker.postMessage(task, [bytes.buffer as ArrayBuffer]);
  }

  /** The result of batch `seq`, when it is there. */
  take(seq: number): Promise<WorkerReply> {
    if (this.failure !== null) return Promise.reject(this.failure);
    const r = this.done.get(seq);
    if (r !== undefined) {
      this.done.delete(seq);
      return Promise.resolve(r);
    }
    return new Promise((resolve, reject) => {
      this.waiting = { seq, resolve, reject };
    });
  }

  async close(): Promise<void> {
    this.failure ??= new Error('pool closed');
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
