/**
 * The steps that run over the built site before it is swapped in: files Astro does not make
 * itself, from the same validated model the pages were built from, with the privacy checks in
 * between. Each step is a module of its own; this file only decides the order and times it.
 *
 * The order is what keeps rejected text out of every output and cache:
 * 1. media (its SVG texts checked by entry and field), then the output check over everything
 *    Astro and the media step wrote: the pages are
 *    clean before Pagefind reads them, so no text reaches the search index unchecked;
 * 2. cards (whose texts are checked before satori draws them) beside the search index;
 * 3. the output check over the cards and the index;
 * 4. only then may the build commit its caches (the caller's transaction).
 */
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { cardInputsForSite, renderAllCards } from '../cards/index.ts';
import type { ContentModel } from '../content/model.ts';
import type { SiteConfig } from '../lib/node/config.ts';
import { publishEntryMedia } from '../media/publish-media.ts';
import { BUILD } from '../strings/build.ts';
import { SITE_DESCRIPTION } from '../strings/pages.ts';
import type { BuildReport } from './build-report.ts';
import type { BuildTransaction } from './build-transaction.ts';
import { cardTextChecker } from './card-check.ts';
import { assertBuiltSiteClean, mediaTextFindings } from './output-check.ts';
import { indexSiteForSearch } from './pagefind.ts';

export interface PostBuildContext {
  config: SiteConfig;
  model: ContentModel;
  outDir: string;
  logger: AstroIntegrationLogger;
  report: BuildReport;
  transaction: BuildTransaction;
}

/** Files the cards and the search index write: checked in the second pass. */
const LATE_OUTPUT = /^(?:cards|pagefind)\//u;

export async function runPostBuildSteps({ config, model, outDir, logger, report, transaction }: PostBuildContext): Promise<void> {
  const { published } = model;
  report.count('publishedEntries', published.length);

  const media = await report.time('media', () => publishEntryMedia(published, outDir));
  logger.info(BUILD.media(media.files));
  // The text an SVG shows (and the metadata dropped from it), named by the entry and its field.
  const mediaFindings = mediaTextFindings(media.texts, model);

  const pages = await report.time('outputCheck', () =>
    assertBuiltSiteClean(outDir, model, config, logger, (file) => !LATE_OUTPUT.test(file), 'pages', mediaFindings),
  );
  transaction.onCommit(() => pages.save());
  // What the check read and what it knew: the benchmark reports them beside the phase times.
  for (const [name, value] of Object.entries(pages.counts)) report.count(`outputCheck.${name}`, value);

  // Cards and search at once: they touch different files, and Pagefind runs in a process of its
  // own, so in a warm build it indexes on the second core while the cards are linked from the
  // cache. Both finish before any error is raised.
  const cardCheck = cardTextChecker(model, config);
  const [cardsRun, searchRun] = await Promise.allSettled([
    report.time('cards', () =>
      renderAllCards(cardInputsForSite(model, config, config.tagline || SITE_DESCRIPTION), {
        outDir,
        cacheDir: join(config.cacheDir, 'mingjing-cards'),
        checkTexts: cardCheck.check,
        // Astro bundles this module; the worker runs from its source file, on Node 24's type stripping.
        workerFile: join(config.projectRoot, 'src/cards/worker.ts'),
      }),
    ),
    // Search reads the finished pages only.
    report.time('search', () => indexSiteForSearch(outDir, config, logger)),
  ]);
  if (cardsRun.status === 'fulfilled') {
    transaction.onAbort(cardsRun.value.discardPending);
    transaction.onCommit(cardsRun.value.commitCache);
  }
  if (searchRun.status === 'fulfilled' && searchRun.value) transaction.onCommit(searchRun.value);
  if (cardsRun.status === 'rejected') throw cardsRun.reason;
  if (searchRun.status === 'rejected') throw searchRun.reason;
  transaction.onCommit(cardCheck.save);
  const cards = cardsRun.value;
  report.count('cardsRendered', cards.rendered);
  report.count('cardsCached', cards.cached);
  logger.info(
    BUILD.cards(cards.rendered, cards.cached, cards.ms, cards.mode === 'workers' ? cards.workers : undefined, cards.fallbackReason),
  );

  const late = await report.time('outputCheckLate', () =>
    assertBuiltSiteClean(outDir, model, config, logger, (file) => LATE_OUTPUT.test(file), 'late'),
  );
  transaction.onCommit(() => late.save());
  for (const [name, value] of Object.entries(late.counts)) report.count(`outputCheckLate.${name}`, value);
}
