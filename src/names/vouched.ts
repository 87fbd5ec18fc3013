/**
 * What an entry may vouch for (ARCHITECTURE.md, "Invariants"): whitelists cannot silence the gate.
 *
 * - A public name is a complete name, a surname and a given name of one or two characters (王安石,
 *   欧阳修), never a surname alone: `publicNames: [蒋]` would otherwise wave through every 蒋.
 * - An author's name is public only for a historical work: a dynasty other than 当代 or 现代. A
 *   living author is anonymised, or listed in `publicNames` by an editor who says why.
 */
import { leadingSurname } from './surnames.ts';

/** Periods whose authors are private persons unless an editor vouches for them by name. */
export const MODERN_PERIODS: readonly string[] = ['当代', '现代'];

/** Whether an author of `dynasty` is a historical, public figure. */
export function isHistoricalPeriod(dynasty: string | undefined): boolean {
  return dynasty !== undefined && dynasty.trim() !== '' && !MODERN_PERIODS.includes(dynasty.trim());
}

/** A surname followed by a one- or two-character given name, all Chinese characters. */
export function isCompleteName(name: string): boolean {
  const surname = leadingSurname(name);
  const given = [...name].length - [...surname].length;
  return surname !== '' && given >= 1 && given <= 2 && /^\p{Script=Han}+$/u.test(name);
}
