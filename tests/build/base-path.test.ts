/**
 * A site deployed in a sub-folder (`base: /mingjing/`): every internal link, asset, form
 * action, card URL and QR target carries the base, and resolves to a file that exists.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { listFiles } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
let work: string;
let dist: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-base-'));
  dist = join(work, 'dist');
  const result = buildSite({ contentDir: FIXTURE, outDir: dist, env: { MINGJING_BASE: '/mingjing/' } });
  if (result.status !== 0) throw new Error(result.output);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('prefixes every internal URL with the base, and each one resolves', () => {
  const problems: string[] = [];
  for (const file of listFiles(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(join(dist, file), 'utf8');
    for (const [, url] of html.matchAll(/\s(?:href|src|action)="(\/[^"]*)"/g)) {
      if (!url!.startsWith('/mingjing/')) {
        problems.push(`${file}: ${url} lacks the base`);
        continue;
      }
      const path = url!.slice('/mingjing/'.length).split(/[?#]/)[0]!;
      const target = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
      if (!existsSync(target)) problems.push(`${file}: ${url} does not exist`);
    }
  }
  expect(problems).toEqual([]);
});

it('builds absolute URLs (og:image, sitemap, feed) under the base', () => {
  const notice = readFileSync(join(dist, 'clarifications/published-notice/index.html'), 'utf8');
  expect(notice).toContain(
    '<meta property="og:image" content="https://mingjing.test/mingjing/cards/clarifications/published-notice/og.png">',
  );
  expect(readFileSync(join(dist, 'sitemap.xml'), 'utf8')).toContain(
    '<loc>https://mingjing.test/mingjing/clarifications/published-notice/</loc>',
  );
  expect(readFileSync(join(dist, 'feed.xml'), 'utf8')).toContain('https://mingjing.test/mingjing/cases/published-case/');
  expect(notice).toMatch(/action="\/mingjing\/search\/"/);
});
