/**
 * Turns zod issues into one readable Chinese message per problem: the file, the field (its
 * English name, as written in the front matter), what was expected and what was found.
 * The found value is masked, because a wrong field is often exactly where personal data sits.
 * (Kept out of schemas/, in the manner of Starlight's error map: the schemas stay importable by
 * anything, and only the content check needs the privacy masks.)
 */
import type { z } from 'astro/zod';
import { maskSensitiveText } from '../privacy/index.ts';
import { CONTENT, EXPECTED, FOUND } from '../strings/content.ts';

export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** Dotted field path as written in the file, e.g. `subject.alias` or `allegations[0].finding`. */
  field: string;
  expected: string;
  found: string;
}

/** Fields whose value is a person's alias or name: anything found there is masked after the surname. */
const NAME_FIELDS = new Set(['alias', 'publicNames', 'notNames', 'name']);
const MAX_SHOWN = 24;

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, key) => {
    if (typeof key === 'number') return `${out}[${key}]`;
    return out ? `${out}.${String(key)}` : String(key);
  }, '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** Masks all but the first character of a name, so 李振华 is reported as 李**. */
export function maskName(value: string): string {
  const chars = [...value];
  return chars[0] === undefined ? '' : chars[0] + '*'.repeat(chars.length - 1);
}

/** Describes a found value for an error message, never repeating personal data in full. */
export function describeFound(value: unknown, field: string): string {
  if (value === undefined || value === null) return FOUND.missing;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? FOUND.invalidDate : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    if (value.trim() === '') return FOUND.emptyString;
    const lastKey = field.replace(/\[\d+\]$/, '').split('.').pop() ?? field;
    const masked = NAME_FIELDS.has(lastKey) ? maskName(value) : maskSensitiveText(value);
    const chars = [...masked];
    return FOUND.text(chars.length > MAX_SHOWN ? `${chars.slice(0, MAX_SHOWN).join('')}…` : masked, chars.length);
  }
  // A number in the wrong field may be a phone or ID number typed without quotes.
  if (typeof value === 'number') return maskSensitiveText(String(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return FOUND.list(value.length);
  return FOUND.object;
}

/** One problem per zod issue; `data` is the unvalidated input, used to show what was found. */
export function problemsFromZodError(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    const extraKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (extraKeys.length > 0) {
      return { file, field: field || CONTENT.place.topLevel, expected: EXPECTED.onlyDefinedFields, found: FOUND.unknownFields(extraKeys) };
    }
    return { file, field: field || CONTENT.place.topLevel, expected: issue.message, found: describeFound(valueAt(data, issue.path), field) };
  });
}

export function formatProblem(problem: ContentProblem): string {
  return CONTENT.problem(problem.file, problem.field, problem.expected, problem.found);
}

/** The whole report printed when content is invalid: a count, then one line per problem. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [CONTENT.report(problems.length), ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n');
}
