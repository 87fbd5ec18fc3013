/**
 * The content folder as the desk reads it, cached. Every entry page asks for `npm run validate`'s
 * problems of one entry with the whole folder around it (references, numbers, duplicates), and a
 * folder of 10,000 entries takes seconds to read and validate. The desk's drafts live in its
 * database, so `content/` changes only when an entry is published or someone edits it outside
 * the desk: the folder is read again only when its signature changes, and a validation is
 * remembered for the text it validated.
 *
 * Decision: the signature is every file's path, size and modification time (lstat, no read), not a
 * digest of the contents: one directory walk of stats costs a few milliseconds per thousand files,
 * while hashing would read them all. An edit that keeps a file's size and its mtime (to the
 * nanosecond the file system records) is not seen; editors and git both change the mtime.
 */
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentProblem } from '../../content/problems.ts';
import { readContentFolder, type RawContent } from '../../content/read.ts';
import { validateContent, type ValidatedContent } from '../../content/validate.ts';

/** Validations kept per folder: a few entries open at once, each with its current text. */
const KEPT_VALIDATIONS = 32;

export interface Validation {
  content: ValidatedContent;
  problems: ContentProblem[];
}

/** Path, size and mtime of every file under `dir`, as one digest. A missing folder has a signature too. */
export function folderSignature(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string) => {
    let children;
    try {
      children = readdirSync(at, { withFileTypes: true });
    } catch {
      hash.update(`!${at}\n`);
      return;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const child of children) {
      const path = join(at, child.name);
      // `.git` changes with every commit the desk makes; what it holds is not content.
      if (child.name === '.git') continue;
      if (child.isDirectory()) walk(path);
      else {
        const stat = lstatSync(path, { bigint: true, throwIfNoEntry: false });
        hash.update(`${path}\0${stat?.size ?? -1}\0${stat?.mtimeNs ?? -1}\0${stat?.ctimeNs ?? -1}\n`);
      }
    }
  };
  walk(dir);
  return hash.digest('hex');
}

export class ContentCache {
  readonly contentDir: string;
  readonly projectRoot: string;
  #signature = '';
  #raw: RawContent | undefined;
  #validations = new Map<string, Validation>();
  /** How often the folder was read and an entry validated: for the tests that prove the cache works. */
  readonly counts = { reads: 0, validations: 0 };

  constructor(contentDir: string, projectRoot: string) {
    this.contentDir = contentDir;
    this.projectRoot = projectRoot;
  }

  /** The folder as it is now: read again only if a file was added, removed or changed. */
  raw(): RawContent {
    const signature = folderSignature(this.contentDir);
    if (signature !== this.#signature || !this.#raw) {
      this.#raw = readContentFolder(this.contentDir, this.projectRoot);
      this.#signature = signature;
      this.#validations.clear();
      this.counts.reads++;
    }
    return this.#raw;
  }

  /**
   * The folder validated with `entry` standing in its place (or added). The raw folder is never
   * changed: the entry list is copied.
   */
  validate(entry: RawContent['entries'][number]): Validation {
    const raw = this.raw();
    const key = createHash('sha256').update(`${entry.file}\0${entry.source}`).digest('hex');
    const kept = this.#validations.get(key);
    if (kept) {
      // Most recently used last, so the oldest is dropped first.
      this.#validations.delete(key);
      this.#validations.set(key, kept);
      return kept;
    }
    const validation = validateContent({ ...raw, entries: [...raw.entries.filter((other) => other.file !== entry.file), entry] });
    this.counts.validations++;
    this.#validations.set(key, validation);
    if (this.#validations.size > KEPT_VALIDATIONS) this.#validations.delete(this.#validations.keys().next().value!);
    return validation;
  }
}

const caches = new Map<string, ContentCache>();

/** One cache per content folder in this process. */
export function contentCacheFor(contentDir: string, projectRoot: string): ContentCache {
  const key = `${projectRoot}\0${contentDir}`;
  let cache = caches.get(key);
  if (!cache) {
    cache = new ContentCache(contentDir, projectRoot);
    caches.set(key, cache);
  }
  return cache;
}
