/**
 * Full personal names in a personal context. A surname list alone would flag half of every
 * sentence (高度, 全面, 党建 all start with a surname character), so a name is reported only when
 *   1. a role or context word stands right next to it — 被举报人王建国, 当事人：李振华, 书记张伟,
 *      张伟书记, 王建国同志, 李明法官 — and
 *   2. it is surname (compound first: 欧阳, 司马 …) + one or two characters that are common in
 *      given names, and not an everyday word (年轻, 廉洁, 国家 …).
 * Organ and place names before a title (党支部书记, 明州市纪委书记, 村（社区）干部, 年轻干部)
 * fail test 2, anonymised aliases (李某, 张某甲) fail it by design, and author mentions after a
 * dynasty mark (（明）于谦, 〔宋〕包拯, 唐代 XX) are skipped. What this misses is stated plainly:
 * names with rare given-name characters, names with no context word, and surname + title
 * references (张书记), which name no one in full.
 */
import { COMPOUND_SURNAMES, SINGLE_SURNAMES, isAnonymizedPersonAlias, leadingSurname } from '../../lib/chinese-names.ts';
import type { RawMatch } from '../types.ts';

/**
 * Characters common in given names. A whitelist, not a blacklist, because the context words sit
 * next to organ names and ordinary words far more often than next to names.
 */
export const GIVEN_NAME_CHARS: ReadonlySet<string> = new Set([
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国文辉力鹏飞斌宇浩凯健俊帆帅旭宁龙林波峰志成东海亮新春梅琳雪晶燕婷颖倩慧莉佳欣怡悦瑶婧璐琪晨阳毅鑫宏永振庆德福贵祥荣生发忠诚信义礼仁智勤金银铁钢锋锦鸿博睿哲思嘉泽涵轩航昊然子晓少天云山江河湖川松柏竹兵民安泰康乐喜兴旺盛昌隆富达顺进先光耀彬杉楠梓桐柳菊莲荷芬芝蓉菲萌蕾薇青清淑贤惠珍珠琴瑜瑛璇环凤鹤鹰雁虎彪豪雄武威坤乾正立树森岩石培基坚城均增垚亚欧美爱友朋晖暖昕晴曦星月辰秋冬夏彩艺娇媛姣妍婉嫣姗娅婕茹菁莹蓓馨香恒恩愉玲珊琦瑞璟琛瑾玮珂宜宛宸家宝宗守实容寿尧舜禹',
  ...'彦晗逸凡骏驰腾跃鸣笛歌舒雅静娴婵娥媚姿丹桦槐梁栋楷模桥栋泉源溪波涌澜涛沛洪浚淳渊滨潇潭漪溢涵灵炎煜熙烨焕然照燊斐璋瑶琼璞瑗珏琰玥珺琬琳璨灿晟昱晔晋景智暄旻昶晏晞煊炜熠堃坚圣培增墨壮奕奎娟婧嫱彤彩影徽德忠恺悦惠慈成戈振捷敬斌旭昂晨曜朗杰松林柯栋桓梓楠樱欢正武殷毓汉汐汝江沁沐泓泰洁浩涓淼渝湘滔漫潼澄澈瀚灏炯烁焱煦熹燕爽牧玄玮珑琨瑄璐璋甜申畅皓益盈睿瞻磊祺福禄禧秀程穆立竣童笑筠箐舟航良芃芊芮芯苗若英茂茜茵荃莉莎菡萱葳蓓蔚蕊蕙蕴薰藤虹蝶行衡裕觅言誉诗语谦豪贞贺赫超越路轩辉达迪远连逸道邦郁铭锐镇闯闻阔雨雯霖露靖韬韵顺颂馥驹骞鲲鸿鹏麒黎',
  ...'柱湛元兆克儒佩侠俐伦允冠凌初剑勋卓卿君启咏喆圆堂士奇妮娣嫦孝季宪寅崇嵩巍巧庭廷彰征忻忱怀恬悠惟懿扬承抒拓敦斯昆昭朝杭楚歆沧治泳洲济浪润淮深渠潮澍濠炬烈焰玖珩琅瓒甫登真知硕祎祖秉笙筱简粲素紫纲纶绍继绪维缨罡翊翔翰聪臻芸苑茗荔莺萃葵蔓融衍襄谊豫赞赟轶迅选逊遥野鉴钊钧锡镜阁隽霆霏靓颉颢飚骅魁鸥鹃麟黛鼎龄伶俊钰铖',
  ...'一二三小大',
]);

