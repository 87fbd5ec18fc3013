/**
 * The sitemap is written from the built HTML files themselves, so it lists exactly the pages
 * that exist: nothing a draft could add, nothing a new route could miss.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { escapeXml } from './xml.ts';

export function listHtmlPages(outDir: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, item.name);
      if (item.isDirectory()) walk(full);
      else if (item.name === 'index.html') pages.push(relative(outDir, dir).split(sep).join('/'));
    }
  };
  walk(outDir);
  return pages.map((p) => (p ? `${p}/` : '')).sort();
}

export function buildSitemap(urls: readonly string[]): string {
  const body = urls.map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${body}\n</urlset>\n`;
}

/** Verification pages are for people holding a printed notice, print pages for printers: neither is for crawlers. */
const UNLISTED = /^(?:v|print)\//;

export function writeSitemap(outDir: string, pageUrl: (path: string) => string): number {
  const pages = listHtmlPages(outDir).filter((page) => !UNLISTED.test(page));
  writeFileSync(join(outDir, 'sitemap.xml'), buildSitemap(pages.map(pageUrl)));
  return pages.length;
}
