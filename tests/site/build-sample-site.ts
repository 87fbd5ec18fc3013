/**
 * Global setup of the `site` tests: builds the bundled sample site once into a folder of its
 * own and tells every test where it is. A failed build fails the run with Astro's output.
 */
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';

export const SAMPLE_OUT_DIR = resolve(PROJECT_ROOT, '.mingjing/test-builds/sample/dist');

declare module 'vitest' {
  export interface ProvidedContext {
    sampleSiteDir: string;
  }
}

export default function setup(project: TestProject): void {
  rmSync(SAMPLE_OUT_DIR, { recursive: true, force: true });
  const result = buildSite({ contentDir: resolve(PROJECT_ROOT, 'content'), outDir: SAMPLE_OUT_DIR, hostOrgan: null });
  if (result.status !== 0) throw new Error(`示例站点构建失败：\n${result.output}`);
  project.provide('sampleSiteDir', SAMPLE_OUT_DIR);
}
