/**
 * Atomic output: the build writes into a staging folder and only a finished build replaces
 * `dist/`. A build that fails at any step leaves the previous `dist/` untouched.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { sealPath } from '../lib/shared/paths.ts';

/**
 * A fresh, empty staging folder beside the final output folder: on the same file system, so
 * the swap is a rename, and unique per output folder, so parallel builds never share one.
 */
export function prepareStaging(finalDir: string): string {
  const staging = `${finalDir.replace(/\/+$/, '')}.staging`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  return staging;
}

/**
 * Replaces `finalDir` with `stagingDir` by two renames on the same file system, so readers of
 * `finalDir` see either the old site or the new one, never a mix.
 */
export function swapStagingIntoPlace(stagingDir: string, finalDir: string): void {
  mkdirSync(dirname(finalDir), { recursive: true });
  const previous = `${finalDir.replace(/\/+$/, '')}.previous`;
  rmSync(previous, { recursive: true, force: true });
  if (existsSync(finalDir)) renameSync(finalDir, previous);
  renameSync(stagingDir, finalDir);
  removeInBackground(previous);
}

/**
 * Deletes the replaced site without holding up the build: by then it is out of sight under a
 * name of its own, and whatever a removal leaves is removed by the next swap before it starts.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const child = spawn('rm', ['-rf', '--', dir], { detached: true, stdio: 'ignore' });
  child.on('error', () => rmSync(dir, { recursive: true, force: true }));
  child.unref();
}

/** Where the board packs of the site built into `finalDir` go: beside it, never inside it. */
export const packsDirFor = (finalDir: string): string => `${finalDir.replace(/\/+$/, '')}-print`;

/** The site path of the board packs, inside the staging folder Astro wrote and inside the packs folder. */
export const PACKS_PATH = 'print/board';

/**
 * Moves the board packs out of the staging site into a staging folder of their own, so they
 * never reach the public web (a notice posted on a village board is not put on the internet
 * through its pack), and returns it. `npm run pdf` prints them from there.
 */
export function movePacksOut(stagingDir: string, seals: Readonly<Record<string, string>> = {}): string {
  const packsStaging = `${stagingDir.replace(/\/+$/, '')}-print`;
  rmSync(packsStaging, { recursive: true, force: true });
  mkdirSync(join(packsStaging, dirname(PACKS_PATH)), { recursive: true });
  const packs = join(stagingDir, PACKS_PATH);
  if (existsSync(packs)) renameSync(packs, join(packsStaging, PACKS_PATH));
  // The seals print with the packs, and only there: a seal image on the web could be copied.
  for (const [organ, file] of Object.entries(seals)) {
    const target = join(packsStaging, sealPath(organ, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
  return packsStaging;
}
