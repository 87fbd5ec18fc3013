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
