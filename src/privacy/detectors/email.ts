/**
 * E-mail addresses. Every address is reported, an organ's mailbox included: the gate cannot tell
 * zhangwei@… from jubao@…, and a notice needs no mailbox when 12388 and the website exist.
 */
import type { RawMatch } from '../types.ts';

const LABEL = '[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?';
const EMAIL = new RegExp(`(?<![A-Za-z0-9._%+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@${LABEL}(?:\\.${LABEL})*\\.[A-Za-z]{2,}(?![A-Za-z0-9-])`, 'g');

/** Every e-mail address in `text`. */
export function detectEmails(text: string): RawMatch[] {
  return [...text.matchAll(EMAIL)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    kind: 'email' as const,
    value: m[0],
  }));
}
