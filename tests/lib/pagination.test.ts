import { describe, expect, it } from 'vitest';
import { paginate } from '../../src/lib/shared/pagination.ts';

describe('paginate', () => {
  it('splits a list into numbered pages, page 1 first', () => {
    const pages = paginate(['a', 'b', 'c', 'd', 'e'], 2);
    expect(pages.map((p) => p.items)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(pages.map((p) => [p.page, p.totalPages, p.total])).toEqual([
      [1, 3, 5],
      [2, 3, 5],
      [3, 3, 5],
    ]);
  });

  it('gives an empty list one empty page, so the list page still exists', () => {
    expect(paginate([], 10)).toEqual([{ page: 1, totalPages: 1, items: [], total: 0 }]);
  });
});
