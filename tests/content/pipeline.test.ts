/**
 * The one content pipeline on the fixture folder: each file is read once per build, the model
 * holds published entries only, and withdrawn notices leave only their verification record.
 */
import type * as NodeFs from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi, type Mock } from 'vitest';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof NodeFs>();
  // Content files are opened by path (openSync, src/content/files.ts), then read from the descriptor.
  return { ...actual, readFileSync: vi.fn(actual.readFileSync), openSync: vi.fn(actual.openSync) };
});

const { buildContent, contentFor, invalidateContent } = await import('../../src/content/pipeline.ts');
const { withoutInternalNotes } = await import('../../src/content/model.ts');
const { loadSiteConfig } = await import('../../src/lib/node/config.ts');

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/site');
const config = loadSiteConfig({ MINGJING_CONTENT_DIR: FIXTURE, MINGJING_NOW: '2026-11-01', MINGJING_HOST_ORGAN: 'test-city' }, ROOT);
const fs = await import('node:fs');
const readFileSync = fs.readFileSync as unknown as Mock;
const openSync = fs.openSync as unknown as Mock;
const reads = () => [...readFileSync.mock.calls, ...openSync.mock.calls].map(([path]) => String(path)).filter((path) => path.startsWith(FIXTURE));

beforeEach(() => {
  readFileSync.mockClear();
  openSync.mockClear();
});

describe('the content pipeline', () => {
  it('reads each content file exactly once', () => {
    buildContent(config, {});
    const files = reads();
    expect(files.length).toBeGreaterThan(8);
    expect(new Set(files).size).toBe(files.length);
  });

  it('reads the folder once per build however many collections ask', () => {
    invalidateContent();
    const first = contentFor(config, {});
    for (let i = 0; i < 6; i++) expect(contentFor(config, {})).toBe(first);
    expect(new Set(reads()).size).toBe(reads().length);
    invalidateContent();
    expect(contentFor(config, {})).not.toBe(first);
  });

  it('keeps only published entries in the model, newest first', () => {
    const { model, problems, findings } = buildContent(config, {});
    expect(problems).toEqual([]);
    expect(findings).toEqual([]);
    expect(model.published.map((entry) => `${entry.kind}/${entry.id}`).sort()).toEqual(['cases/published-case', 'clarifications/published-notice', 'culture/published-poem']);
  });

  it('keeps a verification record for every issued notice, whatever its channels, and none for a draft', () => {
    const { model } = buildContent(config, {});
    const records = model.verifications.map(({ state, entry, docNumber }) => `${state}:${entry ?? '-'}:${docNumber ?? '-'}`).sort();
    expect(records).toEqual([
      // board-only and closed-scope notices are current, with no page to link to
      'current:-:测纪澄〔2026〕2号',
      'current:-:测纪澄〔2026〕3号',
      'current:published-notice:测纪澄〔2026〕1号',
      'expired:-:-',
      'withdrawn:-:-',
    ]);
    // Code, issuer, date, 文号, state and 公开期: nothing of the notice's text.
    for (const record of model.verifications)
      expect(Object.keys(record).every((key) => ['code', 'organ', 'date', 'docNumber', 'state', 'publicUntil', 'entry'].includes(key))).toBe(true);
    expect(model.verifications.find((record) => record.state === 'expired')?.publicUntil).toBe('2026-01-10');
  });

  it('puts a notice on the website only with 网站, and in board packs only with 公开栏', () => {
    const { model } = buildContent(config, {});
    expect(model.published.filter((entry) => entry.kind === 'clarifications').map((entry) => entry.id)).toEqual(['published-notice']);
    expect(model.boardNotices.map((entry) => entry.id)).toEqual(['board-notice', 'published-notice']);
  });

  it('applies the default 公开期 to notices without publicUntil, and only to notices', () => {
    // 2026-03-02 + 200 days = 2026-09-18, before the clock: the website notice expires, the case and poem stay.
    const { model } = buildContent({ ...config, defaultPublicDays: 200 }, {});
    expect(model.published.map((entry) => `${entry.kind}/${entry.id}`).sort()).toEqual(['cases/published-case', 'culture/published-poem']);
    const record = model.verifications.find((r) => r.docNumber === '测纪澄〔2026〕1号');
    expect(record).toMatchObject({ state: 'expired', publicUntil: '2026-09-18' });
    expect(record?.entry).toBeUndefined();
    // A notice's own publicUntil wins over the default.
    expect(model.verifications.find((r) => r.state === 'expired' && r.docNumber === undefined)?.publicUntil).toBe('2026-01-10');
  });

  it('drops every follow-up visit’s internal note from the model: date and method only', () => {
    const { model } = buildContent(config, {});
    const notice = model.published.find((entry) => entry.id === 'published-notice');
    expect(notice?.kind).toBe('clarifications');
    const visits = notice?.kind === 'clarifications' ? notice.data.followUps : [];
    expect(visits).toEqual([
      { date: '2026-04-01', method: '谈心谈话' },
      { date: '2026-09-01', method: '单位走访' },
    ]);
    expect(JSON.stringify(model)).not.toContain('内部回访标记白露');
  });

  it('reports a host organ that organs.yaml does not register', () => {
    const { problems } = buildContent({ ...config, hostOrgan: 'nowhere-city' }, {});
    expect(problems).toEqual([{ file: 'mingjing.config.json', field: 'hostOrgan', expected: expect.stringContaining('organs.yaml'), found: '未登记的编号 nowhere-city' }]);
  });
});

