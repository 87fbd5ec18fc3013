/**
 * Shared vocabulary of the privacy gate. Other concerns (the build integration, the scan CLI,
 * error formatting) depend on these exact names, so they live apart from any detector.
 */

/** What a finding is. The strings are part of the public `--json` contract (src/privacy/README.md). */
export type FindingKind =
  'id-card' | 'mobile' | 'landline' | 'email' | 'bank-card' | 'plate' | 'address' | 'qq' | 'wechat' | 'name' | 'reidentify' | 'denylist';

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
  'reidentify',
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
  /** For a finding in the built site: the source entry and field that produced it, masked. */
  source?: string;
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
  /**
   * Words the entry's editor confirms are not names (`notNames: [高明]`): a reviewed false positive
   * of the name detector. Like publicNames they silence only the name detector.
   */
  notNames?: readonly string[];
  /**
   * The text is a list of separate words, not sentences (Pagefind's word index). Detectors that
   * read context — names, re-identification — have none to read there; the index fragments carry
   * the same words in their sentences and are checked in full.
   */
  wordList?: boolean;
  /** Real names that must never appear, from the file named by `MINGJING_DENYLIST`. */
  denylist?: readonly string[];
}
