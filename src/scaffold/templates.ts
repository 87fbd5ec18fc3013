/**
 * Starting points for new entries. Each template is valid once its placeholders are filled,
 * starts as `draft` (so an unfinished entry never publishes), and says in comments what each
 * field is for.
 */
import type { EntryKind } from '../schemas/vocabulary.ts';

export function entryTemplate(kind: EntryKind, today: string, organ: string): string {
  const common = `date: ${today}
organ: ${organ}          # 发布机关编号，见 content/organs.yaml
summary: 一两句话的摘要，不超过 120 字，用于列表、分享卡片和搜索结果。
tags: []
status: draft            # draft 草稿 | published 发布 | withdrawn 撤回；只有 published 会公开`;
  if (kind === 'clarifications') {
    return `---
title: 关于对某某同志被反映问题的澄清说明
${common}
docNumber: 某纪澄〔${today.slice(0, 4)}〕1号
subject:
  type: person           # person 个人 | organization 单位（集体）
  alias: 李某            # 只写化名：姓 + 某/某某，或 某甲/某乙；单位化名须含“某”
  role: 某村党支部书记
  tier: 村（社区）干部     # 村（社区）干部 | 乡镇（街道）干部 | 县管干部 | 市管干部 | 省管干部 | 其他公职人员 | 党组织 | 单位
allegations:
  - summary: 反映其……问题
    finding: 失实
realNameReport: false
reporterFeedback: false
methods: [书面]          # 书面 | 当面 | 会议 | 通报 | 公开栏 | 网站
scope: 在……范围内通报澄清
consent: false           # 本人（单位）同意公开后改为 true，才能发布
followUps: []
falseAccusation: false
---

（通知正文：反映了什么问题、如何核查、哪些问题经核查失实。落款由网站根据发布机关和日期自动生成。）
`;
  }
  if (kind === 'cases') {
    return `---
title: 某镇……问题的容错认定
${common}
serial: 容错指导案例第1号
keywords: [关键词]
gist: 一句话的裁判要旨。
scenario: 其他           # 改革创新 | 先行先试 | 重点项目推进 | 历史遗留问题 | 优化营商环境 | 突发事件处置 | 乡村振兴 | 程序瑕疵 | 其他
decision: 免予问责       # 免予问责 | 从轻问责 | 减轻问责 | 不予容错（须填写 exclusions）
assessment:
  motive: { finding: 初衷动机的认定, meets: true }
  procedure: { finding: 决策程序的认定, meets: true }
  outcome: { finding: 结果与挽回的认定, meets: true }
  integrity: { finding: 纪律与廉洁的认定, meets: true }
exclusions: []
process:
  - stage: 启动实施
    date: ${today}
basis:
  - title: 《中国共产党问责条例》
    article: 第十八条
sector: 领域
---

## 基本情况

## 核查认定

## 处理结果

## 典型意义
`;
  }
  return `---
title: 标题
${common}
form: 廉洁故事           # 诗词 | 家风家训 | 廉洁故事 | 警示教育 | 三句半 | 海报 | 书签 | 活动
# author: { name: 于谦, dynasty: 明 }   # 诗词必填；历史人物姓名同时写入 publicNames
# publicNames: [于谦]
# annotation: 注释与释义
# image: { src: images/poster.svg, alt: 图片的文字说明 }   # 海报必填
printable: false
---

正文。
`;
}

/**
 * The draft `npm run redact` writes: the clarification template with the redacted notice as its
 * body and, when the notice's first line reads as a title, that line as the title.
 */
export function draftFromRedactedNotice(text: string, today: string, organ: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n');
  const firstLine = lines.findIndex((line) => line.trim().length > 0);
  const candidate = firstLine >= 0 ? lines[firstLine]!.trim() : '';
  const isTitle = candidate.length > 0 && [...candidate].length <= 60 && !/[。；]$/.test(candidate);
  const body = (isTitle ? lines.slice(firstLine + 1) : lines).join('\n').trim();
  const template = entryTemplate('clarifications', today, organ);
  const titled = isTitle ? template.replace(/^title: .*$/m, `title: ${JSON.stringify(candidate)}`) : template;
  return titled.replace(/\n---\n\n[\s\S]*$/, `\n---\n\n${body}\n`);
}
