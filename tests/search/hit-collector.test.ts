import { describe, expect, it } from 'vitest';
import { HitCollector, searchableText } from '../../src/search/hit-collector.ts';

function results(texts: string[]) {
  const loaded: number[] = [];
  return {
    loaded,
    results: texts.map((content, index) => ({
      data: async () => {
        loaded.push(index);
        return { content, meta: { title: `标题${index}` } };
      },
    })),
  };
}

describe('HitCollector', () => {
  it('keeps only results whose text contains the query', async () => {
    const { results: all } = results(['乡村振兴示范', '乡村道路与经济振兴', '全面推进乡村振兴']);
    const collector = new HitCollector(all, '乡村振兴');
    await collector.collect(Infinity);
    expect(collector.hits.map((hit) => hit.content)).toEqual(['乡村振兴示范', '全面推进乡村振兴']);
    expect(collector.exhausted).toBe(true);
  });

  it('loads fragments a batch at a time, only as far as needed', async () => {
    const { results: all, loaded } = results(Array.from({ length: 30 }, () => '回访'));
    const collector = new HitCollector(all, '回访', 10);
    const first = await collector.collect(5);
    expect(first.length).toBe(10);
    expect(loaded.length).toBe(10);
    expect(collector.exhausted).toBe(false);
    await collector.collect(25);
    expect(loaded.length).toBe(30);
    expect(collector.exhausted).toBe(true);
  });

  it('accepts every result when browsing by filters (no query)', async () => {
    const { results: all } = results(['甲', '乙']);
    const collector = new HitCollector(all, '');
    await collector.collect(10);
    expect(collector.hits.length).toBe(2);
  });

  it('finds the query in the title as well as the body', async () => {
    expect(searchableText({ content: '正文', meta: { title: '关于李某的澄清' } })).toContain('李某');
  });
});
