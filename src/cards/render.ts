/**
 * Renders one card to PNG: element tree (templates/) → SVG (satori) → pixels (resvg) → PNG
 * (sharp's libvips encoder).
 */
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import sharp from 'sharp';
import { resolveCardTree } from './elements.ts';
import type { LoadedFonts } from './fonts.ts';
import { buildCardTree } from './templates/index.ts';
import { CARD_SIZE, type CardFormat, type CardInput } from './types.ts';

/**
 * Bump when a template changes the pixels: it is part of every cache key (pipeline.ts), so all
 * cards are rendered again.
 */
export const TEMPLATE_VERSION = 'cards-2';

type SatoriFont = { name: string; data: ArrayBuffer; weight: 400 | 700; style: 'normal' };

const wholeBuffers = new WeakMap<Buffer, ArrayBuffer>();

/**
 * The font's bytes as an ArrayBuffer of their own. Satori copies a Buffer's bytes into a new
 * ArrayBuffer before parsing (and keeps the copy): 36 MB of Noto fonts twice in every worker. A
 * file read whole already is one; the same object is returned each time, so satori's cache of
 * parsed fonts (keyed by it) still hits.
 */
function wholeBuffer(data: Buffer): ArrayBuffer {
  let whole = wholeBuffers.get(data);
  if (!whole) {
    const backing = data.buffer;
    whole =
      backing instanceof ArrayBuffer && data.byteOffset === 0 && data.byteLength === backing.byteLength
        ? backing
        : new Uint8Array(data).buffer;
    wholeBuffers.set(data, whole);
  }
  return whole;
}

/**
 * Satori keeps parsed fonts per data buffer and font engines per font list; we hand it the same
 * array object for the same set of families so both caches hit.
 */
const fontListCache = new WeakMap<LoadedFonts, Map<string, SatoriFont[]>>();

function satoriFonts(fonts: LoadedFonts, kaiFamilies: readonly string[]): SatoriFont[] {
  let lists = fontListCache.get(fonts);
  if (!lists) {
    lists = new Map();
    fontListCache.set(fonts, lists);
  }
  const key = kaiFamilies.join(',');
  let list = lists.get(key);
  if (!list) {
    const wanted = new Set(kaiFamilies);
    list = [
      ...fonts.faces.map((face): SatoriFont => ({ name: face.family, data: wholeBuffer(face.data), weight: face.weight, style: 'normal' })),
      ...fonts.kaiSlices
        .filter((slice) => wanted.has(slice.family))
        .map((slice): SatoriFont => ({ name: slice.family, data: wholeBuffer(fonts.kaiSliceData(slice)), weight: 400, style: 'normal' })),
    ];
    if (lists.size >= 64) lists.delete(lists.keys().next().value!);
    lists.set(key, list);
  }
  return list;
}

/**
 * Satori draws an `<svg>` child (the QR code) as an `<image>` with an SVG data URL, clipped and
 * masked to its own box. Resvg then parses the nested document and draws it on a layer of its
 * own through the mask: ~2–3 ms of a poster's ~15 ms of rasterising. Drawn in place as a group
 * scaled into the same box, the pixels are the same (tests/cards/render.test.ts compares them).
 *
 * Only an image whose clip and mask are exactly its own box, and whose document fills that box
 * without letterboxing, is inlined; anything else is left as satori wrote it.
 */
