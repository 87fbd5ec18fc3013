/**
 * Validates the whole content folder: each entry against its schema, the data files, the
 * references between them, and the sections a case body must have. Every problem is collected,
 * so an editor sees all of them in one build instead of fixing one per run.
 */
import type { z } from 'astro/zod';
import { caseSchema, type GuidingCase } from '../schemas/case.ts';
import { clarificationSchema, type Clarification } from '../schemas/clarification.ts';
import { cultureSchema, type CultureItem } from '../schemas/culture.ts';
import {
  caseSeriesSchema,
  glossaryTermSchema,
  organSchema,
  yearlyStatsSchema,
  type CaseSeries,
  type GlossaryTerm,
  type Organ,
  type YearlyStats,
} from '../schemas/data.ts';
import { isCompleteName, leadingSurname } from '../names/index.ts';
import { maskSensitiveText } from '../privacy/index.ts';
import { CONTENT, EXPECTED, FOUND } from '../strings/content.ts';
import { checkEntryImage } from './image-source.ts';
import { maskName, problemsFromZodError, type ContentProblem } from './problems.ts';
import { CASE_BODY_SECTIONS, RESERVED_IDS, type EntryKind } from '../schemas/vocabulary.ts';
import { basisProblems, resultProblems, seriesAuthorityProblems } from './case-law.ts';
import type { RawContent, RawDataFile, RawEntry } from './read.ts';
import { bodyProblems, idProblems, safeKey, shapeProblems } from './safety.ts';
import { scopeConflicts } from './publication.ts';

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
  series: CaseSeries[];
  stats: YearlyStats[];
}

export const ENTRY_SCHEMAS = {
  clarifications: clarificationSchema,
  cases: caseSchema,
  culture: cultureSchema,
} as const;

/** The zod schema under optional, default and pipe wrappers, where its shape or element is. */
function unwrap(schema: z.ZodType): z.ZodType {
  const def = (schema as unknown as { _zod: { def: { type: string; innerType?: z.ZodType; in?: z.ZodType } } })._zod.def;
  if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) return unwrap(def.innerType);
  if (def.type === 'pipe' && def.in) return unwrap(def.in);
  return schema;
}

/**
 * Keys the schema does not define, at any depth: zod drops them silently, so a misspelt field, or
 * one the model no longer has (a follow-up visit's old `summary`), would vanish without a word.
 */
function unknownKeyProblems(file: string, data: unknown, schema: z.ZodType, path = ''): ContentProblem[] {
  const def = (unwrap(schema) as unknown as { _zod: { def: { type: string; shape?: Record<string, z.ZodType>; element?: z.ZodType } } })._zod.def;
  if (def.type === 'array' && def.element && Array.isArray(data)) return data.flatMap((item, index) => unknownKeyProblems(file, item, def.element!, `${path}[${index}]`));
  if (def.type !== 'object' || !def.shape || data === null || typeof data !== 'object' || Array.isArray(data)) return [];
  const shape = def.shape;
  const known = Object.keys(shape);
  return Object.entries(data).flatMap(([key, value]) => {
    const field = path ? `${path}.${key}` : key;
    if (!known.includes(key)) return [{ file, field: path ? `${path}.${safeKey(key)}` : safeKey(key), expected: EXPECTED.knownFields(known), found: FOUND.undefinedField }];
    return unknownKeyProblems(file, value, shape[key]!, field);
  });
}

