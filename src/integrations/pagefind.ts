/**
 * Where search is wired into the build: the post-build step that indexes the staged site with
 * Pagefind, or reuses the cached index when no searchable page changed. Thin on purpose — the
 * indexing lives in `src/search/build-index.ts`, the reuse in `src/search/index-cache.ts`.
 */
import type { AstroIntegrationLogger } from 'astro';
import { join } from 'node:path';
import { buildSearchIndex, PAGEFIND_BUNDLE_DIR } from '../search/build-index.ts';
import { reuseSearchIndex, searchIndexKey, storeSearchIndex } from '../search/index-cache.ts';
import { SEARCH_INDEX } from '../strings/search.ts';

/**
 * Indexes the staged site (or links the cached index). Returns the step that keeps a new index in
 * the cache, for the build to run only once every check has passed; undefined when nothing is new.
 */
export async function indexSiteForSearch(
  outDir: string,
  config: { cacheDir: string; projectRoot: string },
  logger: AstroIntegrationLogger,
): Promise<(() => void) | undefined> {
  const started = performance.now();
  const key = searchIndexKey(outDir, config.projectRoot);
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  const reused = reuseSearchIndex(config.cacheDir, key, join(outDir, PAGEFIND_BUNDLE_DIR));
  if (reused) {
    logger.info(SEARCH_INDEX.reused(reused.indexed, reused.files, (reused.bytes / 1024).toFixed(0), seconds()));
    return undefined;
  }
  const report = await buildSearchIndex(outDir);
  logger.info(SEARCH_INDEX.built(report.pages, report.indexed, report.files, (report.bytes / 1024).toFixed(0), seconds()));
  return () => storeSearchIndex(config.cacheDir, key, report);
}