/** Everyday words and place names that a surname character plus a name character happen to spell. */
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  '年轻', '廉洁', '国家', '国有', '党建', '能力', '有力', '全力', '文明', '公正', '公平', '平安', '平和', '满意', '广大',
  '和平', '高明', '安康', '安宁', '高峰', '方正', '管理', '成立', '成功', '成长', '明确', '明显', '江山', '金华', '宁海',
  '平阳', '安吉', '长兴', '武义', '景宁', '松阳', '黄岩', '海宁', '平湖', '东阳', '浦江', '文成', '常山', '龙泉', '云和',
  '高新', '经济', '时间', '那里', '向上', '于是', '关心', '关爱', '和谐', '和美', '和顺', '明白', '明天', '白天', '冷静',
  '包容', '包括', '程序', '家庭', '家风', '家人', '家乡', '家长', '家属', '富民', '惠民', '安民', '利民', '爱民', '亲民',
  '常委', '常态', '诸多', '单位', '从严', '从轻', '从宽', '林业', '水利', '农业', '商业', '工业', '司法',
  '宁静', '红色', '清正', '文化', '文艺', '艺术', '武装', '班子', '时代', '时光', '时期', '明星', '明亮',
  '安全', '安心', '安排', '安置', '康乐', '乐观', '乐于', '喜欢', '喜爱', '欢乐', '海洋', '江河', '山林', '山川',
  '田园', '金钱', '金融', '钱财', '石化', '高校', '高度', '高效', '高兴', '高质', '宋代', '明代', '唐代', '元代',
  '清代', '汉代', '周年', '万元', '百姓', '诸位', '舒心', '暖心', '贴心', '真心', '良心', '初心', '信心', '恒心',
  '苗头', '严明', '严正', '严肃', '严格', '严实', '严谨', '谈心', '谈话', '任务', '任职', '任期', '任用', '任何',
  '成效', '成果', '成员', '成绩', '成为', '于心', '齐心', '同心', '关键', '向前', '邱陵', '水平', '水电', '车辆',
  '路线', '路上', '山区', '海上', '江边', '湖边', '金秋', '春节', '夏季', '秋季', '冬季', '春天', '秋天', '雷霆',
  '习惯', '能干', '干净', '强化', '强大', '幸福', '顾全', '公开', '公益', '公安', '公民', '公道', '公心', '公共',
  '应当', '经常', '经营', '计划', '解决', '通过', '相关', '后续', '查处', '查明', '查实', '言行', '福利', '爱心',
  '阳光', '富裕', '尚未', '农村', '温暖', '别人', '居民', '满足', '国企', '国土', '国资', '时刻', '计生',
  '党员', '党风', '党性', '党委', '党组', '纪委', '纪检', '纪律', '支部', '单独', '全面', '全体', '全部', '全县',
  '全市', '全区', '全镇', '全村', '全省', '全国', '全民', '全心', '全新', '全程', '井冈', '延安', '和睦', '有效', '冷暖', '江湖', '林立', '叶子', '贺信', '贺电', '祝福', '和大',
]);

/** Words after which the next characters are a person: 被举报人王建国, 当事人：李振华. */
const PERSON_CUES = [
  '被举报人', '被反映人', '被检举人', '被控告人', '被调查人', '被审查调查人', '被审查人', '被问责人', '被申诉人',
  '举报人', '检举人', '控告人', '反映人', '当事人', '申诉人', '犯罪嫌疑人', '嫌疑人', '被告人', '被告', '原告',
  '证人', '受害人', '对象', '姓名', '名叫',
];

/**
 * Group words that are followed by ordinary words (群众冷暖, 干部能力, 党员先锋) far more often
 * than by a name. After them only a three-character name (or a compound surname) counts, which
 * keeps 村民王建国 and drops 群众冷暖; 村民张伟 is the price.
 */
const WEAK_CUES = ['村民', '居民', '群众', '党员', '职工', '干部'];

/** Titles that may stand before (书记张伟) or after (张伟书记) a name. */
const TITLES = [
  '书记', '主任', '法官', '民警', '警官', '辅警', '检察官', '局长', '科长', '处长', '部长', '厅长', '县长', '市长',
  '区长', '镇长', '乡长', '村长', '主席', '组长', '队长', '站长', '所长', '院长', '校长', '经理', '会计', '出纳',
  '支书', '委员', '老师', '教师', '医生', '律师',
];

/** 同志, 先生, 女士 follow a name; before a name they do not occur. */
const TITLES_AFTER_NAME = ['同志', '先生', '女士', '师傅'];

const escape = (words: readonly string[]) =>
  [...words].sort((a, b) => b.length - a.length).join('|');