function validateEntry(entry: RawEntry, problems: ContentProblem[]): ValidEntry | undefined {
  // These bytes passed every check of their own in a committed build (validation-cache.ts).
  if (entry.remembered) {
    const { kind, id, file, absolutePath, format, source, body } = entry;
    return { kind, id, file, absolutePath, format, source, body, data: entry.remembered.data } as ValidEntry;
  }
  if (entry.frontMatterError) {
    problems.push({ file: entry.file, field: CONTENT.place.header, expected: EXPECTED.validHeader, found: entry.frontMatterError });
    return undefined;
  }
  const named = idProblems(entry.file, entry.id);
  problems.push(...named);
  if (named.length > 0) return undefined;
  const shape = [...shapeProblems(entry.file, entry.frontMatter), ...bodyProblems(entry.file, entry.body, entry.format)];
  problems.push(...shape);
  if (shape.length > 0) return undefined;
  const schema = ENTRY_SCHEMAS[entry.kind];
  problems.push(...unknownKeyProblems(entry.file, entry.frontMatter, schema));
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
    const shape = shapeProblems(raw.file, item, `[${index}]`);
    problems.push(...shape);
    if (shape.length > 0) return;
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
 * `publicNames` and `notNames` are reviewed decisions, so they are checked like content, and so
 * that they cannot silence the gate beyond what they name (names/vouched.ts): a public name is a
 * complete name (surname and given name), a non-name is a word of two or more characters starting
 * with a surname (or the gate could not have flagged it) and not also a public name, and each must
 * occur in the entry outside the lists themselves. A stale or padded list would hide nothing today
 * but mislead a reviewer; a surname alone would wave through every name it begins.
 */
function vouchedNamesProblems(entry: ValidEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const elsewhere = entry.source.replace(/^(?:notNames|publicNames):.*(?:\n[ \t]+-.*)*$/gm, '');
  entry.data.publicNames.forEach((name, index) => {
    const field = `publicNames[${index}]`;
    if (!isCompleteName(name)) problems.push({ file: entry.file, field, expected: EXPECTED.completeName, found: FOUND.notCompleteName(maskName(name)) });
    else if (!elsewhere.includes(name)) problems.push({ file: entry.file, field, expected: EXPECTED.occursInEntry, found: FOUND.notInEntry(maskName(name)) });
  });
  entry.data.notNames.forEach((word, index) => {
    const field = `notNames[${index}]`;
    const masked = maskName(word);
    if (!leadingSurname(word) || [...word].length < 2) problems.push({ file: entry.file, field, expected: EXPECTED.notNameWord, found: FOUND.notSurname(masked) });
    else if (entry.data.publicNames.includes(word)) problems.push({ file: entry.file, field, expected: EXPECTED.notPublicName, found: FOUND.alsoPublic(masked) });
    else if (!elsewhere.includes(word)) problems.push({ file: entry.file, field, expected: EXPECTED.occursInEntry, found: FOUND.notInEntry(masked) });
  });
  return problems;
}

/**
 * A series of guiding cases is one issuer's numbered list: each case names a series that exists,
 * is issued by the series' issuer, belongs to a batch of it and carries that batch's date, and the
 * numbers of a series rise with the date of issue and never repeat.
 */
function seriesProblems(entries: readonly ValidEntry[], series: readonly CaseSeries[], seriesFile: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const byId = new Map(series.map((item) => [item.id, item]));
  const cases = entries.filter((entry): entry is ValidEntry<'cases'> => entry.kind === 'cases');
  for (const entry of cases) {
    const item = byId.get(entry.data.series);
    if (!item) {
      problems.push({ file: entry.file, field: 'series', expected: `${seriesFile} 中${EXPECTED.knownSeries}`, found: FOUND.unknownSeries(entry.data.series) });
      continue;
    }
    if (entry.data.organ !== item.issuer) problems.push({ file: entry.file, field: 'organ', expected: EXPECTED.seriesIssuer(item.id, item.issuer), found: FOUND.otherIssuer(entry.data.organ) });
    const batch = item.batches.find((b) => b.number === entry.data.batch);
    if (!batch) problems.push({ file: entry.file, field: 'batch', expected: EXPECTED.knownBatch(item.id), found: FOUND.unknownBatch(entry.data.batch) });
    else if (batch.date !== entry.data.date) problems.push({ file: entry.file, field: 'date', expected: EXPECTED.batchDate(batch.date), found: FOUND.otherDate(entry.data.date) });
  }
  for (const item of series) {
    const members = cases.filter((entry) => entry.data.series === item.id).sort((a, b) => a.data.number - b.data.number);
    members.forEach((entry, index) => {
      const previous = members[index - 1];
      if (!previous) return;
      if (previous.data.number === entry.data.number) problems.push({ file: entry.file, field: 'number', expected: EXPECTED.numberOrder, found: FOUND.duplicateNumber(entry.data.number, previous.file) });
      else if (entry.data.date < previous.data.date)
        problems.push({ file: entry.file, field: 'number', expected: EXPECTED.numberOrder, found: FOUND.numberAfter(entry.data.number, entry.data.date, previous.data.number, previous.data.date) });
    });
  }
  return problems;
}

/**
 * Wording that makes the reporter a suspect (涉嫌诬告陷害, 举报人涉嫌捏造事实): a clarification
 * states only what was decided about the false accusation, from its structured `falseAccusation`
 * field, and never suspicion before a finding. In a village the real-name reporter is known to
 * everyone who reads the board, so "涉嫌" there is an accusation the organ has not made.
 */
const SUSPECT_WORDING = /涉嫌[^。；！？\n]{0,10}(?:诬告|陷害|捏造|诬陷)|(?:诬告|陷害|诬陷)[^。；！？\n]{0,6}嫌疑|举报人[^。；！？\n]{0,6}(?:诬告|陷害|捏造|诬陷)/u;

function suspectWordingProblems(entry: ValidEntry<'clarifications'>): ContentProblem[] {
  const places: Array<[string, string]> = [
    ['title', entry.data.title],
    ['summary', entry.data.summary],
    [CONTENT.place.body, entry.body],
  ];
  return places.flatMap(([field, text]) => {
    const hit = SUSPECT_WORDING.exec(text);
    return hit ? [{ file: entry.file, field, expected: EXPECTED.noSuspectWording, found: FOUND.text(maskSensitiveText(hit[0]), [...hit[0]].length) }] : [];
  });
}

/**
 * A notice's channels must agree with the scope the organ decided (content/publication.ts), and a
 * board id names one board: the same id with two names would merge two boards' packs.
 */
function channelProblems(entries: readonly ValidEntry[], remembered: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const placeNames = new Map<string, { name: string; file: string }>();
  for (const entry of entries) {
    if (entry.kind !== 'clarifications') continue;
    const { data } = entry;
    // Wording and scope are the notice's own: a remembered notice passed them. Places are shared.
    if (!remembered.has(entry.file)) problems.push(...suspectWordingProblems(entry));
    for (const conflict of remembered.has(entry.file) ? [] : scopeConflicts(data)) {
      const onPlaces = conflict.kind === 'boardWithoutPlaces' || conflict.kind === 'placesWithoutBoard';
      problems.push({
        file: entry.file,
        field: onPlaces ? 'postingPlaces' : 'methods',
        expected: EXPECTED.scopeConflict(conflict),
        found: onPlaces ? FOUND.list(data.postingPlaces.length) : FOUND.methodsAndScope(data.methods, maskSensitiveText(data.scope)),
      });
    }
    data.postingPlaces.forEach((place, index) => {
      const known = placeNames.get(place.id);
      if (known && known.name !== place.name)
        problems.push({ file: entry.file, field: `postingPlaces[${index}].name`, expected: EXPECTED.samePlaceName(place.id, known.name, known.file), found: FOUND.text(place.name, [...place.name].length) });
      else if (!known) placeNames.set(place.id, { name: place.name, file: entry.file });
    });
  }
  return problems;
}

/** Each organ's chain of parents ends at the top: figures roll up along it (src/stats/). */
function organCycleProblems(organs: readonly Organ[], file: string): ContentProblem[] {
  const parentOf = new Map(organs.map((organ) => [organ.id, organ.parent]));
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  organs.forEach((organ, index) => {
    const chain = [organ.id];
    for (let parent = organ.parent; parent !== undefined; parent = parentOf.get(parent)) {
      if (chain.includes(parent)) {
        if (!chain.some((id) => reported.has(id))) problems.push({ file, field: `[${index}].parent`, expected: EXPECTED.acyclicParent, found: FOUND.parentCycle([...chain, parent]) });
        chain.forEach((id) => reported.add(id));
        break;
      }
      chain.push(parent);
    }
  });
  return problems;
}

/** The checks of a valid entry that read nothing but the entry: id, vouched names, case body and law. */
function ownProblems(entry: ValidEntry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (RESERVED_IDS[entry.kind].includes(entry.id))
    problems.push({ file: entry.file, field: CONTENT.place.file, expected: EXPECTED.freeId(RESERVED_IDS[entry.kind]), found: FOUND.reservedId(entry.id) });
  problems.push(...vouchedNamesProblems(entry));
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
    problems.push(...resultProblems(entry.file, entry.data, entry.body, CONTENT.place.body), ...basisProblems(entry.file, entry.data));
  }
  return problems;
}

