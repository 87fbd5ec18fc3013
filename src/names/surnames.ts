/**
 * Chinese surnames: the bottom of the name rules (ARCHITECTURE.md, "Layers"). The schemas use
 * them to tell an alias from a full name, the privacy gate to find names anywhere in a text.
 * Nothing here imports anything of ours.
 */

/** Compound surnames are matched first, so 欧阳某 reads as 欧阳 + 某, not 欧 + 阳某. */
export const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '令狐',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '百里',
  '呼延',
  '澹台',
  '公冶',
  '太叔',
  '申屠',
  '闻人',
  '濮阳',
  '单于',
  '钟离',
  '宗政',
  '万俟',
  '拓跋',
  '司空',
  '左丘',
  '第五',
  '东郭',
  '公羊',
  '赫连',
  '乐正',
  '壤驷',
  '谷梁',
  '段干',
  '漆雕',
  '巫马',
  '子车',
  '颛孙',
  '仲孙',
  '鲜于',
  // Compound surnames in current use (issue 19: 闾丘 was missing).
  '闾丘',
  '东门',
  '公良',
  '梁丘',
  '羊舌',
  '微生',
  '南门',
  '西乡',
] as const;

/**
 * Single-character surnames: the 百家姓, plus rarer ones found in household registers
 * (仉, 亓, 訾, 禤, 麴, 厍, 郇, 綦 …). A missing surname means a missed name, so the list errs
 * on the side of length; ordinary words that start with one are told apart in privacy/.
 */
export const SINGLE_SURNAMES = [
  ...'赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍却璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公仉督岳帅缑亢况郈有琴归海晋楚闫法汝鄢涂钦商牟佘佴伯赏墨哈谯笪年爱阳佟言福亓付肖',
  ...'禤麴郇綦邸粟邝冼覃揭菅隋苟卿谌练敬母兰眭渠茆庹修骞蹇朴琚泮遆檀折续战代迟栗淡漆矫鲜郄佀冮缐芦荔旷银仝官羌寇雒',
  // Surnames in common use that older lists lacked (issue 19): 俎, 操, 镡, 逢, 楼 …
  ...'俎操镡逢奉粘隽楼麦鹿',
] as const;

const COMPOUND_SET: ReadonlySet<string> = new Set(COMPOUND_SURNAMES);
const SINGLE_SET: ReadonlySet<string> = new Set(SINGLE_SURNAMES);

/** The surname a string starts with, preferring a compound surname; '' when none. */
export function leadingSurname(value: string): string {
  const two = value.slice(0, 2);
  if (COMPOUND_SET.has(two)) return two;
  const one = value.slice(0, 1);
  return SINGLE_SET.has(one) ? one : '';
}

export function isSurname(value: string): boolean {
  return COMPOUND_SET.has(value) || SINGLE_SET.has(value);
}

export function isCompoundSurname(value: string): boolean {
  return COMPOUND_SET.has(value);
}

export function isSingleSurname(value: string): boolean {
  return SINGLE_SET.has(value);
}
