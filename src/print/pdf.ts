/**
 * Printing built pages to PDF (npm run pdf): the site served from dist/ on a loopback port,
 * printed by Chromium with the page's own CSS page size (A4, or A3 for an A3 poster), as a
 * browser's print dialog would, backgrounds included.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

const isFile = (path: string) => statSync(path, { throwIfNoEntry: false })?.isFile() ?? false;

/** The file of dist/ a site path (with or without the base) stands for, or undefined if there is none. */
export function pageFile(dist: string, base: string, sitePath: string): string | undefined {
  let path = sitePath.split(/[?#]/)[0]!.replace(/^\/+/, '/');
  if (!path.startsWith('/')) path = `/${path}`;
  if (base !== '/' && path.startsWith(base)) path = `/${path.slice(base.length)}`;
  const relative = path.replace(/^\//, '');
  const file = relative === '' || relative.endsWith('/') ? join(dist, relative, 'index.html') : join(dist, relative);
  if (isFile(file)) return file;
  const asFolder = join(dist, relative, 'index.html');
  return isFile(asFolder) ? asFolder : undefined;
}

/** `/print/board/yingzhou-city/2025-05/` → `print-board-yingzhou-city-2025-05.pdf` */
export const pdfNameFor = (sitePath: string): string =>
  `${
    sitePath
      .replace(/index\.html$/, '')
      .split('/')
      .filter(Boolean)
      .join('-') || 'index'
  }.pdf`;

/** Prints `url` to `file`; returns the page count. */
export async function printToPdf(browser: Browser, url: string, file: string): Promise<number> {
  const page = await browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'networkidle' });
    if (!response || response.status() >= 400) throw new Error(`HTTP ${response?.status() ?? '—'}`);
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
  } finally {
    await page.close();
  }
  return pdfPageCount(readFileSync(file));
}

/** Pages of a PDF Chromium wrote: its page tree's /Count. */
export function pdfPageCount(pdf: Buffer): number {
  const counts = [...pdf.toString('latin1').matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)/g)].map((m) => Number(m[1]));
  return counts.length > 0 ? Math.max(...counts) : 0;
}
