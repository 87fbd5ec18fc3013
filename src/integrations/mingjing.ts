/**
 * The Astro integration that wires Mingjing's concerns into the build (ARCHITECTURE.md, "Flow").
 * It stays thin: each step is a module of its own, tested without Astro.
 *
 * - `astro:config:setup`: point the build at a staging folder.
 * - content sync (Astro, between `config:done` and `build:start`): the loaders of src/content/ read,
 *   validate and gate the content; a problem stops the build before any page is written.
 * - `astro:build:done`: add what Astro does not make (cards, media, search index), check every
 *   output for personal data, move the board packs out of the site into `dist-print/` (they are
 *   for printing, not for the web), then swap the staging folders in. A failure at any step leaves the
 *   previous `dist/` exactly as it was.
 *
 * Register it last: `build:done` hooks run in integration order, and the swap must come after
 * every other integration has written its files into the staging folder.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { lastContent } from '../content/pipeline.ts';
import { isReservedExampleHost, type SiteConfig } from '../lib/node/config.ts';
import { BUILD } from '../strings/build.ts';
import { movePacksOut, packsDirFor, prepareStaging, swapStagingIntoPlace } from './atomic-output.ts';
import { BuildReport } from './build-report.ts';
import { runPostBuildSteps } from './post-build.ts';

export function mingjing(config: SiteConfig): AstroIntegration {
  let finalOutDir = '';
  let stagingDir = '';
  let building = false;
  const report = new BuildReport();

  return {
    name: 'mingjing',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, config: astroConfig }) => {
        if (command !== 'build') return;
        building = true;
        finalOutDir = fileURLToPath(astroConfig.outDir);
        stagingDir = prepareStaging(finalOutDir);
        updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
      },
      'astro:config:done': () => {
        if (building) report.start('content');
      },
      'astro:build:start': () => {
        report.end('content');
        report.start('render');
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!building) return;
        report.end('render');
        const content = lastContent();
        if (!content) throw new Error(BUILD.contentNotLoaded);
        report.record('read', content.timings.readMs);
        report.record('validate', content.timings.validateMs);
        report.record('gate', content.timings.gateMs);
        report.count('entries', content.model.published.length);
        await runPostBuildSteps({ config, model: content.model, outDir: fileURLToPath(dir), logger, report });
        // The packs were checked with the site; they go beside it, never on the web.
        await report.time('swap', () => {
          const packs = movePacksOut(stagingDir, config.seals);
          swapStagingIntoPlace(stagingDir, finalOutDir);
          swapStagingIntoPlace(packs, packsDirFor(finalOutDir));
        });
        report.writeTo(config.cacheDir);
        // Verification QR codes and poster QR codes point at the site's address: an example
        // domain prints codes that lead nowhere, fine for the sample site, never for an organ's.
        const host = new URL(config.site).hostname;
        if (isReservedExampleHost(host) && content.model.verifications.length + content.model.published.length > 0)
          logger.warn(BUILD.exampleDomainQr(host));
        logger.info(BUILD.done(finalOutDir));
      },
    },
  };
}
