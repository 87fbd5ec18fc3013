/**
 * Verification codes for clarification notices. A code is derived from the notice's canonical
 * content (issuer, date, 文号, title, subject, allegations, body), so a printed notice can be
 * checked against the site: `/v/<code>/` confirms it, or says it was withdrawn. Editing the
 * notice's substance gives it a new code, which is the point: the code certifies the text.
 */
import { createHash } from 'node:crypto';
import { ALPHABET } from './normalise.ts';

export { normaliseCode } from './normalise.ts';

export interface VerifiableNotice {
  organ: string;
  date: string;
  docNumber?: string | undefined;
  title: string;
  subject: { alias: string; role: string };
  allegations: readonly { summary: string }[];
}

/** Whitespace differences (a re-wrapped paragraph) do not change the code. */
const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();

export function canonicalNoticeText(notice: VerifiableNotice, body: string): string {
  return JSON.stringify([
    notice.organ,
    notice.date,
    notice.docNumber ?? '',
    normalise(notice.title),
    notice.subject.alias,
    normalise(notice.subject.role),
    notice.allegations.map((a) => normalise(a.summary)),
    normalise(body),
  ]);
}

/** Eight base32 characters (40 bits) shown as `XXXX-XXXX`. */
export function verificationCodeFor(notice: VerifiableNotice, body: string): string {
  const digest = createHash('sha256').update(canonicalNoticeText(notice, body)).digest();
  let bits = 0n;
  for (const byte of digest.subarray(0, 5)) bits = (bits << 8n) | BigInt(byte);
  let code = '';
  for (let i = 7; i >= 0; i--) code += ALPHABET[Number((bits >> BigInt(i * 5)) & 31n)];
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The URL segment of a code: lower case, e.g. `/v/k7q2-9xhd/`. */
export const codeSlug = (code: string) => code.toLowerCase();
