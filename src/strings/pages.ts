/**
 * Page text: navigation, lists, entry pages, the verify pages, the 404 page. One section of the
 * string system (ARCHITECTURE.md, "Strings"); components and pages take every word from here.
 */
import type { StatsFigure } from '../schemas/data.ts';
import type { EntryKind, FalseAccusationAction } from '../schemas/vocabulary.ts';
import type { SiteCount } from '../stats/site-counts.ts';

/** What each kind of entry is called in navigation, lists and cards. */
export const ENTRY_KIND_LABELS: Record<EntryKind, string> = {
  clarifications: '澄清正名',
  cases: '容错纠错案例',
  culture: '廉洁文化',
};

export const ENTRY_KIND_DESCRIPTIONS: Record<EntryKind, string> = {
  clarifications: '对经核查失实的检举控告，依规为受到不实举报的干部和单位澄清正名。',
  cases: '容错纠错指导性案例和典型案例：指导性案例供办理同类问题时参照，典型案例供研判时参考。',
  culture: '廉洁诗词、家风家训、廉洁故事与宣传海报，可阅读、下载和张贴。',
};

/**
 * The sample site's marks (`demo: true` in mingjing.config.json): nothing in it may be taken for a
 * real organ's notice, on screen, on paper or on a shared card.
 */
export const DEMO = {
  banner: '演示站点：机关、地名、人物、文号均为虚构',
  printMark: '样例·请勿张贴',
  /** Every card prints the site name: in demo mode it says what the card is. */
  cardSiteName: (siteName: string) => `${siteName}·演示样例`,
} as const;

