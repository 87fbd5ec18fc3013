/**
 * Runs every detector over a text and settles overlaps, returning raw matches with offsets. Both
 * `scanText` (which locates findings) and `maskSensitiveText` (which rewrites text) build on it,
 * so what is reported and what is masked can never disagree.
 */
import { detectAddresses } from './detectors/address.ts';
import { detectBankCards } from './detectors/bank-card.ts';
import { detectDenylisted } from './detectors/denylist.ts';
import { detectEmails } from './detectors/email.ts';
import { detectIdCards } from './detectors/id-card.ts';
import { detectLandlines } from './detectors/landline.ts';
import { detectMobiles } from './detectors/mobile.ts';
import { detectNameCandidates, detectNames } from './detectors/name.ts';
import { detectPlates } from './detectors/plate.ts';
import { detectQqNumbers } from './detectors/qq.ts';
import { detectReidentification } from './detectors/reidentify.ts';
import { detectWechatIds } from './detectors/wechat.ts';
import { normalizeForDetection, normalizeWord, originalSpan } from './normalize.ts';
import type { FindingKind, RawMatch, ScanOptions } from './types.ts';

/**
 * Which kind wins when two matches cover the same span. An e-mail address contains digit runs,
 * so it beats the number kinds; a valid ID number beats a card (the ID check digit is the
 * stronger proof) and a card beats a context-only guess.
 */
export const KIND_PRECEDENCE: readonly FindingKind[] = [
  'denylist',
  'email',
  'id-card',
  'mobile',
  'bank-card',
  'landline',
  'qq',
  'wechat',
  'plate',
  'address',
  'reidentify',
  'name',
];

/**
 * Names that are never personal data in this organ's publications: the head of the Party is
 * named in set phrases (以习近平同志为核心的党中央) that almost every notice quotes. Decision:
 * built in, so editors need not list him in every entry.
 */
export const ALWAYS_PUBLIC_NAMES: readonly string[] = ['习近平'];

function rank(kind: FindingKind): number {
  return KIND_PRECEDENCE.indexOf(kind);
}

/**
 * Keeps one match per overlapping cluster. Deny-listed names first, since they are certain;
 * then the longer match, because a number is read whole (a 19-digit card written in groups
 * contains a 15-digit span that may look like an old ID); then KIND_PRECEDENCE for equal spans.
 */
