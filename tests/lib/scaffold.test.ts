import { describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../src/content/front-matter.ts';
import { ENTRY_SCHEMAS } from '../../src/content/validate.ts';
import { entryTemplate, nextInSeries } from '../../src/scaffold/templates.ts';
import type { CaseSeries } from '../../src/schemas/data.ts';
import { ENTRY_KINDS } from '../../src/schemas/vocabulary.ts';

const SERIES: CaseSeries[] = [
  {
    id: 'county-cases',
    issuer: 'some-county',
    title: '某县容错纠错典型案例',
    effect: '参考',
    effectNote: '供参考。',
    coIssuers: [],
    batches: [{ number: 1, date: '2025-04-18' }],
  },
  {
    id: 'city-cases',
    issuer: 'some-city',
    title: '某市容错纠错指导性案例',
    effect: '参照',
    effectNote: '参照执行。',
    coIssuers: [],
    batches: [
      { number: 1, date: '2024-06-28' },
      { number: 2, date: '2024-12-20' },
    ],
  },
];

describe('entry templates', () => {
  it.each(ENTRY_KINDS)('%s template parses, validates and starts as a draft', (kind) => {
    const source = entryTemplate(kind, '2026-11-22', 'some-city');
    const parsed = parseEntryFile(source);
    expect(parsed.error).toBeUndefined();
    const data = ENTRY_SCHEMAS[kind].parse(parsed.data);
    expect(data.status).toBe('draft');
    expect(data.organ).toBe('some-city');
  });

  it('a case template has the four required sections and says 要旨, never 裁判', () => {
    const source = entryTemplate('cases', '2026-11-22', 'x');
    for (const section of ['基本情况', '核查认定', '处理结果', '典型意义']) expect(source).toContain(`## ${section}`);
    expect(source).toContain('要旨');
    expect(source).not.toContain('裁判');
  });

  it('a new case takes the next number of its organ’s series, in the latest batch, issued by the series’ issuer', () => {
    const placement = nextInSeries(
      SERIES,
      [
        { series: 'city-cases', number: 3 },
        { series: 'city-cases', number: 7 },
        { series: 'county-cases', number: 9 },
      ],
      'some-city',
    );
    expect(placement).toEqual({ series: 'city-cases', issuer: 'some-city', number: 8, batch: 2, date: '2024-12-20' });
    const data = ENTRY_SCHEMAS.cases.parse(parseEntryFile(entryTemplate('cases', '2026-11-22', 'some-city', placement)).data);
    expect([data.series, data.number, data.batch, data.date, data.organ]).toEqual(['city-cases', 8, 2, '2024-12-20', 'some-city']);
  });

  it('an organ without a series of its own gets the first series, and its issuer', () => {
    expect(nextInSeries(SERIES, [], 'a-town')).toMatchObject({ series: 'county-cases', issuer: 'some-county', number: 1 });
    expect(nextInSeries([], [], 'a-town')).toBeUndefined();
  });
});
