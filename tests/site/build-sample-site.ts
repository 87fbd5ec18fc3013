/**
 * Global setup of the `site` tests: builds the bundled sample site once into a folder of its
 * own, serves it with nginx and the repository's deploy configuration, and tells every test
 * where it is. The `site-base` project does the same under a base path
 * (build-sample-site-base.ts). A failed build fails the run with Astro's output.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, SAMPLE_CONTENT, SAMPLE_ENV, buildSite } from '../helpers/build-site.ts';
import { serveWithNginx } from '../helpers/nginx.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built sample site (dist/). */
    sampleSiteDir: string;
    /** Where nginx serves it, base path included, with a trailing slash. */
    sampleSiteUrl: string;
    /** The base path it was built for: `/` or `/mingjing/`. */
    sampleBase: string;
  }
}

export const sampleOutDir = (base: string) => resolve(PROJECT_ROOT, `.mingjing/test-builds/sample${base === '/' ? '' : '-base'}/dist`);

export async function setupSample(project: TestProject, base: string): Promise<() => Promise<void>> {
  const outDir = sampleOutDir(base);
  rmSync(outDir, { recursive: true, force: true });
  const result = buildSite({ contentDir: SAMPLE_CONTENT, outDir, hostOrgan: null, env: { ...SAMPLE_ENV, MINGJING_BASE: base } });
  if (result.status !== 0) throw new Error(`示例站点构建失败：\n${result.output}`);
  const server = await serveWithNginx(outDir, { base });
  project.provide('sampleSiteDir', outDir);
  project.provide('sampleSiteUrl', server.url);
  project.provide('sampleBase', base);
  return () => server.close();
}

export default (project: TestProject) => setupSample(project, '/');
