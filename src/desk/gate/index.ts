/**
 * The privacy gate and the content check at the editor's side. Nothing here decides anything new:
 * the findings are the build gate's (`scanText`, with the entry's publicNames and notNames), the
 * problems are `npm run validate`'s (`validateContent` over the content folder with this entry in
 * it). What the desk adds is where they point: a finding is located in the text so the editor can
 * act on it in place, and a problem is keyed by its field so the form shows it beside the input.
 */
import { join, relative } from 'node:path';
import { parseEntryFile } from '../../content/front-matter.ts';
import { withoutInternalNotes } from '../../content/model.ts';
import type { ContentProblem } from '../../content/problems.ts';
import type { RawEntry } from '../../content/read.ts';
import { aliasFor, leadingSurname } from '../../names/index.ts';
import { scanNameCandidates, scanText, type Finding } from '../../privacy/index.ts';
import type { EntryKind } from '../../schemas/vocabulary.ts';
import { splitSource } from '../forms/source.ts';
import { contentCacheFor, type Validation } from './content-cache.ts';

export interface DeskFinding extends Finding {
  /** Position in the desk's text (UTF-16), for highlighting and for acting on it. */
  start: number;
  end: number;
  /** For a name: the alias the 替换为化名 button writes. */
  alias?: string | undefined;
  /**
   * A reading the gate lets through, just under its threshold (可能是人名): shown and highlighted
   * like a finding, and resolved the same three ways before 送审 (see `findingsOf`).
   */
  uncertain?: true;
}

/** Where an entry of `kind` called `slug` lives, relative to the project (the name problems carry). */
export function entryFile(contentDir: string, projectRoot: string, kind: EntryKind, slug: string): string {
  return relative(projectRoot, join(contentDir, kind, `${slug}.md`));
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let current = 1; current < line; current++) offset = text.indexOf('\n', offset) + 1;
  // The column counts code points.
  const rest = [...text.slice(offset)].slice(0, column - 1).join('');
  return offset + rest.length;
}

/** Aliases already in use in the text (X某, X某某, X某甲 …), so a new one never collides. */
function nextAlias(text: string, surname: string): string {
  for (let index = 0; ; index++) {
    const alias = aliasFor(surname, index);
    if (!new RegExp(`${alias}(?![某甲乙丙丁戊己庚辛壬癸])`, 'u').test(text)) return alias;
  }
}

/** What the gate reads beside the text: the entry's vouched names (a poem's author among them) and the deny-list. */
export function scanOptionsOf(
  source: string,
  denylist: readonly string[],
): { publicNames: string[]; notNames: string[]; denylist: readonly string[] } {
  const { data } = splitSource(source);
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
  const authorName = (data['author'] as { name?: unknown } | undefined)?.name;
  const publicNames = [...list(data['publicNames']), ...(typeof authorName === 'string' ? [authorName] : [])];
  return { publicNames, notNames: list(data['notNames']), denylist };
}

/**
 * The header's YAML comments blanked out, character for character (positions stay): a `#` at the
 * start of a line or after a space starts one. A `#` inside a quoted value after a space is taken
 * for a comment too, which only hides near misses there, never findings.
 */
function withoutHeaderComments(source: string): string {
  if (!source.startsWith('---')) return source;
  const end = source.indexOf('\n---', 3);
  if (end < 0) return source;
  const header = source
    .slice(0, end)
    .replace(/(^|[ \t])#[^\n]*/gm, (comment, lead: string) => lead + ' '.repeat(comment.length - lead.length));
  return header + source.slice(end);
}

/**
 * The gate's findings in `source`, located. Internal notes are blanked first, as the build does:
 * they never publish. A name's extent is its masked excerpt's length (masks keep a name's length).
 */
export function findingsOf(
  source: string,
  file: string,
  denylist: readonly string[] = [],
  /** The alias this entry already gave the same name (a person met again keeps their alias). */
  knownAlias: (value: string) => string | undefined = () => undefined,
): DeskFinding[] {
  const scanned = withoutInternalNotes(source);
  const options = scanOptionsOf(source, denylist);
  // Decision: the uncertain candidates are listed with the findings and block 送审 the same way,
  // so each one is looked at once: replaced, confirmed 不是人名 (notNames) or 公开人物
  // (publicNames), each of which also silences it. The build gate is unchanged: it never reads them.
  const located = [
    ...scanText(scanned, file, options).map((finding) => ({ finding, uncertain: false })),
    // A YAML comment is never published (the scaffolds' guidance lives there): its near misses
    // would only be noise. Its findings are still reported, as the build gate reports them.
    ...scanNameCandidates(withoutHeaderComments(scanned), file, options).map((finding) => ({ finding, uncertain: true })),
  ].sort((a, b) => a.finding.line - b.finding.line || a.finding.column - b.finding.column);
  return located.map(({ finding, uncertain }) => {
    const start = offsetOf(source, finding.line, finding.column);
    const isName = finding.kind === 'name' || finding.kind === 'denylist';
    const end = isName ? start + [...source.slice(start)].slice(0, [...finding.excerpt].length).join('').length : start + 1;
    const value = source.slice(start, end);
    const surname = isName ? leadingSurname(value) || value.slice(0, 1) : '';
    return {
      ...finding,
      start,
      end,
      alias: isName ? (knownAlias(value) ?? nextAlias(source, surname)) : undefined,
      ...(uncertain ? { uncertain: true as const } : {}),
    };
  });
}

/** The raw value of a finding, for the server's own replacement; never rendered or logged. */
export function valueOf(source: string, finding: DeskFinding): string {
  return source.slice(finding.start, finding.end);
}

/**
 * `npm run validate`'s problems for this entry: the content folder is read as it is, with this
 * entry's text standing in its place, so references (organ, series, numbers, duplicates) are
 * checked against everything else. Only the entry's own problems are returned. The folder and
 * the validation are cached (content-cache.ts): a page view reads nothing again unless a file in
 * `content/` changed or the entry's text did.
 */
export function problemsOf(source: string, kind: EntryKind, slug: string, contentDir: string, projectRoot: string): ContentProblem[] {
  const { file } = rawEntryOf(source, kind, slug, contentDir, projectRoot);
  return validatedWith(source, kind, slug, contentDir, projectRoot).problems.filter((problem) => problem.file === file);
}

/** The entry as the content reader would have read it from `content/<kind>/<slug>.md`. */
export function rawEntryOf(source: string, kind: EntryKind, slug: string, contentDir: string, projectRoot: string): RawEntry {
  const absolutePath = join(contentDir, kind, `${slug}.md`);
  const file = relative(projectRoot, absolutePath);
  const parsed = parseEntryFile(source);
  return {
    kind,
    id: slug,
    file,
    absolutePath,
    format: 'md',
    source,
    frontMatter: parsed.data,
    ...(parsed.error !== undefined ? { frontMatterError: parsed.error } : {}),
    body: parsed.body,
    bodyLine: parsed.bodyLine,
  };
}

/** The whole folder validated with this entry in its place (cached, see content-cache.ts). */
export function validatedWith(source: string, kind: EntryKind, slug: string, contentDir: string, projectRoot: string): Validation {
  return contentCacheFor(contentDir, projectRoot).validate(rawEntryOf(source, kind, slug, contentDir, projectRoot));
}

/** The top-level field a problem belongs to (`allegations[0].finding` → `allegations`). */
export function topField(problem: ContentProblem): string {
  return problem.field.split(/[.[]/)[0] ?? '';
}
