/**
 * Deny-listed names: real names an organ knows must never be published (the people in its own
 * files). Every occurrence is reported whatever surrounds it — no context word, no surname check
 * — because the list is exact knowledge, not a guess.
 */
import type { RawMatch } from '../types.ts';

/** Every occurrence of every deny-listed name, overlapping ones included. */
export function detectDenylisted(text: string, names: readonly string[]): RawMatch[] {
  const matches: RawMatch[] = [];
  for (const name of new Set(names)) {
    if (name.length === 0) continue;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      matches.push({ start: at, end: at + name.length, kind: 'denylist', value: name });
    }
  }
  return matches;
}
