/**
 * Bank card numbers: 13 to 19 digits passing the Luhn check, written whole or in groups of four.
 * The gate does not require a known issuer prefix: a pasted Luhn-valid 16-digit number in a
 * notice is personal-looking whatever bank issued it, and notices carry no such numbers.
 */
import type { RawMatch } from '../types.ts';
import { findDigitSpans, type DigitSpan } from './digit-runs.ts';

const CARD_GROUPS = /^(?:4-){3,4}[34]$/;

/** The Luhn (mod 10) check used by every card scheme. */
export function passesLuhn(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** True for a number a bank card could have. A run of one repeated digit is filler, not a card. */
export function isBankCardNumber(digits: string): boolean {
  return /^\d{13,19}$/.test(digits) && !/^(\d)\1*$/.test(digits) && passesLuhn(digits);
}

/**
 * A 公安机关备案号 is fourteen digits, and one in ten passes Luhn: a site's footer prints its own
 * (浙公网安备 33020302000001号) and links to its record (…/webSearch?code=33020302000001). Only
 * that exact context exempts a number.
 */
const PUBLIC_SECURITY_FILING = /(?:公网安备\s?|beian\.mps\.gov\.cn\/#\/query\/webSearch\?code=)$/;
const isFilingNumber = (text: string, start: number, digits: string): boolean =>
  digits.length === 14 && PUBLIC_SECURITY_FILING.test(text.slice(Math.max(0, start - 48), start));

/** Every Luhn-valid 13–19 digit number in `text`, whole or grouped, but a 公安备案号 in its place. */
export function detectBankCards(text: string): RawMatch[] {
  // Luhn is proof enough: a unit after the number (…元, …名) never exempts it.
  // Across dots, commas or slashes (dates, amounts), only the 4-4-4-4(-3) shape of a card counts.
  const accept = ({ digits, groups, unusual }: DigitSpan) => isBankCardNumber(digits) && (!unusual || CARD_GROUPS.test(groups.join('-')));
  return findDigitSpans(text, accept, { ignoreQuantities: true })
    .filter((span) => !isFilingNumber(text, span.start, text.slice(span.start, span.end).replace(/\D/g, '')))
    .map((span) => ({
      start: span.start,
      end: span.end,
      kind: 'bank-card',
      value: text.slice(span.start, span.end),
    }));
}
