import { describe, expect, it } from 'vitest';
import { containsQuery, excerptAround, queryTerms, tidyIndexedText } from '../../src/search/match.ts';

const text = (parts: ReturnType<typeof excerptAround>) => parts.map((p) => p.text).join('');
const marks = (parts: ReturnType<typeof excerptAround>) => parts.filter((p) => p.mark).map((p) => p.text);

describe('containsQuery: the look-alike filter', () => {
  it('keeps a hit that contains the query', () => {
    expect(containsQuery('经征得本人同意，现对上述问题予以澄清。', '澄清')).toBe(true);
    expect(containsQuery('某村党支部书记李某', '李某')).toBe(true);
  });

  it('drops a hit that holds the segmented words apart (乡村 … 振兴)', () => {
    expect(containsQuery('推进乡村建设，助力经济振兴', '乡村振兴')).toBe(false);
    expect(containsQuery('全面推进乡村振兴', '乡村振兴')).toBe(true);
  });

  it('drops a hit that only shares a prefix or a character with the query', () => {
    expect(containsQuery('火灾隐患排查', '火星')).toBe(false);
    expect(containsQuery('数据计算口径', '量子计算')).toBe(false);
  });

  it('ignores whitespace Pagefind puts between elements, and in the query', () => {
    expect(containsQuery('回 访\n记录', '回访')).toBe(true);
    expect(containsQuery('澄清回访', ' 澄清 ')).toBe(true);
    expect(containsQuery('乡村\u200b振兴', '乡村振兴')).toBe(true);
  });

  it('requires every whitespace-separated term', () => {
    expect(containsQuery('李某表示顾虑已经打消。回访时……', '李某 回访')).toBe(true);
    expect(containsQuery('李某表示顾虑已经打消。', '李某 回访')).toBe(false);
  });

  it('treats full- and half-width letters and digits alike, and Latin case', () => {
    expect(containsQuery('拨打１２３８８举报', '12388')).toBe(true);
    expect(containsQuery('拨打12388举报', '１２３８８')).toBe(true);
    expect(containsQuery('QQ 群', 'qq')).toBe(true);
  });

  it('matches nothing for an empty query, and treats regex characters literally', () => {
    expect(containsQuery('任何内容', '   ')).toBe(false);
    expect(containsQuery('a.b', '.*')).toBe(false);
    expect(containsQuery('明纪澄〔2024〕3号', '〔2024〕')).toBe(true);
  });
});

describe('queryTerms', () => {
  it('splits on any whitespace, including the ideographic space', () => {
    expect(queryTerms(' 李某\u3000回访  ')).toEqual(['李某', '回访']);
  });
});

describe('excerptAround', () => {
  const long = `${'甲'.repeat(100)}经核查，该问题失实。${'乙'.repeat(100)}`;

  it('centres a window of about the requested length on the first match and marks it', () => {
    const parts = excerptAround(long, '失实', 40);
    expect(marks(parts)).toEqual(['失实']);
    expect(text(parts).startsWith('…')).toBe(true);
    expect(text(parts).endsWith('…')).toBe(true);
    expect(text(parts).replaceAll('…', '').length).toBe(40);
  });

  it('marks every occurrence of every term inside the window', () => {
    expect(marks(excerptAround('李某回访。再次回访李某。', '李某 回访', 80))).toEqual(['李某', '回访', '回访', '李某']);
  });

  it('keeps Chinese punctuation as written and tidies Pagefind block boundaries', () => {
    expect(text(excerptAround('2024年11月5日. 澄清回访. 谈心谈话，了解情况', '回访', 80))).toBe(
      '2024年11月5日。澄清回访。谈心谈话，了解情况',
    );
  });

  it('starts at the beginning when there is no query (browsing by filters)', () => {
    expect(text(excerptAround(long, '', 10))).toBe(`${'甲'.repeat(10)}…`);
  });

  it('never cuts a match in half at the window edge', () => {
    const parts = excerptAround(`${'甲'.repeat(50)}乡村振兴${'乙'.repeat(50)}`, '乡村振兴', 3);
    expect(marks(parts)).toEqual(['乡村振兴']);
  });
});

describe('tidyIndexedText', () => {
  it('drops the zero-width spaces Pagefind puts between segmented words', () => {
    expect(tidyIndexedText('测试\u200b容错\u200b案例')).toBe('测试容错案例');
  });

  it('leaves Latin sentences alone', () => {
    expect(tidyIndexedText('Version 1. Next')).toBe('Version 1. Next');
  });
});
