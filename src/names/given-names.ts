/**
 * How much a character looks like part of a given name, from the statistics in
 * data/given-name-chars.ts (derived from jieba's word list; see scripts/derive-name-data.ts).
 */
import { COMMON_TEXT_CHARS, GIVEN_NAME_SCORES } from './data/given-name-chars.ts';

const SCORES = new Map<string, number>();
for (const [bucket, chars] of Object.entries(GIVEN_NAME_SCORES)) {
  for (const ch of chars) SCORES.set(ch, Number(bucket));
}
const COMMON = new Set(COMMON_TEXT_CHARS);

/**
 * Score of one character as part of a given name, about −3 (never in names: 的, 了, 是) to +4
 * (almost only in names: 婷, 翊, 钰). A rare character that the statistics never saw in a name
 * (彧, 翀 are rare in both) scores +2: rare characters in text are mostly name characters.
 */
export function givenNameCharScore(ch: string): number {
  const known = SCORES.get(ch);
  if (known !== undefined) return known;
  return COMMON.has(ch) ? -2.5 : 2;
}

/**
 * True when `ch` can stand in a given name at all: a character names use (score −1 or more, and
 * 一, which names use although text uses it more), or a rare character. Characters of ordinary
 * text that names avoid (的, 上, 帽) cannot. scripts/derive-name-data.ts applies the same rule.
 */
export function canBeGivenNameChar(ch: string): boolean {
  if (!/^[\u3400-\u9fff\uf900-\ufaff]$/u.test(ch) || ch === '某') return false;
  const known = SCORES.get(ch);
  if (known !== undefined) return known >= -1 || ch === '一';
  return !COMMON.has(ch);
}

/** True for one of the 3,500 most frequent characters of ordinary text. */
export const isCommonTextChar = (ch: string) => COMMON.has(ch);
