/**
 * Chinese UI strings of the privacy gate, kept in one place so the report, the CLI and the
 * build integration say the same thing in the same words.
 */
import type { FindingKind } from '../privacy/types.ts';

/** Human label for each kind, printed before the English kind in every report line. */
export const FINDING_KIND_LABELS: Readonly<Record<FindingKind, string>> = {
  'id-card': '身份证号码',
  mobile: '手机号码',
  landline: '固定电话',
  email: '电子邮箱',
  'bank-card': '银行卡号',
  plate: '车牌号码',
  address: '详细住址',
  qq: 'QQ号',
  wechat: '微信号',
  name: '个人姓名',
  reidentify: '可识别身份的单位和职务',
  denylist: '禁用名单姓名',
};

export const REPORT_CLEAN = '隐私检查通过：未发现个人信息。';

/** Where an output-check finding came from: the source entry and field. */
export const findingSource = (source: string) => `← 来源：${source}`;
/** The field of a finding that only the rendering produced (markup that splits or joins text). */
export const RENDERED_BODY = '正文经渲染后（HTML 标记拆开或拼接的文字）';
export const UNKNOWN_SOURCE = '模板或数据文件';

export const reportHeader = (count: number) => `隐私检查未通过：发现 ${count} 处疑似个人信息（摘录已打码）：`;

/** How to fix, in the order editors most often need it. */
export const REPORT_HINT = [
  '处理方法：',
  '  · 人名改用化名，如 李某、曹某某、张某甲、欧阳某；',
  '  · 确属公开人物（依法公开履职的公职人员、历史人物），把姓名写入该条目的 publicNames；',
  '  · 被误认为人名的普通词语或地名，经核实后写入该条目的 notNames（如 notNames: [宁海峰]）；',
  '  · 单位和职务会暴露身份的（reidentify），把单位写成“某县某局”“某镇某村”，或删去职务；',
  '  · 删除身份证号、手机和固定电话、电子邮箱、银行卡号、车牌号、门牌住址、QQ/微信号，确需联系方式的，改用 12388 等机关公开渠道。',
].join('\n');

export const DENYLIST_ENV = 'MINGJING_DENYLIST';

export const denylistMissing = (path: string) =>
  `环境变量 ${DENYLIST_ENV} 指向的禁用名单文件不存在或无法读取：${path}。请检查路径，或取消设置该变量。`;

/**
 * The issuer-aware re-identification finding (privacy/detectors/reidentify.ts), which says which
 * of the two fixes applies. Shown as the finding's excerpt: it names the unit and the post, which
 * are the organ's own data, never the person.
 */
export const ISSUER_REIDENTIFY = {
  issuerNamesUnit: (unit: string, post: string) =>
    `发布机关（落款和文号）已点明所驻单位“${unit}”，职务“${post}”在该单位只有一人或少数几人，“某”字隐藏不了身份：请把 subject.role 改为不指向具体个人的写法（如“某单位干部”“某部门工作人员”），或改以纪委监委本机关名义发布（organ 改为派出该组的纪委监委）`,
  hostIsTheUnit: (place: string, post: string) =>
    `本站由下级机关主办，转载上级机关通知时，职务中的“${place}”在本站读来就是本地，“${post}”只有一人或少数几人：请把 subject.role 改为不指向具体个人的写法，或由发布机关在其本机关网站发布、本站不转载（methods 去掉“网站”）`,
} as const;
