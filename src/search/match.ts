/**
 * Exact-text checks on search hits. Pagefind segments a Chinese query into words and also
 * matches pages that hold those words apart, or words that merely start the same way; readers
 * expect a hit to contain what they typed. These functions decide that from a hit's own text,
 * ignoring whitespace (Pagefind's text has spaces where the page had element boundaries), width
 * of Latin letters and digits (全角/半角) and their case. Chinese punctuation is left as written.
 */

/**
 * Zero-width spaces removed (Pagefind's index files put U+200B between the words it segmented),
 * whitespace runs collapsed to one space, trimmed. Nothing else in the text is rewritten.
 */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/\u200b/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/**
 * Block boundaries Pagefind writes as “. ” (after a heading or a table cell) read oddly in
 * Chinese; between Chinese characters they become “。”.
 */
export function tidyIndexedText(text: string): string {
  return collapseWhitespace(text).replace(/(?<=[\p{Script=Han}\d）》”])\. (?=[\p{Script=Han}\d（《“])/gu, '。');
}

/** The terms of a query: NFKC (full-width letters and digits → half-width), whitespace separates terms. */
export function queryTerms(query: string): string[] {
  return collapseWhitespace(query.normalize('NFKC'))
    .split(' ')
    .filter((term) => term.length > 0);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One query character: its full-width twin matches too (Ａ = A, １ = 1), and case is ignored by the flag. */
function charPattern(char: string): string {
  const code = char.codePointAt(0)!;
  if (code >= 0x21 && code <= 0x7e) return `[${escapeRegExp(char)}${String.fromCodePoint(code + 0xfee0)}]`;
  return escapeRegExp(char);
}

/** A pattern for one term that tolerates whitespace (and zero-width spaces) between any two of its characters. */
function termPattern(term: string): string {
  return [...term].map(charPattern).join('[\\s\\u200b]*');
}

/** True when `text` contains every term of the query (whitespace-, width- and case-insensitive). An empty query matches nothing. */
export function containsQuery(text: string, query: string): boolean {
  const terms = queryTerms(query);
  if (terms.length === 0) return false;
  return terms.every((term) => new RegExp(termPattern(term), 'iu').test(text));
}

/** One run of excerpt text; `mark` runs are occurrences of a query term. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * A readable excerpt of about `length` characters around the first occurrence of the query,
 * with every occurrence of a term marked. Built as parts, not HTML, so the page can render it
 * with text nodes and never parses page content as markup.
 */
export function excerptAround(content: string, query: string, length = 80): ExcerptPart[] {
  const text = tidyIndexedText(content);
  const terms = queryTerms(query);
  if (terms.length === 0 || text.length === 0) {
    return text ? [{ text: text.slice(0, length), mark: false }, ...(text.length > length ? [{ text: '…', mark: false }] : [])] : [];
  }
  const any = new RegExp(terms.map(termPattern).join('|'), 'giu');
  const first = new RegExp(termPattern(terms[0]!), 'iu').exec(text);
  const anchor = first ? first.index : 0;
  const anchorLength = first ? first[0].length : 0;
  // Centre the window on the first match, then clamp it to the text.
  let start = Math.max(0, anchor - Math.floor((length - anchorLength) / 2));
  const end = Math.min(text.length, start + length);
  start = Math.max(0, end - length);
  // Do not cut a match in half at the window edges.
  any.lastIndex = 0;
  let windowStart = start;
  let windowEnd = end;
  for (const match of text.matchAll(any)) {
    const from = match.index;
    const to = from + match[0].length;
    if (from < windowStart && to > windowStart) windowStart = from;
    if (from < windowEnd && to > windowEnd) windowEnd = to;
  }
  const window = text.slice(windowStart, windowEnd);
  const parts: ExcerptPart[] = [];
  if (windowStart > 0) parts.push({ text: '…', mark: false });
  let cursor = 0;
  for (const match of window.matchAll(any)) {
    if (match[0].length === 0) continue;
    if (match.index > cursor) parts.push({ text: window.slice(cursor, match.index), mark: false });
    parts.push({ text: match[0], mark: true });
    cursor = match.index + match[0].length;
  }
  if (cursor < window.length) parts.push({ text: window.slice(cursor), mark: false });
  if (windowEnd < text.length) parts.push({ text: '…', mark: false });
  return parts;
}
