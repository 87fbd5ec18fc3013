/**
 * Controlled vocabularies of the content model (ARCHITECTURE.md, "Content model").
 * They live in one module so schemas, facets, filters and cards agree on every value.
 */

export const STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** The three public kinds of entry; each is a content collection and a URL prefix. */
export const ENTRY_KINDS = ['clarifications', 'cases', 'culture'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

/** 澄清对象: a person, or one of three kinds of organisation. */
export const SUBJECT_TYPES = ['个人', '党组织', '单位', '集体'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/**
 * 干部管理权限: which level manages a person's appointment. A township's deputy head is 县管 (the
 * county manages township leaders); 乡镇（街道）所属 is staff that the township itself manages. Only
 * persons have one: an organisation's kind is its SUBJECT_TYPE.
 */
export const MANAGEMENT_TIERS = ['村（社区）', '乡镇（街道）所属', '县管', '市管', '省管'] as const;

/** Only untrue allegations are clarified; a true or unverifiable one never appears in a notice. */
export const ALLEGATION_FINDINGS = ['失实'] as const;

/** 澄清方式 */
export const CLARIFICATION_METHODS = ['书面', '当面', '会议', '通报', '公开栏', '网站'] as const;

/** 容错情形 */
export const CASE_SCENARIOS = [
  '改革创新',
  '先行先试',
  '重点项目推进',
  '历史遗留问题',
  '优化营商环境',
  '突发事件处置',
  '乡村振兴',
  '程序瑕疵',
  '其他',
] as const;

/**
 * 认定结果. 不予问责 (the conduct was no violation: nothing to answer for) and 免予问责 (a violation
 * that is not held to account) are distinct in the 《中国共产党问责条例》.
 */
export const CASE_DECISIONS = ['不予问责', '免予问责', '从轻问责', '减轻问责', '不予容错'] as const;
export type CaseDecision = (typeof CASE_DECISIONS)[number];

/**
 * Units a reported figure is counted in. 人 (persons) and 人次 (visits, one person possibly
 * counted twice) are different quantities; so are 起/件 (matters) and 项 (decisions or filings).
 */
export const STATS_UNITS = ['人', '人次', '起', '件', '项', '个', '条'] as const;
export type StatsUnit = (typeof STATS_UNITS)[number];

/**
 * Who is held to account and how: 《中国共产党问责条例》 art. 8 gives a 党组织 检查, 通报 or 改组,
 * and a 党的领导干部 通报, 诫勉, 组织调整或者组织处理 or 纪律处分. 批评教育 is none of them. A case
 * that is 不予容错 may also deal with a member or official who is not a leading cadre, under the
 * 纪律处分条例 and the 政务处分法, hence the third target, allowed only there.
 */
export const ACCOUNTABILITY_MEASURES = {
  党组织: ['检查', '通报', '改组'],
  领导干部: ['通报', '诫勉', '组织调整或者组织处理', '纪律处分'],
  其他党员和公职人员: ['诫勉', '纪律处分', '政务处分'],
} as const;
export type AccountabilityTarget = keyof typeof ACCOUNTABILITY_MEASURES;
export const ACCOUNTABILITY_TARGETS = Object.keys(ACCOUNTABILITY_MEASURES) as [AccountabilityTarget, ...AccountabilityTarget[]];
/** The targets 《问责条例》 art. 2 reaches: a 问责 decision (从轻, 减轻) names only these. */
export const ACCOUNTABILITY_REGULATION_TARGETS: readonly AccountabilityTarget[] = ['党组织', '领导干部'];
export const ACCOUNTABILITY_MEASURE_NAMES = ['检查', '通报', '改组', '诫勉', '组织调整或者组织处理', '纪律处分', '政务处分'] as const;
export type AccountabilityMeasure = (typeof ACCOUNTABILITY_MEASURE_NAMES)[number];

/**
 * The words by which a case's 处理结果 states a measure concretely: a 纪律处分 is named by its
 * kind (党内警告 …), a 组织调整 by what was done (免职 …); the other measures by their own name.
 */
export const MEASURE_WORDS: Record<AccountabilityMeasure, readonly string[]> = {
  检查: ['检查'],
  通报: ['通报'],
  改组: ['改组'],
  诫勉: ['诫勉'],
  组织调整或者组织处理: ['停职检查', '调整职务', '责令辞职', '降职', '免职'],
  纪律处分: ['警告', '严重警告', '撤销党内职务', '留党察看', '开除党籍'],
  政务处分: ['警告', '记过', '记大过', '降级', '撤职', '开除'],
};

/** The decisions that hold someone to account, and so must say with which measure. */
export const ACCOUNTABLE_DECISIONS: readonly CaseDecision[] = ['从轻问责', '减轻问责', '不予容错'];

/** 《中国共产党问责条例》, as a basis is titled, and the articles each decision rests on. */
export const ACCOUNTABILITY_REGULATION = '《中国共产党问责条例》';
/** Its general provisions (purpose, guiding principles, principles): never the basis of a decision. */
export const GENERAL_ARTICLES = ['第一条', '第二条', '第三条'] as const;
/** The article a decision under the regulation rests on: art. 17 for 不予 and 免予, art. 18 for 从轻 and 减轻. */
export const DECISION_ARTICLE: Partial<Record<CaseDecision, string>> = {
  不予问责: '第十七条',
  免予问责: '第十七条',
  从轻问责: '第十八条',
  减轻问责: '第十八条',
};

/**
 * Addressees a series' effect may name only with a co-issuer who has authority over them: a
 * 纪委监委 directs 纪检监察机关 and 机构, not 组织人事部门, 党委 or 政府. Each entry: the words
 * in the effect note, and the pattern a co-issuer's name must match to cover them.
 */
export const SERIES_ADDRESSEES: readonly { words: readonly string[]; coIssuer: RegExp; example: string }[] = [
  { words: ['组织人事部门', '组织部门', '人事部门'], coIssuer: /组织部/, example: '市委组织部' },
  { words: ['党组织', '党委', '党组'], coIssuer: /(?:省|市|州|盟|县|区|旗)委$/, example: '中共某市委' },
  { words: ['人民政府', '政府部门', '行政机关'], coIssuer: /人民政府(?:办公室)?$/, example: '某市人民政府' },
];

/** How a series of guiding cases binds: 参照 (to be followed) or 参考 (for reference). */
export const SERIES_EFFECTS = ['参照', '参考'] as const;
export type SeriesEffect = (typeof SERIES_EFFECTS)[number];
/** What a case of a series is called by its effect: 参照 → 指导性案例, 参考 → 典型案例. */
export const CASE_KIND_BY_EFFECT: Record<SeriesEffect, string> = { 参照: '指导性案例', 参考: '典型案例' };

/** What happened to a false accusation (诬告陷害): its clues handed over, or dealt with. */
export const FALSE_ACCUSATION_ACTIONS = ['移送', '查处'] as const;
export type FalseAccusationAction = (typeof FALSE_ACCUSATION_ACTIONS)[number];

/** The four tests of a tolerance decision, in the order a reasoning walks through them. */
export const ASSESSMENT_TESTS = ['motive', 'procedure', 'outcome', 'integrity'] as const;
export const ASSESSMENT_LABELS: Record<(typeof ASSESSMENT_TESTS)[number], string> = {
  motive: '初衷动机',
  procedure: '决策程序',
  outcome: '结果与挽回',
  integrity: '纪律与廉洁',
};

/** 容错纠错流程 stages, in their required order. */
export const CASE_STAGES = ['启动实施', '调查核实', '研究认定', '结果反馈', '后续管理'] as const;

/** Sections every case body must contain (checked at build). */
export const CASE_BODY_SECTIONS = ['基本情况', '核查认定', '处理结果', '典型意义'] as const;

/** 体裁. 回访教育 is an anonymised account of a follow-up visit to a disciplined cadre. */
export const CULTURE_FORMS = ['诗词', '家风家训', '廉洁故事', '警示教育', '回访教育', '三句半', '海报', '书签', '活动'] as const;
export type CultureForm = (typeof CULTURE_FORMS)[number];
/** URL slugs of the forms, for /culture/form/<slug>/. */
export const CULTURE_FORM_SLUGS: Record<CultureForm, string> = {
  诗词: 'poems',
  家风家训: 'family-mottos',
  廉洁故事: 'stories',
  警示教育: 'warnings',
  回访教育: 'follow-up-education',
  三句半: 'sanjuban',
  海报: 'posters',
  书签: 'bookmarks',
  活动: 'activities',
};

/** 适用对象: who a culture item is for, for browsing (/culture/audience/<slug>/). */
export const CULTURE_AUDIENCES = [
  '党员干部',
  '年轻干部',
  '村（社区）干部',
  '纪检监察干部',
  '公职人员',
  '家庭',
  '青少年',
  '社区居民',
] as const;
export type CultureAudience = (typeof CULTURE_AUDIENCES)[number];
export const CULTURE_AUDIENCE_SLUGS: Record<CultureAudience, string> = {
  党员干部: 'party-members',
  年轻干部: 'young-cadres',
  '村（社区）干部': 'village-cadres',
  纪检监察干部: 'inspectors',
  公职人员: 'public-servants',
  家庭: 'families',
  青少年: 'young-people',
  社区居民: 'residents',
};

/** Entry ids that would collide with a fixed page of the kind (/cases/compare/, /culture/form/…). */
export const RESERVED_IDS: Record<EntryKind, readonly string[]> = {
  clarifications: ['page'],
  cases: ['page', 'compare', 'keywords', 'scenario', 'decision', 'year', 'region'],
  culture: ['page', 'form', 'audience'],
};

export const ORGAN_LEVELS = ['省', '市', '县', '乡镇', '派驻'] as const;