export const PAGES = {
  skipToContent: '跳到正文',
  home: '首页',
  glossary: '术语解释',
  stats: '数据公开',
  search: '搜索',
  searchLabel: '站内搜索',
  searchPlaceholder: '输入关键词，如 澄清、容错、回访',
  searchSubmit: '搜索',
  largeText: '大字模式',
  highContrast: '高对比度',
  readAloud: '朗读',
  readAloudStop: '停止朗读',
  breadcrumbLabel: '当前位置',
  mainNavLabel: '主导航',
  pagination: '分页',
  previousPage: '上一页',
  nextPage: '下一页',
  pageOf: (page: number, total: number) => `第 ${page} 页，共 ${total} 页`,
  listCount: (count: number) => `共 ${count} 条`,
  emptyList: '暂无已发布的内容。',
  issuedBy: '发布机关',
  issuedOn: '发布日期',
  docNumber: '文号',
  readMore: '阅读全文',
  viewAll: '查看全部',
  backToTop: '回到顶部',
  // 12388 takes reports on party organisations, party members and everyone the 监察 reaches, not
  // only on 纪检监察干部.
  hotline: '对党组织、党员和公职人员违纪违法、职务违法犯罪问题，可拨打纪检监察举报电话 12388 检举控告。',
  // Consent is required of clarifications only (schemas/clarification.ts); cases and culture are
  // anonymised, and historical authors in culture are not. The note says each of its own kind.
  footerNote: '澄清正名通知经本人（单位）同意后公开；案例和回访记述中的人员、单位均已匿名化处理。',
  coIssuers: (names: readonly string[]) => `（与${names.join('、')}联合发布）`,
  accountability: '问责方式',
  accountabilityList: (items: readonly { target: string; measure: string }[]) =>
    items.map((item) => `${item.measure}（${item.target}）`).join('；'),
  footerSiteCode: (code: string) => `网站标识码：${code}`,
  openData: '开放数据',
  feed: '订阅更新',
  sitemap: '网站地图',
  // Clarification notices
  subject: '澄清对象',
  subjectType: '对象类别',
  subjectTier: '干部管理权限',
  delivery: '书面通知送达',
  deliveryLine: (date: string, copyTo: readonly string[]) => (copyTo.length > 0 ? `${date}送达，抄送${copyTo.join('、')}` : `${date}送达`),
  allegations: '经核查失实的问题',
  allegationFinding: '经核查，该问题失实',
  methods: '澄清方式',
  scope: '澄清范围',
  realNameReport: '实名举报',
  realNameReportYes: '系实名举报',
  reporterFeedback: '已向举报人反馈核查结果',
  reporterFeedbackNo: '尚未向举报人反馈核查结果',
  followUps: '澄清回访',
  followUpsNone: '暂无回访记录。',
  falseAccusation: '诬告陷害问题的处理',
  noticeBody: '通知正文',
  // Guiding cases
  basisText: '条文',
  keywords: '关键词',
  gist: '要旨',
  seriesEffect: '效力',
  scenario: '容错情形',
  decision: '认定结果',
  sector: '所属领域',
  assessment: '四项认定',
  assessmentTest: '认定事项',
  assessmentFinding: '核查认定情况',
  assessmentMeets: '是否符合',
  meetsYes: '符合',
  meetsNo: '不符合',
  exclusions: '触及的负面清单情形',
  filing: '容错备案',
  filingYes: '已事前备案',
  filingNo: '未事前备案',
  process: '办理流程',
  basis: '政策依据',
  aftermath: '后续情况',
  relatedCases: '同类案例',
  /** Why a case is listed as related: 同为重点项目推进；共同关键词：备案、采购；同为免予问责 */
  relatedBecause: (shares: { scenario?: string; keywords: readonly string[]; decision?: string }) =>
    [
      shares.scenario && `同为${shares.scenario}`,
      shares.keywords.length > 0 && `共同关键词：${shares.keywords.join('、')}`,
      shares.decision && `同为${shares.decision}`,
    ]
      .filter(Boolean)
      .join('；'),
  compareCases: '案例对照表',
  compareIntro: '全部容错纠错案例（指导性案例和典型案例）的四项认定和认定结果，一行一个案例，便于对照研判。点击列标题可以排序。',
  compareCase: '案例',
  compareYear: '年份',
  sortBy: (column: string) => `按${column}排序`,
  keywordIndex: '关键词索引',
  keywordIntro: '按关键词查找容错纠错案例，关键词按拼音排序。',
  seriesNav: '同一系列的前后案例',
  previousInSeries: (number: number) => `上一号（第${number}号）`,
  nextInSeries: (number: number) => `下一号（第${number}号）`,
  // Culture
  form: '体裁',
  author: '作者',
  source: '出处',
  annotation: '注释与释义',
  audience: '适用对象',
  listSeparator: '、',
  browseByForm: '按体裁浏览',
  browseByAudience: '按适用对象浏览',
  cultureFormTitle: (form: string) => `廉洁文化 · ${form}`,
  cultureAudienceTitle: (audience: string) => `廉洁文化 · 适合${audience}`,
  cultureFacetCount: (count: number) => `共 ${count} 件`,
  facetCount: (label: string, count: number) => `${label}（${count}）`,
  featuredCulture: '今日推荐',
  printable: '适合张贴打印',
  // Organs, glossary, stats
  organLevel: '层级',
  organRegion: '地区',
  organParent: '上级机关',
  organChildren: '下级机关',
  organEntries: '本机关发布的内容',
  glossaryIntro: '纪检监察工作常用术语的通俗解释。',
  termAliases: '又称',
  termSource: '出处',
  termRelated: '相关术语',
  termMentionedIn: '提到该术语的内容',
  statsIntro: '各级纪检监察机关公开发布的澄清正名、诬告陷害查处、澄清回访、容错纠错和回访教育数字，每个数字都注明来源。',
  statsOrgan: '机关',
  statsSource: '来源',
  statsCounts: '统计口径',
  statsUndisclosed: '未公开',
  statsReportedNote: '表中为各机关公开发布的数字。报道没有公开的项目显示为“未公开”，不等于零。',
  statsNestedNote: '上级机关公开的数字已经包含下级机关，所以表中上下级的数字不能相加。',
  statsFilingsNote: '容错免责备案是干部在作出决策前向纪检监察机关报备，不是容错认定，单独列出。',
  statsUnitsNote: '每个数字带有计量单位。“人”与“人次”、“件”与“项”口径不同，分列显示，不合并、不相加。',
  statsReportedByNote: '个别数字由本行机关以外的部门公布（如组织部门），表中注明公布部门，不计入纪检监察机关的汇总。',
  statsRollUp: '本站计算的下级机关合计（下限）',
  statsRollUpNote:
    '上级机关本级没有公开某项数字时，本站把其下级机关公开的同一单位的数字相加，显示为“不少于”：这是本站计算的下限，不是任何机关公布的数字，没有公开数字的下级机关不在其中。上级机关本级公开了的数字，见上表。',
  statsRollUpCaption: (period: string) => `${period}：本站将下级机关公开数字相加`,
  statsRolledUp: (value: number, unit: string) => `不少于 ${value} ${unit}`,
  statsRolledUpFrom: (organs: readonly string[]) => `本站据${organs.join('、')}公开的数字相加`,
  statsReportedBy: (body: string) => `${body}公布`,
  statsPeriodTitle: (period: string) => `${period}公开数字`,
  statsSourceLine: (outlet: string, date: string) => `${outlet}，${date}发布`,
  keyFigures: '关键数据',
  keyFiguresTitle: (organ: string) => `关键数据：${organ}公开发布的数字`,
  keyFiguresPeriod: (period: string) => `${period}`,
  keyFiguresNote: '每项显示该机关已公开的最新数字及其统计期间；“未公开”表示该机关没有公开过该项数字。',
  siteCounts: '本站内容统计',
  charts: '图表',
  chartsIntro: '红色标记的是各机关公开发布的数字，蓝色标记的是本站根据已发布的条目计算的数字，两者口径不同，不能互相比较或相加。',
  chartReported: '机关公开数字',
  chartSite: '本站内容统计',
  chartClarified: '澄清正名人数（各机关公开数字，上级已含下级，不能相加）',
  chartDisciplinedVisits: '回访受处分处理干部人次（各机关公开数字）',
  chartNoticesByYear: '本站发布的澄清正名通知（按发布年份）',
  chartSubjects: '本站澄清对象（个人按干部管理权限，其余按类别）',
  chartDecisions: '本站容错纠错案例（按容错情形和认定结果）',
  chartFollowUps: '本站通知记录的澄清回访（按回访年份）',
  chartOrganPeriod: '机关与期间',
  chartYear: '年份',
  chartSubject: '对象',
  chartScenario: '容错情形',
  chartCount: '数量',
  chartSiteSource: '本站已发布的条目，构建时计算',
  chartRowSource: (row: string, line: string, counts: string) => `${row}：${line}（${counts}）`,
  sourceSeparator: '；',
  organPeriod: (organ: string, period: string) => `${organ} ${period}`,
  siteCountsNote: '以下数字由本站根据已发布的条目自动计算，只反映本站收录的内容，不是官方统计数字。',
  /** 2023 年, 2024 年上半年 */
  period: (year: number, part?: string) => `${year} 年${part ?? ''}`,
  latestNotices: '最新澄清正名',
  featuredCases: '容错纠错案例',
  cultureHighlight: '廉洁文化',
  // Share and print
  share: '分享与打印',
  downloadPoster: '下载海报图片',
  copyLink: '复制链接',
  linkCopied: '链接已复制',
  shareNative: '分享',
  print: '打印本页',
  qrCaption: '扫码阅读原文',
  // Verification
  verify: '通知核验',
  verifyIntro: '输入澄清通知上印的核验码，核对通知是否由本站发布、是否仍然有效。',
  verifyCodeLabel: '核验码（8 位，如 K7Q2-9XHD）',
  verifySubmit: '核验',
  verifyInvalid: '核验码应为 8 位字母和数字，请检查后重新输入。',
  verifyUnknown:
    '本站没有这个核验码对应的通知：这份通知可能不是本站发布的，也可能是伪造的，请勿轻信。如有疑问，可拨打 12388 举报电话向纪检监察机关反映。',
  verifyUnknownTitle: '如果您是扫描或输入通知上的核验码来到本页',
  verifyNoScript: '也可以直接扫描通知上的二维码，或在浏览器地址栏输入“网站地址/v/核验码/”。',
  verificationCode: '核验码',
  verifyScanCaption: '扫码核验',
  verifiedTitle: '核验结果：本通知真实有效',
  verifiedReadNotice: '查看通知全文',
  /** A current notice that is not on the website: genuine, and its text stays where it was delivered or posted. */
  verifiedOfflineBody:
    '本通知真实有效。按照发布机关确定的澄清范围，本通知通过送达、会议通报或公开栏张贴等方式公开，本站只提供核验，不登载其内容；请以盖有发布机关印章的纸质通知为准。',
  expiredTitle: '核验结果：本通知真实，公开期已满',
  /** 本通知确由…于…以…号发布，公开期至…: expired is not withdrawn, the notice stands. */
  expiredBody: (issuer: string, date: string, docNumber: string | undefined, until: string) =>
    `本通知确由${issuer}于${date}${docNumber ? `以${docNumber.replace(/号$/, '')}号` : ''}发布，公开期至${until}。公开期满后本站不再登载其内容，通知的澄清结论仍然有效，并未撤回。`,
  withdrawnTitle: '核验结果：该通知已由发布机关撤回',
  withdrawnBody: '该核验码对应的澄清通知曾由上述机关发布，已由发布机关撤回，本站不再登载其内容。如有疑问，可向发布机关咨询。',
  publicUntil: '公开期至',
  verifyState: '状态',
  verifyStates: { current: '有效', expired: '公开期满（真实）', withdrawn: '已撤回' } as Record<
    'current' | 'expired' | 'withdrawn',
    string
  >,
  /** 潆州市容错纠错指导性案例第3号（第2批） */
  caseSerial: (series: string, number: number, batch: number) => `${series}第${number}号（第${batch}批）`,
  listPageTitle: (label: string, page: number) => (page > 1 ? `${label}（第 ${page} 页）` : label),
  pageCrumb: (page: number) => `第 ${page} 页`,
  hostedBy: (organ: string) => `${organ} 主办`,
  organDescription: (organ: string) => `${organ}发布的澄清正名通知、容错纠错案例和廉洁文化内容。`,
  openDataDescription: '已发布内容的结构化数据，提供 JSON 和 CSV 两种格式。',
  openDataLead: '已发布内容的结构化字段，提供 JSON 和 CSV 两种格式下载。所列人员均为化名。',
  openDataFormats:
    'JSON 为 UTF-8 编码的对象数组；CSV 为 UTF-8 编码（带 BOM，Excel 可直接打开），首行为字段名。以 = + - @ 开头的文字前加了一个英文单引号，防止表格软件把它当作公式执行。',
  openDataFields: (kind: string) => `${kind}的字段`,
  openDataField: '字段',
  openDataMeaning: '含义',
  // Not found
  notFoundTitle: '页面不存在',
  notFoundBody: '您访问的页面不存在，可能已被撤回或地址有误。可以尝试搜索，或从下列栏目进入：',
} as const;

