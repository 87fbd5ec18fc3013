/**
 * The steps that run over the built site before it is swapped in: files Astro does not make
 * itself. Each step is a module of its own; this file only decides the order and times it.
 */
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { SiteConfig } from '../lib/config.ts';
import { absoluteUrl } from '../lib/paths.ts';
import { publishedEntries } from '../lib/published.ts';
import { SITE_DESCRIPTION } from '../lib/ui-text.ts';
import type { ValidatedContent } from '../validation/validate.ts';
import { copyEntryMedia } from '../media/copy-media.ts';
import { writeSitemap } from '../feeds/sitemap.ts';
import { cardInputsForSite } from '../cards/from-entry.ts';
import { renderAllCards } from '../cards/index.ts';
import { indexSiteForSearch } from './pagefind.ts';
import type { BuildReport } from './build-report.ts';
import { assertBuiltSiteClean } from './output-check.ts';

export interface PostBuildContext {
  config: SiteConfig;
  content: ValidatedContent;
  outDir: string;
  logger: AstroIntegrationLogger;
  report: BuildReport;
}

export async function runPostBuildSteps({ config, content, outDir, logger, report }: PostBuildContext): Promise<void> {
  const published = publishedEntries(content, config.today);
  report.count('publishedEntries', published.length);

  const copied = await report.time('media', () => copyEntryMedia(published, outDir));
  const pages = await report.time('sitemap', () => writeSitemap(outDir, (path) => absoluteUrl(config.site, config.base, path)));
  report.count('pages', pages);
  logger.info(`已复制 ${copied} 个图片文件；网站地图收录 ${pages} 个页面`);

  const cards = await report.time('cards', () =>
    renderAllCards(cardInputsForSite(published, content.organs, config, config.tagline || SITE_DESCRIPTION), {
      outDir,
      cacheDir: join(config.cacheDir, 'mingjing-cards'),
      // Astro bundles this module; the worker runs from its source file, on Node 24's type stripping.
      workerFile: join(config.projectRoot, 'src/cards/worker.ts'),
    }),
  );
  report.count('cardsRendered', cards.rendered);
  report.count('cardsCached', cards.cached);
  logger.info(
    `分享卡片：新绘制 ${cards.rendered} 张，复用缓存 ${cards.cached} 张（${(cards.ms / 1000).toFixed(1)} 秒，${cards.mode === 'workers' ? `${cards.workers} 个线程` : `单线程：${cards.fallbackReason ?? ''}`}）`,
  );

  // Search after the pages: it indexes the finished pages.
  await report.time('search', () => indexSiteForSearch(outDir, logger));

  // Last: the detectors over everything the build wrote. A finding throws, so the staging folder
  // never replaces dist/.
  await report.time('outputCheck', () => assertBuiltSiteClean(outDir, published, config, logger));
}
