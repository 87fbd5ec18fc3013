/**
 * The Astro integration that wires Mingjing's concerns into the build. It stays thin: each step
 * is a module of its own, tested without Astro.
 *
 * - `astro:config:setup`: validate content and run the privacy gate before anything is written,
 *   and point the build at a staging folder.
 * - `astro:build:done`: add what Astro does not make (cards, search index, media), then swap the
 *   staging folder in, so a failed build leaves the previous site exactly as it was.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../lib/config.ts';
import { assertContentPublishable, ContentCheckError } from '../validation/check.ts';
import type { ValidatedContent } from '../validation/validate.ts';
import { prepareStaging, swapStagingIntoPlace } from './atomic-output.ts';
import { BuildReport } from './build-report.ts';
import { runPostBuildSteps } from './post-build.ts';

export function mingjing(config: SiteConfig): AstroIntegration {
  let content: ValidatedContent | undefined;
  let finalOutDir = '';
  let stagingDir = '';
  const report = new BuildReport();

  return {
    name: 'mingjing',
    hooks: {
      'astro:config:setup': ({ command, updateConfig, config: astroConfig, logger }) => {
        if (command === 'build') {
          report.start('validate');
          try {
            content = assertContentPublishable(config);
          } catch (error) {
            if (error instanceof ContentCheckError) {
              // Astro prints a thrown error with its stack; the report alone is what an editor needs.
              logger.error(`\n${error.message}`);
              const summary = new Error('内容校验或隐私检查未通过，未生成任何文件；已有的站点保持不变。');
              summary.stack = summary.message;
              throw summary;
            }
            throw error;
          }
          report.end('validate');
          report.count('entries', content.entries.length);
          report.start('render');
          finalOutDir = fileURLToPath(astroConfig.outDir);
          stagingDir = prepareStaging(finalOutDir);
          updateConfig({ outDir: pathToFileURL(`${stagingDir}/`) });
        } else if (command === 'dev') {
          try {
            assertContentPublishable(config);
          } catch (error) {
            logger.warn(error instanceof Error ? error.message : String(error));
          }
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!content) return;
        report.end('render');
        const outDir = fileURLToPath(dir);
        await runPostBuildSteps({ config, content, outDir, logger, report });
        await report.time('swap', () => swapStagingIntoPlace(stagingDir, finalOutDir));
        report.writeTo(config.cacheDir);
        logger.info(`站点已生成：${finalOutDir}`);
      },
    },
  };
}