/**
 * What a notice says about the false accusation behind the report: exactly what the record holds
 * (who, when, what was done, and the result only where there is one), never more.
 */
export const FALSE_ACCUSATION_STATEMENTS: Record<FalseAccusationAction, (organ: string, date: string, result?: string) => string> = {
  // Neutral until there is a finding: a notice never calls the reporter a suspect (README, content rules).
  移送: (organ, date, result) => `核查中发现的相关问题线索，已于${date}移送${organ}依法依规处理${result ? `；${result}` : ''}。`,
  查处: (organ, date, result) => `${organ}已于${date}对诬告陷害行为作出处理${result ? `：${result}` : ''}。`,
};

/** What each reported figure counts; its unit comes from the data (figureLabel). */
export const STATS_FIGURE_LABELS: Record<StatsFigure, string> = {
  clarifiedPersons: '澄清正名干部',
  clarifiedOrganizations: '澄清正名党组织、单位',
  falseAccusationCases: '查处诬告陷害问题',
  falseAccusationPersons: '查处诬告陷害人员',
  followUpVisits: '澄清回访',
  toleranceDecisions: '容错纠错认定',
  toleranceFilings: '容错免责备案',
  disciplinedVisits: '回访受处分处理干部',
  disciplinedReuseAdvice: '提出不影响使用建议',
  disciplinedPromoted: '回访后提拔或进一步使用',
};

