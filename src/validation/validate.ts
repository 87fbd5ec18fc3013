/**
 * Validates the whole content folder: each entry against its schema, the data files, the
 * references between them, and the sections a case body must have. Every problem is collected,
 * so an editor sees all of them in one build instead of fixing one per run.
 */
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { caseSchema, type GuidingCase } from '../schemas/case.ts';
import { clarificationSchema, type Clarification } from '../schemas/clarification.ts';
import { cultureSchema, type CultureItem } from '../schemas/culture.ts';
import {
  glossaryTermSchema,
  organSchema,
  yearlyStatsSchema,
  type GlossaryTerm,
  type Organ,
  type YearlyStats,
} from '../schemas/data.ts';
import { leadingSurname } from '../names/index.ts';
import { maskName, problemsFromZodError, type ContentProblem } from '../schemas/errors.ts';
import { CASE_BODY_SECTIONS, type EntryKind } from '../schemas/vocabulary.ts';
import type { RawContent, RawDataFile, RawEntry } from './read-content.ts';

export interface EntryDataByKind {
  clarifications: Clarification;
  cases: GuidingCase;
  culture: CultureItem;
}

/** A validated entry; distributive over kinds, so checking `kind` narrows `data`. */
export type ValidEntry<K extends EntryKind = EntryKind> = K extends EntryKind
  ? {
      kind: K;
      id: string;
      file: string;
      absolutePath: string;
      source: string;
      body: string;
      data: EntryDataByKind[K];
    }
  : never;

export interface ValidatedContent {
  entries: ValidEntry[];
  organs: Organ[];
  glossary: GlossaryTerm[];
  stats: YearlyStats[];
}

export const ENTRY_SCHEMAS = {
  clarifications: clarificationSchema,
  cases: caseSchema,
  culture: cultureSchema,
} as const;

function unknownKeyProblems(file: string, data: unknown, known: readonly string[]): ContentProblem[] {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.keys(data)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      file,
      field: key,
      expected: `本类条目定义的字段之一（${known.join('、')}）`,
      found: '未定义的字段（可能是拼写错误）',
    }));
}

function validateEntry(entry: RawEntry, problems: ContentProblem[]): ValidEntry | undefined {
  if (entry.frontMatterError) {
    problems.push({ file: entry.file, field: '（头信息）', expected: '合法的 YAML 头信息', found: entry.frontMatterError });
    return undefined;
  }
  const schema = ENTRY_SCHEMAS[entry.kind];
  problems.push(...unknownKeyProblems(entry.file, entry.frontMatter, Object.keys(schema.shape)));
  const result = schema.safeParse(entry.frontMatter);
  if (!result.success) {
    problems.push(...problemsFromZodError(entry.file, result.error, entry.frontMatter));
    return undefined;
  }
  return {
    kind: entry.kind,
    id: entry.id,
    file: entry.file,
    absolutePath: entry.absolutePath,
    source: entry.source,
    body: entry.body,
    data: result.data,
  } as ValidEntry;
}

function validateList<T>(raw: RawDataFile, schema: z.ZodType<T>, problems: ContentProblem[]): T[] {
  if (raw.parseError) {
    problems.push({ file: raw.file, field: '（文件）', expected: '合法的 YAML 列表', found: raw.parseError });
    return [];
  }
  if (!Array.isArray(raw.items)) {
    problems.push({ file: raw.file, field: '（文件）', expected: 'YAML 列表（每项以 - 开头）', found: typeof raw.items });
    return [];
  }
  const valid: T[] = [];
  raw.items.forEach((item, index) => {
    const result = schema.safeParse(item);
    if (result.success) valid.push(result.data);
    else
      problems.push(
        ...problemsFromZodError(raw.file, result.error, item).map((p) => ({ ...p, field: `[${index}].${p.field}` })),
      );
  });
  return valid;
}

function duplicateIds(file: string, ids: readonly string[], problems: ContentProblem[]): void {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) problems.push({ file, field: 'id', expected: '在本文件中唯一的编号', found: `重复的编号 ${id}` });
    seen.add(id);
  }
}

