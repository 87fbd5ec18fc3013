/**
 * Turns zod issues into one readable Chinese message per problem: the file, the field (its
 * English name, as written in the front matter), what was expected and what was found.
 * The found value is masked, because a wrong field is often exactly where personal data sits.
 */
import type { z } from 'astro/zod';
import { maskSensitiveText } from '../privacy/index.ts';

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
  if (value === undefined || value === null) return '缺失（未填写）';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '无效日期' : value.toISOString().slice(0, 10);
  if (typeof value === 'string') {
    if (value.trim() === '') return '空字符串';
    const lastKey = field.replace(/\[\d+\]$/, '').split('.').pop() ?? field;
    const masked = NAME_FIELDS.has(lastKey) ? maskName(value) : maskSensitiveText(value);
    const chars = [...masked];
    return `「${chars.length > MAX_SHOWN ? chars.slice(0, MAX_SHOWN).join('') + '…' : masked}」（${chars.length} 字）`;
  }
  // A number in the wrong field may be a phone or ID number typed without quotes.
  if (typeof value === 'number') return maskSensitiveText(String(value));
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `列表（${value.length} 项）`;
  return '对象';
}

/** One problem per zod issue; `data` is the unvalidated input, used to show what was found. */
export function problemsFromZodError(file: string, error: z.ZodError, data: unknown): ContentProblem[] {
  return error.issues.map((issue) => {
    const field = fieldPath(issue.path);
    const extraKeys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    if (extraKeys.length > 0) {
      return { file, field: field || '（顶层）', expected: '只使用本类条目定义的字段', found: `未知字段 ${extraKeys.join('、')}` };
    }
    return { file, field: field || '（顶层）', expected: issue.message, found: describeFound(valueAt(data, issue.path), field) };
  });
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file} › ${problem.field}：应为 ${problem.expected}；实际为 ${problem.found}`;
}

/** The whole report printed when content is invalid: a count, then one line per problem. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [`内容校验未通过，共 ${problems.length} 处问题：`, ...problems.map((p) => `  ✗ ${formatProblem(p)}`)].join('\n');
}