/** A figure's label with the unit it was counted in: 澄清正名干部（人）, 回访受处分处理干部（人次）. */
export const figureLabel = (field: StatsFigure, unit: string): string => `${STATS_FIGURE_LABELS[field]}（${unit}）`;

/** What each count computed from the site's own entries counts. */
export const SITE_COUNT_LABELS: Record<SiteCount, string> = {
  notices: '已发布的澄清正名通知（篇）',
  persons: '其中澄清个人（人）',
  organizations: '其中澄清党组织、单位、集体（个）',
  falseAccusations: '载明诬告陷害处理情况的通知（篇）',
  followUps: '通知中记录的澄清回访（次）',
  guidingCases: '容错纠错指导性案例（个）',
  typicalCases: '容错纠错典型案例（个）',
  notTolerated: '以上案例中不予容错（个）',
  disciplinedAccounts: '回访教育材料（篇）',
};

/** The glossary in an entry's body: the button beside a linked term that shows its definition. */
export const GLOSSARY_LINKS = {
  /** Contains the visible text 释义, so speech input can name the button by what it shows. */
  toggle: (term: string) => `“${term}”释义`,
  toggleText: '释义',
} as const;

/** RSS feeds: one for everything, one per kind. */
export const FEEDS = {
  allTitle: (site: string) => `${site} · 全部更新`,
  allDescription: '纪检监察机关新发布的澄清正名通知、容错纠错案例和廉洁文化作品。',
  kindTitle: (site: string, kind: string) => `${site} · ${kind}`,
  linkTitle: (site: string, what: string) => `${site} ${what}订阅（RSS）`,
} as const;

