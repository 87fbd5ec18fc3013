/**
 * The Astro integration that wires Mingjing's concerns into the build (ARCHITECTURE.md, "Flow").
 * It stays thin: each step is a module of its own, tested without Astro.
 *
 * - `astro:config:setup`: open the build's transaction (build-transaction.ts) and point the build
 *   at a staging release.
 * - content sync (Astro, between `config:done` and `build:start`): the loaders of src/content/ read,
 *   validate and gate the content; a problem stops the build before any page is written.
 * - `astro:build:done`: add what Astro does not make (cards, media, search index), check every
 *   output for personal data, commit the caches, move the board packs out of the site into
 *   `dist-print/` (they are for printing, not for the web), then swap the staging releases in. A
 *   failure at any step, or a crash, leaves the previous `dist/` exactly as it was and no trace of
 *   the failed build in any cache or staging folder.
 *
 * Register it last: `build:done` hooks run in integration order, and the swap must come after
 * every other integration has written its files into the staging release.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lastContent } from '../content/pipeline.ts';
import { isReservedExampleHost, type SiteConfig } from '../lib/node/config.ts';
import { BUILD } from '../strings/build.ts';
import { discardStaging, movePacksOut, packsDirFor, prepareStaging, swapStagingIntoPlace } from './atomic-output.ts';
import { BuildReport } from './build-report.ts';
import { BuildTransaction } from './build-transaction.ts';
import { incrementalOutcome } from './incremental-cache.ts';
import { runPostBuildSteps } from './post-build.ts';

export function mingjing(config: SiteConfig): AstroIntegration {
  let finalOutDir = '';
  let stagingDir = '';
  let transaction: BuildTransaction | undefined;
  let incrementalBuild = false;
  const report = new BuildReport();

  return {
    name: 'mingjing',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, config: astroConfig }) => {
        if (command !== 'build') return;
        finalOutDir = fileURLToPath(astroConfig.outDir);
        incrementalBuild = astroConfig.experimental.incrementalBuild;
        stagingDir = prepareStaging(finalOutDir);
        transaction = new BuildTransaction(config.cacheDir, stagingDir);
        transaction.begin();
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
      },
      'astro:config:done': () => {
        if (transaction) report.start('content');
      },
      'astro:build:start': () => {
        report.end('content');
        report.start('render');
      },
      'astro:build:done': async ({ dir, logger, pages }) => {
        if (!transaction) return;
        const content = lastContent();
        try {
          report.end('render');
          // Pages Astro copied from the last build (incremental-cache.ts) and pages it rendered.
          const incremental = incrementalBuild ? incrementalOutcome(config.cacheDir, transaction.startedAtNs) : undefined;
          report.count('pages', pages.length);
          report.count('pagesReused', incremental?.reusedPages ?? 0);
          report.count('pagesRendered', pages.length - (incremental?.reusedPages ?? 0));
          report.count('outputsKeyed', incremental?.keyed ?? 0);
          report.count('outputsReused', incremental?.reused ?? 0);
          report.list('outputsRenderedAgain', incremental?.rendered ?? []);
          if (!content) throw new Error(BUILD.contentNotLoaded);
          report.record('read', content.timings.readMs);
          report.record('validate', content.timings.validateMs);
          report.record('gate', content.timings.gateMs);
          report.count('entries', content.model.published.length);
          report.count('entriesParsed', content.validation.parsed);
          report.count('entriesRemembered', content.validation.remembered);
          transaction.onCommit(content.commitCaches);
          await runPostBuildSteps({ config, model: content.model, outDir: fileURLToPath(dir), logger, report, transaction });
        } catch (error) {
          transaction.abort();
          throw error;
        }
        // Every check passed: the caches may keep what this build made (they link into the staging
        // release, so before the swap renames it), then the new site goes live in one rename.
        transaction.commit();
        const packs = prepareStaging(packsDirFor(finalOutDir));
        try {
          // The packs were checked with the site; they go beside it, never on the web.
          await report.time('swap', () => {
            movePacksOut(stagingDir, packs, config.seals);
            swapStagingIntoPlace(stagingDir, finalOutDir);
            swapStagingIntoPlace(packs, packsDirFor(finalOutDir));
          });
        } catch (error) {
          discardStaging(stagingDir);
          discardStaging(packs);
          throw error;
        }
        report.writeTo(config.cacheDir);
        // Verification QR codes and poster QR codes point at the site's address: an example
        // domain prints codes that lead nowhere, fine for the sample site, never for an organ's.
        const host = new URL(config.site).hostname;
        if (isReservedExampleHost(host) && content!.model.verifications.length + content!.model.published.length > 0)
          logger.warn(BUILD.exampleDomainQr(host));
        logger.info(BUILD.done(finalOutDir));
      },
    },
  };
}