export function inlineSvgImages(svg: string): string {
  return svg.replace(
    /<image x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" href="data:image\/svg\+xml;utf8,([^"]*)"(?: preserveAspectRatio="[^"]*")?(?: clip-path="url\(#([\w-]+)\)")?(?: mask="url\(#([\w-]+)\)")?\/>/g,
    (image, x: string, y: string, width: string, height: string, data: string, clipId?: string, maskId?: string) => {
      const box = `x="${x}" y="${y}" width="${width}" height="${height}"`;
      if (clipId && !svg.includes(`<clipPath id="${clipId}"><rect ${box}/></clipPath>`)) return image;
      if (maskId && !svg.includes(`<mask id="${maskId}"><rect ${box} fill="#fff"/></mask>`)) return image;
      const nested = decodeURIComponent(data);
      const root = /^<svg ([^>]*)>/.exec(nested);
      const viewBox = root && /\bviewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(root[1]!);
      if (!root || !viewBox || !nested.endsWith('</svg>')) return image;
      const scale = Number(width) / Number(viewBox[1]);
      if (Math.abs(Number(height) / Number(viewBox[2]) - scale) > 1e-9) return image;
      const shapeRendering = /\bshape-rendering="([\w-]+)"/.exec(root[1]!);
      const rendering = shapeRendering ? ` shape-rendering="${shapeRendering[1]}"` : '';
      const body = nested.slice(root[0].length, -'</svg>'.length);
      return `<g transform="translate(${x} ${y}) scale(${scale})"${rendering}>${body}</g>`;
    },
  );
}

/**
 * SVG markup of a card (the step before rasterizing). `embedFont: false` keeps the text as
 * `<text>` elements instead of glyph outlines, and `inlineImages: false` the QR code as satori
 * wrote it (see `inlineSvgImages`) — for tests and debugging only.
 */
export async function renderCardSvg(
  input: CardInput,
  format: CardFormat,
  fonts: LoadedFonts,
  options: { embedFont?: boolean; inlineImages?: boolean } = {},
): Promise<string> {
  const { element, kaiFamilies } = resolveCardTree(buildCardTree(input, format), fonts);
  const { width, height } = CARD_SIZE[format];
  // Satori's types want a React node; our plain `{ type, props }` objects are exactly that shape.
  const svg = await satori(element as unknown as Parameters<typeof satori>[0], {
    width,
    height,
    fonts: satoriFonts(fonts, kaiFamilies),
    embedFont: options.embedFont ?? true,
  });
  return options.inlineImages === false ? svg : inlineSvgImages(svg);
}

/**
 * PNG encoding. Decision: resvg's own encoder (the png crate, RGBA, adaptive filters) took
 * ~19 ms a card, a quarter of the time; libvips (libspng + zlib) at zlib level 2 without row
 * filters takes ~10 ms and the files come out smaller (63 KB against 68 KB on average): cards
 * are flat colour with text, where filters buy little and cost a pass over every pixel.
 * Every card is opaque (the page is white), so the alpha channel is dropped: RGB, 8 bits.
 * Lossless, so the pixels are exactly resvg's. Deterministic: no metadata, no timestamps.
 */
export const PNG_ENCODING = { compressionLevel: 2, adaptiveFiltering: false } as const;

/** The pixels of a card: RGBA, 8 bits a channel, straight from resvg. */
export interface CardRaster {
  width: number;
  height: number;
  pixels: Buffer;
}

/** Rasterises satori's SVG at its own size (1×: the card sizes are already the output sizes). */
export function rasterizeCardSvg(svg: string): CardRaster {
  const resvg = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false }, shapeRendering: 2, textRendering: 2 });
  const image = resvg.render();
  const raster = { width: image.width, height: image.height, pixels: image.pixels };
  // resvg-js 2.6 has no free(); objects are released by the GC. Callers rendering many cards
  // yield to the event loop between renders (see worker.ts) so the native buffers are reclaimed.
  const freeable = image as unknown as { free?: () => void };
  freeable.free?.();
  return raster;
}

/** PNG bytes of a raster, opaque RGB (see `PNG_ENCODING`). */
export function encodeCardPng({ width, height, pixels }: CardRaster): Promise<Buffer> {
  return sharp(pixels, { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .png(PNG_ENCODING)
    .toBuffer();
}

/**
 * PNG bytes of the card: og 1200×630 or poster 1080×1440. Deterministic: the same input and
 * fonts give byte-identical output. Does not check glyphs (pipeline.ts does that first for
 * every input); see `findCardGlyphProblems` in glyphs.ts.
 */
export async function renderCard(input: CardInput, format: CardFormat, fonts: LoadedFonts): Promise<Buffer> {
  return encodeCardPng(rasterizeCardSvg(await renderCardSvg(input, format, fonts)));
}