const COMMON_FIELDS = {
  id: '条目编号（网址中的一段）',
  url: '条目网页的完整地址',
  title: '标题',
  date: '发布日期（YYYY-MM-DD）',
  organ: '发布机关',
  summary: '摘要',
  tags: '标签，以“；”分隔',
} as const;

/** What each column of the open data holds, per kind: the /data/ page's field list. */
export const OPEN_DATA_FIELDS: Record<EntryKind, Record<string, string>> = {
  clarifications: {
    ...COMMON_FIELDS,
    docNumber: '文号',
    subjectType: '澄清对象类别：个人、党组织、单位或集体',
    subjectAlias: '澄清对象的化名（个人为姓加“某”，单位含“某”）',
    subjectRole: '职务或单位类别（已匿名化）',
    subjectTier: '干部管理权限（只对个人）：村（社区）、乡镇（街道）所属、县管、市管、省管',
    allegations: '经核查失实的问题，以“；”分隔',
    methods: '澄清方式，以“；”分隔',
    scope: '澄清范围',
    realNameReport: '是否实名举报（true/false）',
    reporterFeedback: '是否已向实名举报人反馈（true/false）',
    deliveryDate: '书面澄清通知送达日期',
    followUps: '已记录的回访次数（回访内容不公开）',
    falseAccusationAction: '诬告陷害的处理：移送或查处（无记录时为空）',
    falseAccusationOrgan: '处理诬告陷害的机关',
    falseAccusationDate: '诬告陷害处理日期',
    falseAccusationResult: '诬告陷害的处理结果（有结果时才有）',
  },
  cases: {
    ...COMMON_FIELDS,
    series: '所属案例系列',
    number: '在系列中的编号（第N号）',
    batch: '发布批次（第M批）',
    scenario: '容错情形',
    decision: '认定结果：不予问责、免予问责、从轻问责、减轻问责或不予容错',
    keywords: '关键词，以“；”分隔',
    gist: '要旨',
    sector: '所属领域',
    exclusions: '触及的负面清单情形，以“；”分隔',
  },
  culture: {
    ...COMMON_FIELDS,
    form: '体裁',
    author: '作者（朝代·姓名，只用于历史作品）',
    source: '出处',
    printable: '是否适合打印张贴（true/false）',
  },
};

export const SITE_DESCRIPTION = '纪检监察机关澄清正名通知、容错纠错案例和廉洁文化作品的公开发布平台。';
