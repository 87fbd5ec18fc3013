/**
 * Validation skips entry files a committed build already checked, byte for byte (issue 22), yet
 * still catches a reference another file's edit broke, and never writes a non-public entry.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as FrontMatter from '../../src/content/front-matter.ts';

const parsedSources: string[] = [];
vi.mock('../../src/content/front-matter.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof FrontMatter>();
  return {
    ...actual,
    parseEntryFile: (source: string) => {
      parsedSources.push(source);
      return actual.parseEntryFile(source);
    },
  };
});

const { buildContent } = await import('../../src/content/pipeline.ts');
const { VALIDATION_CACHE_FILE } = await import('../../src/content/validation-cache.ts');
const { loadSiteConfig } = await import('../../src/lib/node/config.ts');

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = join(ROOT, 'tests/fixtures/site');
/** Entries on the website or a board: the only ones a committed build remembers. */
const REMEMBERED = ['cases/published-case', 'clarifications/board-notice', 'clarifications/published-notice', 'culture/published-poem'];
/** Every other entry of the fixture: parsed on every build. */
const ALWAYS_PARSED = [
  'cases/draft-case',
  'clarifications/draft-notice',
  'clarifications/expired-notice',
  'clarifications/offline-notice',
  'clarifications/withdrawn-notice',
  'culture/draft-story',
];

let work: string;
let contentDir: string;
let config: ReturnType<typeof loadSiteConfig>;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-validation-cache-'));
  contentDir = join(work, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
  config = loadSiteConfig(
    { MINGJING_CONTENT_DIR: contentDir, MINGJING_CACHE_DIR: join(work, 'cache'), MINGJING_NOW: '2026-11-01', MINGJING_HOST_ORGAN: 'test-city' },
    ROOT,
  );
  parsedSources.length = 0;
});

afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

const entryPath = (id: string) => join(contentDir, `${id}.md`);
/** The entries whose header was parsed since the last call, as `kind/id`. */
function parsedSince(): string[] {
  const sources = new Map([...REMEMBERED, ...ALWAYS_PARSED].map((id) => [readFileSync(entryPath(id), 'utf8'), id]));
  const ids = parsedSources.map((source) => sources.get(source) ?? '?').sort();
  parsedSources.length = 0;
  return ids;
}

/** A build that passed: validate, then commit the caches as the build transaction would. */
function committedBuild() {
  const result = buildContent(config, {});
  expect(result.problems).toEqual([]);
  expect(result.findings).toEqual([]);
  result.commitCaches();
  return result;
}

describe('validation cache', () => {
  it('parses no published entry again when nothing changed, and gives the same model', () => {
    const first = committedBuild();
    expect(parsedSince()).toEqual([...REMEMBERED, ...ALWAYS_PARSED].sort());
    expect(first.validation).toEqual({ remembered: 0, parsed: 10 });

    const second = committedBuild();
    expect(parsedSince()).toEqual([...ALWAYS_PARSED].sort());
    expect(second.validation).toEqual({ remembered: REMEMBERED.length, parsed: ALWAYS_PARSED.length });
    expect(second.model).toStrictEqual(first.model);
    // The internal note's place is remembered too: still blank in what the gate and pages read.
    expect(JSON.stringify(second.model)).not.toContain('内部回访标记白露');
  });

  it('reads a changed file again, and only that one', () => {
    committedBuild();
    parsedSince();
    writeFileSync(entryPath('culture/published-poem'), `${readFileSync(entryPath('culture/published-poem'), 'utf8')}\n新增的一段赏析。\n`);
    const result = committedBuild();
    expect(parsedSince()).toEqual([...ALWAYS_PARSED, 'culture/published-poem'].sort());
    expect(result.model.published.find((entry) => entry.id === 'published-poem')?.body).toContain('新增的一段赏析。');
  });

  it('catches a reference broken by another file: an unchanged case whose series and organ were renamed', () => {
    committedBuild();
    const series = join(contentDir, 'series.yaml');
    writeFileSync(series, readFileSync(series, 'utf8').replace('- id: test-city-cases', '- id: test-city-renamed'));
    const organs = join(contentDir, 'organs.yaml');
    writeFileSync(organs, readFileSync(organs, 'utf8').replace('- id: test-county', '- id: test-county-renamed'));
    parsedSince();
    const result = buildContent(config, {});
    expect(result.validation.remembered).toBe(REMEMBERED.length);
    expect(parsedSince()).not.toContain('cases/published-case');
    const problems = result.problems.map((problem) => `${problem.file.split('/').slice(-2).join('/')} ${problem.field}`);
    expect(problems).toContain('cases/published-case.md series');
    // Entries issued by the renamed organ, remembered or not, name an organ that is gone.
    const issuedByCounty = [...REMEMBERED, ...ALWAYS_PARSED].filter((id) => /^organ: test-county$/m.test(readFileSync(entryPath(id), 'utf8')));
    expect(issuedByCounty.length).toBeGreaterThan(0);
    for (const id of issuedByCounty) expect(problems).toContain(`${id}.md organ`);
  });

  it('remembers nothing from a build with a problem', () => {
    const organs = join(contentDir, 'organs.yaml');
    writeFileSync(organs, readFileSync(organs, 'utf8').replace('- id: test-county', '- id: test-county-renamed'));
    const failed = buildContent(config, {});
    expect(failed.problems.length).toBeGreaterThan(0);
    failed.commitCaches();
    parsedSince();
    expect(buildContent(config, {}).validation.remembered).toBe(0);
  });

  it('writes only published entries, as published: no draft, withdrawn, closed-scope entry or internal note', () => {
    committedBuild();
    const cache = readFileSync(join(config.cacheDir, VALIDATION_CACHE_FILE), 'utf8');
    expect(cache).toContain('诗注标记竹影');
    for (const marker of ['草稿标记甲', '撤回标记乙', '过期标记丙', '草稿案例标记丁', '草稿故事标记戊', '内部标记庚', '内部回访标记白露', 'internalNote'])
      expect(cache, marker).not.toContain(marker);
  });

  it('keys every file by the code that checks it: a changed schema reads everything again', async () => {
    const { validationCodeFingerprint } = await import('../../src/content/validation-cache.ts');
    const project = (name: string, schema: string) => {
      const root = join(work, name);
      cpSync(join(ROOT, 'src/content'), join(root, 'src/content'), { recursive: true });
      writeFileSync(join(root, 'package-lock.json'), '{}');
      cpSync(join(ROOT, 'src/schemas'), join(root, 'src/schemas'), { recursive: true });
      writeFileSync(join(root, 'src/schemas/extra.ts'), schema);
      return validationCodeFingerprint(root);
    };
    const before = project('a', 'export const limit = 1;\n');
    expect(project('b', 'export const limit = 1;\n')).toBe(before);
    expect(project('c', 'export const limit = 2;\n')).not.toBe(before);
  });
});
