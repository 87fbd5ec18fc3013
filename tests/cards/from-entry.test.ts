/**
 * A case card says what kind of case it is by its series' effect: 指导性案例 (参照) or 典型案例
 * (参考), never 指导性案例 for both.
 */
import { describe, expect, it } from 'vitest';
import { cardInputsForSite } from '../../src/cards/from-entry.ts';
import type { ContentModel } from '../../src/content/model.ts';
import type { SiteConfig } from '../../src/lib/node/config.ts';

const series = (id: string, effect: '参照' | '参考') => ({
  id,
  issuer: 'city',
  title: id,
  effect,
  effectNote: '',
  coIssuers: [],
  batches: [],
});
const caseEntry = (id: string, seriesId: string) => ({
  kind: 'cases',
  id,
  body: '',
  data: {
    title: id,
    summary: '',
    date: '2025-01-01',
    organ: 'city',
    series: seriesId,
    number: 1,
    batch: 1,
    gist: '',
    decision: '免予问责',
  },
});
const model = {
  organs: [{ id: 'city', name: '某市纪委监委' }],
  verifications: [],
  series: [series('guiding', '参照'), series('typical', '参考')],
  published: [caseEntry('a', 'guiding'), caseEntry('b', 'typical')],
} as unknown as ContentModel;
const config = { siteName: '明镜', site: 'https://x.test', base: '/', hostOrgan: 'city' } as SiteConfig;

describe('case cards', () => {
  it('name a 参照 series’ case 指导性案例 and a 参考 series’ case 典型案例', () => {
    const inputs = cardInputsForSite(model, config, '');
    expect(inputs.find((input) => input.id === 'a')?.caseKind).toBe('指导性案例');
    expect(inputs.find((input) => input.id === 'b')?.caseKind).toBe('典型案例');
  });
});
