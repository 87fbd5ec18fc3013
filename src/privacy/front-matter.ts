/**
 * Reads the names an entry vouches for from its YAML front matter, for callers that have only
 * the raw file (the `scan` CLI). The build has parsed entries and passes publicNames itself.
 * A file without front matter, or with YAML that does not parse, is still scanned — as plain
 * text with no public names — because a broken header must never switch the gate off.
 */
import { createRequire } from 'node:module';

// js-yaml ships no types and @types/js-yaml is not a dependency; this is the one call we use.
const { load } = createRequire(import.meta.url)('js-yaml') as {
  load: (source: string, options?: { json?: boolean }) => unknown;
};

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export interface FrontMatterNames {
  /** publicNames plus author.name, deduplicated. */
  publicNames: string[];
  /** notNames: words the editor confirmed are not names. */
  notNames: string[];
  /** False when front matter exists but is not valid YAML: the caller may warn. */
  parsed: boolean;
}

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The public names declared in `source`'s front matter; none when there is no front matter. */
export function publicNamesFromFrontMatter(source: string): FrontMatterNames {
  const block = FRONT_MATTER.exec(source)?.[1];
  if (block === undefined) return { publicNames: [], notNames: [], parsed: true };
  let data: unknown;
  try {
    data = load(block);
  } catch {
    return { publicNames: [], notNames: [], parsed: false };
  }
  if (typeof data !== 'object' || data === null) return { publicNames: [], notNames: [], parsed: true };
  const record = data as Record<string, unknown>;
  const author = record['author'];
  const authorName = typeof author === 'object' && author !== null ? (author as Record<string, unknown>)['name'] : undefined;
  const names = [...strings(record['publicNames']), ...strings(authorName)]
    .map((n) => n.trim())
    .filter((n) => n.length > 0);
  const notNames = strings(record['notNames']).map((n) => n.trim()).filter((n) => n.length > 0);
  return { publicNames: [...new Set(names)], notNames: [...new Set(notNames)], parsed: true };
}
