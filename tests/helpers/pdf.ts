/**
 * Reading printed PDFs the way the tests check them: poppler's pdfinfo (page count and sizes),
 * pdftotext (text per page) and pdftoppm (a page as pixels), and jsQR on those pixels.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** Each page's size in points, e.g. `595.92x842.88`… rounded to whole points. */
export function pageSizes(pdf: string): [number, number][] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', pdf], { encoding: 'utf8' });
  return [...info.matchAll(/^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/gm)].map((m) => [
    Math.round(Number(m[1])),
    Math.round(Number(m[2])),
  ]);
}

export const pageCount = (pdf: string): number => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

/** The text of one page (1-based), whitespace removed, so CJK text compares as written. */
export const pageText = (pdf: string, page: number): string =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');

/** Every QR code jsQR finds on one page rasterized at `dpi`: its decoded text, or undefined. */
export function qrOnPage(pdf: string, page: number, dpi = 150): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'mingjing-raster-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', '-singlefile', pdf, join(dir, 'page')]);
    const image = PNG.sync.read(readFileSync(join(dir, 'page.png')));
    return jsQR(new Uint8ClampedArray(image.data), image.width, image.height)?.data;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const A4: [number, number] = [595, 842];
export const A3: [number, number] = [842, 1191];
