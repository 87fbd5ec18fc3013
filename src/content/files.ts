/**
 * Reading a content file safely: the one way the build and `npm run scan` open a file an editor
 * supplied. A file is read only when it is a regular file (never a symlink, which could pull in
 * a file from outside content/, never a folder or device), no larger than MAX_FILE_BYTES (a
 * runaway file would stall every detector) and valid UTF-8 (a GBK file decoded leniently turns
 * into replacement characters the privacy gate cannot read). Anything else is refused with a
 * Chinese problem naming the file, and not one byte of it is read further.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { maskSensitiveText } from '../privacy/index.ts';
import { CONTENT, EXPECTED, FOUND } from '../strings/content.ts';
import type { ContentProblem } from './problems.ts';

/**
 * Largest content file read, in bytes: about a hundred times the largest file of the sample site
 * (a 4.7 KB case, a 13 KB glossary), so no real notice or data file comes near it, while a
 * runaway file (a whole report pasted in, a generated dump) is refused before any parser runs.
 */
export const MAX_FILE_BYTES = 512 * 1024;

/** An entry id: lower-case ASCII letters, digits and single hyphens. It becomes a URL segment. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Why a file was not read. */
export type FileRefusal = { reason: 'symlink' } | { reason: 'notFile' } | { reason: 'tooLarge'; bytes: number } | { reason: 'notUtf8' } | { reason: 'unreadable' };

export type TextFile = { text: string; refusal?: undefined } | { text?: undefined; refusal: FileRefusal };

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of `absolutePath`, or why it was refused. The file is opened once with O_NOFOLLOW (so
 * a symlink swapped in after a directory listing is still refused) and O_NONBLOCK (so a FIFO
 * cannot hang the build); type and size come from that same descriptor.
 */
export function readTextFile(absolutePath: string): TextFile {
  let fd: number;
  try {
    fd = openSync(absolutePath, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    return { refusal: { reason: (error as NodeJS.ErrnoException).code === 'ELOOP' ? 'symlink' : 'unreadable' } };
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { refusal: { reason: 'notFile' } };
    if (stat.size > MAX_FILE_BYTES) return { refusal: { reason: 'tooLarge', bytes: stat.size } };
    const bytes = readFileSync(fd);
    // The size is checked again: the file may have grown between fstat and read.
    if (bytes.length > MAX_FILE_BYTES) return { refusal: { reason: 'tooLarge', bytes: bytes.length } };
    try {
      return { text: decoder.decode(bytes) };
    } catch {
      return { refusal: { reason: 'notUtf8' } };
    }
  } catch {
    return { refusal: { reason: 'unreadable' } };
  } finally {
    closeSync(fd);
  }
}

/**
 * A path as shown in a message. File names are editor text: a name or number in one would
 * otherwise reach the log, so detected values are masked and any run of non-ASCII characters
 * keeps only its first character (`蒋文涛.md` is shown as `蒋**.md`).
 */
export function shownPath(path: string): string {
  return maskSensitiveText(path)
    .split(/([/\\])/)
    .map((segment) => segment.replace(/[^\x20-\x7e]+/g, (run) => [...run].map((char, index) => (index === 0 ? char : '*')).join('')))
    .join('');
}

/** The problem reported for a refused file. */
export function refusalProblem(file: string, refusal: FileRefusal): ContentProblem {
  const shown = shownPath(file);
  const place = CONTENT.place.file;
  switch (refusal.reason) {
    case 'symlink':
      return { file: shown, field: place, expected: EXPECTED.regularFile, found: FOUND.symlink };
    case 'notFile':
      return { file: shown, field: place, expected: EXPECTED.regularFile, found: FOUND.notRegularFile };
    case 'tooLarge':
      return { file: shown, field: place, expected: EXPECTED.fileSize(MAX_FILE_BYTES), found: FOUND.fileSize(refusal.bytes) };
    case 'notUtf8':
      return { file: shown, field: place, expected: EXPECTED.utf8, found: FOUND.notUtf8 };
    case 'unreadable':
      return { file: shown, field: place, expected: EXPECTED.regularFile, found: FOUND.unreadable };
  }
}

/** The problem reported for an entry file whose name is no slug; `id` is the name without extension. */
export function fileNameProblem(file: string, id: string): ContentProblem {
  return { file: shownPath(file), field: CONTENT.place.file, expected: EXPECTED.slugFileName, found: FOUND.fileName(shownPath(id)) };
}

/**
 * Every symlink under `dir` (files and folders, at any depth, not followed), as paths relative
 * to `projectRoot`. The build reads no file through a link, and an image is published only from
 * a real file inside content/, so a link anywhere there is reported rather than silently skipped.
 */
export function symlinksUnder(dir: string, projectRoot: string): string[] {
  const found: string[] = [];
  const walk = (current: string): void => {
    let children;
    try {
      children = readdirSync(current, { withFileTypes: true });
    } catch {
      return;
    }
    for (const child of children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(current, child.name);
      if (child.isSymbolicLink()) found.push(relative(projectRoot, path).split(sep).join('/'));
      else if (child.isDirectory() && child.name !== '.git') walk(path);
    }
  };
  walk(dir);
  return found;
}
