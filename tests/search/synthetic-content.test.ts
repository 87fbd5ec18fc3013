import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateSyntheticContent } from '../../src/bench/synthetic-content.ts';
import { loadSiteConfig } from '../../src/lib/node/config.ts';
import { buildContent } from '../../src/content/pipeline.ts';

const work = mkdtempSync(join(tmpdir(), 'mingjing-synthetic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('generateSyntheticContent', () => {
  it('writes valid, privacy-clean content of the requested size', async () => {
    const dir = join(work, 'content');
    const summary = await generateSyntheticContent(dir, 300, 7);
    expect(summary.entries.clarifications + summary.entries.cases + summary.entries.culture).toBe(300);
    expect(Object.values(summary.entries).every((n) => n > 0)).toBe(true);
    const config = loadSiteConfig(
      { MINGJING_CONTENT_DIR: dir, MINGJING_NOW: '2026-11-01', MINGJING_HOST_ORGAN: 'synth-city' },
      join(import.meta.dirname, '../..'),
    );
    const { model, problems, findings, counts } = buildContent(config, {});
    expect(problems).toEqual([]);
    expect(findings).toEqual([]);
    expect(Object.values(counts).reduce((n, byStatus) => n + Object.values(byStatus).reduce((a, b) => a + b, 0), 0)).toBe(300);
    expect(model.published.length).toBeGreaterThan(200);
  });

  it('is deterministic for a seed and varies with it', async () => {
    const read = (dir: string) =>
      readdirSync(join(dir, 'cases'))
        .map((file) => readFileSync(join(dir, 'cases', file), 'utf8'))
        .join('');
    await generateSyntheticContent(join(work, 'a'), 40, 3);
    await generateSyntheticContent(join(work, 'b'), 40, 3);
    await generateSyntheticContent(join(work, 'c'), 40, 4);
    expect(read(join(work, 'a'))).toBe(read(join(work, 'b')));
    expect(read(join(work, 'a'))).not.toBe(read(join(work, 'c')));
  });
});