/**
 * Validates the folder `raw` holds. An entry read as remembered (validation-cache.ts) skips the
 * checks that read only itself; every check between files, and the image an entry points at,
 * runs over all entries, remembered or not.
 */
export function validateContent(raw: RawContent): { content: ValidatedContent; problems: ContentProblem[] } {
  // Files refused unread (symlinks, names that are no slug, not UTF-8, too large) come first.
  const problems: ContentProblem[] = [...raw.problems];
  const remembered = new Set(raw.entries.filter((entry) => entry.remembered).map((entry) => entry.file));
  const organs = validateList(raw.data.organs, organSchema, problems);
  const glossary = validateList(raw.data.glossary, glossaryTermSchema, problems);
  const series = validateList(raw.data.series, caseSeriesSchema, problems);
  const stats = validateList(raw.data.stats, yearlyStatsSchema, problems);
  const entries = raw.entries.map((e) => validateEntry(e, problems)).filter((e): e is ValidEntry => e !== undefined);

  duplicateIds(raw.data.organs.file, organs.map((o) => o.id), problems);
  duplicateIds(raw.data.glossary.file, glossary.map((g) => g.id), problems);
  duplicateIds(raw.data.series.file, series.map((s) => s.id), problems);
  duplicateIds(raw.data.stats.file, stats.map((s) => s.id), problems);

  const organIds = new Set(organs.map((o) => o.id));
  const missingOrgan = (file: string, field: string, id: string) =>
    problems.push({ file, field, expected: EXPECTED.registeredOrgan(raw.data.organs.file), found: FOUND.unregisteredOrgan(id) });
  organs.forEach((organ, index) => {
    if (organ.parent !== undefined && !organIds.has(organ.parent)) missingOrgan(raw.data.organs.file, `[${index}].parent`, organ.parent);
  });
  problems.push(...organCycleProblems(organs, raw.data.organs.file));
  stats.forEach((row, index) => {
    if (!organIds.has(row.organ)) missingOrgan(raw.data.stats.file, `[${index}].organ`, row.organ);
    // Two rows for one organ and period would leave it open which figure the organ published.
    const earlier = stats.findIndex((other) => other.organ === row.organ && other.year === row.year && (other.period ?? '') === (row.period ?? ''));
    if (earlier < index)
      problems.push({ file: raw.data.stats.file, field: `[${index}].organ`, expected: EXPECTED.onePeriodRow, found: FOUND.samePeriodRow(`${row.year}${row.period ?? ''}`, stats[earlier]!.id) });
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
    // A remembered entry passed the checks that read only its own bytes.
    if (!remembered.has(entry.file)) problems.push(...ownProblems(entry));
    // The image lives outside the entry's bytes: checked on every build.
    if (entry.kind === 'culture' && entry.data.image) {
      const image = checkEntryImage(entry.absolutePath, entry.data.image.src);
      if (image.problem) problems.push({ file: entry.file, field: 'image.src', ...image.problem });
    }
  }

  series.forEach((item, index) => {
    if (!organIds.has(item.issuer)) missingOrgan(raw.data.series.file, `[${index}].issuer`, item.issuer);
  });
  problems.push(...seriesProblems(entries, series, raw.data.series.file));
  problems.push(...seriesAuthorityProblems(series, raw.data.series.file));
  problems.push(...channelProblems(entries, remembered));

  return { content: { entries, organs, glossary, series, stats }, problems };
}
