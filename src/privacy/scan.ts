/**
 * Scanning one text: the detectors' raw matches turned into located, masked findings. This is
 * the unit both the build gate and the `scan` CLI repeat over files.
 */
import { maskValue } from './mask.ts';
import { collectMatches, collectNameCandidates } from './matches.ts';
import type { Finding, ScanOptions } from './types.ts';

export type { ScanOptions } from './types.ts';

/** 1-based line and column of a UTF-16 offset, the column counted in code points. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  let line = 1;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

/**
 * Every personal-looking value in `text`, located in `file` and masked, sorted by line and
 * column. Overlapping matches are settled to one finding (see KIND_PRECEDENCE).
 */
export function scanText(text: string, file: string, options: ScanOptions = {}): Finding[] {
  return collectMatches(text, options)
    .map((match) => ({
      file,
      ...lineColumnAt(text, match.start),
      kind: match.kind,
      excerpt: maskValue(match.kind, match.value),
    }))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * The name detector's near misses in `text`, located and masked like findings (kind `name`). The
 * gate never calls this: it is the desk's list of 可能是人名 for the editor to look at.
 */
export function scanNameCandidates(text: string, file: string, options: ScanOptions = {}): Finding[] {
  return collectNameCandidates(text, options).map((match) => ({
    file,
    ...lineColumnAt(text, match.start),
    kind: match.kind,
    excerpt: maskValue(match.kind, match.value),
  }));
}
