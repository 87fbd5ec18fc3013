/**
 * The name detector finds full names wherever they stand. Every name here is invented; none is
 * taken from the source reports.
 */
import { describe, expect, it } from 'vitest';
import { detectNames } from '../../src/privacy/detectors/name.ts';
import { maskValue } from '../../src/privacy/mask.ts';
import { collectMatches } from '../../src/privacy/matches.ts';
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

/**
 * The patterns of real prose (issue 19). The text goes through collectMatches, as in the gate, so
 * full-width punctuation arrives folded the way every detector sees it.
 */
describe('name detector: names in the patterns of real prose', () => {
  const names = (text: string) =>
    collectMatches(text)
      .filter((m) => m.kind === 'name')
      .map((m) => m.value);

  it.each([
    // bylines and credits
    ['（记者郁晓岚 通讯员柏立）本报讯', ['郁晓岚', '柏立']],
    ['村民在广场上排练节目。（蔺雯 摄）', ['蔺雯']],
    ['工作人员在清理河道。邝锐摄', ['邝锐']],
    ['志愿者为老人理发。（栾昊/图）', ['栾昊']],
    ['作者：俎文博\n来源：区纪委监委', ['俎文博']],
    ['责任编辑：宓岚  审核：覃一鸣', ['宓岚', '覃一鸣']],
    ['本报记者 眭晨\n清晨的村口', ['眭晨']],
    ['让好家风代代相传/郦婧 缑涛\n村子地处山区', ['郦婧', '缑涛']],
    ['图为綦峰（右一）在田间查看灌溉设施。', ['綦峰']],
    ['郜群(右)、裴立新(中)在田间查看长势。', ['郜群', '裴立新']],
    ['训练结束。  冼德摄(人民视觉)', ['冼德']],
    // a post or title before the name
    ['党委书记佘亮对此深有感触', ['佘亮']],
    ['纪检监察组组长昝伟到现场督导', ['昝伟']],
    ['消防员操斌第一个冲进浓烟', ['操斌']],
    ['中国工程院院士闾丘建国作报告', ['闾丘建国']],
    ['网格员钱斌全力以赴投入救援', ['钱斌']],
    ['被村民称为“带头人”的村书记——郗立同。', ['郗立同']],
    // the name before a verb, opening a clause
    ['“这件事必须查清楚。”田华表示。', ['田华']],
    ['由于经验丰富，朱洋在演练中负责组织协调。', ['朱洋']],
    ['这次驻训，周飞操心的事可不少。', ['周飞']],
    ['镡立群把名下的承包地流转给了合作社。', ['镡立群']],
    // lists, with 、 and with spaces
    ['市领导甘立、闵浩、韩宇昊出席。', ['甘立', '闵浩', '韩宇昊']],
    ['摄影：苗青 左涛 逢佳', ['苗青', '左涛', '逢佳']],
    // a space or a middle dot inside the name
    ['记者 祁 晖 报道', ['祁 晖']],
    ['（冯·喆 摄）', ['冯·喆']],
    ['区教育局干部冯·喆说，心里踏实多了。', ['冯·喆']],
    ['责任编辑：祁\u3000晖', ['祁 晖']],
    // a unit word after the name
    ['蒋文涛所在街道党工委第一时间召开会议', ['蒋文涛']],
    ['戴平所在村的党支部为他出具了证明', ['戴平']],
    // a name that is also a word, after a cue
    ['被举报人马力所反映的问题经核查不属实。', ['马力']],
    // a person named once is named again
    ['消防员祁岚正在训练。18年来，祁岚参与过多次救援。', ['祁岚', '祁岚']],
  ])('finds %s', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // look-alikes of bylines, posts and verbs
    '记者从县市场监管局获悉，整治取得新进展。',
    '本报记者近日走进青溪镇。',
    '消防员们在白沙村开展应急演练。',
    '党委书记要履行第一责任人职责。',
    '这就是我们的书记——一个把群众放在心上的人。',
    '高明区把基层减负纳入年度考核。',
    '古荔树下，村民们围坐在一起。',
    '江河奔涌，田野金黄，华夏大地处处是丰收景象。',
    // slogans and set phrases
    '以廉为荣，以贪为耻。',
    '形成以清为美、以廉为荣的社会风尚。',
    '为“组合拳”  宁波为干事创业者撑腰',
    '缅怀先烈、关爱烈属的浓厚氛围',
    // a conjunction before an alias
    '核查组约谈了韦某，并和韦某一起核对了账目。',
    // foreign names with a dot, and spaced-out characters
    '列夫·托尔斯泰的小说在图书角很受欢迎。',
    '马克·吐温说过的一句话被写在墙上。',
    '“清 廉 家 风”四个大字格外醒目。',
    '白沙村 石塘村 南湾村',
    // 楼 is a surname, and a building; words that are verbs after a cue
    '他把家安在一栋普通居民楼里。',
    '向当事人宣布问责决定。',
    '与一方当事人代理律师私下接触。',
    // a heading of the page, not a credit (通知正文 is no 通知正 + 文)
    '该问题失实。      通知正文   近期，某街道纪工委收到反映。',
    // 文言: no clause subject
    '噫！菊之爱，陶后鲜有闻。',
  ])('ignores %s', (text) => {
    expect(names(text)).toEqual([]);
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
