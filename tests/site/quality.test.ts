/**
 * Quality bars checked over the built sample site as files: no broken internal links, page
 * weight budgets, no third-party references, and the CSP on every page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { listFiles } from '../helpers/site-files.ts';

let dist: string;
let htmlFiles: string[];
beforeAll(() => {
  dist = inject('sampleSiteDir');
  htmlFiles = listFiles(dist).filter((file) => file.endsWith('.html'));
});

/**
 * Compressed JavaScript a page may load: every page the reading-preferences script (larger text
 * and high contrast remembered, 1 KB); search runs on the search page and the case library; an
 * entry page adds the share, glossary and read-aloud scripts; the verify form, the comparison
 * table and print pages a small one of their own.
 */
function scriptAllowance(file: string): number {
  const everywhere = 1024;
  if (file.startsWith('search/') || file.startsWith('cases/index.html') || /^cases\/(?!page\/)[a-z]+\/[^/]+\/index\.html$/.test(file))
    return 40 * 1024;
  if (/^(clarifications|cases|culture)\/[^/]+\/index\.html$/.test(file) && !/^cases\/(compare|keywords)\//.test(file))
    return everywhere + 2 * 1024;
  if (file === 'v/index.html' || file === 'cases/compare/index.html' || file.startsWith('print/')) return everywhere + 1024;
  return everywhere;
}

describe('built site', () => {
  // Links, assets, anchors and og:image files: tests/site/links.test.ts (tests/helpers/links.ts).

  it('references nothing on another host except its own canonical site URL', () => {
    const foreign: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(join(dist, file), 'utf8');
      for (const m of html.matchAll(/<(?:script|link|img|iframe|source)\b[^>]*\s(?:src|href)="(https?:\/\/[^"]+)"/g)) {
        if (!m[0].includes('rel="canonical"') && !m[0].includes('rel="alternate"')) foreign.push(`${file} → ${m[1]}`);
      }
    }
    expect(foreign).toEqual([]);
  });

  it('keeps every page within budget: HTML + CSS ≤ 30 KB compressed, JS only where it earns its place', () => {
    const over: string[] = [];
    for (const file of htmlFiles) {
      const html = readFileSync(join(dist, file), 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(dist, m[1]!)));
      const bytes = gzipSync(html).length + css.reduce((sum, buffer) => sum + gzipSync(buffer).length, 0);
      if (bytes > 30 * 1024) over.push(`${file}: ${bytes} B`);
      const scripts = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1]!);
      const js = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(dist, src))).length, 0);
      if (js > scriptAllowance(file)) over.push(`${file}: ${js} B of JavaScript (allowed ${scriptAllowance(file)} B)`);
    }
    expect(over).toEqual([]);
  });

  it('carries a strict Content-Security-Policy on every page and no inline script', () => {
    for (const file of htmlFiles) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self';[^"]*script-src 'self'/);
      expect(html, file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>[^<]+<\/script>/);
      expect(html, file).not.toMatch(/\son[a-z]+="/);
    }
  });
});
