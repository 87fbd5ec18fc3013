/**
 * Card text: every fixed string printed on a card, and what the card renderer reports when it
 * cannot draw one. One section of the string system (ARCHITECTURE.md, "Strings").
 */
export const CARDS = {
  noticeLabel: '澄清正名',
  noticeSubject: '澄清对象',
  noticeIssuer: '发布机关',
  noticePointsHeading: '经核查',
  scanToVerify: '扫码核验',
  verificationCode: '核验码',
  caseLabel: '容错纠错',
  caseSubLabel: '指导性案例',
  caseGist: '要旨',
  caseDecision: '认定结果',
  cultureLabel: '廉洁文化',
  cultureSeal: '清风',
  siteLabel: '澄清正名 · 容错纠错 · 廉洁文化',
  scanToRead: '扫码阅读全文',
  ellipsis: '…',
  /** The finding every clarified point ends with. */
  finding: '失实',
  clarifiedPoint: (allegation: string) => `经核查，反映${allegation}${allegation.endsWith('问题') ? '' : '的问题'}失实`,
} as const;

/** Ordinals of the points on a notice poster: 一、二、三、 */
export const CARD_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

/** The three typefaces, by the names editors know them by. */
export const FONT_ROLE_NAMES = {
  sans: '思源黑体（Noto Sans SC）',
  serif: '思源宋体（Noto Serif SC）',
  kai: '霞鹜文楷（LXGW WenKai）',
} as const;

export const CARD_ERRORS = {
  missingGlyph: (entry: string, field: string, char: string, codePoint: string, font: string) =>
    `- ${entry}：字段 ${field} 中的字符「${char}」（${codePoint}）在字体 ${font} 中没有字形`,
  missingGlyphs: (count: number, lines: string) =>
    `分享卡片无法生成：${count} 个字符缺少字形（卡片会显示为空白）。\n${lines}\n请改用常用字，或把生僻字换成字体包含的写法。`,
  fontTooShort: '字体文件过短，不是 TrueType/OpenType 字体',
  fontFormat: (version: string) => `不支持的字体格式（sfnt 版本 0x${version}）；.ttc 与 WOFF 不受支持`,
  noCmap: '字体缺少 cmap 表',
  noUnicodeCmap: '字体的 cmap 表没有 Unicode 子表（格式 4 或 12）',
  badUnicodeRange: (part: string) => `无法解析 unicode-range 片段「${part}」`,
  workerOnly: 'src/cards/worker.ts 只能作为 worker 线程运行',
  workerUnknown: (error: string) => `无法确定 worker.ts 的位置（${error}）`,
  workerMissing: (path: string) => `找不到 ${path}（模块可能被打包到了其他位置）`,
  workerNoTypeScript: (version: string) => `当前 Node ${version} 不能直接运行 TypeScript（需要 Node 24 的类型剥离）`,
  renderFailed: (where: string, message: string) => `卡片渲染失败：${where}：${message}`,
  workerExited: (code: number) => `卡片 worker 线程意外退出（退出码 ${code}）`,
  sameFile: (path: string, other: string) => `两个卡片条目写入同一文件 ${path}：${other}`,
  inProcessRequested: '调用方要求在主线程渲染',
  workerStart: (message: string) => `worker 线程无法启动：${message}`,
  badId: (kind: string, id: string) => `卡片条目 ${kind}/${id}：id 只能包含字母、数字、点、下划线和连字符（应为文件名去掉扩展名）`,
} as const;
