/**
 * Where the last privacy check is wired into the build: it runs the detectors over the staged
 * site (src/privacy/output-check.ts) and throws when anything was found, so the previous `dist/`
 * stays as it was. The names every published entry vouches for are allowed site-wide: a poet's
 * name from one entry may appear in the search index and in a feed.
 */
import { join } from 'node:path';
import type { AstroIntegrationLogger } from 'astro';
import type { SiteConfig } from '../lib/node/config.ts';
import { checkBuiltSite, formatGateReport, loadDenylist } from '../privacy/index.ts';
import { publicNamesOf, type PublishedEntry } from '../content/model.ts';
import { BUILD } from '../strings/build.ts';

export class OutputLeakError extends Error {
  override name = 'OutputLeakError';
}

export function assertBuiltSiteClean(
  outDir: string,
  published: readonly PublishedEntry[],
  config: SiteConfig,
  logger: AstroIntegrationLogger,
): void {
  const result = checkBuiltSite(outDir, {
    publicNames: [...new Set(published.flatMap(publicNamesOf))],
    notNames: [...new Set(published.flatMap((entry) => entry.data.notNames))],
    denylist: loadDenylist(),
    // The footer's lines are the organ's own contact details, published on its authority.
    vouchedTexts: [...config.footer.contact, config.footer.publicSecurity, config.footer.icp].filter((text): text is string =>
      Boolean(text),
    ),
    cacheFile: join(config.cacheDir, 'mingjing-output-check.txt'),
    projectRoot: config.projectRoot,
  });
  if (result.findings.length > 0) {
    logger.error(`${BUILD.outputLeak}${formatGateReport(result.findings)}`);
    const error = new OutputLeakError(BUILD.outputLeakSummary);
    error.stack = error.message;
    throw error;
  }
  logger.info(BUILD.outputClean(result.filesChecked, result.filesFromCache));
}
