/**
 * Renders every card of a build: cache lookup by content hash, a glyph check of every card still
 * to draw, then those cards in parallel on worker threads with bounded memory.
 *
 * Outputs `${outDir}/cards/<kind>/<id>/{og,poster}.png` (`${outDir}/cards/site/…` for the site
 * card); cached PNGs live at `${cacheDir}/<sha256>.png` and are copied, never re-rendered.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { loadCardFonts, type LoadedFonts } from './fonts.ts';
import { assertCardGlyphs, cardTexts } from './glyphs.ts';
import { cardHash, cardOutputPath, copyCachedCard, renderJobToFiles, type CardJob } from './jobs.ts';
import { forgetQrDrawings } from './qr.ts';
import type { CardFormat, CardInput } from './types.ts';
import type { WorkerReply, WorkerRequest } from './worker.ts';
import { CARD_ERRORS } from '../strings/cards.ts';
import { WORKER_RESOURCE_LIMITS } from '../lib/node/worker-limits.ts';

export interface CardRunResult {
  /** Cards actually rendered in this run. */
  rendered: number;
  /** Cards copied from the cache. */
  cached: number;
  /** Every PNG written, absolute or relative as `outDir` was given. */
  files: string[];
  /** Wall time of the whole run. */
  ms: number;
  /** Peak resident memory of the process (all threads) during the run. */
  peakRssBytes: number;
  /** `workers` normally; `in-process` when worker threads could not be used (see `fallbackReason`). */
  mode: 'workers' | 'in-process';
  /** Number of worker threads used (0 in process or when everything came from the cache). */
  workers: number;
  /** Why rendering fell back to the main thread. */
  fallbackReason?: string;
  /**
   * Moves the cards drawn in this run from the pending folder into the cache. Call it only when
   * the build passed every check: a failed build's cards never enter the cache.
   */
  commitCache: () => void;
  /** Removes the pending folder and the cards drawn in it (a failed build). */
  discardPending: () => void;
}

export interface CardRunOptions {
  outDir: string;
  cacheDir: string;
  /**
   * Checks the exact texts of each card before it is drawn (the privacy gate over what satori
   * receives); throws to stop the run. Given the card's input and its texts by field.
   */
  checkTexts?: (input: CardInput, texts: () => readonly { field: string; text: string }[], key: string) => void;
  /** Worker threads at most; default `os.availableParallelism()`. */
  concurrency?: number;
  /** Called after each card (rendered or copied). */
  onProgress?: (done: number, total: number) => void;
  /** Skip worker threads and render on the calling thread. */
  inProcess?: boolean;
  /**
   * Where `src/cards/worker.ts` is, when this module runs from a bundle (the default,
   * `new URL('./worker.ts', import.meta.url)`, then points into the bundle's folder).
   */
  workerFile?: string | URL;
}

const FORMATS: readonly CardFormat[] = ['og', 'poster'];

/** The worker's source file, next to this one; undefined when this module was bundled elsewhere. */
function workerFile(override?: string | URL): { path?: string; problem?: string } {
  let path: string;
  try {
    path =
      override === undefined
        ? fileURLToPath(new URL('./worker.ts', import.meta.url))
        : override instanceof URL
          ? fileURLToPath(override)
          : override;
  } catch (error) {
    return { problem: CARD_ERRORS.workerUnknown(String(error)) };
  }
  if (!existsSync(path)) return { problem: CARD_ERRORS.workerMissing(path) };
  const typescript = (process.features as { typescript?: unknown }).typescript;
  if (!typescript) return { problem: CARD_ERRORS.workerNoTypeScript(process.version) };
  return { path };
}

/** Samples RSS (covers every thread of the process) and the kernel's high-water mark. */
function startMemorySampler(): () => number {
  const maxRssBefore = process.resourceUsage().maxRSS;
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 20);
  timer.unref();
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, process.memoryUsage.rss());
    const maxRssAfter = process.resourceUsage().maxRSS;
    // maxRSS (KiB) is the lifetime high-water mark; when it rose during the run, it is this run's peak.
    return maxRssAfter > maxRssBefore ? Math.max(peak, maxRssAfter * 1024) : peak;
  };
}

/** Cards below which one more worker does not pay for its start. */
const CARDS_PER_WORKER = 8;

class WorkerStartError extends Error {
  override name = 'WorkerStartError';
}

