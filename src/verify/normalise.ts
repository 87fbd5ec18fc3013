/**
 * Code spelling shared by the build and the browser (this module has no Node imports, so the
 * verify form's script can bundle it).
 */

/** Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper is unambiguous. */
export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Reads a code as a person types it: case-insensitive, with or without the hyphen or spaces,
 * and with the letters people confuse with digits (O, I, L) read as 0 and 1.
 * Returns `XXXX-XXXX`, or undefined when it cannot be a code.
 */
export function normaliseCode(input: string): string | undefined {
  const cleaned = input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== 8 || [...cleaned].some((c) => !ALPHABET.includes(c))) return undefined;
  return `${cleaned.slice(0, 4)}-${cleaned.slice(4)}`;
}
