/**
 * Where search is wired into the build: the post-build step that indexes the staged site with
 * Pagefind. Thin on purpose — the indexing itself lives in `src/search/build-index.ts`.
 */
import type { AstroIntegrationLogger } from 'astro';
import { buildSearchIndex } from '../search/build-index.ts';

export async function indexSiteForSearch(outDir: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = performance.now();
  const report = await buildSearchIndex(outDir);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  logger.info(`搜索索引已生成：读取 ${report.pages} 个页面，收录 ${report.indexed} 个，${report.files} 个文件，共 ${(report.bytes / 1024).toFixed(0)} KB（${seconds} 秒）`);
}
