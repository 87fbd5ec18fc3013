/**
 * Re-identification: an alias beside a unit that is spelled out identifies the person anyway.
 * Every unit and alias here is invented.
 */
import { describe, expect, it } from 'vitest';
import { detectReidentification, generaliseReidentification, maskReidentification } from '../../src/privacy/detectors/reidentify.ts';
import { scanText } from '../../src/privacy/scan.ts';
import { valuesOf } from './helpers.ts';

describe('reidentify detector', () => {
  it.each([
    // a named unit below county level
    ['经查，云岙镇石塘村党支部书记李某在土地征收中', '云岙镇石塘村党支部书记李某'],
    ['澄江区桥东街道长宏社区主任陈某某违规发放福利', '澄江区桥东街道长宏社区主任陈某某'],
    ['梅岙乡中心小学校长钱某虚报冒领', '梅岙乡中心小学校长钱某'],
    ['翠岩小学总务主任何某在校服采购中', '翠岩小学总务主任何某'],
    ['芦湾村股份经济合作社社长冯某挪用', '芦湾村股份经济合作社社长冯某'],
    // a named unit with a post one person holds
    ['澄江区市场监管局副局长陈某某接受宴请', '澄江区市场监管局副局长陈某某'],
    ['漾川县自然资源和规划局局长孙某严重违纪', '漾川县自然资源和规划局局长孙某'],
    ['桐溪县人民医院骨科主任周某某长期收受', '桐溪县人民医院骨科主任周某某'],
    // the alias first
    ['李某系云岙镇石塘村党支部书记', '李某系云岙镇石塘村党支部书记'],
    // in a text that names the person by alias elsewhere
    ['反映你在云岙镇石塘村党支部书记任上优亲厚友。李某表示接受。', '云岙镇石塘村党支部书记'],
    // the subject's role in front matter
    ['subject:\n  alias: 李某\n  role: 云岙镇石塘村党支部书记\n', '云岙镇石塘村党支部书记'],
  ])('finds %s', (text, value) => {
    expect(valuesOf(detectReidentification(text))).toEqual([value]);
  });

  it.each([
    '某街道某村党支部书记李某',
    '某区某局副局长陈某某',
    '芸溪区某局副局长陈某某',
    '某乡中心小学校长钱某',
    '村党支部书记李某',
    '某乡某村原村委会主任王某，利用职务便利',
    '镇农业农村办公室主任李某',
    '区住房和城乡建设局科长冯某',
    '澄江区干部陈某',
    '芸溪区纪委监委收到实名举报，反映某街道某村党支部书记李某',
    '经村党委书记、市纪委书记审签，李某的问题澄清',
    '芸溪区纪委书记在会上讲话，李某作了表态发言',
    'role: 某街道某村党支部书记',
    '云岙镇石塘村开展人居环境整治',
  ])('ignores %s', (text) => {
    expect(detectReidentification(text)).toEqual([]);
  });

  it('masks the units’ own names, and generalises them for redaction', () => {
    expect(maskReidentification('云岙镇石塘村党支部书记李某')).toBe('**镇**村党支部书记李某');
    expect(maskReidentification('澄江区市场监管局副局长陈某某')).toBe('**区****局副局长陈某某');
    expect(generaliseReidentification('云岙镇石塘村党支部书记李某')).toBe('某镇某村党支部书记李某');
    expect(generaliseReidentification('澄江区市场监管局副局长陈某某')).toBe('某区某局副局长陈某某');
    expect(generaliseReidentification('李某系云岙镇石塘村党支部书记')).toBe('李某系某镇某村党支部书记');
  });

  it('reports as reidentify, located, with the masked excerpt', () => {
    expect(scanText('第一行\n经查，澄江区市场监管局副局长陈某某接受宴请', 'f')).toEqual([
      { file: 'f', line: 2, column: 4, kind: 'reidentify', excerpt: '**区****局副局长陈某某' },
    ]);
  });
});
