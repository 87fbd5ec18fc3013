/**
 * The built sample site, checked in dist/: every published entry has its page with its
 * structured fields, and drafts, withdrawn and expired entries have none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import yaml from 'js-yaml';
import { PROJECT_ROOT, SAMPLE_CONTENT } from '../helpers/build-site.ts';
import { filesContaining, listFiles } from '../helpers/site-files.ts';
import { indexContent, isLive, isOnWebsite, type IndexedEntry } from '../helpers/content-index.ts';

const TODAY = '2026-11-01';
let dist: string;
let entries: IndexedEntry[];
const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

beforeAll(() => {
  dist = inject('sampleSiteDir');
  entries = indexContent(SAMPLE_CONTENT);
});

describe('sample content', () => {
  it('is large enough to be realistic', () => {
    const live = (kind: IndexedEntry['kind']) => entries.filter((e) => e.kind === kind && isOnWebsite(e, TODAY)).length;
    // Most notices reach only the people who heard the allegation: the sample shows both kinds.
    const notices = entries.filter((e) => e.kind === 'clarifications' && isLive(e, TODAY));
    expect(notices.length).toBeGreaterThanOrEqual(12);
    expect(live('clarifications')).toBeGreaterThanOrEqual(4);
    expect(notices.length - live('clarifications')).toBeGreaterThanOrEqual(4);
    expect(live('cases')).toBeGreaterThanOrEqual(10);
    expect(live('culture')).toBeGreaterThanOrEqual(15);
    expect(entries.some((e) => e.status === 'draft')).toBe(true);
    expect(entries.some((e) => e.status === 'withdrawn')).toBe(true);
  });
});

describe('the sample site says it is one', () => {
  it('shows the demo banner on every page and 样例·请勿张贴 on every print page, packs included', () => {
    const pages = listFiles(dist).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    for (const file of pages) {
      const html = readFileSync(join(dist, file), 'utf8');
      expect(html, file).toContain('演示站点：机关、地名、人物、文号均为虚构');
      // The print mark is in every page, shown only in print media: posters, 大字版, handouts alike.
      expect(html, file).toMatch(/data-demo-print-mark[^>]*>\s*样例·请勿张贴/);
    }
    const packs = listFiles(`${dist}-print`).filter((file) => file.endsWith('.html'));
    expect(packs.length).toBeGreaterThan(0);
    for (const file of packs) expect(readFileSync(join(`${dist}-print`, file), 'utf8'), file).toContain('样例·请勿张贴');
  });
});

describe('entry pages', () => {
  it('exist for every published entry and for no other', () => {
    for (const entry of entries) {
      const exists = existsSync(join(dist, entry.kind, entry.id, 'index.html'));
      expect(exists, `${entry.kind}/${entry.id} (${entry.status})`).toBe(isOnWebsite(entry, TODAY));
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
      ...entries.filter((e) => isOnWebsite(e, TODAY)).map((e) => `${e.kind}/${e.id}/`),
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
        e.kind === 'clarifications' &&
        isOnWebsite(e, TODAY) &&
        e.data['docNumber'] &&
        (e.data['followUps'] as unknown[] | undefined)?.length,
    )!;
    const html = page(`clarifications/${notice.id}/`);
    const subject = notice.data['subject'] as { alias: string; role: string };
    expect(html).toContain(String(notice.data['docNumber']));
    expect(html).toContain(subject.alias);
    expect(html).toContain(subject.role);
    for (const allegation of notice.data['allegations'] as { summary: string }[]) expect(html).toContain(allegation.summary);
    expect(html).toContain(String(notice.data['scope']));
    for (const visit of notice.data['followUps'] as { method: string }[]) expect(html).toContain(visit.method);
    expect(html).toMatch(/class="notice-issuer"[^>]*>[^<]*纪/);
    expect(html).toMatch(/class="[^"]*\bnotice-signature\b[^"]*"/);
  });

  it('render a case with its four tests, decision, timeline and rules', () => {
    const guiding = entries.find((e) => e.kind === 'cases' && isOnWebsite(e, TODAY))!;
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
    const refused = entries.find((e) => e.kind === 'cases' && isOnWebsite(e, TODAY) && e.data['decision'] === '不予容错')!;
    const html = page(`cases/${refused.id}/`);
    for (const item of refused.data['exclusions'] as string[]) expect(html).toContain(item);
  });

  it('render a poem with author, dynasty and annotation', () => {
    const poem = entries.find((e) => e.kind === 'culture' && isOnWebsite(e, TODAY) && e.data['form'] === '诗词')!;
    const html = page(`culture/${poem.id}/`);
    const author = poem.data['author'] as { name: string; dynasty: string };
    expect(html).toContain(`〔${author.dynasty}〕${author.name}`);
    expect(html).toContain(String(poem.data['annotation']));
  });
});

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
const zhDay = (value: unknown) => {
  const [y, m, d] = day(value).split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

describe('domain fidelity', () => {
  it('publishes no follow-up visit’s internal note, on any page, file or index', () => {
    const notes = entries.flatMap((e) =>
      ((e.data['followUps'] as { internalNote?: string }[] | undefined) ?? []).flatMap((v) => (v.internalNote ? [v.internalNote] : [])),
    );
    expect(notes.length).toBeGreaterThan(10);
    for (const note of notes) expect(filesContaining(dist, note.slice(0, 16)), note.slice(0, 16)).toEqual([]);
  });

  it('shows a follow-up visit as its date and method only', () => {
    for (const notice of entries.filter((e) => e.kind === 'clarifications' && isOnWebsite(e, TODAY))) {
      const html = page(`clarifications/${notice.id}/`);
      for (const visit of (notice.data['followUps'] as { date: unknown; method: string }[] | undefined) ?? [])
        expect(html, notice.id).toMatch(new RegExp(`${zhDay(visit.date)}</time> · ${visit.method}\\s*</li>`));
    }
  });

  it('states of a false accusation exactly what the record holds, never dated after the notice', () => {
    const accused = entries.filter((e) => e.kind === 'clarifications' && isLive(e, TODAY) && e.data['falseAccusation']);
    expect(accused.length, 'the sample records a false accusation (a dated supplement)').toBeGreaterThan(0);
    for (const notice of accused)
      expect(day((notice.data['falseAccusation'] as { date: unknown }).date) <= day(notice.data['date']), notice.id).toBe(true);
    for (const notice of accused.filter((e) => isOnWebsite(e, TODAY))) {
      const record = notice.data['falseAccusation'] as { action: string; organ: string; date: unknown; result?: string };
      const statement = /data-field="falseAccusation"[^>]*>([\s\S]*?)<\/p>/.exec(page(`clarifications/${notice.id}/`))?.[1] ?? '';
      expect(statement).toContain(record.organ);
      expect(statement).toContain(zhDay(record.date));
      if (record.result) expect(statement).toContain(record.result);
      // Clues handed over are not a case dealt with: the page must not say 查处.
      if (record.action === '移送') expect(statement).not.toContain('查处');
    }
  });

  it('shows a person’s 干部管理权限 and an organisation’s kind, never a tier for an organisation', () => {
    for (const notice of entries.filter((e) => e.kind === 'clarifications' && isOnWebsite(e, TODAY))) {
      const subject = notice.data['subject'] as { type: string; tier?: string };
      const html = page(`clarifications/${notice.id}/`);
      expect(html).toMatch(new RegExp(`data-field="subjectType"[^>]*>${subject.type}<`));
      if (subject.tier) expect(html).toMatch(new RegExp(`data-field="subjectTier"[^>]*>${subject.tier.replace(/[()（）]/g, '.')}<`));
      else expect(html).not.toContain('data-field="subjectTier"');
    }
  });

  it('numbers each series of guiding cases by one issuer, rising with the date, and shows 第N号（第M批）', () => {
    const series = yaml.load(readFileSync(resolve(SAMPLE_CONTENT, 'series.yaml'), 'utf8')) as {
      id: string;
      issuer: string;
      title: string;
    }[];
    const cases = entries.filter((e) => e.kind === 'cases');
    for (const item of series) {
      const members = cases.filter((e) => e.data['series'] === item.id).sort((a, b) => Number(a.data['number']) - Number(b.data['number']));
      expect(members.length, item.id).toBeGreaterThan(0);
      expect(new Set(members.map((e) => e.data['organ']))).toEqual(new Set([item.issuer]));
      const dates = members.map((e) => day(e.data['date']));
      expect(dates, item.id).toEqual([...dates].sort());
      for (const entry of members.filter((e) => isOnWebsite(e, TODAY)))
        expect(page(`cases/${entry.id}/`)).toContain(`${item.title}第${entry.data['number']}号（第${entry.data['batch']}批）`);
    }
  });

  it('has a 不予问责 case, distinct from 免予问责', () => {
    const decisions = new Set(entries.filter((e) => e.kind === 'cases' && isOnWebsite(e, TODAY)).map((e) => e.data['decision']));
    for (const decision of ['不予问责', '免予问责', '从轻问责', '减轻问责', '不予容错'])
      expect(decisions.has(decision), decision).toBe(true);
  });

  it('uses 要旨 and never the court word 裁判 anywhere', () => {
    expect(filesContaining(dist, '裁判')).toEqual([]);
  });

  it('shows on the home page each of the host organ’s figures at its latest published value, with its unit, period and source', () => {
    const config = JSON.parse(readFileSync(resolve(PROJECT_ROOT, 'mingjing.config.json'), 'utf8')) as { hostOrgan: string };
    type Figure = { value: number; unit: string; reportedBy?: string };
    const rows = (
      yaml.load(readFileSync(resolve(SAMPLE_CONTENT, 'stats.yaml'), 'utf8')) as (Record<string, unknown> & {
        organ: string;
        year: number;
        period?: string;
        source: { outlet: string };
      })[]
    )
      .filter((r) => r.organ === config.hostOrgan)
      .sort((a, b) => b.year - a.year || (a.period ? 1 : 0) - (b.period ? 1 : 0));
    const home = page('');
    const start = home.indexOf('data-figures-kind="reported"');
    const reported = home.slice(start, home.indexOf('</ul>', start));
    const shown = [
      ...reported.matchAll(/data-figure="(\w+)"[^>]*>\s*<strong[^>]*>([^<]+)<\/strong>\s*([^<]*)(?:<small[^>]*>([^<]*)<\/small>)?/g),
    ].map((m) => ({ field: m[1]!, value: m[2]!, label: m[3]!.trim(), note: m[4] ?? '' }));
    // Every figure the host ever published is shown once per unit, at the newest row holding it.
    const expected = new Map<string, { value: string; note: string; outlet: string }>();
    for (const row of rows)
      for (const [key, raw] of Object.entries(row)) {
        const figure = raw as Figure;
        if (typeof figure !== 'object' || figure === null || !('unit' in figure)) continue;
        const id = `${key}:${figure.unit}`;
        if (!expected.has(id))
          expected.set(id, { value: String(figure.value), note: `${row.year} 年${row.period ?? ''}`, outlet: row.source.outlet });
      }
    expect(shown.filter((item) => item.value !== '未公开')).toHaveLength(expected.size);
    for (const [id, want] of expected) {
      const [field, unit] = id.split(':');
      const item = shown.find((candidate) => candidate.field === field && candidate.label.endsWith(`（${unit}）`));
      expect(item, id).toBeDefined();
      expect(item!.value, id).toBe(want.value);
      expect(item!.note.startsWith(want.note), id).toBe(true);
      expect(home).toContain(want.outlet);
    }
  });

  it('shows every figure a row leaves out as 未公开 on /stats/, never as 0, each in the column of its unit', () => {
    const rows = yaml.load(readFileSync(resolve(SAMPLE_CONTENT, 'stats.yaml'), 'utf8')) as (Record<string, unknown> & {
      id: string;
    })[];
    const stats = page('stats/');
    for (const row of rows) {
      const tr = new RegExp(`<tr[^>]*data-stats-row="${row.id}"[^>]*>([\\s\\S]*?)</tr>`).exec(stats)?.[1];
      expect(tr, row.id).toBeDefined();
      for (const [, field, unit, value] of tr!.matchAll(/data-figure="(\w+):([^"]+)"[^>]*>\s*([^<]*?)\s*</g)) {
        const figure = row[field!] as { value: number; unit: string } | undefined;
        expect(value, `${row.id}.${field}:${unit}`).toBe(figure && figure.unit === unit ? String(figure.value) : '未公开');
      }
    }
    // In the reported figures (not the counts of the site's own entries, where 0 is a count).
    for (const table of stats.match(/<table class="(?:stats|rollup)-table[\s\S]*?<\/table>/g) ?? [])
      expect(table).not.toMatch(/<td[^>]*>\s*0\s*<\/td>/);
  });

  it('says on every reported figure that the sample figures are invented', () => {
    const rows = yaml.load(readFileSync(resolve(SAMPLE_CONTENT, 'stats.yaml'), 'utf8')) as { source: { outlet: string } }[];
    for (const row of rows) expect(row.source.outlet).toContain('虚构');
  });
});

describe('other pages', () => {
  it('has organ pages, glossary pages, stats, 404 and paginated lists', () => {
    expect(existsSync(join(dist, '404.html'))).toBe(true);
    expect(page('glossary/')).toMatch(/<dt><a href="\/glossary\/[a-z0-9-]+\/">/);
    expect(page('stats/')).toContain('<table');
    expect(page('organs/yingzhou-city/')).toContain('潆州市');
    const clarifications = entries.filter((e) => e.kind === 'clarifications' && isOnWebsite(e, TODAY)).length;
    expect(existsSync(join(dist, 'clarifications/page/2/index.html'))).toBe(clarifications > 10);
    expect(page('clarifications/')).toContain(`共 ${clarifications} 条`);
  });

  it('has breadcrumbs on entry pages', () => {
    const entry = entries.find((e) => isOnWebsite(e, TODAY))!;
    expect(page(`${entry.kind}/${entry.id}/`)).toMatch(/<nav class="breadcrumbs"[^>]* aria-label="当前位置"/);
  });
});
