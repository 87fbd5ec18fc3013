import { describe, expect, it } from 'vitest';
import { relatedCases } from '../../src/cases/related.ts';

const kase = (id: string, scenario: string, keywords: string[], date = '2024-01-01', decision = '免予问责') => ({
  id,
  data: { scenario, keywords, date, decision },
});

describe('relatedCases', () => {
  const all = [
    kase('self', '突发事件处置', ['应急', '采购']),
    kase('same-scenario', '突发事件处置', ['台风']),
    kase('two-keywords', '改革创新', ['应急', '采购']),
    kase('one-keyword', '改革创新', ['采购'], '2024-05-01'),
    kase('nothing', '程序瑕疵', ['征地']),
  ];

  it('ranks by shared scenario, then shared keywords, and leaves out unrelated cases', () => {
    expect(relatedCases(all[0]!, all, 5).map((c) => c.id)).toEqual(['same-scenario', 'two-keywords', 'one-keyword']);
  });

  it('never lists the case itself, and keeps to the limit', () => {
    expect(relatedCases(all[0]!, all, 1).map((c) => c.id)).toEqual(['same-scenario']);
  });
});
