/**
 * Worker thread of the card pipeline: loads the fonts once, then renders jobs one at a time as
 * the main thread sends them (so at most one card per worker is in memory).
 *
 * Protocol: worker → `{ type: 'ready' }` once fonts are loaded; main → `{ type: 'job', job }`;
 * worker → `{ type: 'done', hash }` or `{ type: 'failed', hash, message, stack }`.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort } from 'node:worker_threads';
import { loadCardFonts } from './fonts.ts';
import { renderJobToFiles, type CardJob } from './jobs.ts';
import { CARD_ERRORS } from '../strings/cards.ts';

export type WorkerRequest = { type: 'job'; job: CardJob };
export type WorkerReply =
  { type: 'ready' } | { type: 'done'; hash: string } | { type: 'failed'; hash: string; message: string; stack?: string };

const port = parentPort;
if (!port) throw new Error(CARD_ERRORS.workerOnly);

const fonts = await loadCardFonts();

port.on('message', (request: WorkerRequest) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      await renderJobToFiles(request.job, fonts);
      reply = { type: 'done', hash: request.job.hash };
    } catch (error) {
      const failure = error instanceof Error ? error : new Error(String(error));
      reply = { type: 'failed', hash: request.job.hash, message: failure.message, ...(failure.stack ? { stack: failure.stack } : {}) };
    }
    // Let the event loop turn so resvg's native image buffers of this render are released
    // before the next job arrives.
    await nextTurn();
    port.postMessage(reply);
  })();
});

port.postMessage({ type: 'ready' } satisfies WorkerReply);
