/**
 * Windows of an output file's text, so the output check's clean cache remembers pieces of a page
 * rather than whole pages (output-check.ts). An organ renamed changes one line of every page; with
 * whole-page hashes every page was read by every detector again, with windows only the few around
 * the changed line are.
 *
 * The text view (output-views.ts) is cut into chunks of whole lines, and a window runs from one
 * anchor chunk to the next (about three chunks), each window sharing its last chunk with the next,
 * so every chunk boundary lies inside a window and a cold page costs about 1.5 scans (2 with
 * pairs). Chunk boundaries and anchors both follow the text itself, so a change moves only the
 * windows around it. The file is clean when every window, scanned on its own, is clean. Why that is the same answer as scanning the whole file
 * (tests/privacy/output-windows.test.ts proves each case):
 *
 * - A finding never needs more than a bounded context: a name reads at most 12 characters before
 *   and 6 after it (also across a hard-wrapped line, which `unwrapLines` joins), a re-identifying
 *   clause 40 before an alias and 44 after it, and a clause or sentence never runs past a line
 *   break (a whole line lies in one chunk). So a finding and the context it is found by never
 *   weigh more than about 130 non-space characters, and a chunk holds at least `CHUNK_MIN`: such a
 *   stretch cannot hold a whole chunk, so it touches at most two adjacent chunks, and every two
 *   adjacent chunks lie in one window. A finding that straddles two chunks, or a name split across
 *   an inline tag or a line join at a chunk boundary, is read whole in that window.
 * - Context read beyond that only suppresses a finding (a sentence that names a dynasty), so a
 *   window can at worst report what the whole file would not; that is never trusted (below).
 * - One rule reads the whole text: a unit and a one-holder post anywhere in a text that names
 *   someone by alias (detectors/reidentify.ts). Every window is scanned with `ALIAS_LINE` before it,
 *   so it is read as if the file had an alias, which only adds findings.
 * - The normalisation is line by line except two things, checked per file by `windowsApply`:
 *   Traditional folding, which falls back to character by character for a whole text when a phrase
 *   changes its length (so every line must fold whole, `foldsWhole`), and ideographic description
 *   sequences, which may run past a line break. Such files are scanned whole.
 *
 * Decision: a window that finds anything is not trusted; the whole file is then scanned as before,
 * and only that scan's findings are reported (with line, column and source). So a window can make
 * the check slower, never different.
 */
import { foldsWhole } from './normalize.ts';

/** Non-space characters a chunk holds at least (the last may hold fewer). */
export const CHUNK_MIN = 160;
/** A chunk ends after a line whose hash is 0 modulo this, once it is long enough. */
const CUT_MODULUS = 4;
/** …and after any line once it is this long, so a run of unlucky lines cannot make one chunk of a page. */
const CHUNK_MAX = CHUNK_MIN * 8;

/**
 * Read before every window: an alias (张某), so the rule that reads the whole text for an alias
 * applies in every window, and a full stop and a line break, so it joins no word of the window.
 */
export const ALIAS_LINE = '张某。\n';

/** FNV-1a of a line: cheap, and the same for the same line wherever it stands. */
function lineHash(text: string, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3000;

/**
 * `text` cut into chunks of whole lines, as [start, end) offsets (a chunk ends after its line
 * break). Where a chunk ends depends on its own lines only (content-defined), so a line that
 * changes length moves no boundary after the next cut, and the windows after it stay cached.
 */
export function textChunks(text: string): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  let weight = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code)) weight += 1;
    if (code !== 0x0a) continue;
    const cut = weight >= CHUNK_MAX || (weight >= CHUNK_MIN && lineHash(text, lineStart, i) % CUT_MODULUS === 0);
    lineStart = i + 1;
    if (cut) {
      chunks.push([start, i + 1]);
      start = i + 1;
      weight = 0;
    }
  }
  if (start < text.length) {
    // A short tail joins the chunk before it, so every chunk but a lone one is long enough.
    const last = chunks.at(-1);
    if (last && weight < CHUNK_MIN) last[1] = text.length;
    else chunks.push([start, text.length]);
  }
  return chunks;
}

/** A window ends at a chunk whose hash is even, or after this many chunks. */
const WINDOW_MAX_CHUNKS = 5;

/**
 * The windows of `text` (see the module comment), or the whole text when it is one chunk. A
 * window runs from one anchor chunk to the next, both included, so consecutive windows share their
 * anchor; a chunk is an anchor by its own content (its hash is even), so a chunk inserted or removed
 * changes only the windows around it, never the grouping of those after it.
 */
export function textWindows(text: string): string[] {
  const chunks = textChunks(text);
  if (chunks.length <= 1) return [text];
  const windows: string[] = [];
  let first = 0;
  for (let i = 1; i < chunks.length; i++) {
    const [start, end] = chunks[i]!;
    const anchor = i === chunks.length - 1 || i - first >= WINDOW_MAX_CHUNKS - 1 || lineHash(text, start, end) % 2 === 0;
    if (!anchor) continue;
    windows.push(text.slice(chunks[first]![0], end));
    first = i;
  }
  return windows;
}

/** Ideographic description characters (⿰ …) take the characters after them, across a line break. */
const DESCRIPTION_SEQUENCE = /[\u2ff0-\u2fff\u31ef]/u;

/**
 * Lines already known to fold whole, in this process only: the header, navigation and footer lines
 * of every page are the same, so each is folded once. Never written anywhere.
 */
const foldedWhole = new Map<string, boolean>();

/** Whether the windows of `text` read as the whole text does (see the module comment). */
export function windowsApply(text: string): boolean {
  if (DESCRIPTION_SEQUENCE.test(text)) return false;
  for (const line of text.split('\n')) {
    let whole = foldedWhole.get(line);
    if (whole === undefined) {
      whole = foldsWhole(line);
      // Bounded (about 10 MB): the shared lines come first, on the first pages; past that, a line is folded each time.
      if (foldedWhole.size < 100_000) foldedWhole.set(line, whole);
    }
    if (!whole) return false;
  }
  return true;
}
