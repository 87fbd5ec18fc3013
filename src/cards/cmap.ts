/**
 * A small reader for the `cmap` table of TrueType/OpenType fonts: which Unicode code points
 * the font maps to a glyph. Only the two subtable formats that carry Unicode in practice are
 * read: format 4 (BMP, segment ranges) and format 12 (full Unicode, sequential groups).
 *
 * Used by the card renderer to fail a build on a character the font cannot draw — satori
 * draws such a character as an empty box without any warning.
 *
 * @see https://learn.microsoft.com/en-us/typography/opentype/spec/cmap
 */
import { CARD_ERRORS } from '../strings/cards.ts';

/** Code points a font covers, kept as sorted, non-overlapping inclusive ranges. */
export class CodePointCoverage {
  /** Flat `[start0, end0, start1, end1, …]`, sorted by start. */
  readonly #ranges: Uint32Array;

  constructor(ranges: ReadonlyArray<readonly [number, number]>) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const merged: number[] = [];
    for (const [start, end] of sorted) {
      const lastEnd = merged.length > 0 ? merged[merged.length - 1]! : -2;
      if (merged.length > 0 && start <= lastEnd + 1) {
        merged[merged.length - 1] = Math.max(lastEnd, end);
      } else {
        merged.push(start, end);
      }
    }
    this.#ranges = Uint32Array.from(merged);
  }

  /** Whether `codePoint` is covered (binary search over the ranges). */
  has(codePoint: number): boolean {
    let low = 0;
    let high = this.#ranges.length / 2 - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const start = this.#ranges[mid * 2]!;
      const end = this.#ranges[mid * 2 + 1]!;
      if (codePoint < start) high = mid - 1;
      else if (codePoint > end) low = mid + 1;
      else return true;
    }
    return false;
  }

  /** Number of covered code points. */
  get size(): number {
    let total = 0;
    for (let i = 0; i < this.#ranges.length; i += 2) total += this.#ranges[i + 1]! - this.#ranges[i]! + 1;
    return total;
  }
}

/** Thrown when the bytes are not a font this reader understands. */
export class CmapParseError extends Error {
  override name = 'CmapParseError';
}

const SFNT_TRUETYPE = 0x00010000;
const SFNT_OTTO = 0x4f54544f; // 'OTTO'
const SFNT_TRUE = 0x74727565; // 'true'
const TAG_CMAP = 0x636d6170; // 'cmap'

/**
 * Reads the Unicode coverage of a single TrueType/OpenType font (not a `.ttc` collection,
 * not WOFF/WOFF2). Prefers a format 12 subtable (platform 3 encoding 10, or platform 0) and
 * falls back to format 4 (platform 3 encoding 1, or platform 0).
 */
export function parseCmapCoverage(font: Uint8Array): CodePointCoverage {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  if (font.byteLength < 12) throw new CmapParseError(CARD_ERRORS.fontTooShort);
  const version = view.getUint32(0);
  if (version !== SFNT_TRUETYPE && version !== SFNT_OTTO && version !== SFNT_TRUE) {
    throw new CmapParseError(CARD_ERRORS.fontFormat(version.toString(16)));
  }
  const numTables = view.getUint16(4);
  let cmapOffset = -1;
  for (let i = 0; i < numTables; i++) {
    const record = 12 + i * 16;
    if (view.getUint32(record) === TAG_CMAP) {
      cmapOffset = view.getUint32(record + 8);
      break;
    }
  }
  if (cmapOffset < 0) throw new CmapParseError(CARD_ERRORS.noCmap);

  const subtableCount = view.getUint16(cmapOffset + 2);
  let format12 = -1;
  let format4 = -1;
  for (let i = 0; i < subtableCount; i++) {
    const record = cmapOffset + 4 + i * 8;
    const platformId = view.getUint16(record);
    const encodingId = view.getUint16(record + 2);
    const offset = cmapOffset + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const unicode = platformId === 0 || (platformId === 3 && (encodingId === 1 || encodingId === 10));
    if (!unicode) continue;
    if (format === 12 && format12 < 0) format12 = offset;
    if (format === 4 && format4 < 0) format4 = offset;
  }
  if (format12 >= 0) return new CodePointCoverage(readFormat12(view, format12));
  if (format4 >= 0) return new CodePointCoverage(readFormat4(view, format4));
  throw new CmapParseError(CARD_ERRORS.noUnicodeCmap);
}

/** Format 12: `nGroups` of (startCharCode, endCharCode, startGlyphID). */
function readFormat12(view: DataView, offset: number): Array<[number, number]> {
  const groups = view.getUint32(offset + 12);
  const ranges: Array<[number, number]> = [];
  for (let i = 0; i < groups; i++) {
    const group = offset + 16 + i * 12;
    const start = view.getUint32(group);
    const end = view.getUint32(group + 4);
    const startGlyph = view.getUint32(group + 8);
    // A group that starts at glyph 0 maps its first code point to .notdef.
    if (startGlyph === 0) {
      if (end > start) ranges.push([start + 1, end]);
    } else {
      ranges.push([start, end]);
    }
  }
  return ranges;
}

/**
 * Format 4: segments (endCode, startCode, idDelta, idRangeOffset). A code point is covered
 * when its computed glyph id is not 0 (.notdef); with idRangeOffset ≠ 0 the glyph id comes
 * from the glyphIdArray and must be checked one code point at a time.
 */
function readFormat4(view: DataView, offset: number): Array<[number, number]> {
  const segCount = view.getUint16(offset + 6) / 2;
  const endCodes = offset + 14;
  const startCodes = endCodes + segCount * 2 + 2;
  const idDeltas = startCodes + segCount * 2;
  const idRangeOffsets = idDeltas + segCount * 2;
  const ranges: Array<[number, number]> = [];
  for (let s = 0; s < segCount; s++) {
    const end = view.getUint16(endCodes + s * 2);
    const start = view.getUint16(startCodes + s * 2);
    const delta = view.getInt16(idDeltas + s * 2);
    const rangeOffsetAt = idRangeOffsets + s * 2;
    const rangeOffset = view.getUint16(rangeOffsetAt);
    if (start === 0xffff) continue;
    let runStart = -1;
    for (let cp = start; cp <= end; cp++) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (cp + delta) & 0xffff;
      } else {
        const glyphAt = rangeOffsetAt + rangeOffset + (cp - start) * 2;
        glyph = glyphAt + 2 <= view.byteLength ? view.getUint16(glyphAt) : 0;
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0 && runStart < 0) runStart = cp;
      if (glyph === 0 && runStart >= 0) {
        ranges.push([runStart, cp - 1]);
        runStart = -1;
      }
    }
    if (runStart >= 0) ranges.push([runStart, end]);
  }
  return ranges;
}

/**
 * Parses a CSS `unicode-range` value (`U+4e00-9fff, U+3001, U+30??`) into inclusive ranges.
 * Used for the sliced LXGW WenKai web font, whose CSS lists exactly what each slice covers.
 */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const raw of value.split(',')) {
    const part = raw.trim();
    if (part === '') continue;
    const match = /^U\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(part);
    if (!match) throw new CmapParseError(CARD_ERRORS.badUnicodeRange(part));
    const first = match[1]!;
    if (first.includes('?')) {
      ranges.push([Number.parseInt(first.replaceAll('?', '0'), 16), Number.parseInt(first.replaceAll('?', 'f'), 16)]);
    } else {
      const start = Number.parseInt(first, 16);
      ranges.push([start, match[2] === undefined ? start : Number.parseInt(match[2], 16)]);
    }
  }
  return ranges;
}
