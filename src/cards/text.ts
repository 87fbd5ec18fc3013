/**
 * Text helpers for the card templates: clamping and notice wording (dates and authors are
 * written by src/lib/shared/format.ts, as on the pages).
 *
 * Line breaking is left to satori, which follows the Unicode line-breaking rules (UAX #14)
 * when `wordBreak` is `normal`: closing punctuation (，。、；：！？）」』》) never starts a line
 * and opening brackets never end one. `break-all` breaks that (tested in
 * tests/cards/text.test.ts), so the templates never use it for Chinese text; long Latin tokens
 * wrap through `overflowWrap: 'break-word'` instead.
 */
import { CARDS } from '../strings/cards.ts';

/** Approximate advance of a character in em: CJK and fullwidth forms 1, others ~0.6. */
function advanceEm(char: string): number {
  const codePoint = char.codePointAt(0)!;
  if (codePoint < 0x2e80) return codePoint < 0x80 ? 0.6 : 0.8;
  if (codePoint >= 0xff61 && codePoint <= 0xffdc) return 0.6; // halfwidth forms
  return 1;
}

/**
 * Shortens `text` to at most `budgetEm` ems of advance (≈ `lines × characters per line`),
 * ending in "…" when something was cut; trailing punctuation before the "…" is dropped.
 *
 * This is the first of two clamps: it keeps satori from laying out pages of text that can
 * never be shown. The exact visual clamp is satori's `lineClamp` on the text block, which
 * accounts for real line breaks and adds its own "…" if the shortened text still does not fit.
 */
export function clampText(text: string, budgetEm: number): string {
  const normalized = text.replace(/\s+/g, ' ').trim();
  let used = 0;
  let cut = -1;
  let index = 0;
  const chars = [...normalized];
  for (const char of chars) {
    used += advanceEm(char);
    if (used > budgetEm) {
      cut = index;
      break;
    }
    index++;
  }
  if (cut < 0) return normalized;
  // Leave room for the ellipsis itself.
  let kept = chars.slice(0, Math.max(0, cut - 1)).join('');
  kept = kept.replace(/[\s，。、；：！？,.;:!?（《「『“‘(]+$/u, '');
  return kept + CARDS.ellipsis;
}

/**
 * A clarified allegation in notice wording: `经核查，反映……问题失实`. A point that already
 * says 失实 is kept as written.
 */
export function formatClarifiedPoint(point: string): string {
  const text = point.trim().replace(/[。；;，,]+$/u, '');
  if (text.includes(CARDS.finding)) return text;
  return CARDS.clarifiedPoint(text.replace(/^(经核查[，,]?)?(反映)?/u, ''));
}
