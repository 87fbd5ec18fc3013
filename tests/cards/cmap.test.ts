import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CmapParseError, CodePointCoverage, parseCmapCoverage, parseUnicodeRange } from '../../src/cards/cmap.ts';

const require = createRequire(import.meta.url);

/** A minimal sfnt holding only a cmap table with the given subtables (platform 3). */
function fontWithCmap(subtables: Array<{ encoding: number; bytes: number[] }>): Uint8Array {
  const cmapHeader = 4 + subtables.length * 8;
  const cmap: number[] = [0, 0, 0, subtables.length];
  let offset = cmapHeader;
  for (const subtable of subtables) {
    cmap.push(0, 3, 0, subtable.encoding, (offset >>> 24) & 255, (offset >>> 16) & 255, (offset >>> 8) & 255, offset & 255);
    offset += subtable.bytes.length;
  }
  for (const subtable of subtables) cmap.push(...subtable.bytes);
  const tableOffset = 12 + 16;
  const header = [0, 1, 0, 0, 0, 1, 0, 16, 0, 0, 0, 0];
  const record = [
    0x63,
    0x6d,
    0x61,
    0x70,
    0,
    0,
    0,
    0,
    0,
    0,
    0,
    tableOffset,
    (cmap.length >>> 24) & 255,
    (cmap.length >>> 16) & 255,
    (cmap.length >>> 8) & 255,
    cmap.length & 255,
  ];
  return Uint8Array.from([...header, ...record, ...cmap]);
}

const u16 = (value: number): number[] => [(value >>> 8) & 255, value & 255];
const u32 = (value: number): number[] => [...u16(value >>> 16), ...u16(value & 0xffff)];

describe('cmap format 4 (synthetic font)', () => {
  // Segments: A–C by idDelta; 中 (U+4E2D) and U+4E2E through glyphIdArray, where U+4E2E maps to
  // glyph 0 (.notdef) and so is not covered; the final 0xFFFF segment.
  const segments = [
    { start: 0x41, end: 0x43, delta: 1, rangeOffset: 0 },
    { start: 0x4e2d, end: 0x4e2e, delta: 0, rangeOffset: 1 },
    { start: 0xffff, end: 0xffff, delta: 1, rangeOffset: 0 },
  ];
  const segCount = segments.length;
  const glyphIds = [7, 0];
  const body = [
    ...u16(segCount * 2),
    ...u16(4),
    ...u16(1),
    ...u16(segCount * 2 - 4),
    ...segments.flatMap((segment) => u16(segment.end)),
    ...u16(0),
    ...segments.flatMap((segment) => u16(segment.start)),
    ...segments.flatMap((segment) => u16(segment.delta & 0xffff)),
    // idRangeOffset is relative to its own position: skip the remaining offsets to glyphIds.
    ...segments.flatMap((segment, index) => u16(segment.rangeOffset ? (segCount - index) * 2 : 0)),
    ...glyphIds.flatMap(u16),
  ];
  const bytes = [...u16(4), ...u16(body.length + 6), ...u16(0), ...body];
  const coverage = parseCmapCoverage(fontWithCmap([{ encoding: 1, bytes }]));

  it('reads idDelta segments and glyphIdArray segments', () => {
    expect(['A', 'B', 'C', '中'].map((char) => coverage.has(char.codePointAt(0)!))).toEqual([true, true, true, true]);
  });
  it('treats code points mapped to glyph 0 and outside all segments as missing', () => {
    expect(coverage.has(0x4e2e)).toBe(false);
    expect(coverage.has(0x44)).toBe(false);
    expect(coverage.has(0xffff)).toBe(false);
    expect(coverage.size).toBe(4);
  });
});

describe('cmap format 12 (synthetic font)', () => {
  const groups = [
    [0x20, 0x7e, 1],
    [0x20000, 0x20002, 0], // first code point maps to .notdef
  ];
  const bytes = [...u16(12), ...u16(0), ...u32(16 + groups.length * 12), ...u32(0), ...u32(groups.length), ...groups.flat().flatMap(u32)];
  const coverage = parseCmapCoverage(fontWithCmap([{ encoding: 10, bytes }]));

  it('reads sequential groups beyond the BMP', () => {
    expect(coverage.has(0x41)).toBe(true);
    expect(coverage.has(0x20001)).toBe(true);
    expect(coverage.has(0x20002)).toBe(true);
  });
  it('skips a group start that maps to glyph 0', () => {
    expect(coverage.has(0x20000)).toBe(false);
    expect(coverage.has(0x7f)).toBe(false);
  });
});

describe('cmap of the real Noto fonts', () => {
  let sans: CodePointCoverage;
  let serif: CodePointCoverage;
  beforeAll(() => {
    const sansDir = require.resolve('@expo-google-fonts/noto-sans-sc/package.json').replace(/package\.json$/, '');
    const serifDir = require.resolve('@expo-google-fonts/noto-serif-sc/package.json').replace(/package\.json$/, '');
    sans = parseCmapCoverage(readFileSync(`${sansDir}400Regular/NotoSansSC_400Regular.ttf`));
    serif = parseCmapCoverage(readFileSync(`${serifDir}700Bold/NotoSerifSC_700Bold.ttf`));
  });

  it('covers Latin, common hanzi, CJK punctuation and rare surnames', () => {
    for (const coverage of [sans, serif]) {
      for (const char of ['A', '7', '中', '澄', '〔', '〕', '，', '…', '仉', '亓', '蒯', '訾']) {
        expect(coverage.has(char.codePointAt(0)!), char).toBe(true);
      }
    }
  });
  it('covers an Extension B character through format 12', () => {
    expect(sans.has(0x20087)).toBe(true); // 𠂇
  });
  it('does not cover private use or characters the font lacks', () => {
    expect(sans.has(0xe000)).toBe(false);
    expect(sans.has(0x4db6)).toBe(false); // 䶶, added to Extension A in Unicode 13
    expect(sans.size).toBeGreaterThan(25_000);
  });
  it('rejects what is not a single sfnt font', () => {
    expect(() => parseCmapCoverage(new TextEncoder().encode('ttcf0000000000000000'))).toThrow(CmapParseError);
    expect(() => parseCmapCoverage(new Uint8Array(4))).toThrow(CmapParseError);
  });
});

describe('parseUnicodeRange', () => {
  it('reads single code points, ranges and wildcards', () => {
    const coverage = new CodePointCoverage(parseUnicodeRange('U+4ec9, U+1f300-1f302, U+30??'));
    expect(coverage.has(0x4ec9)).toBe(true);
    expect(coverage.has(0x1f301)).toBe(true);
    expect(coverage.has(0x30ff)).toBe(true);
    expect(coverage.has(0x4eca)).toBe(false);
    expect(coverage.size).toBe(1 + 3 + 256);
  });
  it('rejects garbage', () => {
    expect(() => parseUnicodeRange('U+zz')).toThrow(CmapParseError);
  });
});