/** Headings of a Markdown body, without their leading #'s. */
export function headingsOf(body: string): string[] {
  return [...body.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)].map((m) => (m[1] ?? '').trim());
}

/**
 * `notNames` is a reviewed decision, so it is checked like content: each word must occur in the
 * entry outside the list itself, start with a surname (or the gate could not have flagged it), and
 * not also be a public name. A stale or padded list would hide nothing today but mislead a reviewer.
 */
function notNamesProblems(entry: ValidEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const elsewhere = entry.source.replace(/^notNames:.*(?:\n[ \t]+-.*)*$/m, '');
  entry.data.notNames.forEach((word, index) => {
    const field = `notNames[${index}]`;
    const found = `「${maskName(word)}」`;
    if (!leadingSurname(word)) problems.push({ file: entry.file, field, expected: '以姓氏开头、被隐私检查误认为人名的词', found: `${found}（不以姓氏开头，无须列出）` });
    else if (entry.data.publicNames.includes(word)) problems.push({ file: entry.file, field, expected: '不在 publicNames 中的词', found: `${found}（同时列在 publicNames 中）` });
    else if (!elsewhere.includes(word)) problems.push({ file: entry.file, field, expected: '条目中确实出现的词', found: `${found}（条目中没有出现）` });
  });
  return problems;
}

export function validateContent(raw: RawContent): { content: ValidatedContent; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const organs = validateList(raw.data.organs, organSchema, problems);
  const glossary = validateList(raw.data.glossary, glossaryTermSchema, problems);
  const stats = validateList(raw.data.stats, yearlyStatsSchema, problems);
  const entries = raw.entries.map((e) => validateEntry(e, problems)).filter((e): e is ValidEntry => e !== undefined);

  duplicateIds(raw.data.organs.file, organs.map((o) => o.id), problems);
  duplicateIds(raw.data.glossary.file, glossary.map((g) => g.id), problems);
  duplicateIds(raw.data.stats.file, stats.map((s) => s.id), problems);

  const organIds = new Set(organs.map((o) => o.id));
  const missingOrgan = (file: string, field: string, id: string) =>
    problems.push({ file, field, expected: `${raw.data.organs.file} 中已登记的机关编号`, found: `未登记的编号 ${id}` });
  organs.forEach((organ, index) => {
    if (organ.parent !== undefined && !organIds.has(organ.parent)) missingOrgan(raw.data.organs.file, `[${index}].parent`, organ.parent);
  });
  stats.forEach((row, index) => {
    if (!organIds.has(row.organ)) missingOrgan(raw.data.stats.file, `[${index}].organ`, row.organ);
  });
  const termIds = new Set(glossary.map((g) => g.id));
  glossary.forEach((term, index) => {
    term.related.forEach((id, r) => {
      if (!termIds.has(id))
        problems.push({
          file: raw.data.glossary.file,
          field: `[${index}].related[${r}]`,
          expected: '本文件中已有的术语编号',
          found: `未定义的术语 ${id}`,
        });
    });
  });

  for (const entry of entries) {
    if (!organIds.has(entry.data.organ)) missingOrgan(entry.file, 'organ', entry.data.organ);
    problems.push(...notNamesProblems(entry));
    if (entry.kind === 'cases') {
      const headings = headingsOf(entry.body);
      const missing = CASE_BODY_SECTIONS.filter((section) => !headings.includes(section));
      if (missing.length > 0)
        problems.push({
          file: entry.file,
          field: '正文(body)',
          expected: `包含小标题 ${CASE_BODY_SECTIONS.map((s) => `“## ${s}”`).join('、')}`,
          found: `缺少 ${missing.join('、')}`,
        });
    }
    if (entry.kind === 'culture' && entry.data.image) {
      const image = entry.data.image;
      if (!existsSync(resolve(dirname(entry.absolutePath), image.src)))
        problems.push({ file: entry.file, field: 'image.src', expected: '条目文件旁存在的图片文件', found: `找不到文件 ${image.src}` });
    }
  }

  return { content: { entries, organs, glossary, stats }, problems };
}
