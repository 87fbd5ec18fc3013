/**
 * Where search is wired into the build: the post-build step that indexes the staged site with
 * Pagefind. Thin on purpose — the indexing itself lives in `src/search/build-index.ts`.
 */
import type { AstroIntegrationLogger } from 'astro';
import { buildSearchIndex } from '../search/build-index.ts';
import { SEARCH_INDEX } from '../strings/search.ts';

export async function indexSiteForSearch(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const report = await buildSearchIndex(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(SEARCH_INDEX.built(report.pages, report.indexed, report.files, (report.bytes / 1024).toFixed(0), seconds));
}
