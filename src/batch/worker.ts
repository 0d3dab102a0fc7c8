/**
 * A worker thread of `settle --batch --jobs N` (bundled as dist/worker.cjs, run by piscina:
 * src/batch/pool.ts). It loads the settlement context itself, once, from the same options as the
 * main thread, and then settles batches: raw bytes of whole records in, the batch's result text
 * out as UTF-8 bytes with its counts — both transferred, not copied. The main thread only reads, cuts
 * and writes.
 */
import { loadContext } from './context.js';
import type { WorkerInit, WorkerReply, WorkerTask } from './pool.js';
import { loadReaders, settleBatch } from './settle-batch.js';
import type { SettleContext } from '../settle/index.js';

type PiscinaModule = typeof import('piscina');

let ready: Promise<{ init: WorkerInit; ctx: SettleContext; piscina: PiscinaModule }> | undefined;

async function start(): Promise<{ init: WorkerInit; ctx: SettleContext; piscina: PiscinaModule }> {
  const piscina = typeof require === 'function' ? (require('piscina') as PiscinaModule) : await import('piscina');
  const init = piscina.workerData as WorkerInit;
  await loadReaders(init.spec.input);
  return { init, ctx: await loadContext(init.context), piscina };
}

export default async function settle(task: WorkerTask): Promise<unknown> {
  const { init, ctx, piscina } = await (ready ??= start());
  // a new output buffer per batch: its memory moves to the main thread with the reply (a
  // structured copy would copy the whole buffer, not just the part written)
  const r = settleBatch(task.bytes, task.line, init.spec, ctx);
  const reply: WorkerReply = { out: r.out, claims: r.claims, failed: r.failed, payout: r.payout, ids: r.ids, payouts: r.payouts };
  const { move, transferableSymbol, valueSymbol } = piscina.Piscina;
  return move({
    get [transferableSymbol]() {
      return [r.out.buffer];
    },
    get [valueSymbol]() {
      return reply;
    },
  } as unknown as ArrayBuffer);
}
