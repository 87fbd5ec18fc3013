/**
 * The name detector finds full names wherever they stand. Every name here is invented; none is
 * taken from the source reports.
 */
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../src/privacy/detectors/name.ts';
import { maskValue } from '../../src/privacy/mask.ts';
import { scanText } from '../../src/privacy/scan.ts';
import { valuesOf } from './helpers.ts';

describe('name detector: names anywhere in a text', () => {
  it.each([
    // opening a sentence, with a verb after it
    ['褚文彧多次到镇政府反映征地补偿问题', ['褚文彧']],
    ['宁海峰称其并不知情。', ['宁海峰']],
    // in a list after 、 and with a count after it
    ['参加会议的有张伟、刘秀梅、王芳三人', ['张伟', '刘秀梅', '王芳']],
    // in quotes
    ['落款为“上官翀”的举报信', ['上官翀']],
    // in a Markdown table cell
    ['| 郑国梁 | 村民 | 反映低保评审不公 |', ['郑国梁']],
    // after kinship words
    ['其妻亓秀梅在某局工作', ['亓秀梅']],
    ['其父訾长贵系退休教师', ['訾长贵']],
    ['系该村村民范德胜之子范俊杰', ['范德胜', '范俊杰']],
    // after 信访人, 申请人, 联系人, 签名
    ['信访人仉建平称', ['仉建平']],
    ['申请人：褚丽娟，女，1975年出生', ['褚丽娟']],
    ['联系人邵振东', ['邵振东']],
    ['签名：汤国庆', ['汤国庆']],
    // with 书记, 同志, 女士 after it
    ['陈晓峰书记指出', ['陈晓峰']],
    ['请韩立新同志到会说明', ['韩立新']],
    ['喻婉清女士提出', ['喻婉清']],
    // compound and rare surnames, rare given-name characters
    ['欧阳振华同志已按期整改', ['欧阳振华']],
    ['司徒昶在会上发言', ['司徒昶']],
    ['经查，亓玥未参与评审', ['亓玥']],
    // titles before, group words before
    ['村民蒋建华到场', ['蒋建华']],
    ['副主任刘芳介绍', ['刘芳']],
    ['刘芳副主任介绍', ['刘芳']],
    ['县委书记王建国出席', ['王建国']],
    // a hard line wrap inside a signature block
    ['举报人：葛明远\n2024年3月5日', ['葛明远']],
  ])('finds %s', (text, names) => {
    expect(valuesOf(detectNames(text))).toEqual(names);
  });

  it.each([
    // ordinary words and places that begin with a surname character
    '高明的做法值得推广',
    '江山市、方正县和金华的干部参加培训',
    '考虑周全，常年坚持',
    '向镇纪委反映问题',
    '黄金周期间开展安全生产检查',
    '全面从严治党，明确要求各级党组织严格落实',
    '对于谦虚谨慎的干部，要关心关爱',
    '经征得本人同意，现予以澄清',
    '强台风来袭前紧急采购防汛物资',
    '从春节收下一张购物卡开始',
    '衙斋卧听萧萧竹，疑是民间疾苦声',
    '云溪“清白传家”家训十则',
    '| 2021年纳入 | 低保户 |',
    // aliases, surname + title, forms of address
    '李某',
    '曹某某',
    '张某甲',
    '欧阳某',
    '被举报人李某',
    '其妻王某某',
    '张书记',
    '王主任和李局长',
    '林先生高兴地说',
    '王书记和李主任参加了会议',
    // posts and groups without a person
    '党支部书记',
    '潆州市纪委书记',
    '纪检监察干部',
    '村（社区）干部',
    '年轻干部',
    '群众冷暖',
    '干部能力培养',
    // historical figures in a historical sentence, authors after a dynasty mark
    '（明）于谦',
    '〔宋〕包拯',
    '明代于谦《石灰吟》',
    '北宋名臣范仲淹先忧后乐',
    '清官海瑞的故事传为佳话',
    // 文号 prefixes
    '明纪澄〔2024〕5号',
  ])('ignores %s', (text) => {
    expect(valuesOf(detectNames(text))).toEqual([]);
  });
});

describe('name findings through scanText', () => {
  it('masks a name to its surname plus one star per other character', () => {
    const [finding] = scanText('褚文彧多次到镇政府反映', 'f');
    expect(finding?.excerpt).toBe('褚**');
    expect(maskValue('name', '欧阳振华')).toBe('欧阳**');
    expect(maskValue('name', '上官翀')).toBe('上官*');
  });

  it('does not report a name listed in publicNames, and reports it otherwise', () => {
    expect(scanText('县委书记王建国出席', 'f', { publicNames: ['王建国'] })).toEqual([]);
    expect(scanText('县委书记王建国出席', 'f')).toHaveLength(1);
  });

  it('does not report a word the entry confirms is not a name (notNames)', () => {
    expect(scanText('宁海峰称其并不知情。', 'f', { notNames: ['宁海峰'] })).toEqual([]);
    expect(scanText('宁海峰称其并不知情。', 'f')).toHaveLength(1);
  });

  it('notNames silence only the name detector, never a number or the deny-list', () => {
    expect(scanText('宁海峰 13812345678', 'f', { notNames: ['宁海峰', '13812345678'] }).map((f) => f.kind)).toEqual(['mobile']);
    expect(scanText('宁海峰', 'f', { notNames: ['宁海峰'], denylist: ['宁海峰'] }).map((f) => f.kind)).toEqual(['denylist']);
  });

  it('does not report 习近平 in set phrases', () => {
    expect(scanText('以习近平同志为核心的党中央', 'f')).toEqual([]);
  });

  it('finds a name split by a hard line wrap', () => {
    expect(scanText('被举报人王\n建国在会上', 'f').map((f) => [f.kind, f.line, f.column])).toEqual([['name', 1, 5]]);
  });
});
