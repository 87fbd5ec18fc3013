import { describe, expect, it } from 'vitest';
import { detectNames, looksLikeFullName } from '../../src/privacy/detectors/name.ts';
import { scanText } from '../../src/privacy/scan.ts';
import { valuesOf } from './helpers.ts';

describe('name detector: full names in a personal context', () => {
  it.each([
    ['被举报人王建国在会上', '王建国'],
    ['当事人：李振华表示', '李振华'],
    ['被反映人 陈晓东', '陈晓东'],
    ['张伟书记表示', '张伟'],
    ['村党支部书记张伟说', '张伟'],
    ['王建国同志', '王建国'],
    ['李明法官审理', '李明'],
    ['民警赵志强到场', '赵志强'],
    ['欧阳振华同志', '欧阳振华'],
    ['被举报人司马光明', '司马光明'],
    ['副主任刘芳介绍', '刘芳'],
    ['刘芳副主任介绍', '刘芳'],
    ['村干部白晓东', '白晓东'],
    ['对象为孙丽娟', '孙丽娟'],
    ['被举报人系王建国', '王建国'],
    ['澄清对象孙丽娟', '孙丽娟'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectNames(text))).toEqual([value]);
  });

  it('finds a name split by a hard line wrap', () => {
    expect(scanText('被举报人王\n建国在会上', 'f').map((f) => [f.kind, f.line, f.column])).toEqual([['name', 1, 5]]);
  });

  it.each([
    '李某', '曹某某', '张某甲', '欧阳某', '被举报人李某', '当事人曹某某', '被反映人张某甲', '书记欧阳某',
    '党支部书记', '村党委书记', '明州市纪委书记', '某街道党工委书记', '纪检监察干部', '村（社区）干部',
    '基层干部', '年轻干部', '县管干部', '市管干部', '党员干部', '受处分干部解心结', '干部能力培养',
    '干部全方位管理', '群众冷暖', '居民林先生', '居委会主任', '办公室主任', '习近平总书记', '总书记',
    '（明）于谦', '〔宋〕包拯', '明代于谦', '唐代 白居易', '明·于谦《石灰吟》', '张书记', '王主任',
    '对象从市管干部延伸', '书记带头', '书记和大家', '书记江湖', '书记贺信', '书记高度重视', '主任应当',
    '四级主任科员', '会计师事务所', '委员会主任', '书记主任一肩挑', '居民区书记', '主任会议', '干部队伍', '同志们', '负责同志', '广大同志',
  ])('ignores %s', (text) => {
    expect(detectNames(text)).toEqual([]);
  });

  it('does not flag an author named after a dynasty mark even beside a title word', () => {
    expect(detectNames('（明）于谦同志')).toEqual([]);
    expect(detectNames('〔宋〕包拯同志')).toEqual([]);
  });

  it('treats everyday words and aliases as non-names', () => {
    expect(looksLikeFullName('王建国')).toBe(true);
    expect(looksLikeFullName('年轻')).toBe(false);
    expect(looksLikeFullName('李某某')).toBe(false);
    expect(looksLikeFullName('能力培')).toBe(false);
  });
});

describe('name detector through scanText: publicNames', () => {
  it('does not report a name listed in publicNames', () => {
    expect(scanText('县委书记王建国出席', 'f', { publicNames: ['王建国'] })).toEqual([]);
    expect(scanText('县委书记王建国出席', 'f')).toHaveLength(1);
  });

  it('does not report 习近平 in set phrases', () => {
    expect(scanText('以习近平同志为核心的党中央', 'f')).toEqual([]);
  });
});
