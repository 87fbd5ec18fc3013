/**
 * Incremental pages are never stale (issue 22): a fixture site is built once, then each kind of
 * input is changed in turn — an entry body, a title, an organ's name, a glossary term, a series
 * batch, the site name, a withdrawal — and built again with the cache of the build before. Each
 * time the test proves
 *
 * (a) which keyed pages were rendered again (the build report's `outputsRenderedAgain`, read from
 *     Astro's incremental manifest and cache) is exactly the set stated for the change: the pages
 *     that show it, plus the lists that key their entries by the whole entry (stated as such);
 * (b) the site is byte-identical to a cold build of the same content (fresh output and cache).
 *
 * A leak added by an edit still fails the incremental build; the live site stays as it was, and
 * no page the failed build rendered survives in Astro's cache to be copied later.
 * Every name here is invented.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { filesContaining, folderFingerprint, listFiles } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const work = mkdtempSync(join(tmpdir(), 'mingjing-incremental-'));
const content = join(work, 'content');
const live = join(work, 'live', 'dist');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SECOND_NOTICE = `---
title: 关于对某村干部吴某被反映问题的澄清说明
date: 2026-04-10
organ: test-city
summary: 经核查，反映吴某在项目验收中弄虚作假的问题失实，予以澄清。
status: published
docNumber: 测纪澄〔2026〕2号
subject:
  type: 个人
  alias: 吴某
  role: 某村村务监督委员会成员
  tier: 村（社区）
allegations:
  - summary: 反映其在项目验收中弄虚作假
    finding: 失实
methods: [会议, 网站]
scope: 在该村党员大会上通报，并在市纪委监委网站发布
consent: true
---

测试市纪委监委收到反映吴某在项目验收中弄虚作假的问题。经核查，该问题失实，特此澄清。
`;

/** The fixture's case, as case `number` of batch `batch` of the same series, issued on the batch's date. */
function caseOf(title: string, number: number, date: string): string {
  return readFileSync(join(FIXTURE, 'cases/published-case.md'), 'utf8')
    .replace(/^title: .*$/m, `title: ${title}`)
    .replace(/^date: .*$/m, `date: ${date}`)
    .replace(/^number: .*$/m, `number: ${number}`)
    .replace(/^batch: .*$/m, `batch: ${number}`);
}

function edit(file: string, change: (text: string) => string): void {
  const path = join(content, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`the edit changed nothing in ${file}`);
  writeFileSync(path, after);
}

interface Report {
  counts: Record<string, number>;
  lists: Record<string, string[]>;
}

/** Builds the live site incrementally (its cache is the last build's); returns what it rendered again. */
function buildLive(env: Record<string, string> = {}): string[] {
  const result = buildSite({ contentDir: content, outDir: live, env });
  if (result.status !== 0) throw new Error(result.output);
  const report = JSON.parse(readFileSync(`${live}.cache/mingjing-build-report.json`, 'utf8')) as Report;
  return report.lists['outputsRenderedAgain'] ?? [];
}

/** Every output Astro keyed in the last build (the manifest it wrote). */
function keyedOutputs(): string[] {
  const manifest = JSON.parse(readFileSync(`${live}.cache/incremental-build.json`, 'utf8')) as {
    routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
  };
  return Object.values(manifest.routes)
    .flatMap((route) => Object.values(route.paths).map((path) => path.outputFile))
    .sort();
}

let colds = 0;
/** A cold build of the same content (its own output and cache), compared byte for byte with the live site. */
function expectSameAsCold(env: Record<string, string> = {}): void {
  colds += 1;
  const cold = join(work, `cold-${colds}`, 'dist');
  const result = buildSite({ contentDir: content, outDir: cold, env });
  if (result.status !== 0) throw new Error(result.output);
  for (const [mine, theirs] of [
    [live, cold],
    [`${live}-print`, `${cold}-print`],
  ] as const) {
    expect(listFiles(mine)).toEqual(listFiles(theirs));
    const differing = listFiles(theirs).filter((file) => !readFileSync(join(mine, file)).equals(readFileSync(join(theirs, file))));
    expect(differing).toEqual([]);
  }
  rmSync(join(work, `cold-${colds}`), { recursive: true, force: true });
}

