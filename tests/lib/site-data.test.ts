/**
 * Page-side data, tested without a build: the collections are mocked as the content loaders
 * would fill them (published entries only, verification records beside them).
 */
import { describe, expect, it, vi } from 'vitest';
import { entry, mockedAstroContent } from '../helpers/astro-content.ts';

vi.mock('astro:content', () =>
  mockedAstroContent({
    clarifications: [
      entry('clarifications', 'b-notice', { title: '乙', date: '2024-05-01', organ: 'city' }),
      entry('clarifications', 'a-notice', { title: '甲', date: '2024-05-01', organ: 'city' }),
      entry('clarifications', 'old-notice', { title: '旧', date: '2023-01-01', organ: 'county' }),
    ],
    cases: [entry('cases', 'a-case', { title: '案', date: '2024-06-01', organ: 'county' })],
    culture: [entry('culture', 'a-poem', { title: '诗', date: '2022-01-01', organ: 'city' })],
    organs: [
      entry('organs', 'city', { id: 'city', name: '某市纪委监委', shortName: '市纪委监委', level: '市', region: '某市' }),
      entry('organs', 'county', {
        id: 'county',
        name: '某县纪委监委',
        shortName: '县纪委监委',
        level: '县',
        parent: 'city',
        region: '某县',
      }),
    ],
    verifications: [
      entry('verifications', 'zzzz-0000', { code: 'ZZZZ-0000', organ: 'city', status: 'withdrawn' }),
      entry('verifications', 'aaaa-1111', { code: 'AAAA-1111', organ: 'city', status: 'published', entry: 'a-notice' }),
    ],
  }),
);

const data = await import('../../src/lib/page/site-data.ts');

describe('site data', () => {
  it('lists one kind newest first, ties broken by id', async () => {
    expect((await data.publishedOf('clarifications')).map((e) => e.id)).toEqual(['a-notice', 'b-notice', 'old-notice']);
  });

  it('merges every kind newest first', async () => {
    expect((await data.allPublished()).map((e) => e.id)).toEqual(['a-case', 'a-notice', 'b-notice', 'old-notice', 'a-poem']);
  });

  it('looks organs up by id and falls back to the id for an unknown one', async () => {
    expect((await data.organsById()).get('county')?.parent).toBe('city');
    expect(await data.organName('city')).toBe('某市纪委监委');
    expect(await data.organName('nowhere')).toBe('nowhere');
  });

  it('finds a published notice’s verification code, and none for a withdrawn one', async () => {
    expect(await data.verificationCodeOf('a-notice')).toBe('AAAA-1111');
    await expect(data.verificationCodeOf('b-notice')).rejects.toThrow('no verification record');
    expect((await data.verificationRecords()).map((r) => r.code)).toEqual(['AAAA-1111', 'ZZZZ-0000']);
  });
});
