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
import { CONTENT, EXPECTED, FOUND } from '../strings/content.ts';
import { maskName, problemsFromZodError, type ContentProblem } from './problems.ts';
import { CASE_BODY_SECTIONS, type EntryKind } from '../schemas/vocabulary.ts';
import type { RawContent, RawDataFile, RawEntry } from './read.ts';

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
      format: 'md' | 'mdx';
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
      expected: EXPECTED.knownFields(known),
      found: FOUND.undefinedField,
    }));
}

function validateEntry(entry: RawEntry, problems: ContentProblem[]): ValidEntry | undefined {
  if (entry.frontMatterError) {
    problems.push({ file: entry.file, field: CONTENT.place.header, expected: EXPECTED.validHeader, found: entry.frontMatterError });
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
    format: entry.format,
    source: entry.source,
    body: entry.body,
    data: result.data,
  } as ValidEntry;
}

function validateList<T>(raw: RawDataFile, schema: z.ZodType<T>, problems: ContentProblem[]): T[] {
  if (raw.parseError) {
    problems.push({ file: raw.file, field: CONTENT.place.file, expected: EXPECTED.yamlList, found: raw.parseError });
    return [];
  }
  if (!Array.isArray(raw.items)) {
    problems.push({ file: raw.file, field: CONTENT.place.file, expected: EXPECTED.yamlListItems, found: FOUND.typeOf(typeof raw.items) });
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
    if (seen.has(id)) problems.push({ file, field: 'id', expected: EXPECTED.uniqueId, found: FOUND.duplicateId(id) });
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
    const masked = maskName(word);
    if (!leadingSurname(word)) problems.push({ file: entry.file, field, expected: EXPECTED.notNameWord, found: FOUND.notSurname(masked) });
    else if (entry.data.publicNames.includes(word)) problems.push({ file: entry.file, field, expected: EXPECTED.notPublicName, found: FOUND.alsoPublic(masked) });
    else if (!elsewhere.includes(word)) problems.push({ file: entry.file, field, expected: EXPECTED.occursInEntry, found: FOUND.notInEntry(masked) });
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
    problems.push({ file, field, expected: EXPECTED.registeredOrgan(raw.data.organs.file), found: FOUND.unregisteredOrgan(id) });
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
          expected: EXPECTED.knownTerm,
          found: FOUND.undefinedTerm(id),
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
          field: CONTENT.place.body,
          expected: EXPECTED.caseSections(CASE_BODY_SECTIONS),
          found: FOUND.missingSections(missing),
        });
    }
    if (entry.kind === 'culture' && entry.data.image) {
      const image = entry.data.image;
      if (!existsSync(resolve(dirname(entry.absolutePath), image.src)))
        problems.push({ file: entry.file, field: 'image.src', expected: EXPECTED.imageBesideEntry, found: FOUND.missingFile(image.src) });
    }
  }

  return { content: { entries, organs, glossary, stats }, problems };
}
