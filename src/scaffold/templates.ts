/**
 * Starting points for new entries. Each template is valid once its placeholders are filled,
 * starts as `draft` (so an unfinished entry never publishes), and says in comments what each
 * field is for.
 */
import type { CaseSeries } from '../schemas/data.ts';
import type { EntryKind } from '../schemas/vocabulary.ts';

/** Where a new guiding case goes: the next number of a series, in its latest batch. */
export interface SeriesPlacement {
  series: string;
  /** The series' issuer: a case is issued by the organ whose series it is in. */
  issuer: string;
  number: number;
  batch: number;
  date: string;
}

/**
 * The next place in a series the organ issues (or, if it issues none, the first series): one past
 * the highest number, in the latest batch, dated that batch's day, so the draft validates as written.
 */
export function nextInSeries(
  series: readonly CaseSeries[],
  cases: readonly { series: string; number: number }[],
  organ: string,
): SeriesPlacement | undefined {
  const item = series.find((candidate) => candidate.issuer === organ) ?? series[0];
  if (!item) return undefined;
  const batch = [...item.batches].sort((a, b) => b.number - a.number)[0]!;
  const highest = Math.max(0, ...cases.filter((entry) => entry.series === item.id).map((entry) => entry.number));
  return { series: item.id, issuer: item.issuer, number: highest + 1, batch: batch.number, date: batch.date };
}

/** What the editor has already said about the new entry (npm run new asks for these). */
export interface TemplateFields {
  title?: string | undefined;
  /** The subject's alias, for a notice (already checked to be anonymized). */
  alias?: string | undefined;
}

/** A YAML scalar that stays one string whatever it holds (a colon, a quote, a leading dash). */
const yamlString = (text: string) => JSON.stringify(text);

