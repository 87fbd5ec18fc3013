/**
 * Where an entry's image may come from, and what it may be: a regular file inside content/,
 * reached without `..`, an absolute path or a symlink (an image is published, so a path out of
 * the folder would publish whatever file it names), of one of the four types the site serves,
 * recognised by its bytes, not only by its name. Validation reports a problem; publishing
 * (src/media/) checks again before it reads the file.
 */
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { EXPECTED, FOUND } from '../strings/content.ts';
import { shownPath } from './files.ts';

export type ImageType = 'png' | 'jpeg' | 'webp' | 'svg';

/** Largest image published, in bytes: a print-quality poster, far below what would stall the build. */
export const MAX_IMAGE_BYTES = 16 * 1024 * 1024;

const TYPE_OF_EXTENSION: Record<string, ImageType> = { png: 'png', jpg: 'jpeg', jpeg: 'jpeg', webp: 'webp', svg: 'svg' };

/** The type `bytes` begin with, by their signature; SVG is text whose first element is `<svg`. */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const starts = (signature: readonly number[], at = 0) => signature.every((byte, index) => bytes[at + index] === byte);
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (starts([0xff, 0xd8, 0xff])) return 'jpeg';
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8)) return 'webp';
  // Text: skip a byte-order mark, the XML declaration, comments and a doctype, then expect <svg.
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096)).replace(/^\uFEFF/, '');
  const rest = head.replace(/^(?:\s+|<\?xml[^>]*\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>)*/i, '');
  return /^<svg[\s>/]/.test(rest) ? 'svg' : undefined;
}

export type ImageCheck = { path: string; type: ImageType; problem?: undefined } | { problem: { expected: string; found: string } };

/**
 * Checks the image `src` of the entry at `entryPath` (a file directly in `content/<kind>/`):
 * the real path of the file, its type, or the problem to report for field `image.src`.
 */
export function checkEntryImage(entryPath: string, src: string): ImageCheck {
  const contentDir = dirname(dirname(entryPath));
  const fail = (expected: string, found: string): ImageCheck => ({ problem: { expected, found } });
  const shown = shownPath(src);
  if (isAbsolute(src) || src.includes('\\') || src.split('/').includes('..')) return fail(EXPECTED.imageInsideContent, FOUND.imageOutside(shown));
  const path = resolve(dirname(entryPath), src);
  let real: string;
  let realContent: string;
  try {
    realContent = realpathSync(contentDir);
    real = realpathSync(path);
  } catch {
    return fail(EXPECTED.imageBesideEntry, FOUND.missingFile(shown));
  }
  // The real path must be the path itself: a symlink at any step could lead anywhere.
  const rel = relative(realContent, real);
  if (rel.startsWith(`..${sep}`) || rel === '..' || isAbsolute(rel) || real !== resolve(realContent, relative(contentDir, path)))
    return fail(EXPECTED.imageInsideContent, FOUND.imageLinked(shown));
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch {
    return fail(EXPECTED.imageInsideContent, FOUND.imageLinked(shown));
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return fail(EXPECTED.imageBesideEntry, FOUND.notRegularFile);
    if (stat.size > MAX_IMAGE_BYTES) return fail(EXPECTED.fileSize(MAX_IMAGE_BYTES), FOUND.fileSize(stat.size));
    const head = new Uint8Array(4096);
    const read = readSync(fd, head, 0, head.length, 0);
    const type = sniffImageType(head.subarray(0, read));
    const extension = /\.([a-z]+)$/i.exec(src)?.[1]?.toLowerCase() ?? '';
    if (!type || TYPE_OF_EXTENSION[extension] !== type) return fail(EXPECTED.imageType, FOUND.imageType(extension, type));
    return { path: real, type };
  } finally {
    closeSync(fd);
  }
}

/** Why publishing could not turn a checked image into a published one (src/media/). */
export type ImageFailure = 'notUtf8' | 'undecodable' | keyof typeof FOUND.svgRefused;

/** The "expected" and "found" halves of the message for `failure`, reported for field `image.src`. */
export function imageFailure(failure: ImageFailure): { expected: string; found: string } {
  if (failure === 'notUtf8') return { expected: EXPECTED.utf8, found: FOUND.notUtf8 };
  if (failure === 'undecodable') return { expected: EXPECTED.imageType, found: FOUND.imageUndecodable };
  return { expected: EXPECTED.imageType, found: FOUND.svgRefused[failure] };
}
