import { beforeAll, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { loadCardFonts, type LoadedFonts } from '../../src/cards/fonts.ts';
import { contrastRatio, TEXT_PAIRS } from '../../src/cards/palette.ts';
import { QR_MIN_PX, QR_QUIET_ZONE, qrElement, qrModules } from '../../src/cards/qr.ts';
import { inlineSvgImages, rasterizeCardSvg, renderCard, renderCardSvg } from '../../src/cards/render.ts';
import { CARD_SIZE, type CardInput } from '../../src/cards/types.ts';
import { allKinds, caseInput, decodePng, noticeInput, pngSize, poemInput, siteInput } from './fixtures.ts';

let fonts: LoadedFonts;
beforeAll(async () => {
  fonts = await loadCardFonts();
});

describe('card sizes', () => {
  for (const input of allKinds) {
    it(`${input.kind}: og 1200×630 and poster 1080×1440`, async () => {
      expect(pngSize(await renderCard(input, 'og', fonts))).toEqual(CARD_SIZE.og);
      expect(pngSize(await renderCard(input, 'poster', fonts))).toEqual({ width: 1080, height: 1440 });
    });
  }
});

describe('poster QR code', () => {
  for (const input of [noticeInput, caseInput, poemInput]) {
    it(`${input.kind}: decodes to exactly the input URL`, async () => {
      const png = decodePng(await renderCard(input, 'poster', fonts));
      const result = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(result?.data).toBe(input.url);
    });
  }

  it('uses error correction M, a 4-module quiet zone and prints at least ~35 mm wide', () => {
    const modules = qrModules(noticeInput.url);
    // Version 3 (29 modules) at level M holds up to 42 bytes; level L would fit in version 2.
    expect(modules.length).toBeGreaterThanOrEqual(29);
    const { size } = qrElement(noticeInput.url, 240);
    expect(size % (modules.length + 2 * QR_QUIET_ZONE)).toBe(0);
    expect(size).toBeGreaterThanOrEqual(QR_MIN_PX);
    expect((size / 1080) * 210).toBeGreaterThan(30); // mm on A4
  });
});

describe('long text', () => {
  const longTitle = '关于对某镇某村党支部书记王某某被反映在村集体经济项目中违规操作问题经核查失实予以澄清的通报'.repeat(5).slice(0, 200);

  /** Rows [from, to) of two images are identical. */
  function sameRows(a: Buffer, b: Buffer, from: number, to: number): boolean {
    const pa = decodePng(a);
    const pb = decodePng(b);
    const stride = pa.width * 4;
    return Buffer.compare(pa.data.subarray(from * stride, to * stride), pb.data.subarray(from * stride, to * stride)) === 0;
  }

  it('clamps a 200-character title with "…" (og 2 lines, poster 3 lines)', async () => {
    // The red band (og 104 px, poster 210 px) holds the 澄清正名 label in the same serif.
    for (const [format, lines, band] of [
      ['og', 2, 104],
      ['poster', 3, 210],
    ] as const) {
      const svg = await renderCardSvg({ ...noticeInput, title: longTitle }, format, fonts, { embedFont: false });
      const titleRuns = [...svg.matchAll(/<text x="[\d.]+" y="([\d.]+)"[^>]*font-size="(?:46|54)"[^>]*>([^<]*)<\/text>/g)].filter(
        (match) => Number(match[1]) > band,
      );
      const rows = new Set(titleRuns.map((match) => match[1]));
      expect(rows.size, format).toBe(lines);
      expect(titleRuns.map((match) => match[2]).join(''), format).toContain('…');
    }
  });

  it('leaves everything below the title exactly as with a title that just fills the lines', async () => {
    // The notice layout below the title only depends on the title block's height, which the
    // clamp fixes at 2 (og) / 3 (poster) lines: pixels there must not change at all.
    const full = { ...noticeInput, title: '澄清正名'.repeat(12) };
    const long = { ...noticeInput, title: longTitle };
    const ogTitleBottom = 104 + 36 + Math.ceil(46 * 1.35 * 2);
    expect(sameRows(await renderCard(full, 'og', fonts), await renderCard(long, 'og', fonts), ogTitleBottom, 630)).toBe(true);
    const posterTitleBottom = 210 + 40 + 40 + 20 + Math.ceil(54 * 1.4 * 3);
    expect(sameRows(await renderCard(full, 'poster', fonts), await renderCard(long, 'poster', fonts), posterTitleBottom, 1440)).toBe(true);
  });

  it('keeps the side margins clear', async () => {
    const png = decodePng(await renderCard({ ...caseInput, title: longTitle, gist: longTitle }, 'og', fonts));
    for (let y = 0; y < png.height; y++) {
      for (const x of [0, 20, 50, 1150, 1180, 1199]) {
        const at = (y * png.width + x) * 4;
        const pixel = [png.data[at], png.data[at + 1], png.data[at + 2]];
        // white page or the footer's rule; nothing of the title or gist
        if (y < 560) expect(pixel, `(${x},${y})`).toEqual([255, 255, 255]);
      }
    }
  });
});

describe('determinism and colours', () => {
  it('renders the same input to identical bytes', async () => {
    const input: CardInput = { ...poemInput, id: 'twice' };
    expect((await renderCard(input, 'poster', fonts)).equals(await renderCard(input, 'poster', fonts))).toBe(true);
  });

  it('meets WCAG AA contrast (4.5:1) for every text colour pair', () => {
    for (const [text, background] of TEXT_PAIRS) {
      expect(contrastRatio(text, background), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('cost of drawing', () => {
  // Satori wraps every element under an `overflow: hidden` box in a mask and a clip path, and
  // resvg draws each masked element on a canvas-sized layer: with the page and every clamped
  // text block hidden-overflow, rasterising took twice as long. Clamping is satori's lineClamp;
  // nothing needs the clip. The QR code, which satori draws as a masked image, is inlined.
  for (const input of allKinds) {
    for (const format of ['og', 'poster'] as const) {
      it(`${input.kind} ${format}: no element is masked or clipped for overflow`, async () => {
        const svg = await renderCardSvg(input, format, fonts);
        // satori_cp-… is the clip of an overflow box (one-sided borders have clips of their own).
        const masked = [...svg.matchAll(/<(\w+)[^>]*\b(?:mask="url\(|clip-path="url\(#satori_cp-)/g)].map((match) => match[1]);
        expect(masked).toEqual([]);
        expect(svg).not.toContain('<image');
      });

      it(`${input.kind} ${format}: rules and frames are boxes, not clipped border strokes`, async () => {
        const svg = await renderCardSvg(input, format, fonts);
        // satori_bc-/br-/bs- clip a border's stroke to its box; resvg draws each on a layer of
        // its own (the culture frame's cost 14 ms a card). Only the site's round mirror keeps one.
        const clipped = [...svg.matchAll(/clip-path="url\(#satori_b[crs]-/g)].length;
        expect(clipped).toBe(input.kind === 'site' ? 1 : 0);
      });
    }
  }

  it('draws the inlined QR code with the same pixels as the image satori writes', async () => {
    for (const input of [noticeInput, siteInput]) {
      const asImage = await renderCardSvg(input, 'poster', fonts, { inlineImages: false });
      expect(asImage).toContain('<image');
      const inlined = inlineSvgImages(asImage);
      expect(inlined).not.toContain('<image');
      expect(rasterizeCardSvg(inlined).pixels.equals(rasterizeCardSvg(asImage).pixels)).toBe(true);
    }
  });

  it('leaves an image alone when its clip is not its own box (e.g. rounded corners)', () => {
    const nested = encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>',
    );
    const svg = `<svg><defs><clipPath id="c"><path d="M0 0h10v10z"/></clipPath></defs><image x="0" y="0" width="10" height="10" href="data:image/svg+xml;utf8,${nested}" clip-path="url(#c)"/></svg>`;
    expect(inlineSvgImages(svg)).toBe(svg);
    const plain = svg.replace('<path d="M0 0h10v10z"/>', '<rect x="0" y="0" width="10" height="10"/>');
    expect(inlineSvgImages(plain)).toContain('<g transform="translate(0 0) scale(1)"><rect width="10" height="10"/></g>');
  });

  it('writes opaque 8-bit RGB PNGs (the card has no transparency to keep)', async () => {
    const png = await renderCard(noticeInput, 'og', fonts);
    // IHDR: bit depth at byte 24, colour type at 25 (2 = RGB).
    expect([png[24], png[25]]).toEqual([8, 2]);
  });
});
