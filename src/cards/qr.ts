/**
 * QR codes for posters, drawn as vector: one `<svg>` with a single `<path>` of dark modules
 * (horizontal runs merged), on white, with the standard quiet zone of 4 modules.
 *
 * Error correction M (15 % recovery) is the usual choice for printed URLs. Size: a poster is
 * 1080 px wide and prints at A4 (210 mm), so 1 px ≈ 0.194 mm; the code is drawn at a whole
 * number of pixels per module and at least `QR_MIN_PX` (≈ 35 mm printed with the quiet zone).
 */
import QRCode from 'qrcode';
import type { CardElement } from './elements.ts';

/** Modules of white border on every side (ISO/IEC 18004 quiet zone). */
export const QR_QUIET_ZONE = 4;
/** Smallest total side in px (quiet zone included); ≈ 35 mm on an A4 print of the poster. */
export const QR_MIN_PX = 180;

/** The QR matrix for `url` (error correction M): `true` is a dark module. No quiet zone. */
export function qrModules(url: string): boolean[][] {
  const { modules } = QRCode.create(url, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let row = 0; row < modules.size; row++) {
    const cells: boolean[] = [];
    for (let col = 0; col < modules.size; col++) cells.push(Boolean(modules.get(row, col)));
    rows.push(cells);
  }
  return rows;
}

/** SVG path data of the dark modules, offset by the quiet zone, one unit per module. */
export function qrPathData(modules: boolean[][]): string {
  const parts: string[] = [];
  modules.forEach((cells, row) => {
    let col = 0;
    while (col < cells.length) {
      if (!cells[col]) {
        col++;
        continue;
      }
      const start = col;
      while (col < cells.length && cells[col]) col++;
      parts.push(`M${start + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h${col - start}v1h${start - col}z`);
    }
  });
  return parts.join('');
}

const drawings = new Map<string, { units: number; path: string }>();

/**
 * The QR code for `url` as an SVG drawing: its side in modules (quiet zone included) and the path
 * of its dark modules. Remembered per address: a notice's verification URL is drawn on its page,
 * its board version, its posters and its board pack, and encoding one costs about 0.5 ms (mask
 * selection), which was a tenth of a warm build's page rendering.
 */
export function qrDrawing(url: string): { units: number; path: string } {
  let drawing = drawings.get(url);
  if (!drawing) {
    const modules = qrModules(url);
    drawing = { units: modules.length + QR_QUIET_ZONE * 2, path: qrPathData(modules) };
    drawings.set(url, drawing);
  }
  return drawing;
}

/**
 * Forgets the drawings remembered so far (about 3 KB an address): the card run calls it when it
 * is done, so a large site's addresses are not kept for the rest of the build.
 */
export function forgetQrDrawings(): void {
  drawings.clear();
}

/**
 * A satori element drawing the QR code for `url`, `targetPx` wide at most (rounded down to a
 * whole number of px per module, never below `QR_MIN_PX`). Returns the element and its side.
 */
export function qrElement(url: string, targetPx = 240): { element: CardElement; size: number } {
  // Remembered like the pages' drawings: a poster's tree is built for its glyph check, its text
  // check and its drawing, and encoding was four tenths of the time of the first two.
  const { units, path } = qrDrawing(url);
  const modulePx = Math.max(Math.floor(targetPx / units), Math.ceil(QR_MIN_PX / units));
  const size = units * modulePx;
  const element: CardElement = {
    type: 'svg',
    props: {
      width: size,
      height: size,
      viewBox: `0 0 ${units} ${units}`,
      shapeRendering: 'crispEdges',
      style: { flexShrink: 0 },
      children: [
        { type: 'rect', props: { x: 0, y: 0, width: units, height: units, fill: '#ffffff' } },
        { type: 'path', props: { d: path, fill: '#000000' } },
      ],
    },
  };
  return { element, size };
}
