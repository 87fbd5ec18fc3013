/**
 * Nothing a failed build saw survives it (ARCHITECTURE.md, "Invariants"). A build is a
 * transaction over everything it may leave behind: the staging release, Astro's content store,
 * and Mingjing's caches (clean-text hashes, cards, the search index). Caches are written only when
 * the build commits, after every check passed; a build that fails removes its staging release and
 * Astro's store (which may hold the rendered text that failed), and drops what it meant to cache.
 *
 * A build that dies without running either (killed, out of memory) leaves a marker file; the next
 * build sees it and empties every cache before it reads anything, since it cannot know what the
 * dead one wrote.
 *
 * Astro's incremental cache (incremental-cache.ts) is written by Astro while it renders, before any
 * check: a failed build puts its manifest back and deletes every page copy it wrote.
 */
import { existsSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discardStaging } from './atomic-output.ts';
import { INCREMENTAL_MANIFEST, INCREMENTAL_PAGES, IncrementalSnapshot } from './incremental-cache.ts';

/** The cache entries a build may fill, relative to the cache folder. */
export const BUILD_CACHES = [
  'data-store.json',
  'content-assets.mjs',
  'content-modules.mjs',
  'mingjing-gate.txt',
  'mingjing-validation.json',
  'mingjing-output-check-pages.txt',
  'mingjing-output-check-late.txt',
  'mingjing-card-text.txt',
  'mingjing-cards',
  'mingjing-search',
  INCREMENTAL_MANIFEST,
  INCREMENTAL_PAGES,
] as const;

const MARKER = 'mingjing-build-pending';

export class BuildTransaction {
  private readonly commits: (() => void)[] = [];
  private readonly aborts: (() => void)[] = [];
  private open = false;
  private readonly onExit = () => this.abort();
  private incremental: IncrementalSnapshot | undefined;
  /** When the build began, in the file system's clock (the marker's mtime), in nanoseconds. */
  private beganNs = 0n;

  private readonly cacheDir: string;
  private readonly stagingDir: string;

  constructor(cacheDir: string, stagingDir: string) {
    this.cacheDir = cacheDir;
    this.stagingDir = stagingDir;
  }

  /** Starts the build: clears what a dead build may have left, marks this one as running. */
  begin(): void {
    mkdirSync(this.cacheDir, { recursive: true });
    if (existsSync(join(this.cacheDir, MARKER))) this.clearCaches();
    writeFileSync(join(this.cacheDir, MARKER), `${process.pid}\n`);
    this.beganNs = statSync(join(this.cacheDir, MARKER), { bigint: true }).mtimeNs;
    this.incremental = IncrementalSnapshot.take(this.cacheDir);
    this.open = true;
    // Astro exits on a failed build without telling its integrations: the exit hook is the abort.
    process.once('exit', this.onExit);
  }

  /** When the build began, in the file system's clock: files written since have a later mtime. */
  get startedAtNs(): bigint {
    return this.beganNs;
  }

  /** Work to do only if the build commits (writing a cache). */
  onCommit(save: () => void): void {
    this.commits.push(save);
  }

  /** Work to undo if the build fails (drafts of cache entries). */
  onAbort(undo: () => void): void {
    this.aborts.push(undo);
  }

  /** Everything passed and the site is published: write the caches. */
  commit(): void {
    if (!this.open) return;
    for (const save of this.commits) save();
    this.finish();
  }

  /** The build failed: remove the staging release and whatever may hold its rejected text. */
  abort(): void {
    if (!this.open) return;
    for (const undo of this.aborts) undo();
    discardStaging(this.stagingDir);
    // The pages Astro rendered and cached may hold what a check rejected.
    this.incremental?.restore(this.beganNs);
    // The content store holds rendered bodies, and may hold one that failed the output check.
    for (const name of ['data-store.json', 'content-assets.mjs', 'content-modules.mjs']) rmSync(join(this.cacheDir, name), { force: true });
    this.finish();
  }

  private clearCaches(): void {
    for (const name of BUILD_CACHES) rmSync(join(this.cacheDir, name), { recursive: true, force: true });
  }

  private finish(): void {
    this.open = false;
    this.commits.length = 0;
    this.aborts.length = 0;
    rmSync(join(this.cacheDir, MARKER), { force: true });
    process.removeListener('exit', this.onExit);
  }
}
