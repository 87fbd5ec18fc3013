/**
 * Historical figures that integrity-culture material quotes (清官, poets, statesmen). They are not
 * personal data when the text is clearly about history: the detector skips them when a dynasty
 * mark or a historical word stands in the same sentence (privacy/detectors/name.ts).
 */
export const HISTORICAL_FIGURES: readonly string[] = [
  '包拯', '包公', '海瑞', '于谦', '范仲淹', '周敦颐', '林则徐', '郑板桥', '郑燮', '杨震', '司马光', '欧阳修',
  '苏轼', '苏东坡', '王安石', '文天祥', '岳飞', '陶渊明', '杜甫', '李白', '白居易', '诸葛亮', '孔子', '孟子',
  '曾国藩', '左宗棠', '张居正', '况钟', '于成龙', '陈瑸', '汤斌', '张伯行', '陆游', '辛弃疾', '屈原', '韩愈',
  '柳宗元', '魏征', '狄仁杰', '寇准', '赵抃', '吕蒙正', '范纯仁', '朱熹', '王阳明', '顾炎武', '黄宗羲', '戚继光',
  '史可法', '刘禹锡', '王冕', '郑玄', '孔融', '杨修', '羊续', '钟离意', '吴隐之', '胡质', '陶侃', '孟宗',
  '李商隐', '王维', '孟浩然', '杜牧', '李清照', '袁枚', '纪昀', '刘墉', '海刚峰', '焦裕禄', '孔繁森', '谷文昌',
];

const FIGURES: ReadonlySet<string> = new Set(HISTORICAL_FIGURES);

export const isHistoricalFigure = (name: string) => FIGURES.has(name);