describe('internal notes and the privacy gate', () => {
  it('blanks an internal note, one line or folded, keeping every other line and column in place', () => {
    const source = [
      '---',
      'followUps:',
      '  - date: 2026-04-01',
      '    internalNote: 本人谈到家中情况',
      '    method: 谈心谈话',
      '  - date: 2026-05-01',
      '    internalNote: >-',
      '      第一行',
      '',
      '      第二行',
      '    method: 单位走访',
      'scope: 在村内公开',
      '---',
      '',
      '正文。',
    ].join('\n');
    const blanked = withoutInternalNotes(source);
    expect(blanked.split('\n').map((line) => line.length)).toEqual(source.split('\n').map((line) => line.length));
    expect(blanked).not.toMatch(/家中|第一行|第二行/);
    expect(blanked).toContain('scope: 在村内公开');
    // The keys beside the note are still read by the gate.
    expect(blanked).toContain('    method: 谈心谈话');
    expect(blanked).toContain('    method: 单位走访');
    expect(blanked).toContain('internalNote:');
  });

  it('hides only the front-matter field: the same words anywhere else are read by the gate', () => {
    const source = [
      '---',
      'title: 标题',
      'internalNote: 不在回访记录里的同名字段',
      'followUps:',
      '  - date: 2026-04-01',
      '    method: 谈心谈话',
      '    notes:',
      '      internalNote: 嵌套在别处',
      '---',
      '',
      'internalNote: 正文里以同样字样开头的一行',
    ].join('\n');
    expect(withoutInternalNotes(source)).toBe(source);
  });
});

describe('the gate reads the issuer of every notice it publishes', () => {
  it('reports a 派驻组 notice whose post singles the subject out, even one kept off the website', async () => {
    const { cpSync, mkdtempSync, readFileSync: read, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'mingjing-issuer-'));
    try {
      cpSync(FIXTURE, dir, { recursive: true });
      writeFileSync(
        join(dir, 'organs.yaml'),
        `${read(join(dir, 'organs.yaml'), 'utf8')}\n- id: test-county-roads-team\n  name: 测试县纪委监委派驻县交通运输局纪检监察组\n  shortName: 驻县交通局纪检监察组\n  level: 派驻\n  parent: test-county\n  region: 测试县\n`,
      );
      const file = join(dir, 'clarifications/offline-notice.md');
      writeFileSync(file, read(file, 'utf8').replace('organ: test-county', 'organ: test-county-roads-team').replace('role: 某县某局干部', 'role: 某县直部门副局长'));
      const { findings, problems } = buildContent({ ...config, contentDir: dir }, {});
      expect(problems).toEqual([]);
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ file: expect.stringContaining('offline-notice.md'), kind: 'reidentify' });
      expect(findings[0]!.excerpt).toContain('县交通运输局');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
