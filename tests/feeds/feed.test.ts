/** Feed items from published entries, newest first and capped; what the sitemap leaves out. */
import { describe, expect, it } from 'vitest';
import { FEED_LENGTH, feedDate, feedItems, inSitemap } from '../../src/feeds/rss.ts';

const entry = (id: string, date: string, kind: 'clarifications' | 'cases' = 'cases') => ({
  kind,
  id,
  data: { title: `标题${id}`, date, summary: '摘要', organ: 'city', tags: ['标签'] },
});

describe('feedItems', () => {
  it('lists entries newest first with absolute links, the kind, the organ and the tags as categories', () => {
    const items = feedItems(
      [entry('a', '2024-01-02'), entry('b', '2025-03-04', 'clarifications')],
      (kind, id) => `https://x.test/${kind}/${id}/`,
      (kind) => kind.toUpperCase(),
      () => '某市纪委监委',
    );
    expect(items.map((i) => i.link)).toEqual(['https://x.test/clarifications/b/', 'https://x.test/cases/a/']);
    expect(items[0]!.categories).toEqual(['CLARIFICATIONS', '某市纪委监委', '标签']);
    expect(items[0]!.pubDate.toISOString()).toBe('2025-03-03T16:00:00.000Z');
  });

  it(`keeps the newest ${FEED_LENGTH}`, () => {
    const many = Array.from({ length: FEED_LENGTH + 5 }, (_, i) => entry(`e${i}`, `2024-01-${String((i % 28) + 1).padStart(2, '0')}`));
    expect(
      feedItems(
        many,
        () => 'x',
        () => 'k',
        () => 'o',
      ),
    ).toHaveLength(FEED_LENGTH);
    expect(feedDate('2024-06-01').getTime()).toBe(Date.parse('2024-05-31T16:00:00Z'));
  });
});

describe('inSitemap', () => {
  it('leaves out verification pages, print pages and the 404 page, at the root and under a base', () => {
    expect(inSitemap('https://x.test/cases/a/', '/')).toBe(true);
    expect(inSitemap('https://x.test/v/abcd-efgh/', '/')).toBe(false);
    expect(inSitemap('https://x.test/print/board/city/2025-05/', '/')).toBe(false);
    expect(inSitemap('https://x.test/404/', '/')).toBe(false);
    expect(inSitemap('https://x.test/sub/v/', '/sub/')).toBe(false);
    expect(inSitemap('https://x.test/sub/cases/', '/sub/')).toBe(true);
  });
});