/** Runs `jobs` on `size` workers, feeding each one job at a time. */
async function renderOnWorkers(path: string, jobs: CardJob[], size: number, onDone: () => void): Promise<void> {
  const workers: Worker[] = [];
  const byHash = new Map(jobs.map((job) => [job.hash, job]));
  let next = 0;
  let started = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      let finished = 0;
      let failed = false;
      const fail = (error: Error): void => {
        if (failed) return;
        failed = true;
        reject(error);
      };
      const feed = (worker: Worker): void => {
        const job = jobs[next++];
        if (job) worker.postMessage({ type: 'job', job } satisfies WorkerRequest);
      };
      for (let index = 0; index < size; index++) {
        const worker = new Worker(path, { execArgv: [], resourceLimits: WORKER_RESOURCE_LIMITS });
        workers.push(worker);
        let ready = false;
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'ready') {
            ready = true;
            started++;
            feed(worker);
            return;
          }
          const job = byHash.get(reply.hash);
          if (reply.type === 'failed') {
            const where = job ? `${job.input.kind}/${job.input.id}（${job.format}）` : reply.hash;
            fail(new Error(CARD_ERRORS.renderFailed(where, reply.message), { cause: reply.stack }));
            return;
          }
          finished++;
          onDone();
          if (finished === jobs.length) resolve();
          else feed(worker);
        });
        worker.on('error', (error) => {
          fail(ready || started > 0 ? error : new WorkerStartError(error.message, { cause: error }));
        });
        worker.on('exit', (code) => {
          if (finished < jobs.length) fail(new (ready ? Error : WorkerStartError)(CARD_ERRORS.workerExited(code)));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Renders on the calling thread, yielding to the event loop between cards. */
async function renderInProcess(jobs: CardJob[], fonts: LoadedFonts, onDone: () => void): Promise<void> {
  for (const job of jobs) {
    await renderJobToFiles(job, fonts);
    await nextTurn();
    onDone();
  }
}

/**
 * Renders the og card and poster of every input. Throws `MissingGlyphError` (listing every
 * problem) before writing anything if some character has no glyph.
 */
export async function renderAllCards(inputs: CardInput[], options: CardRunOptions): Promise<CardRunResult> {
  const started = performance.now();
  const stopSampler = startMemorySampler();
  const pendingDir = join(options.cacheDir, `.pending-${process.pid}`);
  try {
    const fonts = await loadCardFonts();

    const jobs: CardJob[] = [];
    const seen = new Map<string, CardInput>();
    for (const input of inputs) {
      for (const format of FORMATS) {
        const outPath = cardOutputPath(options.outDir, input, format);
        const other = seen.get(outPath);
        if (other) throw new Error(CARD_ERRORS.sameFile(outPath, `${other.kind}/${other.id}`));
        seen.set(outPath, input);
        const hash = cardHash(input, format, fonts.versions);
        const cached = join(options.cacheDir, `${hash}.png`);
        // A card not in the cache is drawn into the pending folder, which joins the cache on commit.
        jobs.push({ input, format, hash, cachePath: existsSync(cached) ? cached : join(pendingDir, `${hash}.png`), outPath });
      }
    }

    // Glyphs are checked for the cards to be drawn: a cached card's text was checked when it was
    // drawn, against the same fonts (their versions are part of the hash). Still before any write.
    const isCached = new Map(jobs.map((job) => [job, !job.cachePath.startsWith(pendingDir)]));
    const toDraw = new Set(jobs.filter((job) => !isCached.get(job)).map((job) => job.input));
    assertCardGlyphs(
      inputs.filter((input) => toDraw.has(input)),
      fonts,
    );

    if (options.checkTexts) {
      const keys = new Map<CardInput, string>();
      for (const job of jobs) keys.set(job.input, `${keys.get(job.input) ?? ''}${job.hash}`);
      for (const input of inputs) options.checkTexts(input, () => cardTexts(input), keys.get(input) ?? '');
    }
    await mkdir(pendingDir, { recursive: true });
    const total = jobs.length;
    let done = 0;
    const progress = (): void => options.onProgress?.(++done, total);

    const toRender: CardJob[] = [];
    const queued = new Set<string>();
    const madeDirs = new Set<string>();
    let cached = 0;
    for (const job of jobs) {
      if (isCached.get(job)) {
        copyCachedCard(job, madeDirs);
        cached++;
        progress();
      } else {
        toRender.push(job);
      }
    }
    // Identical inputs (same hash) are rendered once; the copies follow from the cache.
    const unique: CardJob[] = [];
    const duplicates: CardJob[] = [];
    for (const job of toRender) {
      if (queued.has(job.hash)) duplicates.push(job);
      else {
        queued.add(job.hash);
        unique.push(job);
      }
    }

    let mode: CardRunResult['mode'] = 'workers';
    let workers = 0;
    let fallbackReason: string | undefined;
    if (unique.length > 0) {
      const file = options.inProcess ? { problem: CARD_ERRORS.inProcessRequested } : workerFile(options.workerFile);
      // A worker costs about a second of CPU to start (imports, fonts, satori parsing them): the few
      // cards of an edit are drawn by one, which leaves the other core to the search index beside it.
      const size = Math.max(1, Math.min(options.concurrency ?? availableParallelism(), Math.ceil(unique.length / CARDS_PER_WORKER)));
      if (file.path) {
        try {
          workers = size;
          await renderOnWorkers(file.path, unique, size, progress);
        } catch (error) {
          if (!(error instanceof WorkerStartError)) throw error;
          fallbackReason = CARD_ERRORS.workerStart(error.message);
        }
      } else {
        fallbackReason = file.problem;
      }
      if (fallbackReason !== undefined) {
        mode = 'in-process';
        workers = 0;
        const remaining = unique.filter((job) => !existsSync(job.cachePath));
        done = total - remaining.length - duplicates.length;
        await renderInProcess(remaining, fonts, progress);
      }
    }
    for (const job of duplicates) {
      copyCachedCard(job, madeDirs);
      progress();
    }

    return {
      rendered: unique.length,
      cached: cached + duplicates.length,
      files: jobs.map((job) => job.outPath),
      ms: Math.round(performance.now() - started),
      peakRssBytes: stopSampler(),
      mode,
      workers,
      ...(fallbackReason !== undefined ? { fallbackReason } : {}),
      commitCache: () => {
        for (const job of jobs) {
          if (isCached.get(job) || !existsSync(job.cachePath)) continue;
          renameSync(job.cachePath, join(options.cacheDir, `${job.hash}.png`));
        }
        rmSync(pendingDir, { recursive: true, force: true });
      },
      discardPending: () => rmSync(pendingDir, { recursive: true, force: true }),
    };
  } catch (error) {
    // A run that failed leaves nothing it drew in the cache.
    rmSync(pendingDir, { recursive: true, force: true });
    throw error;
  } finally {
    stopSampler();
    forgetQrDrawings();
  }
}
