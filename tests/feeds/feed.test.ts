/** The feed endpoint from mocked collections: the newest published entries, escaped, absolute URLs. */
import { describe, expect, it, vi } from 'vitest';
import { entry, mockedAstroContent } from '../helpers/astro-content.ts';

vi.mock('astro:content', () =>
  mockedAstroContent({
    clarifications: [
      entry('clarifications', 'n1', { title: '关于对李某的澄清 & 说明', date: '2024-05-01', organ: 'city', summary: '经核查<失实>。' }),
    ],
    cases: [entry('cases', 'c1', { title: '容错案例', date: '2024-06-01', organ: 'city', summary: '免予问责。' })],
    culture: [],
    organs: [entry('organs', 'city', { id: 'city', name: '某市纪委监委', shortName: '市纪委监委', level: '市', region: '某市' })],
  }),
);

const { GET } = await import('../../src/pages/feed.xml.ts');

describe('the feed endpoint', () => {
  it('lists published entries newest first, with escaped text and absolute links', async () => {
    const xml = await (await GET({} as never)).text();
    const titles = [...xml.matchAll(/<entry>\s*<title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['容错案例', '关于对李某的澄清 &amp; 说明']);
    expect(xml).toContain('<summary>经核查&lt;失实&gt;。</summary>');
    expect(xml).toMatch(/<link href="https?:\/\/[^"]+\/cases\/c1\/"\/>/);
    expect(xml).toContain('<author><name>某市纪委监委</name></author>');
  });
});
