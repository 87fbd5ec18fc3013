/**
 * The built sample site, checked in dist/: every published entry has its page with its
 * structured fields, and drafts, withdrawn and expired entries have none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers/build-site.ts';
import { indexContent, isLive, type IndexedEntry } from '../helpers/content-index.ts';

const TODAY = '2026-11-01';
let dist: string;
let entries: IndexedEntry[];
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  dist = inject('sampleSiteDir');
  entries = indexContent(resolve(PROJECT_ROOT, 'content'));
});

describe('sample content', () => {
  it('is large enough to be realistic', () => {
    const live = (kind: IndexedEntry['kind']) => entries.filter((e) => e.kind === kind && isLive(e, TODAY)).length;
    expect(live('clarifications')).toBeGreaterThanOrEqual(12);
    expect(live('cases')).toBeGreaterThanOrEqual(10);
    expect(live('culture')).toBeGreaterThanOrEqual(15);
    expect(entries.some((e) => e.status === 'draft')).toBe(true);
    expect(entries.some((e) => e.status === 'withdrawn')).toBe(true);
  });
});

describe('entry pages', () => {
  it('exist for every published entry and for no other', () => {
    for (const entry of entries) {
      const exists = existsSync(join(dist, entry.kind, entry.id, 'index.html'));
      expect(exists, `${entry.kind}/${entry.id} (${entry.status})`).toBe(isLive(entry, TODAY));
    }
  });

  it('declare zh-CN, a description and an og:image on every page', () => {
    for (const path of [
      '',
      'clarifications/',
      'cases/',
      'culture/',
      'glossary/',
      'stats/',
      ...entries.filter((e) => isLive(e, TODAY)).map((e) => `${e.kind}/${e.id}/`),
    ]) {
      const html = page(path);
      expect(html, path).toMatch(/<html lang="zh-CN"/);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{10,}"/);
      expect(html, path).toMatch(/<meta property="og:image" content="https:\/\/mingjing\.test\/cards\/[^"]+\.png"/);
    }
  });

  it('render a notice as an official notice', () => {
    const notice = entries.find(
      (e) =>
        e.kind === 'clarifications' && isLive(e, TODAY) && e.data['docNumber'] && (e.data['followUps'] as unknown[] | undefined)?.length,
    )!;
    const html = page(`clarifications/${notice.id}/`);
    const subject = notice.data['subject'] as { alias: string; role: string };
    expect(html).toContain(String(notice.data['docNumber']));
    expect(html).toContain(subject.alias);
    expect(html).toContain(subject.role);
    for (const allegation of notice.data['allegations'] as { summary: string }[]) expect(html).toContain(allegation.summary);
    expect(html).toContain(String(notice.data['scope']));
    for (const visit of notice.data['followUps'] as { summary: string }[]) expect(html).toContain(visit.summary);
    expect(html).toMatch(/class="notice-issuer"[^>]*>[^<]*纪/);
    expect(html).toMatch(/class="notice-signature"/);
  });

  it('render a case with its four tests, decision, timeline and rules', () => {
    const guiding = entries.find((e) => e.kind === 'cases' && isLive(e, TODAY))!;
    const html = page(`cases/${guiding.id}/`);
    expect(html).toContain(String(guiding.data['gist']));
    expect(html).toContain(String(guiding.data['decision']));
    for (const keyword of guiding.data['keywords'] as string[]) expect(html).toContain(keyword);
    const assessment = guiding.data['assessment'] as Record<string, { finding: string }>;
    for (const test of ['motive', 'procedure', 'outcome', 'integrity']) expect(html).toContain(assessment[test]!.finding);
    for (const label of ['初衷动机', '决策程序', '结果与挽回', '纪律与廉洁'])
      expect(html).toMatch(new RegExp(`<th scope="row">${label}</th>`));
    for (const rule of guiding.data['basis'] as { title: string }[]) expect(html).toContain(rule.title);
    for (const step of guiding.data['process'] as { stage: string }[]) expect(html).toContain(step.stage);
  });

  it('render a refused case with its exclusions', () => {
    const refused = entries.find((e) => e.kind === 'cases' && isLive(e, TODAY) && e.data['decision'] === '不予容错')!;
    const html = page(`cases/${refused.id}/`);
    for (const item of refused.data['exclusions'] as string[]) expect(html).toContain(item);
  });

  it('render a poem with author, dynasty and annotation', () => {
    const poem = entries.find((e) => e.kind === 'culture' && isLive(e, TODAY) && e.data['form'] === '诗词')!;
    const html = page(`culture/${poem.id}/`);
    const author = poem.data['author'] as { name: string; dynasty: string };
    expect(html).toContain(`〔${author.dynasty}〕${author.name}`);
    expect(html).toContain(String(poem.data['annotation']));
  });
});

describe('other pages', () => {
  it('has organ pages, glossary pages, stats, 404 and paginated lists', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    expect(page('glossary/')).toMatch(/<dt><a href="\/glossary\/[a-z0-9-]+\/">/);
    expect(page('stats/')).toContain('<table');
    expect(page('organs/mingzhou-city/')).toContain('明州市');
    const clarifications = entries.filter((e) => e.kind === 'clarifications' && isLive(e, TODAY)).length;
    expect(existsSync(join(dist, 'clarifications/page/2/index.html'))).toBe(clarifications > 10);
    expect(page('clarifications/')).toContain(`共 ${clarifications} 条`);
  });

  it('has breadcrumbs on entry pages', () => {
    const entry = entries.find((e) => isLive(e, TODAY))!;
    expect(page(`${entry.kind}/${entry.id}/`)).toMatch(/<nav class="breadcrumbs"[^>]* aria-label="当前位置"/);
  });
});
