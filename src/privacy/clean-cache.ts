/**
 * Remembers which texts the detectors found clean, by hash only (never a byte of the text), so a
 * warm build does not scan an unchanged file twice: the source gate and the output check each
 * keep one file of hashes in the build cache.
 *
 * A hash covers the text and everything else that decides a finding: the vouched-for names, the
 * deny-list, and the detectors themselves — the source of src/privacy/ and src/names/, so a
 * detector that learns something new rescans everything.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { sourceFingerprint } from '../lib/node/source-fingerprint.ts';

/** sha256 over the detectors' source files under `projectRoot`; unique per process when absent. */
export function detectorFingerprint(projectRoot: string): string {
  return sourceFingerprint(projectRoot, ['src/privacy', 'src/names']);
}

export interface CleanCache {
  /** The key of a text under this cache's salt. */
  keyOf(...parts: (string | Uint8Array)[]): string;
  /** Whether `key` was found clean in an earlier build, or recorded earlier in this one. */
  has(key: string): boolean;
  /**
   * Records a clean text: it is kept by the next save(). `parts` are the keys of the pieces it was
   * found clean by (a page's windows, output-windows.ts): they are kept with it, so a page found
   * whole in a later build keeps its windows for the build after, where one line of it changes.
   */
  add(key: string, parts?: readonly string[]): void;
  /** Records again a key found in the cache, with the parts remembered with it. */
  keep(key: string): void;
  /** The parts remembered with `key` (none when it has none, or is unknown). */
  partsOf(key: string): readonly string[];
  /** The keys recorded in this run with their parts (a worker hands them to the cache the build saves). */
  recorded(): Array<[string, string[]]>;
  /** Writes the keys recorded in this run (only those: entries gone from the site drop out). */
  save(): void;
}

/**
 * Opens the cache kept in `file` (none: nothing is remembered). `salt` is part of every key. The
 * file holds one key a line, followed by the keys of its parts where it has any.
 */
export function openCleanCache(file: string | undefined, salt: string): CleanCache {
  const before = new Set<string>();
  const partsBefore = new Map<string, string[]>();
  if (file && existsSync(file))
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (!line) continue;
      const [key, ...parts] = line.split(' ');
      before.add(key!);
      for (const part of parts) before.add(part);
      if (parts.length > 0) partsBefore.set(key!, parts);
    }
  const now = new Map<string, string[]>();
  // Every key recorded in this run, parts included: a text found clean earlier in the same build
  // (a window every page shares) is not read again.
  const recordedNow = new Set<string>();
  const add = (key: string, parts: readonly string[] = []) => {
    const known = now.get(key);
    now.set(key, known && known.length >= parts.length ? known : [...parts]);
    recordedNow.add(key);
    for (const part of parts) recordedNow.add(part);
  };
  return {
    keyOf: (...parts) => {
      const hash = createHash('sha256').update(salt);
      for (const part of parts) hash.update('\0').update(part);
      return hash.digest('hex');
    },
    has: (key) => before.has(key) || recordedNow.has(key),
    add,
    keep: (key) => add(key, partsBefore.get(key)),
    partsOf: (key) => now.get(key) ?? partsBefore.get(key) ?? [],
    recorded: () => [...now],
    save: () => {
      if (!file) return;
      mkdirSync(dirname(file), { recursive: true });
      // Through a rename: a build stopped half-way leaves the old list, never half of one.
      const temporary = `${file}.${process.pid}.tmp`;
      const lines = [...now].map(([key, parts]) => (parts.length > 0 ? `${key} ${parts.join(' ')}` : key));
      writeFileSync(temporary, `${lines.sort().join('\n')}\n`);
      renameSync(temporary, file);
    },
  };
}
