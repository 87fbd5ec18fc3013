/**
 * Atomic output (ARCHITECTURE.md, "Invariants"): the build writes a new release folder beside
 * `dist`, and `dist` is a symbolic link to the current release. Publishing is one `rename` of a new
 * link over the old one, which the kernel does atomically: a reader, nginx or a crash at any moment
 * finds either the old site or the new one, complete, never neither and never a mix.
 *
 * `dist.releases/` holds the current release and, while a build runs, its staging release. A
 * failed build removes its staging release; a release left by a build that died is removed by the
 * next one. The first build after an upgrade from a plain `dist/` folder moves that folder into
 * `dist.releases/` once (the only moment `dist` is briefly absent).
 */
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { sealPath } from '../lib/shared/paths.ts';

const trimmed = (dir: string): string => dir.replace(/\/+$/, '');

/** The folder that holds the releases of `finalDir`. */
export const releasesDir = (finalDir: string): string => `${trimmed(finalDir)}.releases`;

/** The release `finalDir` points at now, as an absolute path, or undefined. */
export function currentRelease(finalDir: string): string | undefined {
  const link = trimmed(finalDir);
  try {
    if (!lstatSync(link).isSymbolicLink()) return undefined;
  } catch {
    return undefined;
  }
  return resolve(dirname(link), readlinkSync(link));
}

/** Whether `name` is the staging release of a build whose process still runs. */
function buildingNow(name: string): boolean {
  const pid = Number(/^building-[0-9a-z]+-(\d+)$/.exec(name)?.[1]);
  if (!pid || pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A fresh, empty staging release for a build of `finalDir`, on the same file system (so the swap is
 * a rename) and unique to this build (so parallel builds never share one). Releases that are not
 * current are leftovers of failed or killed builds: removed first.
 */
export function prepareStaging(finalDir: string): string {
  const releases = releasesDir(finalDir);
  mkdirSync(releases, { recursive: true });
  const current = currentRelease(finalDir);
  for (const name of readdirSync(releases)) {
    const path = join(releases, name);
    if (path !== current && !buildingNow(name)) rmSync(path, { recursive: true, force: true });
  }
  // Unique even for two builds of one process in the same millisecond (the desk's queue, tests).
  const staging = join(releases, `building-${Date.now().toString(36)}${randomBytes(3).toString('hex')}-${process.pid}`);
  mkdirSync(staging);
  return staging;
}

/** Removes a staging release that will never be published (a failed build). */
export function discardStaging(stagingDir: string): void {
  rmSync(stagingDir, { recursive: true, force: true });
}

/**
 * Publishes `stagingDir` as `finalDir`: the staging release is renamed to its final name inside
 * `dist.releases/`, a new link to it is made beside `finalDir`, and one rename puts the link in
 * place. The previous release is then removed without holding up the build.
 */
export function swapStagingIntoPlace(stagingDir: string, finalDir: string): void {
  const link = trimmed(finalDir);
  const releases = releasesDir(link);
  const previous = currentRelease(link);
  mkdirSync(releases, { recursive: true });
  if (existsSync(link) && !lstatSync(link).isSymbolicLink()) {
    // A plain folder from before releases: moved aside once, then replaced by the link.
    renameSync(link, join(releases, `legacy-${Date.now().toString(36)}`));
  }
  const release = join(releases, basename(stagingDir).replace(/^building-/, 'release-'));
  renameSync(stagingDir, release);
  const temporaryLink = `${link}.link-${process.pid}`;
  rmSync(temporaryLink, { force: true });
  symlinkSync(join(basename(releases), basename(release)), temporaryLink);
  renameSync(temporaryLink, link);
  for (const name of readdirSync(releases)) {
    const path = join(releases, name);
    if (path !== release && (path === previous || !buildingNow(name))) removeInBackground(path);
  }
}

/**
 * Deletes a replaced release without holding up the build: it is out of sight under a name of its
 * own, and whatever a removal leaves is removed by the next build before it starts.
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
 * Moves the board packs out of the staging site into `packsStaging` (a staging release of the
 * packs folder, from `prepareStaging(packsDirFor(…))`), so they never reach the public web: a
 * notice posted on a village board is not put on the internet through its pack. `npm run pdf`
 * prints them from there.
 */
export function movePacksOut(stagingDir: string, packsStaging: string, seals: Readonly<Record<string, string>> = {}): void {
  mkdirSync(join(packsStaging, dirname(PACKS_PATH)), { recursive: true });
  const packs = join(stagingDir, PACKS_PATH);
  if (existsSync(packs)) renameSync(packs, join(packsStaging, PACKS_PATH));
  // The seals print with the packs, and only there: a seal image on the web could be copied.
  for (const [organ, file] of Object.entries(seals)) {
    const target = join(packsStaging, sealPath(organ, file));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(file, target);
  }
}
