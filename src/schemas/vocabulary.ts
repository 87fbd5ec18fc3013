/**
 * Controlled vocabularies of the content model (ARCHITECTURE.md, "Content model").
 * They live in one module so schemas, facets, filters and cards agree on every value.
 */

export const STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

/** The three public kinds of entry; each is a content collection and a URL prefix. */
export const ENTRY_KINDS = ['clarifications', 'cases', 'culture'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const SUBJECT_TYPES = ['person', 'organization'] as const;

/** 干部管理层级 of the clarified subject. */
export const SUBJECT_TIERS = [
  '村（社区）干部',
  '乡镇（街道）干部',
  '县管干部',
  '市管干部',
  '省管干部',
  '其他公职人员',
  '党组织',
  '单位',
] as const;

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

/** 认定结果 */
export const CASE_DECISIONS = ['免予问责', '从轻问责', '减轻问责', '不予容错'] as const;

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

export const CULTURE_FORMS = ['诗词', '家风家训', '廉洁故事', '警示教育', '三句半', '海报', '书签', '活动'] as const;

export const ORGAN_LEVELS = ['省', '市', '县', '乡镇', '派驻'] as const;
