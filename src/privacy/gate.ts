/**
 * The privacy gate: one call that scans every text about to be published and one report format
 * shared by the build and the CLI. It blocks on any finding; it never decides to let one pass.
 */
import { FINDING_KIND_LABELS, findingSource, REPORT_CLEAN, REPORT_HINT, reportHeader } from '../strings/privacy.ts';
import { detectorFingerprint, openCleanCache } from './clean-cache.ts';
import { scanText } from './scan.ts';
import type { Finding } from './types.ts';

/**
 * One file to check. `source` is the raw file text, front matter and body together, so that
 * line:column point into the file the editor opens, not into a parsed copy.
 */
export interface GateInput {
  file: string;
  source: string;
  /** The entry's publicNames plus, for culture items, the author's name. */
  publicNames: readonly string[];
  /** The entry's notNames: words its editor confirmed are not names. */
  notNames?: readonly string[];
}

export interface GateOptions {
  denylist?: readonly string[];
  /**
   * Where to remember the texts found clean (hashes only; clean-cache.ts), and the project whose
   * detector sources are part of every key. Both or neither. With `defer`, the cache is not
   * written here: `defer` receives the save, for a build to run once everything passed.
   */
  cache?: { file: string; projectRoot: string; defer?: (save: () => void) => void };
}

/** Findings of every input, in input order, then line and column. */
export function runPrivacyGate(inputs: readonly GateInput[], options: GateOptions = {}): Finding[] {
  const cache = options.cache
    ? openCleanCache(options.cache.file, JSON.stringify([options.denylist ?? [], detectorFingerprint(options.cache.projectRoot)]))
    : undefined;
  const findings = inputs.flatMap((input) => {
    const key = cache?.keyOf(input.source, JSON.stringify([input.publicNames, input.notNames ?? []]));
    if (key && cache?.has(key)) {
      cache.add(key);
      return [];
    }
    const found = scanText(input.source, input.file, {
      publicNames: input.publicNames,
      notNames: input.notNames ?? [],
      ...(options.denylist ? { denylist: options.denylist } : {}),
    });
    if (key && found.length === 0) cache?.add(key);
    return found;
  });
  if (cache && options.cache?.defer) options.cache.defer(() => cache.save());
  else cache?.save();
  return findings;
}

/** `file:line:column  标签(kind)  masked` — the file:line:column prefix is clickable in editors. */
export function formatFinding(f: Finding): string {
  const line = `${f.file}:${f.line}:${f.column}  ${FINDING_KIND_LABELS[f.kind]}(${f.kind})  ${f.excerpt}`;
  return f.source ? `${line}  ${findingSource(f.source)}` : line;
}

/** The whole report: a header with the count, one line per finding, then how to fix them. */
export function formatGateReport(findings: readonly Finding[]): string {
  if (findings.length === 0) return REPORT_CLEAN;
  return [reportHeader(findings.length), ...findings.map(formatFinding), '', REPORT_HINT].join('\n');
}
