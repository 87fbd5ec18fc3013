/**
 * The one front-matter parser (ARCHITECTURE.md, "One pipeline"): the content pipeline, the
 * `scan` CLI and the tests all read an entry's YAML header through here.
 *
 * YAML is read with the core schema: the default schema turns `2026-13-05` into a Date that
 * overflows to 2027-01-05, the core schema keeps it as typed so the date field's own check sees it.
 * The commonest slips of Chinese editors — a full-width colon after a key, a tab or a full-width
 * space in the indentation — get a message that names the line and the fix, before YAML's own.
 */
import yaml from 'js-yaml';
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

/** Parses YAML text with the core schema; the error names the position, not the text. */
export function parseYaml(text: string): { value: unknown; error?: string } {
  try {
    return { value: yaml.load(text, { schema: yaml.CORE_SCHEMA }) };
  } catch (error) {
    // js-yaml's message quotes the offending line, which may hold personal data: keep its reason and position.
    if (error instanceof yaml.YAMLException) return { value: undefined, error: CONTENT.yaml.syntax(error.reason, error.mark.line + 1, error.mark.column + 1) };
    return { value: undefined, error: CONTENT.yaml.syntaxUnknown };
  }
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
 * `author.name`, and `notNames`. For callers that have only the raw file (the `scan` CLI); a file
 * whose header does not parse vouches for nothing, so the gate still reads all of it.
 */
export function vouchedNames(parsed: ParsedFile): { publicNames: string[]; notNames: string[] } {
  const record = typeof parsed.data === 'object' && parsed.data !== null ? (parsed.data as Record<string, unknown>) : {};
  const author = record['author'];
  const authorName = typeof author === 'object' && author !== null ? (author as Record<string, unknown>)['name'] : undefined;
  return {
    publicNames: [...new Set([...strings(record['publicNames']), ...strings(authorName)])],
    notNames: [...new Set(strings(record['notNames']))],
  };
}
