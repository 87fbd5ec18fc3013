/** Reading a built site as plain files, including Pagefind's compressed index files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';

export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const item of readdirSync(current, { withFileTypes: true })) {
      const full = join(current, item.name);
      if (item.isDirectory()) walk(full);
      else out.push(relative(dir, full));
    }
  };
  walk(dir);
  return out.sort();
}

/**
 * A file's text; gzip-compressed files (Pagefind's index and fragments) are decompressed first,
 * and the zero-width spaces Pagefind puts between segmented words are removed, so a phrase
 * split by segmentation is still found.
 */
export function readAsText(file: string): string {
  const bytes = readFileSync(file);
  const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
  return text.replace(/\u200b/g, '');
}

/** Every file of the site whose text contains `needle`. */
export function filesContaining(dir: string, needle: string): string[] {
  return listFiles(dir).filter((file) => !file.endsWith('.png') && readAsText(join(dir, file)).includes(needle));
}

/** A fingerprint of a whole folder: every path with its bytes, for "left untouched" checks. */
export function folderFingerprint(dir: string): string {
  return listFiles(dir)
    .map((file) => `${file}:${readFileSync(join(dir, file)).toString('base64')}`)
    .join('\n');
}
