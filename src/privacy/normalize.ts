/**
 * The one normalisation every detector reads through (ARCHITECTURE.md, "Invariants"), in the gate
 * over sources and in the output check over what the build wrote. Text that looks the same to a
 * reader must look the same to the detectors, whatever code points spell it:
 *
 * - NFKC: full-width digits and letters (１３８, ＱＱ), compatibility ideographs, circled and
 *   superscript digits fold to their plain forms;
 * - default-ignorable code points are dropped: zero-width space, joiner and non-joiner, soft hyphen,
 *   word joiner, BOM, variation selectors, Hangul fillers — invisible inside a name or a number;
 * - Traditional characters fold to Simplified (`opencc-js`), so 蔣文濤 is read as 蒋文涛;
 * - a run of seven or more Chinese numerals (一三八…, 壹叁捌…) is read as the digits it spells.
 *
 * Separators inside numbers are the number detectors' concern (detectors/digit-runs.ts), and a
 * space or dot inside a name is the name detector's.
 *
 * The result keeps, for each of its UTF-16 units, the offset in the original text it came from, so
 * a finding still points at the line and column an editor opens, and redaction still replaces the
 * original characters.
 */
import * as OpenCC from 'opencc-js/t2cn';

/** Normalised text and where each of its units came from. */
export interface NormalizedText {
  text: string;
  /**
   * `start[i]` and `end[i]`: the span of the original text that produced unit `i`. Undefined when
   * the text needed no change (every offset maps to itself).
   */
  start?: Int32Array;
  end?: Int32Array;
}

const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;
const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  壹: '1',
  贰: '2',
  叁: '3',
  肆: '4',
  伍: '5',
  陆: '6',
  柒: '7',
  捌: '8',
  玖: '9',
};
/** Seven numerals in a row are a number written out (a phone, an ID), never prose. */
const CHINESE_DIGIT_RUN = /[〇零一二三四五六七八九壹贰叁肆伍陆柒捌玖]{7,}/gu;
/** Anything outside plain ASCII and the common CJK ideographs and punctuation may need folding. */
// eslint-disable-next-line no-control-regex -- the whole ASCII range, controls included, needs no folding
const MAY_CHANGE = /[^\u0000-\u007f\u3001-\u303f\u4e00-\u9fff]/u;

/** Traditional → Simplified, one unit for one unit (a phrase conversion that changes length falls back to characters). */
function foldTraditional(text: string): string {
  const whole = traditionalToSimplified(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const folded = traditionalToSimplified(ch);
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Returns `text` as the detectors read it; see the module comment. */
export function normalizeForDetection(text: string): NormalizedText {
  if (!MAY_CHANGE.test(text)) {
    // Common ideographs may still be Traditional; folding keeps lengths, so offsets stay identity.
    const folded = foldTraditional(text);
    return { text: folded.replace(CHINESE_DIGIT_RUN, (run) => [...run].map((ch) => CHINESE_DIGITS[ch]).join('')) };
  }
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const next = offset + ch.length;
    if (!IGNORABLE.test(ch)) {
      const folded = ch.normalize('NFKC');
      for (let i = 0; i < folded.length; i++) {
        starts.push(offset);
        ends.push(next);
      }
      out += folded;
    }
    offset = next;
  }
  // Traditional folding keeps every unit's place, so the offsets computed above stay valid.
  out = foldTraditional(out).replace(CHINESE_DIGIT_RUN, (run) => [...run].map((ch) => CHINESE_DIGITS[ch]).join(''));
  return { text: out, start: Int32Array.from(starts), end: Int32Array.from(ends) };
}

/**
 * Whether Traditional folding takes `text` whole, phrase by phrase (it falls back to character by
 * character when a phrase would change the length). Phrases never span a line break, so a text
 * folded whole folds line by line: the output check's windows rely on it (output-windows.ts).
 */
export function foldsWhole(text: string): boolean {
  let prepared = text;
  if (MAY_CHANGE.test(text)) {
    prepared = '';
    for (const ch of text) if (!IGNORABLE.test(ch)) prepared += ch.normalize('NFKC');
  }
  return traditionalToSimplified(prepared).length === prepared.length;
}

/** The original span of the normalised span `[start, end)`. */
export function originalSpan(normalized: NormalizedText, start: number, end: number): { start: number; end: number } {
  if (!normalized.start || !normalized.end) return { start, end };
  if (end <= start) {
    const at = start < normalized.start.length ? normalized.start[start]! : (normalized.end.at(-1) ?? 0);
    return { start: at, end: at };
  }
  return { start: normalized.start[start]!, end: normalized.end[end - 1]! };
}

/** A short string (a vouched-for name) as the detectors read it. */
export function normalizeWord(word: string): string {
  return normalizeForDetection(word).text;
}
