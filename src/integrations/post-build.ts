/**
 * The steps that run over the built site before it is swapped in: files Astro does not make
 * itself. Each step is a module of its own; this file only decides the order.
 */
import type { AstroIntegrationLogger } from 'astro';
import type { SiteConfig } from '../lib/config.ts';
import { absoluteUrl } from '../lib/paths.ts';
import { publishedEntries } from '../lib/published.ts';
import type { ValidatedContent } from '../validation/validate.ts';
import { copyEntryMedia } from '../media/copy-media.ts';
import { writeSitemap } from '../feeds/sitemap.ts';
import { indexSiteForSearch } from './pagefind.ts';

export interface PostBuildContext {
  config: SiteConfig;
  content: ValidatedContent;
  outDir: string;
  logger: AstroIntegrationLogger;
}

export async function runPostBuildSteps({ config, content, outDir, logger }: PostBuildContext): Promise<void> {
  const published = publishedEntries(content, config.today);
  const copied = copyEntryMedia(published, outDir);
  const pages = writeSitemap(outDir, (path) => absoluteUrl(config.site, config.base, path));
  logger.info(`已复制 ${copied} 个图片文件；网站地图收录 ${pages} 个页面`);
  // Search last: it indexes the finished pages.
  await indexSiteForSearch(outDir, logger);
}
