/**
 * Builds a site the way `npm run build` does (a child `astro build` on Node 24), against any
 * content folder and clock, into any output folder. Tests use it for fixture sites and for the
 * bundled sample site.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, symlinkSync } from 'node:fs';
import { resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
/** The bundled sample site's content: kept apart from content/, which `npm run init` gives an organ. */
export const SAMPLE_CONTENT = resolve(PROJECT_ROOT, 'demo/content');
/** What the sample site is built with, whatever mingjing.config.json says after `npm run init`. */
export const SAMPLE_ENV = { MINGJING_HOST_ORGAN: 'yingzhou-city', MINGJING_DEMO: '1' } as const;
const ASTRO_BIN = resolve(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
/** Node 24 from the `node` package: Astro 7 refuses the Node 20 that machines ship. */
export const NODE_BIN = resolve(PROJECT_ROOT, 'node_modules/.bin/node');

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  /** Build clock (MINGJING_NOW). Fixed by default so builds are reproducible. */
  now?: string;
  env?: Record<string, string>;
  /** Project folder to build from (a copy of this one, for tests that change a template). */
  root?: string;
  /** The host organ (MINGJING_HOST_ORGAN): the fixture sites' test-city by default; null keeps mingjing.config.json's. */
  hostOrgan?: string | null;
}

export interface BuildResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for asserting on messages. */
  output: string;
}

export function buildSite({
  contentDir,
  outDir,
  now = '2026-11-01',
  env = {},
  root = PROJECT_ROOT,
  hostOrgan = 'test-city',
}: BuildOptions): BuildResult {
  const result = spawnSync(NODE_BIN, [ASTRO_BIN, 'build', '--outDir', outDir], {
    cwd: root,
    encoding: 'utf8',
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      MINGJING_CONTENT_DIR: contentDir,
      MINGJING_NOW: now,
      MINGJING_SITE: 'https://mingjing.test',
      MINGJING_CACHE_DIR: `${outDir}.cache`,
      ...(hostOrgan ? { MINGJING_HOST_ORGAN: hostOrgan } : {}),
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * A copy of the project's code (not its content or outputs) in `dir`, with node_modules linked,
 * so a test can change a template and build without touching the working tree.
 */
export function copyProject(dir: string): string {
  for (const item of ['src', 'public', 'astro.config.mjs', 'mingjing.config.json', 'package.json', 'tsconfig.json']) {
    cpSync(resolve(PROJECT_ROOT, item), resolve(dir, item), { recursive: true });
  }
  symlinkSync(resolve(PROJECT_ROOT, 'node_modules'), resolve(dir, 'node_modules'), 'dir');
  return dir;
}
