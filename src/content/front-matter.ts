/**
 * The one front-matter parser (ARCHITECTURE.md, "One pipeline"): the content pipeline, the
 * `scan` CLI and the tests all read an entry's YAML header through here.
 *
 * YAML is read with the `yaml` package and the core schema: a YAML 1.1 reader turns `2026-13-05`
 * into a Date that overflows to 2027-01-05, the core schema keeps it as typed so the date field's
 * own check sees it. Anchors and aliases (`&a`, `*a`) are refused: no entry needs them, and a few
 * kilobytes of nested aliases expand to gigabytes (the "billion laughs").
 * The commonest slips of Chinese editors — a full-width colon after a key, a tab or a full-width
 * space in the indentation — get a message that names the line and the fix, before YAML's own.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import { isHistoricalPeriod } from '../names/index.ts';
import { CONTENT } from '../strings/content.ts';

export interface ParsedFile {
  /** The parsed header; `undefined` when there is none or it is not valid YAML. */
  data: unknown;
  /** Why the header could not be read, in Chinese, naming the line; never quoting it. */
  error?: string;
  /** Whether the file has a `---` header at all. */
  hasFrontMatter: boolean;
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** The first editing slip in a YAML header, as a message naming its line (1-based in the file). */
export function yamlSlip(yamlText: string, firstLine = 2): string | undefined {
  const lines = yamlText.split(/\r?\n/);
  for (const [index, line] of lines.entries()) {
    const number = firstLine + index;
    if (/^\s*#/.test(line)) continue;
    if (/^[ \t\u3000]*\t/.test(line)) return CONTENT.yaml.tab(number);
    if (/^[ \t]*\u3000/.test(line)) return CONTENT.yaml.fullWidthSpace(number);
    if (/^[ \t]*-?[ \t]*[A-Za-z_][\w-]*[ \t]*：/.test(line)) return CONTENT.yaml.fullWidthColon(number);
  }
  return undefined;
}

/** Parses YAML text with the core schema; the error names the position and the kind, never the text. */
export function parseYaml(text: string): { value: unknown; error?: string } {
  const document = parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false, keepSourceTokens: false });
  // The parser's messages quote the offending line, which may hold personal data: keep its code and position.
  const positionOf = (offset: number) => {
    const before = text.slice(0, offset);
    return { line: before.split('\n').length, col: offset - before.lastIndexOf('\n') };
  };
  const failure = document.errors[0];
  if (failure) {
    const position = positionOf(failure.pos[0]);
    return { value: undefined, error: CONTENT.yaml.syntax(failure.code, position.line, position.col) };
  }
  let reference: { line: number; col: number } | undefined;
  visit(document, (_key, node) => {
    const anchored = isAlias(node) || (typeof node === 'object' && node !== null && 'anchor' in node && Boolean((node as { anchor?: string }).anchor));
    if (!anchored) return undefined;
    reference = positionOf((node as { range?: [number, number, number] }).range?.[0] ?? 0);
    return visit.BREAK;
  });
  if (reference) return { value: undefined, error: CONTENT.yaml.alias(reference.line, reference.col) };
  return { value: document.toJS() };
}

/** Splits a Markdown file into its header and body and parses the header. */
export function parseEntryFile(source: string): ParsedFile {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { data: undefined, hasFrontMatter: false, body: source, bodyLine: 1 };
  const consumed = match[0];
  const body = source.slice(consumed.length);
  const bodyLine = consumed.split('\n').length + (consumed.endsWith('\n') ? 0 : 1);
  const yamlText = match[1] ?? '';
  const slip = yamlSlip(yamlText);
  if (slip) return { data: undefined, error: slip, hasFrontMatter: true, body, bodyLine };
  const parsed = parseYaml(yamlText);
  // A YAML error's line counts from the header; the file's line is one more (the opening ---).
  const error = parsed.error === undefined ? undefined : parsed.error.replace(/第 (\d+) 行/, (_, n: string) => `第 ${Number(n) + 1} 行`);
  return { data: error === undefined ? (parsed.value ?? {}) : undefined, ...(error !== undefined ? { error } : {}), hasFrontMatter: true, body, bodyLine };
}

const strings = (value: unknown): string[] =>
  (typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []).map((v) => v.trim()).filter(Boolean);

/**
 * The names a file vouches for, read from its header: `publicNames` plus a culture item's
 * historical `author.name`, and `notNames`. For callers that have only the raw file (the `scan` CLI); a file
 * whose header does not parse vouches for nothing, so the gate still reads all of it.
 */
export function vouchedNames(parsed: ParsedFile): { publicNames: string[]; notNames: string[] } {
  const record = typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>) : {};
  const author = typeof record['author'] === 'object' && record['author'] !== null ? (record['author'] as Record<string, unknown>) : {};
  // The same rule as the build's (names/vouched.ts): only a historical author is public.
  const dynasty = author['dynasty'];
  const authorName = isHistoricalPeriod(typeof dynasty === 'string' ? dynasty : undefined) ? author['name'] : undefined;
  return {
    publicNames: [...new Set([...strings(record['publicNames']), ...strings(authorName)])],
    notNames: [...new Set(strings(record['notNames']))],
  };
}

/**
 * The spans of `source` (offsets into the whole file) that hold the values of `followUps[].internalNote`
 * and nothing else: the one private field of the model, located by the YAML parser, so no other text
 * that merely looks like the key (in the body, in another field) is ever hidden from the gate.
 */
export function internalNoteSpans(source: string): [number, number][] {
  const match = FRONT_MATTER.exec(source);
  if (!match) return [];
  const start = match[0].indexOf('\n') + 1;
  // Without the key's letters, or an escape that could spell them in a double-quoted key, no
  // parser finds a follow-up: most headers need no second parse.
  const header = match[1] ?? '';
  if (!header.includes('followUps') && !header.includes('\\')) return [];
  const document = parseDocument(header, { schema: 'core', keepSourceTokens: false });
  const followUps = isMap(document.contents) ? document.contents.get('followUps', true) : undefined;
  if (!isSeq(followUps)) return [];
  const spans: [number, number][] = [];
  for (const visit of followUps.items) {
    if (!isMap(visit)) continue;
    const note = visit.get('internalNote', true);
    const range = isScalar(note) || isMap(note) || isSeq(note) ? note.range : undefined;
    if (range) spans.push([start + range[0], start + range[1]]);
  }
  return spans;
}
