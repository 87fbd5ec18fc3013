/**
 * Shared vocabulary of the privacy gate. Other concerns (the build integration, the scan CLI,
 * error formatting) depend on these exact names, so they live apart from any detector.
 */

/** What a finding is. The strings are part of the public `--json` contract (DESIGN.md). */
export type FindingKind =
  | 'id-card'
  | 'mobile'
  | 'landline'
  | 'email'
  | 'bank-card'
  | 'plate'
  | 'address'
  | 'qq'
  | 'wechat'
  | 'name'
  | 'denylist';

/** Every kind, in the order a reader meets them in reports and docs. */
export const FINDING_KINDS: readonly FindingKind[] = [
  'id-card',
  'mobile',
  'landline',
  'email',
  'bank-card',
  'plate',
  'address',
  'qq',
  'wechat',
  'name',
  'denylist',
];

/**
 * One piece of personal-looking data, located for an editor. `line` and `column` are 1-based and
 * the column counts Unicode code points, because editors count characters, not UTF-16 units.
 * `excerpt` is always masked: a finding is printed to logs, and logs must not repeat the data.
 */
export interface Finding {
  file: string;
  line: number;
  column: number;
  kind: FindingKind;
  excerpt: string;
}

/**
 * A detector's raw hit: UTF-16 offsets into the scanned string and the matched text. Raw matches
 * carry the unmasked value and never leave the privacy module except through `maskValue`.
 */
export interface RawMatch {
  start: number;
  end: number;
  kind: FindingKind;
  value: string;
}

/** What the caller knows about an entry that the text alone cannot tell. */
export interface ScanOptions {
  /**
   * Names that may legitimately appear (an official acting in office, a historical poet). They
   * silence the `name` detector only; they never silence the deny-list.
   */
  publicNames?: readonly string[];
  /** Real names that must never appear, from the file named by `MINGJING_DENYLIST`. */
  denylist?: readonly string[];
}
