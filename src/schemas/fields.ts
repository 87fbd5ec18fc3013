/**
 * Field builders shared by every schema. Each one carries its Chinese "expected" text as the
 * zod message (composed in src/strings/content.ts), so the content check can print what was expected next to what was found.
 */
import { z } from 'astro/zod';
import { EXPECTED } from '../strings/content.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD (rejects 2024-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A day as `YYYY-MM-DD`. YAML turns an unquoted `2024-03-12` into a Date, so both forms are
 * accepted and normalised to the string: dates are shown and compared as days, never instants.
 */
export const isoDay = (what: string) =>
  z.preprocess(
    (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
    z.string({ error: EXPECTED.day(what) }).refine(isCalendarDate, { error: EXPECTED.realDay(what) }),
  );

/** A required, non-blank string. */
export const text = (what: string) =>
  z
    .string({ error: EXPECTED.text(what) })
    .trim()
    .min(1, { error: EXPECTED.notEmpty(what) });

/** A non-blank string of at most `max` characters (counted as Unicode code points). */
export const shortText = (what: string, max: number) =>
  text(what).refine((value) => [...value].length <= max, { error: EXPECTED.maxChars(what, max) });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T, what: string) =>
  z.enum(values, { error: EXPECTED.oneOf(what, values) });

export const yesNo = (what: string) => z.boolean({ error: EXPECTED.yesNo(what) });

/** An id referring to another collection; existence is checked across collections later. */
export const idRef = (what: string) =>
  z.string({ error: EXPECTED.id(what) }).regex(/^[a-z0-9][a-z0-9-]*$/, { error: EXPECTED.idFormat(what) });

export const stringList = (what: string) => z.array(text(what), { error: EXPECTED.list(what) });

/** A whole number from 1: a case number, a batch. */
export const positiveInt = (what: string) =>
  z
    .number({ error: EXPECTED.positiveInt(what) })
    .int({ error: EXPECTED.positiveInt(what) })
    .min(1, { error: EXPECTED.positiveInt(what) });