export function entryTemplate(
  kind: EntryKind,
  today: string,
  organ: string,
  placement?: SeriesPlacement,
  fields: TemplateFields = {},
): string {
  const date = kind === 'cases' && placement ? placement.date : today;
  const issuer = kind === 'cases' && placement ? placement.issuer : organ;
  const common = `date: ${date}
organ: ${issuer}          # 发布机关编号，见 content/organs.yaml
summary: 一两句话的摘要，不超过 120 字，用于列表、分享卡片和搜索结果。
tags: []
status: draft            # draft 草稿 | published 发布 | withdrawn 撤回；只有 published 会公开`;
  if (kind === 'clarifications') {
    return `---
title: ${fields.title ? yamlString(fields.title) : '关于对某某同志被反映问题的澄清说明'}
${common}
docNumber: 某纪澄〔${today.slice(0, 4)}〕1号
subject:
  type: 个人             # 个人 | 党组织 | 单位 | 集体
  alias: ${fields.alias ?? '柏某'}            # 只写化名：姓 + 某/某某，或 某甲/某乙；党组织、单位、集体的化名须含“某”
  role: 某村党支部书记     # 职务前的单位写成“某镇某村”“某区某局”，不写具体名称
  tier: 村（社区）         # 干部管理权限，只有个人填写：村（社区） | 乡镇（街道）所属 | 县管 | 市管 | 省管
allegations:
  - summary: 反映其……问题   # 只写经核查失实的具体问题，不对本人作总体评价
    finding: 失实
realNameReport: false
reporterFeedback: false
methods: [书面]          # 书面 | 当面 | 会议 | 通报 | 公开栏 | 网站
scope: 在……范围内通报澄清
consent: false           # 本人（单位）同意公开后改为 true，才能发布
# delivery:              # 书面澄清通知的送达
#   date: ${today}
#   copyTo: [其所在单位党组织]
followUps: []
# followUps:             # 回访只公开日期和方式；internalNote 是内部记录，不会出现在网站任何地方
#   - date: ${today}
#     method: 谈心谈话
#     internalNote: 回访中了解的情况
# falseAccusation:       # 只写记录中有的：移送或查处、处理机关、日期；有处理结果才写 result
#   action: 移送
#   organ: 某区公安分局
#   date: ${today}
---

（通知正文：反映了什么问题、如何核查、哪些问题经核查失实。落款由网站根据发布机关和日期自动生成。）
`;
  }
  if (kind === 'cases') {
    return `---
title: ${fields.title ? yamlString(fields.title) : '某镇……问题的容错认定'}
${common}
series: ${placement?.series ?? 'series-id'}    # 见 content/series.yaml；organ 须是该系列的发布机关
number: ${placement?.number ?? 1}                # 第N号：同一系列中随发布日期递增
batch: ${placement?.batch ?? 1}                 # 第M批：date 须与该批次的发布日期相同；新的一批先在 series.yaml 中登记
keywords: [关键词]
gist: 一句话的要旨。
scenario: 其他           # 改革创新 | 先行先试 | 重点项目推进 | 历史遗留问题 | 优化营商环境 | 突发事件处置 | 乡村振兴 | 程序瑕疵 | 其他
decision: 免予问责       # 不予问责 | 免予问责 | 从轻问责 | 减轻问责 | 不予容错（须填写 exclusions）
# accountability:        # 从轻问责、减轻问责、不予容错须写明问责方式（《中国共产党问责条例》第八条），批评教育不是问责方式
#   - target: 领导干部    # 党组织：检查 | 通报 | 改组；领导干部：通报 | 诫勉 | 组织调整或者组织处理 | 纪律处分
#     measure: 通报
assessment:
  motive: { finding: 初衷动机的认定, meets: true }
  procedure: { finding: 决策程序的认定, meets: true }
  outcome: { finding: 结果与挽回的认定, meets: true }
  integrity: { finding: 纪律与廉洁的认定, meets: true }
exclusions: []
process:
  - stage: 启动实施
    date: ${date}
basis:
  - title: 《中国共产党问责条例》
    article: 第十七条      # 不予问责、免予问责依据第十七条；从轻、减轻问责依据第十八条；不引用第一至三条（总则）
    # text: 引用的条文原文（可选）
sector: 领域
---

## 基本情况

## 核查认定

## 处理结果

（写明认定结果和采取的具体措施，如：经集体研究，对某某免予问责。）

## 典型意义
`;
  }
  return `---
title: ${fields.title ? yamlString(fields.title) : '标题'}
${common}
form: 廉洁故事           # 诗词 | 家风家训 | 廉洁故事 | 警示教育 | 回访教育 | 三句半 | 海报 | 书签 | 活动
# author: { name: 于谦, dynasty: 明 }   # 诗词必填；历史人物姓名同时写入 publicNames
# publicNames: [于谦]
# annotation: 注释与释义
# image: { src: images/poster.svg, alt: 图片的文字说明 }   # 海报必填
# audience: [党员干部, 社区居民]   # 适用对象：党员干部 | 年轻干部 | 村（社区）干部 | 纪检监察干部 | 公职人员 | 家庭 | 青少年 | 社区居民
printable: false
---

正文。
`;
}

/** What `npm run redact` read from the letter (privacy/redact.ts `readLetter`). */
export interface RedactedLetter {
  title?: string | undefined;
  body: string;
  date?: string | undefined;
  alias?: string | undefined;
  realNameReport?: boolean;
  allegations?: readonly string[];
}

/**
 * A draft clarification from a redacted notice letter: its title, its body (without 文号, 主送 and
 * 落款, which the site prints itself), and the front matter filled where the letter says so —
 * the letter's date, the alias, 实名举报 and one allegation per item. Still `status: draft`.
 */
export function draftFromRedactedNotice(letter: RedactedLetter, today: string, organ: string): string {
  let template = entryTemplate('clarifications', letter.date ?? today, organ, undefined, {
    title: letter.title,
    alias: letter.alias,
  });
  if (letter.realNameReport) template = template.replace(/^realNameReport: false$/m, 'realNameReport: true');
  if (letter.allegations && letter.allegations.length > 0) {
    const items = letter.allegations.map((item) => `  - summary: ${yamlString(item)}\n    finding: 失实`).join('\n');
    template = template.replace(/^allegations:\n(?: {2}- summary: .*\n {4}finding: .*\n)/m, `allegations:\n${items}\n`);
  }
  return template.replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${letter.body.trim()}\n`);
}
