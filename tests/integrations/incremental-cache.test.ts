/** Astro's incremental cache in a failed build and in the build report (integrations/incremental-cache.ts). */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  IncrementalSnapshot,
  incrementalOutcome,
  INCREMENTAL_MANIFEST,
  INCREMENTAL_PAGES,
} from '../../src/integrations/incremental-cache.ts';
import { BUILD_CACHES } from '../../src/integrations/build-transaction.ts';

const work = mkdtempSync(join(tmpdir(), 'mingjing-incremental-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const manifest = (paths: string[]) =>
  JSON.stringify({
    routes: {
      'src/pages/x.astro': {
        dependencyHash: 'h',
        paths: Object.fromEntries(paths.map((p) => [`/${p}`, { cacheKey: 'k', outputFile: p }])),
      },
    },
  });

function write(cache: string, file: string, text: string, old: boolean): void {
  const path = join(cache, INCREMENTAL_PAGES, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  // A copy from an earlier build: written well before this one began.
  if (old) utimesSync(path, new Date(2020, 0, 1), new Date(2020, 0, 1));
}

describe('incremental cache', () => {
  it('a failed build puts the manifest back and deletes every page copy it wrote', () => {
    const cache = join(work, 'failed');
    mkdirSync(cache, { recursive: true });
    writeFileSync(join(cache, INCREMENTAL_MANIFEST), manifest(['a/index.html', 'b/index.html']));
    write(cache, 'a/index.html', 'old a', true);
    write(cache, 'b/index.html', 'old b', true);
    const snapshot = IncrementalSnapshot.take(cache);
    writeFileSync(join(cache, 'began'), '');
    const began = statSync(join(cache, 'began'), { bigint: true }).mtimeNs;
    // The failed build: rendered b again (with what a check then rejected), a new page c, a new manifest.
    write(cache, 'b/index.html', 'rejected b', false);
    write(cache, 'c/index.html', 'rejected c', false);
    writeFileSync(join(cache, INCREMENTAL_MANIFEST), manifest(['a/index.html', 'b/index.html', 'c/index.html']));
    snapshot.restore(began);
    expect(readFileSync(join(cache, INCREMENTAL_MANIFEST), 'utf8')).toBe(manifest(['a/index.html', 'b/index.html']));
    expect(readFileSync(join(cache, INCREMENTAL_PAGES, 'a/index.html'), 'utf8')).toBe('old a');
    // b's old copy is gone with it: the manifest still names b, so the next build renders it (no copy to restore).
    expect(existsSync(join(cache, INCREMENTAL_PAGES, 'b/index.html'))).toBe(false);
    expect(existsSync(join(cache, INCREMENTAL_PAGES, 'c/index.html'))).toBe(false);
  });

  it('without a manifest before the build, a failed build leaves none', () => {
    const cache = join(work, 'first');
    mkdirSync(cache, { recursive: true });
    const snapshot = IncrementalSnapshot.take(cache);
    writeFileSync(join(cache, INCREMENTAL_MANIFEST), manifest(['a/index.html']));
    write(cache, 'a/index.html', 'rejected a', false);
    snapshot.restore(0n);
    expect(existsSync(join(cache, INCREMENTAL_MANIFEST))).toBe(false);
    expect(existsSync(join(cache, INCREMENTAL_PAGES, 'a/index.html'))).toBe(false);
  });

  it('reports which keyed outputs were copied and which were rendered again', () => {
    const cache = join(work, 'report');
    mkdirSync(cache, { recursive: true });
    write(cache, 'a/index.html', 'a', true);
    write(cache, 'feed.xml', 'feed', true);
    writeFileSync(join(cache, 'began'), '');
    const began = statSync(join(cache, 'began'), { bigint: true }).mtimeNs;
    write(cache, 'b/index.html', 'b', false);
    writeFileSync(join(cache, INCREMENTAL_MANIFEST), manifest(['b/index.html', 'a/index.html', 'feed.xml']));
    expect(incrementalOutcome(cache, began)).toEqual({ keyed: 3, reused: 2, reusedPages: 1, rendered: ['b/index.html'] });
    expect(incrementalOutcome(join(work, 'none'), began)).toBeUndefined();
  });

  it('is among the caches a killed build leaves to be emptied', () => {
    expect(BUILD_CACHES).toContain(INCREMENTAL_MANIFEST);
    expect(BUILD_CACHES).toContain(INCREMENTAL_PAGES);
  });
});