const TITLE_PREFIX = '(?:常务副|副|第一|代理|原|时任)?';
/** After a person cue the name may follow 为/是/系 (被举报人为王建国); after a title it may not (书记是…). */
const BEFORE_NAME = new RegExp(
  `(?:(?:${escape(PERSON_CUES)})[\\s:：]?(?:为|是|系)?|${TITLE_PREFIX}(?:${escape(TITLES)}))[\\s:：]?`,
  'g',
);
/** 干部 follows a category (年轻干部, 县管干部), so it is only a cue before a name, never after. */
const WEAK_BEFORE_NAME = new RegExp(`(?:${escape(WEAK_CUES)})[\\s:：]?`, 'g');
const AFTER_NAME = new RegExp(`\\s?${TITLE_PREFIX}(?:${escape([...TITLES, ...TITLES_AFTER_NAME])})`, 'g');

const DYNASTIES =
  '先秦|春秋|战国|秦|西汉|东汉|汉|三国|魏|蜀|吴|西晋|东晋|晋|南北朝|南朝|北朝|隋|唐|五代|北宋|南宋|宋|辽|金|元|明|清|近代|现代|当代|民国';
/** （明）于谦, 〔宋〕包拯, [唐], 明代于谦, 唐·白居易: an author line, not a person in a notice. */
const DYNASTY_MARK = new RegExp(
  `(?:[(（〔\\[【](?:${DYNASTIES})[)）〕\\]】]|(?:${DYNASTIES})(?:代|朝)|(?:${DYNASTIES})\\s?[·・])\\s?$`,
);

const COMPOUND = new Set<string>(COMPOUND_SURNAMES);
const SINGLE = new Set<string>(SINGLE_SURNAMES);

/** Forms of address that read like given names after a surname: 林先生 is no full name. */
const ADDRESS_FORMS: ReadonlySet<string> = new Set(['先生', '女士', '同志', '师傅', '老师', '小姐', '阿姨']);

/**
 * True when `value` reads as surname + one or two given-name characters and is not an
 * everyday word, wholly or in its first two characters (能力培养 is not 能力培 the person).
 */
export function looksLikeFullName(value: string): boolean {
  if (isAnonymizedPersonAlias(value)) return false;
  const surnameLength = COMPOUND.has(value.slice(0, 2)) ? 2 : SINGLE.has(value.slice(0, 1)) ? 1 : 0;
  if (surnameLength === 0) return false;
  const given = value.slice(surnameLength);
  if (given.length < 1 || given.length > 2) return false;
  if (NOT_A_NAME.has(value) || NOT_A_NAME.has(value.slice(0, surnameLength + 1))) return false;
  if (NOT_A_NAME.has(given) || ADDRESS_FORMS.has(given)) return false;
  return [...given].every((ch) => GIVEN_NAME_CHARS.has(ch));
}

function afterDynastyMark(text: string, start: number): boolean {
  return DYNASTY_MARK.test(text.slice(Math.max(0, start - 8), start));
}

/** The name starting at `start`, longest first: 王建国 before 王建. */
function nameAt(text: string, start: number, minLength = 2): string | undefined {
  const surname = leadingSurname(text.slice(start, start + 2));
  if (ADDRESS_FORMS.has(text.slice(start + surname.length, start + surname.length + 2))) return undefined;
  for (const length of [4, 3, 2].filter((n) => n >= minLength)) {
    const value = text.slice(start, start + length);
    if (value.length === length && looksLikeFullName(value)) return value;
  }
  return undefined;
}

/** The name ending at `end`, longest first, provided it does not start inside a longer word. */
function nameBefore(text: string, end: number): { start: number; value: string } | undefined {
  for (const length of [4, 3, 2]) {
    const start = end - length;
    if (start < 0) continue;
    const value = text.slice(start, end);
    if (looksLikeFullName(value)) return { start, value };
  }
  return undefined;
}

/** Full names next to a cue or title word, in both orders, minus dynasty-marked author mentions. */
export function detectNames(text: string): RawMatch[] {
  const matches: RawMatch[] = [];
  for (const cue of text.matchAll(BEFORE_NAME)) {
    const start = cue.index + cue[0].length;
    const value = nameAt(text, start);
    if (value && !afterDynastyMark(text, start)) {
      matches.push({ start, end: start + value.length, kind: 'name', value });
    }
  }
  for (const cue of text.matchAll(WEAK_BEFORE_NAME)) {
    const start = cue.index + cue[0].length;
    const value = nameAt(text, start, 3);
    if (value && !afterDynastyMark(text, start)) {
      matches.push({ start, end: start + value.length, kind: 'name', value });
    }
  }
  for (const title of text.matchAll(AFTER_NAME)) {
    const found = nameBefore(text, title.index);
    if (found && !afterDynastyMark(text, found.start)) {
      matches.push({ start: found.start, end: title.index, kind: 'name', value: found.value });
    }
  }
  return matches;
}
