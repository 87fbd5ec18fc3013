/**
 * Remembers the per-file work of validation (parsing the YAML header, the schema, the checks that
 * read only the entry itself) by the digest of the file's bytes, so a build that finds an entry
 * file unchanged takes its checked data instead of doing that work again (issue 22). The checks
 * between files (an organ, series or batch an entry names, duplicate ids, numbering, posting
 * places) and the image an entry points at are never remembered: they run on every build, over
 * remembered and fresh entries alike, so an edit to one file that breaks another is still caught.
 *
 * Decision: what may be remembered. The cache lives in the build cache folder beside Astro's
 * content store, under the same rule (ARCHITECTURE.md, "Invariants"): only content that passed the
 * gate and is published on a channel of its own (the website or a posting board, i.e. what the
 * store already holds) is written in clear, as `publicEntry` leaves it (no follow-up's internal
 * note). Drafts, withdrawn and expired entries, closed-scope notices and anything with a finding
 * are parsed again on every build; they are few. An entry is remembered only with no problem at
 * all (a build with a problem never commits), so a remembered entry stands for "valid".
 *
 * A key covers the entry's kind, path, id and format, its bytes, and the code that decides the
 * result: the sources of the folders validation imports (content, schemas, names, strings,
 * privacy, lib, verify) and the lock file (the `yaml` and `zod` versions). A changed parser,
 * schema or rule therefore re-reads every entry.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sourceFingerprint } from '../lib/node/source-fingerprint.ts';

/** The cache file's name in the build cache folder (integrations/build-transaction.ts lists it). */
export const VALIDATION_CACHE_FILE = 'mingjing-validation.json';

/** Bump when the cached record's shape changes. */
const FORMAT = 'validation-2';

/** Folders whose source decides what validation makes of a file. */
const CODE_FOLDERS = ['src/content', 'src/schemas', 'src/names', 'src/strings', 'src/privacy', 'src/lib', 'src/verify'] as const;

/** What identifies an entry file besides its bytes. */
export interface EntryIdentity {
  kind: string;
  id: string;
  file: string;
  format: 'md' | 'mdx';
  source: string;
}

/** What is remembered of a valid, published entry: its checked data and where its body starts. */
export interface RememberedEntry {
  data: unknown;
  /** Offset of the body in the source (the body is `source.slice(bodyStart)`). */
  bodyStart: number;
  bodyLine: number;
  /** Offsets of the follow-ups' internal notes in the source (`internalNoteSpans`): numbers only. */
  noteSpans: [number, number][];
}

export interface ValidationCache {
  /** The key of an entry file under this code. */
  keyOf(entry: EntryIdentity): string;
  /** The remembered result for `key`, if a committed build left one. */
  get(key: string): RememberedEntry | undefined;
  /** Keeps `entry` for the next save (only entries kept in this run are saved). */
  remember(key: string, entry: RememberedEntry): void;
  /** Writes the entries kept in this run, through a rename; for a build that passed every check. */
  save(): void;
}

/** sha256 over the code validation runs (see the module comment); unique per process without it. */
export function validationCodeFingerprint(projectRoot: string): string {
  return sourceFingerprint(projectRoot, CODE_FOLDERS, ['package-lock.json'], FORMAT);
}

function isRemembered(value: unknown): value is RememberedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  const spans = record['noteSpans'];
  return (
    typeof record['data'] === 'object' &&
    record['data'] !== null &&
    Number.isInteger(record['bodyStart']) &&
    Number.isInteger(record['bodyLine']) &&
    Array.isArray(spans) &&
    spans.every((span) => Array.isArray(span) && span.length === 2 && span.every((offset) => Number.isInteger(offset)))
  );
}

/** Reads the cache file; an unreadable or foreign file counts as empty (and is replaced on save). */
function load(file: string): Map<string, RememberedEntry> {
  const entries = new Map<string, RememberedEntry>();
  if (!existsSync(file)) return entries;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as { format?: unknown; entries?: unknown };
    if (parsed.format !== FORMAT || typeof parsed.entries !== 'object' || parsed.entries === null) return entries;
    for (const [key, value] of Object.entries(parsed.entries)) if (isRemembered(value)) entries.set(key, value);
  } catch {
    // A damaged cache only costs a full validation.
  }
  return entries;
}

/** Opens the cache kept in `file` (undefined: nothing is remembered or written). */
export function openValidationCache(file: string | undefined, projectRoot: string): ValidationCache {
  const salt = validationCodeFingerprint(projectRoot);
  const before = file ? load(file) : new Map<string, RememberedEntry>();
  const now = new Map<string, RememberedEntry>();
  return {
    keyOf: ({ kind, id, file: path, format, source }) =>
      createHash('sha256').update(salt).update('\0').update(kind).update('\0').update(path).update('\0').update(id).update('\0').update(format).update('\0').update(source).digest('hex'),
    get: (key) => before.get(key),
    remember: (key, entry) => void now.set(key, entry),
    save: () => {
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      const sorted = Object.fromEntries([...now].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
      // Through a rename: a build stopped half-way leaves the old cache, never half of one.
      const temporary = `${file}.${process.pid}.tmp`;
      try {
        writeFileSync(temporary, JSON.stringify({ format: FORMAT, entries: sorted }));
        renameSync(temporary, file);
      } catch (error) {
        rmSync(temporary, { force: true });
        throw error;
      }
    },
  };
}
