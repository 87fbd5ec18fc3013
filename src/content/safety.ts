/**
 * Checks that keep content content, not code or a weapon (ARCHITECTURE.md, "Invariants"), run on
 * every entry before its schema: limits on size and shape (a YAML bomb or a megabyte title never
 * reaches a page or a feed), no control characters (they make feeds invalid XML), Markdown only
 * (MDX runs code and imports files the gate never reads), no images in bodies (a poster's image
 * is a checked field).
 */
import { maskSensitiveText, scanText } from '../privacy/index.ts';
import { CONTENT, EXPECTED, FOUND } from '../strings/content.ts';
import type { ContentProblem } from './problems.ts';

/** Bounds no real entry comes near; each stops a class of abuse, not an editor. */
export const CONTENT_LIMITS = {
  /** Characters in one front-matter text. */
  text: 10_000,
  /** Items in one list. */
  list: 200,
  /** Nesting of maps and lists. */
  depth: 6,
  /** Characters in a body. */
  body: 200_000,
} as const;

/** C0 and C1 controls but tab, line feed and carriage return, and the XML non-characters. */
// eslint-disable-next-line no-control-regex -- these are exactly the characters refused
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/u;

/** `U+0007` for the first control character of `text`. */
function firstControl(text: string): string {
  const ch = CONTROL.exec(text)?.[0] ?? '';
  return `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Size, depth and character problems of a parsed header, by field path. */
export function shapeProblems(file: string, data: unknown, path = '', depth = 0): ContentProblem[] {
  const field = path || CONTENT.place.header;
  if (typeof data === 'string') {
    if (data.length > CONTENT_LIMITS.text) return [{ file, field, expected: EXPECTED.atMostChars(CONTENT_LIMITS.text), found: FOUND.chars(data.length) }];
    if (CONTROL.test(data)) return [{ file, field, expected: EXPECTED.noControlCharacters, found: FOUND.controlCharacter(firstControl(data)) }];
    return [];
  }
  if (data === null || typeof data !== 'object') return [];
  if (depth >= CONTENT_LIMITS.depth) return [{ file, field, expected: EXPECTED.atMostDepth(CONTENT_LIMITS.depth), found: FOUND.tooDeep }];
  if (Array.isArray(data)) {
    if (data.length > CONTENT_LIMITS.list) return [{ file, field, expected: EXPECTED.atMostItems(CONTENT_LIMITS.list), found: FOUND.items(data.length) }];
    return data.flatMap((item, index) => shapeProblems(file, item, `${path}[${index}]`, depth + 1));
  }
  return Object.entries(data).flatMap(([key, value]) => shapeProblems(file, value, path ? `${path}.${safeKey(key)}` : safeKey(key), depth + 1));
}

/**
 * A key as it may be printed: a field name an editor misspelt (`sumary`) as it is, anything else
 * (a Chinese word, a number) masked like a value, so a log never repeats a name typed as a key.
 */
export function safeKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_-]{0,40}$/u.test(key) && maskSensitiveText(key) === key ? key : FOUND.maskedKey([...key].length);
}

/** Problems of a body: size, control characters, MDX, images. */
export function bodyProblems(file: string, body: string, format: 'md' | 'mdx'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const field = CONTENT.place.body;
  if (format === 'mdx') problems.push({ file, field: CONTENT.place.file, expected: EXPECTED.markdownOnly, found: FOUND.mdxFile });
  if (body.length > CONTENT_LIMITS.body) problems.push({ file, field, expected: EXPECTED.atMostChars(CONTENT_LIMITS.body), found: FOUND.chars(body.length) });
  if (CONTROL.test(body)) problems.push({ file, field, expected: EXPECTED.noControlCharacters, found: FOUND.controlCharacter(firstControl(body)) });
  // Markdown images (inline or by reference) and HTML images: the sanitiser drops them anyway.
  if (/!\[[^\]]*\]\s*[([]|<img\b/iu.test(body)) problems.push({ file, field, expected: EXPECTED.noBodyImages, found: FOUND.bodyImage });
  return problems;
}

/**
 * A file name becomes a URL, an output path in the build log and a line in every report: it passes
 * the same detectors as the text (a phone number or a name as a file name is caught here).
 */
export function idProblems(file: string, id: string): ContentProblem[] {
  const findings = scanText(id, file);
  if (findings.length === 0) return [];
  const masked = file.replace(id, maskSensitiveText(id));
  return [{ file: masked, field: CONTENT.place.file, expected: EXPECTED.plainFileName, found: FOUND.personalFileName(findings.map((f) => f.excerpt).join('、')) }];
}
