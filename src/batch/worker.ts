/**
 * A worker thread of `settle --batch --jobs N` (bundled as dist/worker.cjs). It loads the
 * settlement context itself (from the same options as the main thread) and then settles batches:
 * raw bytes of whole records in (transferred, not copied), the batch's result text out as UTF-8
 * bytes (transferred back), with its counts. The main thread only reads, cuts and writes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadContext } from './context.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './pool.js';
import { loadReaders, settleBatch } from './settle-batch.js';

const init = workerData as WorkerInit;
const port = parentPort!;

const ready = (async () => {
  await loadReaders(init.spec.input);
  return loadContext(init.context);
})();

port.on('message', (task: WorkerTask) => {
  ready.then(
    (ctx) => {
      let reply: WorkerReply;
      try {
        // a new output buffer per batch: its memory moves to the main thread
        const r = settleBatch(task.bytes, task.line, init.spec, ctx);
        reply = { seq: task.seq, out: r.out, claims: r.claims, failed: r.failed, payout: r.payout, ids: r.ids, payouts: r.payouts };
        port.postMessage(reply, [r.out.buffer as ArrayBuffer]);
        return;
      } catch (e) {
        reply = { seq: task.seq, fatal: (e as Error)?.stack ?? String(e) };
      }
      port.postMessage(reply);
    },
    (e: unknown) => port.postMessage({ seq: task.seq, fatal: (e as Error)?.stack ?? String(e) } satisfies WorkerReply),
  );
});
