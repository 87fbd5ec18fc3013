/**
 * Landline numbers with an area code: 0574-87654321, 0574 8765 4321, (0574)87654321 or
 * （0574）87654321. The local part must be 7–8 digits starting 2–9, which is what keeps the
 * 12388 hotline (also written 0574-12388) and other short service numbers out. A bare 11–12
 * digit number starting with 0 is only taken when a phone word (电话, 座机 …) stands just before
 * it; otherwise it could be any reference number.
 */
import type { RawMatch } from '../types.ts';
import { digitRuns, pickSpans } from './digit-runs.ts';

const AREA_CODE = /^0[1-9]\d{1,2}$/;
const LOCAL = /^[2-9]\d{6,7}$/;
const BARE = /^0[1-9]\d{9,10}$/;
const PHONE_WORD = /(?:电话|座机|固话|联系方式|tel)[\s:：号码为是]{0,4}$/i;
const PARENTHESIZED = /[(（]\s*(0[1-9]\d{1,2})\s*[)）]\s*([2-9]\d{2,3})[ -]?(\d{4})(?![0-9A-Za-z_])/g;

/** Every landline number with an area code in `text`. */
export function detectLandlines(text: string): RawMatch[] {
  const matches: RawMatch[] = [];
  for (const m of text.matchAll(PARENTHESIZED)) {
    const local = `${m[2]}${m[3]}`;
    if (LOCAL.test(local)) {
      matches.push({ start: m.index, end: m.index + m[0].length, kind: 'landline', value: m[0] });
    }
  }
  for (const groups of digitRuns(text)) {
    const spans = pickSpans(groups, (span) => {
      // 0571.8888.1234 and a date range look alike: only ordinary grouping is a phone here.
      if (span.unusual) return false;
      const inside = groups.filter((g) => g.start >= span.start && g.end <= span.end);
      const [area, ...rest] = inside;
      if (area && rest.length > 0 && AREA_CODE.test(area.text)) {
        return LOCAL.test(rest.map((g) => g.text).join(''));
      }
      return inside.length === 1 && BARE.test(span.digits) && PHONE_WORD.test(text.slice(Math.max(0, span.start - 10), span.start));
    });
    for (const span of spans) {
      matches.push({ start: span.start, end: span.end, kind: 'landline', value: text.slice(span.start, span.end) });
    }
  }
  return matches;
}
