/**
 * 居民身份证号码 (GB 11643-1999). The check digit alone lets through one random 18-digit number
 * in eleven, so a number must also carry a real province code and a real birth date: what an
 * ID number is, not just what its checksum says. The old 15-digit form has no check digit, so
 * there the province code and the YYMMDD birth date are all we have, and both are required.
 */
import type { RawMatch } from '../types.ts';
import { findDigitSpans } from './digit-runs.ts';

/** First two digits of every province-level region code (GB/T 2260), including 71 台湾 and 81/82 港澳. */
export const PROVINCE_CODES: ReadonlySet<string> = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
  '83',
]);

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/** The GB 11643 check character for the first 17 digits. */
export function idCheckDigit(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A birth date that a living or recently living person can have, not after today. */
function isBirthDate(year: number, month: number, day: number): boolean {
  if (year < 1880 || year > new Date().getUTCFullYear()) return false;
  return isRealDate(year, month, day);
}

/** True for a well-formed 18-digit ID number: region, birth date and check digit all valid. */
export function isValidIdNumber18(value: string): boolean {
  const id = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!PROVINCE_CODES.has(id.slice(0, 2))) return false;
  if (!isBirthDate(Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14)))) return false;
  return idCheckDigit(id.slice(0, 17)) === id[17];
}

/** True for an old 15-digit ID number (pre-1999): region code and a 19YYMMDD birth date. */
export function isValidIdNumber15(value: string): boolean {
  if (!/^\d{15}$/.test(value)) return false;
  if (!PROVINCE_CODES.has(value.slice(0, 2))) return false;
  return isRealDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)));
}

/** Every ID number in `text`, whole, grouped with spaces, or hyphenated. */
export function detectIdCards(text: string): RawMatch[] {
  // The check digit is proof enough: a unit after the number (…名下, …元) never exempts it.
  return findDigitSpans(text, ({ digits }) => isValidIdNumber18(digits) || isValidIdNumber15(digits), { ignoreQuantities: true }).map(
    (span) => ({ start: span.start, end: span.end, kind: 'id-card', value: text.slice(span.start, span.end) }),
  );
}
