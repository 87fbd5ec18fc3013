/**
 * Shared fixtures: a paragraph a staff member might paste, full of personal data, and a clean
 * institutional notice. `PERSONAL_ITEMS` lists every raw value with the kind it must be found as.
 */
import type { FindingKind } from '../../src/privacy/types.ts';

export const PERSONAL_PARAGRAPH = [
  '关于被举报人王建国有关问题的核查情况',
  '被举报人王建国，身份证号330206198001011230，手机+86 138 1234 5678，',
  '办公电话0574-87654321，邮箱wangjg1980@example.com，工资卡6222 0212 3456 7890 128。',
  '其名下车辆浙B·D12345，家住中山路123号5幢2单元301室。',
  '𠀀据反映，其QQ：12345678，微信号：wxid_abc123，曾与张伟书记多次联系。',
].join('\n');

export const PERSONAL_ITEMS: ReadonlyArray<{ kind: FindingKind; raw: string; line: number }> = [
  { kind: 'name', raw: '王建国', line: 1 },
  { kind: 'name', raw: '王建国', line: 2 },
  { kind: 'id-card', raw: '330206198001011230', line: 2 },
  { kind: 'mobile', raw: '+86 138 1234 5678', line: 2 },
  { kind: 'landline', raw: '0574-87654321', line: 3 },
  { kind: 'email', raw: 'wangjg1980@example.com', line: 3 },
  { kind: 'bank-card', raw: '6222 0212 3456 7890 128', line: 3 },
  { kind: 'plate', raw: '浙B·D12345', line: 4 },
  { kind: 'address', raw: '中山路123号5幢2单元301室', line: 4 },
  { kind: 'qq', raw: '12345678', line: 5 },
  { kind: 'wechat', raw: 'wxid_abc123', line: 5 },
  { kind: 'name', raw: '张伟', line: 5 },
];

/** The 1-based code-point column of `raw` in line `line` of `text`. */
export function columnOf(text: string, line: number, raw: string): number {
  const content = text.split('\n')[line - 1] ?? '';
  const at = content.indexOf(raw);
  if (at < 0) throw new Error(`fixture: ${raw} not on line ${line}`);
  return [...content.slice(0, at)].length + 1;
}

export const CLEAN_NOTICE = [
  '关于对某街道某村党支部书记李某有关问题的澄清正名通知',
  '芸纪澄〔2023〕12号',
  '',
  '2023年5月，潆州市纪委监委收到反映某街道某村党支部书记李某在征地拆迁中优亲厚友的信访举报。',
  '经核查，涉及120余户、补偿款3.5万元的有关问题均不属实。经村党委书记、潆州市纪委书记审签，',
  '现予以澄清正名。曹某某、张某甲、欧阳某所涉问题一并说明。2023年全市共澄清正名45人，回访98人次，占比12.5%。',
  '纪检监察干部、村（社区）干部、基层干部、年轻干部、县管干部要学习（明）于谦“要留清白在人间”的操守。',
  '相关民事纠纷见（2023）浙0206民初123号判决。如有异议，请拨打举报电话12388，或来信寄至潆州市中山东路（邮编315000）。',
  '会议时间：2024-03-12 10:30，地点：潆州市纪委监委三楼会议室。',
  '',
  '潆州市纪委监委',
  '2024年3月12日',
].join('\n');