export function resolveOverlaps(matches: readonly RawMatch[]): RawMatch[] {
  const denylisted = (m: RawMatch) => (m.kind === 'denylist' ? 0 : 1);
  const ordered = [...matches].sort(
    (a, b) => denylisted(a) - denylisted(b) || b.end - b.start - (a.end - a.start) || rank(a.kind) - rank(b.kind) || a.start - b.start,
  );
  const kept: RawMatch[] = [];
  for (const match of ordered) {
    if (kept.every((k) => match.end <= k.start || match.start >= k.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * A character that cannot continue a given name: where the detector read one more character past
 * a vouched-for name (于谦曾, 李白在), the name is still the one vouched for. Any other character
 * (王建 vouched, 王建国 found) makes it another person's name.
 */
const NOT_A_NAME_CHARACTER = /^[曾在说等的是和与为也都就又还便即乃之所被把将对向于从自以而及或则曰云有无不亦皆乎哉已]$/u;

/**
 * Drops `name` matches vouched for by the entry: a public name or a confirmed non-name that covers
 * the match or its end (the detector misread where the vouched name begins), or one that starts
 * where the match starts and is followed only by a character no name continues with (the detector guesses where a name ends, while the editor's list knows). A vouched
 * word shorter than two characters vouches for nothing: a surname alone would silence every name.
 */
function withoutVouchedNames(text: string, matches: RawMatch[], vouchedFor: readonly string[]): RawMatch[] {
  const names = [...vouchedFor, ...ALWAYS_PUBLIC_NAMES].filter((n) => [...n].length >= 2);
  const vouched = (match: RawMatch, name: string) => {
    for (let at = text.indexOf(name, Math.max(0, match.start - name.length)); at >= 0 && at < match.end; at = text.indexOf(name, at + 1)) {
      const after = at + name.length;
      // The vouched word covers the match, or takes its end (晋陶渊 read where 陶渊明 stands).
      if (after >= match.end) return true;
      if (at === match.start && NOT_A_NAME_CHARACTER.test(text.slice(after, match.end))) return true;
    }
    return false;
  };
  return matches.filter((match) => match.kind !== 'name' || !names.some((name) => vouched(match, name)));
}

function detectAll(text: string, options: ScanOptions): RawMatch[] {
  return [
    ...detectIdCards(text),
    ...detectMobiles(text),
    ...detectLandlines(text),
    ...detectEmails(text),
    ...detectBankCards(text),
    ...detectPlates(text),
    ...detectAddresses(text),
    ...detectQqNumbers(text),
    ...detectWechatIds(text),
    ...(options.wordList ? [] : detectNames(text)),
    ...(options.wordList ? [] : detectReidentification(text)),
    // Decision: the deny-list is never silenced by publicNames. A name on the deny-list is
    // always reported, even if an entry lists it as public: the list is the organ's explicit
    // "never publish", and a slip in one entry's publicNames must not be able to override it.
    ...detectDenylisted(text, options.denylist ?? []),
  ];
}

/** A line break between two Chinese characters: hard-wrapped prose, read as one line. */
const WRAPPED = /(?<=[\u3400-\u9fff\uF900-\uFAFF])[ \t]*\r?\n[ \t]*(?=[\u3400-\u9fff\uF900-\uFAFF])/g;

/**
 * Editors and pasted reports hard-wrap Chinese prose (被举报人王\n建国), and Markdown renders
 * the wrapped lines as one paragraph. This view removes such breaks; `origin[i]` is the offset
 * in the original text of the view's character `i`.
 */
function unwrapLines(text: string): { view: string; origin: number[] } | undefined {
  if (!WRAPPED.test(text)) return undefined;
  WRAPPED.lastIndex = 0;
  const origin: number[] = [];
  let view = '';
  let from = 0;
  for (const m of text.matchAll(WRAPPED)) {
    for (let i = from; i < m.index; i++) origin.push(i);
    view += text.slice(from, m.index);
    from = m.index + m[0].length;
  }
  for (let i = from; i < text.length; i++) origin.push(i);
  view += text.slice(from);
  return { view, origin };
}

/**
 * Every piece of personal-looking data in `text`, one match per span, in text order. The detectors
 * read the normalised text (normalize.ts); offsets point into `text` itself, and `value` is what
 * the detectors read (masks never print it whole).
 */
export function collectMatches(text: string, options: ScanOptions = {}): RawMatch[] {
  const normalized = normalizeForDetection(text);
  const folded = normalized.text;
  const found = detectAll(folded, options);
  const unwrapped = unwrapLines(folded);
  if (unwrapped) {
    const { view, origin } = unwrapped;
    for (const match of detectAll(view, options)) {
      const start = origin[match.start]!;
      const end = origin[match.end - 1]! + 1;
      // Matches that do not cross a removed break were already found in the text itself.
      if (end - start !== match.end - match.start) found.push({ ...match, start, end });
    }
  }
  const vouched = [...(options.publicNames ?? []), ...(options.notNames ?? [])].map(normalizeWord);
  return resolveOverlaps(withoutVouchedNames(folded, found, vouched)).map((match) => ({
    ...match,
    ...originalSpan(normalized, match.start, match.end),
  }));
}

/**
 * The readings the name detector scored just under its threshold (detectNameCandidates), which the
 * gate does not report: for the desk, which shows them to the editor as uncertain. A span any
 * detector reports is not a candidate (it is a finding), and the entry's vouched names silence
 * candidates as they silence names. Nothing here changes what `collectMatches` returns.
 */
export function collectNameCandidates(text: string, options: ScanOptions = {}): RawMatch[] {
  const normalized = normalizeForDetection(text);
  const folded = normalized.text;
  const found = detectAll(folded, options);
  const near = detectNameCandidates(folded).filter((candidate) =>
    found.every((match) => match.end <= candidate.start || match.start >= candidate.end),
  );
  const vouched = [...(options.publicNames ?? []), ...(options.notNames ?? [])].map(normalizeWord);
  return withoutVouchedNames(folded, near, vouched).map((match) => ({ ...match, ...originalSpan(normalized, match.start, match.end) }));
}
