/**
 * The steps that run over the built site before it is swapped in: files Astro does not make
 * itself, from the same validated model the pages were built from, then the last privacy check.
 * Each step is a module of its own; this file only decides the order and times it.
 */
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import { cardInputsForSite, renderAllCards } from '../cards/index.ts';
import type { ContentModel } from '../content/model.ts';
import type { SiteConfig } from '../lib/node/config.ts';
import { copyEntryMedia } from '../media/copy-media.ts';
import { BUILD } from '../strings/build.ts';
import { SITE_DESCRIPTION } from '../strings/pages.ts';
import type { BuildReport } from './build-report.ts';
import { assertBuiltSiteClean } from './output-check.ts';
import { indexSiteForSearch } from './pagefind.ts';

export interface PostBuildContext {
  config: SiteConfig;
  model: ContentModel;
  outDir: string;
  logger: AstroIntegrationLogger;
  report: BuildReport;
}

export async function runPostBuildSteps({ config, model, outDir, logger, report }: PostBuildContext): Promise<void> {
  const { published } = model;
  report.count('publishedEntries', published.length);

  const copied = await report.time('media', () => copyEntryMedia(published, outDir));
  logger.info(BUILD.media(copied));

  // Cards and search at once: they touch different files, and Pagefind runs in a process of its
  // own, so in a warm build it indexes on the second core while the cards are linked from the
  // cache. Both finish before any error is raised.
  const [cardsRun, searchRun] = await Promise.allSettled([
    report.time('cards', () =>
      renderAllCards(cardInputsForSite(model, config, config.tagline || SITE_DESCRIPTION), {
        outDir,
        cacheDir: join(config.cacheDir, 'mingjing-cards'),
        // Astro bundles this module; the worker runs from its source file, on Node 24's type stripping.
        workerFile: join(config.projectRoot, 'src/cards/worker.ts'),
      }),
    ),
    // Search reads the finished pages only.
    report.time('search', () => indexSiteForSearch(outDir, config, logger)),
  ]);
  if (cardsRun.status === 'rejected') throw cardsRun.reason;
  if (searchRun.status === 'rejected') throw searchRun.reason;
  const cards = cardsRun.value;
  report.count('cardsRendered', cards.rendered);
  report.count('cardsCached', cards.cached);
  logger.info(
    BUILD.cards(cards.rendered, cards.cached, cards.ms, cards.mode === 'workers' ? cards.workers : undefined, cards.fallbackReason),
  );

  // Last: the detectors over everything the build wrote, the search index included. A finding
  // throws, so the staging folder never replaces dist/. (Not beside the cards: in a cold build the
  // card workers already keep every core busy, and the check only slowed them down.)
  await report.time('outputCheck', () => assertBuiltSiteClean(outDir, published, config, logger));
}
