/**
 * Font loading and glyph coverage for the cards.
 *
 * - Noto Sans SC and Noto Serif SC (full-coverage TTFs from `@expo-google-fonts/*`) are read
 *   once from node_modules; their coverage comes from our own cmap reader (cmap.ts).
 * - LXGW WenKai is only published as ~97 WOFF2 slices per weight. Satori keeps only the first
 *   font registered under a family name, so each slice is registered under its own family name
 *   (`wenkai-<n>`) and a Kai text lists the names of the slices its characters need. Coverage
 *   comes from each slice's CSS `unicode-range`; slices are read from disk on first use.
 *
 * Never touches the network: every file is resolved inside node_modules.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { CodePointCoverage, parseCmapCoverage, parseUnicodeRange } from './cmap.ts';
import { FONT_ROLE_NAMES as ROLE_NAMES } from '../strings/cards.ts';

/** The three typefaces a card template may ask for. */
export type FontRole = 'sans' | 'serif' | 'kai';

/** Human names of the roles, for error messages. */
export const FONT_ROLE_NAMES: Readonly<Record<FontRole, string>> = ROLE_NAMES;

/** One font file registered with satori under `family`. */
export interface CardFontFace {
  family: string;
  weight: 400 | 700;
  data: Buffer;
}

/** One slice of the LXGW WenKai web font and the code points it covers. */
export interface KaiSlice {
  /** Number in the slice's file name; the satori family is `wenkai-<index>`. */
  index: number;
  family: string;
  file: string;
  coverage: CodePointCoverage;
}

/** Fonts loaded once per build (or once per worker thread). */
export interface LoadedFonts {
  /** Noto faces, always registered: sans 400/700 and serif 700. */
  faces: CardFontFace[];
  /** Coverage of every file of a role (a character must be in all of them). */
  coverage: Readonly<Record<'sans' | 'serif', CodePointCoverage[]>>;
  /** WenKai Regular slices, in CSS order. */
  kaiSlices: KaiSlice[];
  /** Package versions of the fonts and renderer, part of the cache key. */
  versions: Readonly<Record<string, string>>;
  /** Bytes of a WenKai slice, read from disk on first use and kept. */
  kaiSliceData: (slice: KaiSlice) => Buffer;
}

/** Satori family names used for the Noto fonts. */
export const NOTO_FAMILY = { sans: 'noto-sans-sc', serif: 'noto-serif-sc' } as const;

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

function packageVersion(name: string): string {
  const json = JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version?: string };
  return json.version ?? 'unknown';
}

/** Reads the `@font-face` blocks of the WenKai CSS: slice file and unicode-range. */
export function parseWenKaiCss(css: string, directory: string): KaiSlice[] {
  const slices: KaiSlice[] = [];
  for (const block of css.split('@font-face').slice(1)) {
    const src = /url\(['"]?\.\/(files\/[^'")]+)['"]?\)/.exec(block);
    const range = /unicode-range:\s*([^;}]+)/.exec(block);
    if (!src || !range) continue;
    const number = /subset-(\d+)\./.exec(src[1]!);
    const index = number ? Number(number[1]) : slices.length;
    slices.push({
      index,
      family: `wenkai-${index}`,
      file: join(directory, src[1]!),
      coverage: new CodePointCoverage(parseUnicodeRange(range[1]!)),
    });
  }
  return slices;
}

/**
 * Loads the card fonts from node_modules: the Noto TTFs (read in full, ~36 MB) and the WenKai
 * CSS (slices are read lazily). Call once and reuse the result for every card.
 */
export async function loadCardFonts(): Promise<LoadedFonts> {
  const sansDir = packageDir('@expo-google-fonts/noto-sans-sc');
  const serifDir = packageDir('@expo-google-fonts/noto-serif-sc');
  const kaiDir = packageDir('lxgw-wenkai-webfont');
  const [sansRegular, sansBold, serifBold, kaiCss] = await Promise.all([
    readFile(join(sansDir, '400Regular', 'NotoSansSC_400Regular.ttf')),
    readFile(join(sansDir, '700Bold', 'NotoSansSC_700Bold.ttf')),
    readFile(join(serifDir, '700Bold', 'NotoSerifSC_700Bold.ttf')),
    readFile(join(kaiDir, 'lxgwwenkai-regular.css'), 'utf8'),
  ]);
  const kaiSlices = parseWenKaiCss(kaiCss, kaiDir);
  const sliceCache = new Map<number, Buffer>();
  return {
    faces: [
      { family: NOTO_FAMILY.sans, weight: 400, data: sansRegular },
      { family: NOTO_FAMILY.sans, weight: 700, data: sansBold },
      { family: NOTO_FAMILY.serif, weight: 700, data: serifBold },
    ],
    coverage: {
      sans: [parseCmapCoverage(sansRegular), parseCmapCoverage(sansBold)],
      serif: [parseCmapCoverage(serifBold)],
    },
    kaiSlices,
    versions: {
      '@expo-google-fonts/noto-sans-sc': packageVersion('@expo-google-fonts/noto-sans-sc'),
      '@expo-google-fonts/noto-serif-sc': packageVersion('@expo-google-fonts/noto-serif-sc'),
      'lxgw-wenkai-webfont': packageVersion('lxgw-wenkai-webfont'),
      satori: packageVersion('satori'),
      '@resvg/resvg-js': packageVersion('@resvg/resvg-js'),
      // The PNG encoder (render.ts): libvips and the libraries it links decide the bytes.
      sharp: Object.entries(sharp.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', '),
    },
    kaiSliceData(slice) {
      let data = sliceCache.get(slice.index);
      if (!data) {
        data = readFileSync(slice.file);
        sliceCache.set(slice.index, data);
      }
      return data;
    },
  };
}

/** Characters that draw nothing and need no glyph (spaces, line breaks, joiners). */
function needsGlyph(char: string): boolean {
  return !/^(?:\s|[\u200b-\u200d\u2060\ufeff]|[\ufe00-\ufe0f])$/u.test(char);
}

/** The WenKai slice that covers `codePoint`, if any. */
export function kaiSliceFor(codePoint: number, fonts: LoadedFonts): KaiSlice | undefined {
  return fonts.kaiSlices.find((slice) => slice.coverage.has(codePoint));
}

/**
 * The characters of `text` that the typeface `family` cannot draw, each once, in order of
 * first appearance. Whitespace and invisible joiners are ignored.
 */
export function findMissingGlyphs(text: string, fonts: LoadedFonts, family: FontRole): string[] {
  const missing = new Set<string>();
  for (const char of text) {
    if (missing.has(char) || !needsGlyph(char)) continue;
    const codePoint = char.codePointAt(0)!;
    const covered =
      family === 'kai' ? kaiSliceFor(codePoint, fonts) !== undefined : fonts.coverage[family].every((coverage) => coverage.has(codePoint));
    if (!covered) missing.add(char);
  }
  return [...missing];
}

/** Satori family names of the WenKai slices needed to draw `text`, in slice order. */
export function kaiFamiliesFor(text: string, fonts: LoadedFonts): string[] {
  const needed = new Set<KaiSlice>();
  for (const char of text) {
    const slice = kaiSliceFor(char.codePointAt(0)!, fonts);
    if (slice) needed.add(slice);
  }
  return fonts.kaiSlices.filter((slice) => needed.has(slice)).map((slice) => slice.family);
}
