/** On the sample site (`demo: true`) every card says so, through the site name every template prints. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardInputsForSite } from '../../src/cards/from-entry.ts';
import { buildContent } from '../../src/content/pipeline.ts';
import { loadSiteConfig } from '../../src/lib/node/config.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const env = { MINGJING_CONTENT_DIR: 'tests/fixtures/site', MINGJING_NOW: '2026-11-01', MINGJING_HOST_ORGAN: 'test-city' };

describe('the demo mark on cards', () => {
  it('marks every card of a demo site, and none of an organ’s site', () => {
    const demo = loadSiteConfig({ ...env, MINGJING_DEMO: '1' }, ROOT);
    const real = loadSiteConfig({ ...env, MINGJING_DEMO: '0' }, ROOT);
    const { model } = buildContent(demo, {});
    const marked = cardInputsForSite(model, demo, '');
    expect(marked.length).toBeGreaterThan(1);
    for (const input of marked) expect(input.siteName, `${input.kind}/${input.id}`).toBe(`${demo.siteName}·演示样例`);
    for (const input of cardInputsForSite(model, real, '')) expect(input.siteName).toBe(real.siteName);
  });
});
