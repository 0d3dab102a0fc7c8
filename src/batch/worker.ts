/**
 * A worker thread of `settle --batch --jobs N` (bundled as dist/worker.cjs, run by piscina:
 * src/batch/pool.ts). It loads the settlement context itself, once, from the same options as the
 * main thread, and then settles batches: raw bytes of whole records in, the batch's result text
 * out as UTF-8 bytes with its counts — both transferred, not copied, and both buffers given back
 * to be used again (the input one with the reply, the result one with a later batch). The main
 * thread only reads, cuts and writes.
 *
 * The context is loaded as the thread starts (piscina waits for the handler this module exports,
 * a promise), while the main thread reads the head of the input and checks the options, not when
 * the first batch arrives.
 */
import { loadContext } from './context.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './pool.js';
import { OutBuffer, loadReaders, outSize, settleBatch } from './settle-batch.js';
import type { SettleContext } from '../settle/index.js';

type PiscinaModule = typeof import('piscina');

async function start(): Promise<{ init: WorkerInit; ctx: SettleContext; piscina: PiscinaModule }> {
  const piscina = typeof require === 'function' ? (require('piscina') as PiscinaModule) : await import('piscina');
  const init = piscina.workerData as WorkerInit;
  await loadReaders(init.spec.input);
  return { init, ctx: await loadContext(init.context), piscina };
}

function settler({ init, ctx, piscina }: Awaited<ReturnType<typeof start>>) {
  const { move, transferableSymbol, valueSymbol } = piscina.Piscina;
  return (task: WorkerTask): unknown => {
    const out = new OutBuffer(task.out ?? outSize(task.bytes.length, init.spec));
    const r = settleBatch(task.bytes, task.line, init.spec, ctx, out);
    const input = task.bytes.buffer as ArrayBuffer;
    const reply: WorkerReply = { out: r.out, input, claims: r.claims, failed: r.failed, payout: r.payout, ids: r.ids, payouts: r.payouts };
    // both buffers move to the main thread with the reply (a structured copy would copy them)
    return move({
      get [transferableSymbol]() {
        return [r.out.buffer, input];
      },
      get [valueSymbol]() {
        return reply;
      },
    } as unknown as ArrayBuffer);
  };
}

/**
 * The handler, once the context is loaded. A context that cannot be loaded fails each batch
 * instead (the main thread loads the same context and stops with its error before it hands any
 * batch over): the pool itself must not fail to start.
 */
export default start().then(settler, (e: unknown) => () => Promise.reject(e));
