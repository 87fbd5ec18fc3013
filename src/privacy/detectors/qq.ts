/**
 * QQ numbers are plain 5–11 digit numbers, indistinguishable from any count or code, so they are
 * only reported when the text says QQ just before them, in any bracket style: QQ：12345678,
 * QQ号 12345678, QQ（12345678）, [QQ]12345678, 扣扣 12345678. A QQ group number (QQ群) identifies a
 * group, not a person, and is left alone. Full-width letters and brackets are folded to ASCII
 * before detection (normalize.ts).
 */
import type { RawMatch } from '../types.ts';

const QQ =
  /(?<![A-Za-z])[([【]?(?:QQ|扣扣|企鹅|Q(?=号))(?!群)[)\]】]?\s*(?:号码|号|账号)?\s*(?:是|为)?\s*[:：]?\s*[([【]?\s*([1-9]\d{4,10})(?![0-9A-Za-z_])/gi;

/** QQ numbers announced by a QQ cue; the match covers the number only. */
export function detectQqNumbers(text: string): RawMatch[] {
  return [...text.matchAll(QQ)].map((m) => {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    return { start, end: start + value.length, kind: 'qq' as const, value };
  });
}
