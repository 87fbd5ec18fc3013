/**
 * Astro's incremental build cache (`experimental.incrementalBuild`, ARCHITECTURE.md, "Incremental
 * pages"), as the build transaction and the build report see it. Astro keeps, in the cache folder:
 *
 * - `incremental-build.json`: per route its code's hash, per page its `cacheKey` and output file;
 * - `dist/`: a copy of every keyed page it rendered, which a later build copies into its own output
 *   folder when the page's key and code are unchanged (astro/dist/core/build/incremental.js).
 *
 * So a build never reads the live release: each build writes a fresh staging release
 * (atomic-output.ts), Astro fills it with copies of unchanged pages and renders the rest, and a page
 * that is no longer in any `getStaticPaths()` (a withdrawn or removed entry, a changed id) is simply
 * not there. Astro writes its copies in place (truncating the file), which is why the cache is never
 * hard-linked to a release: a rendered page would change the live site through the shared inode.
 *
 * Astro writes both while it renders, before any check has run. A failed build therefore restores
 * the manifest it found and deletes every copy written since it began: a rejected page survives in no
 * cache, and the pages it had rendered are rendered again next time (their copies are missing).
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Astro's manifest, relative to the cache folder. */
export const INCREMENTAL_MANIFEST = 'incremental-build.json';
/** Astro's copies of rendered pages, relative to the cache folder. */
export const INCREMENTAL_PAGES = 'dist';

interface Manifest {
  routes?: Record<string, { paths?: Record<string, { outputFile?: string }> }>;
}

/** The manifest as a build found it, to put back if the build fails. */
export class IncrementalSnapshot {
  private readonly cacheDir: string;
  private readonly manifest: Buffer | undefined;

  private constructor(cacheDir: string, manifest: Buffer | undefined) {
    this.cacheDir = cacheDir;
    this.manifest = manifest;
  }

  static take(cacheDir: string): IncrementalSnapshot {
    const file = join(cacheDir, INCREMENTAL_MANIFEST);
    return new IncrementalSnapshot(cacheDir, existsSync(file) ? readFileSync(file) : undefined);
  }

  /**
   * Undoes what a failed build did to the incremental cache: the manifest as it was, and no page
   * copy written at or after `sinceNs` (the build's start in the file system's clock). Synchronous:
   * it also runs from the process's exit hook.
   */
  restore(sinceNs: bigint): void {
    const file = join(this.cacheDir, INCREMENTAL_MANIFEST);
    if (this.manifest) writeFileSync(file, this.manifest);
    else rmSync(file, { force: true });
    const pages = join(this.cacheDir, INCREMENTAL_PAGES);
    if (!existsSync(pages)) return;
    for (const item of readdirSync(pages, { withFileTypes: true, recursive: true })) {
      if (!item.isFile()) continue;
      const path = join(item.parentPath, item.name);
      if (statSync(path, { bigint: true }).mtimeNs >= sinceNs) rmSync(path, { force: true });
    }
  }
}

/** What the incremental cache did in one build. */
export interface IncrementalOutcome {
  /** Outputs with a `cacheKey` (pages and endpoints). */
  keyed: number;
  /** Keyed outputs copied from the last build. */
  reused: number;
  /** Keyed HTML pages copied from the last build (Astro's page count includes them). */
  reusedPages: number;
  /** Keyed outputs rendered in this build, as paths relative to the site's root, sorted. */
  rendered: string[];
}

/**
 * Reads the manifest Astro wrote in this build: a keyed output whose copy was written at or after
 * `sinceNs` was rendered, any other was copied from the last build. Undefined without a manifest.
 */
export function incrementalOutcome(cacheDir: string, sinceNs: bigint): IncrementalOutcome | undefined {
  const file = join(cacheDir, INCREMENTAL_MANIFEST);
  if (!existsSync(file)) return undefined;
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const outcome: IncrementalOutcome = { keyed: 0, reused: 0, reusedPages: 0, rendered: [] };
  for (const route of Object.values(manifest.routes ?? {})) {
    for (const { outputFile } of Object.values(route.paths ?? {})) {
      if (!outputFile) continue;
      outcome.keyed += 1;
      const copy = join(cacheDir, INCREMENTAL_PAGES, outputFile);
      const writtenNow = !existsSync(copy) || statSync(copy, { bigint: true }).mtimeNs >= sinceNs;
      if (writtenNow) outcome.rendered.push(outputFile);
      else {
        outcome.reused += 1;
        if (outputFile.endsWith('.html')) outcome.reusedPages += 1;
      }
    }
  }
  outcome.rendered.sort();
  return outcome;
}
