/**
 * A site deployed in a sub-folder (`base: /mingjing/`): every internal link, asset, anchor,
 * form action, card URL and QR target carries the base, and resolves to a file that exists
 * (tests/helpers/links.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { checkLinks } from '../helpers/links.ts';

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

it('prefixes every internal URL with the base, and each link, asset and anchor resolves', () => {
  expect(checkLinks(dist, { base: '/mingjing/', site: 'https://mingjing.test' })).toEqual([]);
});

it('breaks, as the checker sees it, when the same site is read as if it had no base', () => {
  // The checker is the test above: it must see every link as outside a base of "/other/".
  expect(checkLinks(dist, { base: '/other/', site: 'https://mingjing.test' }).length).toBeGreaterThan(50);
});

it('builds absolute URLs (og:image, sitemap, feed) under the base', () => {
  const notice = readFileSync(join(dist, 'clarifications/published-notice/index.html'), 'utf8');
  expect(notice).toContain(
    '<meta property="og:image" content="https://mingjing.test/mingjing/cards/clarifications/published-notice/og.png">',
  );
  expect(readFileSync(join(dist, 'sitemap-0.xml'), 'utf8')).toContain(
    '<loc>https://mingjing.test/mingjing/clarifications/published-notice/</loc>',
  );
  expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain('<link>https://mingjing.test/mingjing/cases/published-case/</link>');
  expect(notice).toMatch(/action="\/mingjing\/search\/"/);
});
