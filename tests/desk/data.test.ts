/** Organs and series batches added from the desk: written only when the content stays valid. */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBatch, addOrgan } from '../../src/desk/data/index.ts';
import { readContentFolder } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';
import { PROJECT_ROOT } from './helpers.ts';

let root: string;
let contentDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-desk-data-'));
  contentDir = join(root, 'content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/site'), contentDir, { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const organ = { id: 'test-town', name: '测试镇纪委', shortName: '测试镇纪委', level: '乡镇', parent: 'test-county', region: '测试镇' };

describe('adding an organ', () => {
  it('appends it to organs.yaml, and the folder still validates', () => {
    const before = readFileSync(join(contentDir, 'organs.yaml'), 'utf8');
    expect(addOrgan(contentDir, root, organ).problems).toEqual([]);
    const after = readFileSync(join(contentDir, 'organs.yaml'), 'utf8');
    expect(after.startsWith(before.trimEnd())).toBe(true);
    const { content, problems } = validateContent(readContentFolder(contentDir, root));
    expect(problems).toEqual([]);
    expect(content.organs.find((item) => item.id === 'test-town')).toMatchObject({ parent: 'test-county', level: '乡镇' });
  });

  it('refuses a duplicate id, an unknown parent or a level outside the vocabulary, and writes nothing', () => {
    const before = readFileSync(join(contentDir, 'organs.yaml'), 'utf8');
    for (const bad of [
      { ...organ, id: 'test-city' },
      { ...organ, parent: 'nowhere' },
      { ...organ, level: '村' },
    ]) {
      const change = addOrgan(contentDir, root, bad);
      expect(change.problems.length).toBeGreaterThan(0);
      expect(change.problems[0]!.file).toBe('content/organs.yaml');
    }
    expect(readFileSync(join(contentDir, 'organs.yaml'), 'utf8')).toBe(before);
  });
});

describe('adding a batch', () => {
  it('gives the series its next number on the date, keeping the file as written', () => {
    const change = addBatch(contentDir, root, 'test-city-cases', '2026-06-30');
    expect(change.problems).toEqual([]);
    expect(change.number).toBe(3);
    const text = readFileSync(join(contentDir, 'series.yaml'), 'utf8');
    expect(text).toContain('    - number: 2\n      date: 2026-02-11\n    - number: 3\n      date: 2026-06-30');
    const { content } = validateContent(readContentFolder(contentDir, root));
    expect(content.series[0]!.batches.at(-1)).toEqual({ number: 3, date: '2026-06-30' });
  });

  it('refuses an impossible date and writes nothing', () => {
    const before = readFileSync(join(contentDir, 'series.yaml'), 'utf8');
    expect(addBatch(contentDir, root, 'test-city-cases', '2026-02-30').problems.length).toBeGreaterThan(0);
    expect(readFileSync(join(contentDir, 'series.yaml'), 'utf8')).toBe(before);
  });
});
