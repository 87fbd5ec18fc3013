import { describe, expect, it } from 'vitest';
import { hasFilters, pagefindFilters, readSearchState, writeSearchState, MAX_QUERY_LENGTH } from '../../src/search/url-state.ts';

describe('search state in the URL', () => {
  it('reads the query, filters and sort', () => {
    const state = readSearchState(new URLSearchParams('?q=%E5%9B%9E%E8%AE%BF&kind=澄清正名&year=2024&sort=date&unknown=x'));
    expect(state).toEqual({ q: '回访', filters: { kind: '澄清正名', year: '2024' }, sort: 'date' });
    expect(hasFilters(state)).toBe(true);
  });

  it('round-trips through the query string', () => {
    const state = { q: '乡村振兴', filters: { scenario: '乡村振兴', decision: '免予问责' }, sort: 'relevance' as const };
    const written = writeSearchState(state);
    expect(written).toBe(
      '?q=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4&scenario=%E4%B9%A1%E6%9D%91%E6%8C%AF%E5%85%B4&decision=%E5%85%8D%E4%BA%88%E9%97%AE%E8%B4%A3',
    );
    expect(readSearchState(new URLSearchParams(written))).toEqual(state);
  });

  it('writes nothing for the empty state and ignores blank values and a bad sort', () => {
    expect(writeSearchState({ q: '  ', filters: {}, sort: 'relevance' })).toBe('');
    expect(readSearchState(new URLSearchParams('q=&kind=&sort=random'))).toEqual({ q: '', filters: {}, sort: 'relevance' });
  });

  it('caps an over-long query', () => {
    expect(readSearchState(new URLSearchParams({ q: '字'.repeat(500) })).q.length).toBe(MAX_QUERY_LENGTH);
  });

  it('maps URL parameters to Pagefind’s Chinese filter keys', () => {
    expect(pagefindFilters({ kind: '容错纠错案例', region: '芸溪区', method: '会议' })).toEqual({
      类别: '容错纠错案例',
      地区: '芸溪区',
      澄清方式: '会议',
    });
  });
});
