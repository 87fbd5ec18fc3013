/**
 * Mainland mobile numbers: 11 digits starting 13–19, optionally after +86, 0086 or 86, written
 * whole, in 3-4-4 groups or hyphenated. The 86 prefix is taken into the match so the excerpt
 * points at the start of what the editor typed.
 */
import type { RawMatch } from '../types.ts';
import { findDigitSpans, type DigitSpan } from './digit-runs.ts';

const MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;

/** True for a mainland mobile number, with or without the 86 country code, digits only. */
export function isMobileNumber(digits: string): boolean {
  return MOBILE.test(digits);
}

/** Every mobile number in `text`; the offsets include a leading `+`. */
export function detectMobiles(text: string): RawMatch[] {
  // Grouped by dots or commas, only the 3-4-4 shape of a written-out mobile counts (138.1234.5678).
  const accept = ({ digits, groups, unusual }: DigitSpan) => isMobileNumber(digits) && (!unusual || groups.join('-') === '3-4-4');
  return findDigitSpans(text, accept).map((span) => {
    const start = text[span.start - 1] === '+' ? span.start - 1 : span.start;
    return { start, end: span.end, kind: 'mobile', value: text.slice(start, span.end) };
  });
}
