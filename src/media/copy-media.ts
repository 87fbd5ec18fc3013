/**
 * Images that entries reference (a culture poster) are local files beside the entry. They are
 * copied to `/media/<kind>/<id>/<file>` only for published entries, so a draft's image never
 * reaches the site.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { PublishedEntry } from '../content/model.ts';

export function mediaPath(kind: string, id: string, src: string): string {
  return `media/${kind}/${id}/${basename(src)}`;
}

/** Copies the images of `entries` into `outDir`; returns how many files were copied. */
export function copyEntryMedia(entries: readonly PublishedEntry[], outDir: string): number {
  let copied = 0;
  for (const entry of entries) {
    if (entry.kind !== 'culture' || !('image' in entry.data) || !entry.data.image) continue;
    const target = join(outDir, mediaPath(entry.kind, entry.id, entry.data.image.src));
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(resolve(dirname(entry.absolutePath), entry.data.image.src), target);
    copied += 1;
  }
  return copied;
}