/** The verification page of a notice on the website, as its page links to it. */
function verifyPageOf(id: string): string {
  const page = readFileSync(join(live, 'clarifications', id, 'index.html'), 'utf8');
  const code = /href="\/v\/([a-z0-9-]+)\/"/.exec(page)?.[1];
  if (!code) throw new Error(`no verification link on ${id}`);
  return `v/${code}/index.html`;
}

/** The site's name changed (the configuration's `siteName`, here through its environment override). */
const RENAMED = { MINGJING_SITE_NAME: '测试市清风网' };
const sorted = (items: string[]) => [...new Set(items)].sort();
const html = (path: string) => `${path}/index.html`;
/** The lists that key each entry by its whole digest: they render again when any of their entries changes. */
const CASE_FACETS = ['cases/decision/exempted', 'cases/region/test-city', 'cases/scenario/emergency-response', 'cases/year/2026'].map(html);
const OPEN_DATA = (kind: string) => [`data/${kind}.csv`, `data/${kind}.json`, `${kind}/rss.xml`];

describe('incremental builds', () => {
  beforeAll(() => {
    cpSync(FIXTURE, content, { recursive: true });
    // The draft case holds number 2 of the series, which the cases below take.
    rmSync(join(content, 'cases/draft-case.md'));
    writeFileSync(join(content, 'clarifications/second-notice.md'), SECOND_NOTICE);
    writeFileSync(join(content, 'cases/second-case.md'), caseOf('某村防汛物资先行调拨的容错认定', 2, '2026-02-11'));
    buildLive();
  }, 300_000);

  it('renders nothing again when nothing changed', () => {
    expect(buildLive()).toEqual([]);
    expect(keyedOutputs().length).toBeGreaterThan(30);
  }, 300_000);

  it('an entry body: the entry page, and the lists that hold it', () => {
    edit('culture/published-poem.md', (text) => `${text}\n（示例附注：此行为测试所加。）\n`);
    expect(buildLive()).toEqual(
      sorted([html('culture/published-poem'), html('culture/form/poems'), html('organs/test-city'), ...OPEN_DATA('culture')]),
    );
    expectSameAsCold();
  }, 300_000);

  it('a title: the case, its neighbour in the series (which names it), and the lists', () => {
    edit('cases/second-case.md', (text) => text.replace(/^title: .*$/m, 'title: 某村防汛物资紧急调拨的容错认定'));
    expect(buildLive()).toEqual(
      sorted([html('cases/second-case'), html('cases/published-case'), ...CASE_FACETS, html('organs/test-city'), ...OPEN_DATA('cases')]),
    );
    expectSameAsCold();
  }, 300_000);

  it("an organ's name: every page that names it", () => {
    const county = ['published-notice'];
    edit('organs.yaml', (text) => text.replace('name: 测试县纪委监委', 'name: 测试县纪律检查委员会'));
    const rendered = buildLive();
    const records = rendered.filter((path) => path.startsWith('v/'));
    expect(rendered).toEqual(
      sorted([
        // Its notices, their print views and verification pages, its own page and its parent's (which lists it).
        ...county.flatMap((id) => [
          html(`clarifications/${id}`),
          html(`print/notice/${id}`),
          html(`print/poster/clarifications/${id}`),
          html(`print/poster/clarifications/${id}/a3`),
        ]),
        ...records,
        html('organs/test-county'),
        html('organs/test-city'),
        html('print/board/test-town-board/2026-03'),
        html('print/board/test-village-board/2026-01'),
        // Feeds and open data name the issuer of every item.
        ...OPEN_DATA('clarifications'),
        ...OPEN_DATA('cases'),
        ...OPEN_DATA('culture'),
      ]),
    );
    // The county's notices' records, and not the city's notice's.
    expect(records).not.toContain(verifyPageOf('second-notice'));
    expect(records).toContain(verifyPageOf('published-notice'));
    expectSameAsCold();
  }, 300_000);

  it('a glossary term: its page, the related term, and the entries whose text uses it', () => {
    edit('glossary.yaml', (text) => text.replace('消除影响。', '消除不良影响。'));
    const notices = ['published-notice', 'second-notice'];
    const rendered = buildLive();
    expect(rendered).toEqual(
      sorted([
        html('glossary/chengqing'),
        html('glossary/huifang'),
        ...notices.flatMap((id) => [
          html(`clarifications/${id}`),
          html(`print/notice/${id}`),
          html(`print/poster/clarifications/${id}`),
          html(`print/poster/clarifications/${id}/a3`),
          verifyPageOf(id),
        ]),
        // Lists key their entries by digest, which covers the terms an entry uses.
        html('organs/test-county'),
        html('organs/test-city'),
        html('print/board/test-town-board/2026-03'),
        html('print/board/test-village-board/2026-01'),
        ...OPEN_DATA('clarifications'),
      ]),
    );
    // The case and the poem do not use the term.
    expect(rendered).not.toContain(html('cases/published-case'));
    expect(rendered).not.toContain(html('culture/published-poem'));
    expectSameAsCold();
  }, 300_000);

  it('a series batch: the new case, its neighbour, every case of the series, and the lists', () => {
    edit('series.yaml', (text) => `${text.trimEnd()}\n    - number: 3\n      date: 2026-02-12\n`);
    writeFileSync(join(content, 'cases/third-case.md'), caseOf('某社区应急照明先行安装的容错认定', 3, '2026-02-12'));
    expect(buildLive()).toEqual(
      sorted([
        html('cases/third-case'),
        html('cases/second-case'),
        html('cases/published-case'),
        ...CASE_FACETS,
        html('organs/test-city'),
        ...OPEN_DATA('cases'),
      ]),
    );
    expectSameAsCold();
  }, 300_000);

  it('a leak added by an edit fails the build; the live site and the cache stay as they were', () => {
    const name = '訾春燕';
    const manifest = readFileSync(`${live}.cache/incremental-build.json`);
    const release = readlinkSync(live);
    const site = folderFingerprint(live);
    const original = readFileSync(join(content, 'clarifications/second-notice.md'), 'utf8');
    const hex = [...name].map((ch) => `&#x${ch.codePointAt(0)!.toString(16)};`).join('');
    edit('clarifications/second-notice.md', (text) => text.replace('特此澄清。', `被举报人${hex}反映的问题失实。特此澄清。`));
    const result = buildSite({ contentDir: content, outDir: live });
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('second-notice.md');
    expect(readlinkSync(live)).toBe(release);
    expect(folderFingerprint(live) === site).toBe(true);
    expect(readFileSync(`${live}.cache/incremental-build.json`).equals(manifest)).toBe(true);
    for (const needle of [name, hex]) expect(filesContaining(`${live}.cache`, needle)).toEqual([]);
    // Put back exactly as it was: the keys are those of the last good build again, and the pages
    // the failed build rendered are rendered anew, never copied from what it left.
    writeFileSync(join(content, 'clarifications/second-notice.md'), original);
    const rendered = buildLive();
    expect(rendered).toContain(html('clarifications/second-notice'));
    expect(filesContaining(live, name)).toEqual([]);
    expectSameAsCold();
  }, 300_000);

  it('a withdrawal: its pages are gone, its record says so, and the lists no longer hold it', () => {
    const record = verifyPageOf('second-notice');
    edit('clarifications/second-notice.md', (text) => text.replace('status: published', 'status: withdrawn'));
    expect(buildLive()).toEqual(sorted([record, html('glossary/chengqing'), html('organs/test-city'), ...OPEN_DATA('clarifications')]));
    for (const gone of ['clarifications/second-notice', 'print/notice/second-notice', 'print/poster/clarifications/second-notice'])
      expect(existsSync(join(live, gone))).toBe(false);
    // Nor anywhere in Astro's copies of the pages: the withdrawn notice's pages were pruned, the lists rendered again.
    for (const dir of [live, `${live}.cache/dist`]) expect(filesContaining(dir, '吴某')).toEqual([]);
    expectSameAsCold();
  }, 300_000);

  it('the site name: every page', () => {
    const keyed = keyedOutputs();
    expect(buildLive(RENAMED)).toEqual(keyed);
    expectSameAsCold(RENAMED);
  }, 300_000);
});
