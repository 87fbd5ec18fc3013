/**
 * The former entry point of media publishing, kept so that callers written before
 * `publishEntryMedia` (publish-media.ts) still publish images re-encoded and sanitised, never
 * copied as they were handed in.
 */
import type { PublishedEntry } from '../content/model.ts';
import { publishEntryMedia } from './publish-media.ts';

export { mediaPath } from './publish-media.ts';

/** Publishes the images of `entries` into `outDir`; resolves with how many files were written. */
export async function copyEntryMedia(entries: readonly PublishedEntry[], outDir: string): Promise<number> {
  return (await publishEntryMedia(entries, outDir)).files;
}
