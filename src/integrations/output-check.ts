/**
 * Where the last privacy check is wired into the build: it runs the detectors over the staged
 * site (src/privacy/output-check.ts) and throws when anything was found, so the previous `dist/`
 * stays as it was. The names every published entry vouches for are allowed site-wide: a poet's
 * name from one entry may appear in the search index and in a feed.
 */
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { SiteConfig } from '../lib/config.ts';
import { checkBuiltSite, formatGateReport, loadDenylist } from '../privacy/index.ts';
import { publicNamesOf } from '../validation/check.ts';
import type { ValidEntry } from '../validation/validate.ts';

export class OutputLeakError extends Error {
  override name = 'OutputLeakError';
}

export function assertBuiltSiteClean(outDir: string, published: readonly ValidEntry[], config: SiteConfig, logger: AstroIntegrationLogger): void {
  const result = checkBuiltSite(outDir, {
    publicNames: [...new Set(published.flatMap(publicNamesOf))],
    notNames: [...new Set(published.flatMap((entry) => entry.data.notNames))],
    denylist: loadDenylist(),
    cacheFile: join(config.cacheDir, 'mingjing-output-check.txt'),
  });
  if (result.findings.length > 0) {
    logger.error(`\n生成的网站文件中发现个人信息（已打码），本次构建不发布：\n${formatGateReport(result.findings)}`);
    const error = new OutputLeakError('生成的文件未通过隐私检查，未替换已有的站点。');
    error.stack = error.message;
    throw error;
  }
  logger.info(`输出检查：检查 ${result.filesChecked} 个文件，${result.filesFromCache} 个未变化，未发现个人信息`);
}
