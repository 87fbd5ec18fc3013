/**
 * Search page, case library and search index text. A section of its own so the search page's
 * script bundles only these strings.
 */

/**
 * URL parameter → Pagefind filter key (`data-pagefind-filter`). The keys are Chinese because
 * readers see them in the filter panel; they are also the index's filter names.
 */
export const FILTER_KEYS = {
  kind: '类别',
  organ: '机关',
  region: '地区',
  year: '年份',
  scenario: '情形',
  decision: '认定结果',
  method: '澄清方式',
} as const;

/** The portal's filter key: which member site a result comes from. */
export const PORTAL_FILTER_KEY = '站点';

/** The province portal (/portal/): one search over the member sites. */
export const PORTAL = {
  title: '联合搜索',
  description: '同时搜索本地区各级纪检监察机关网站发布的澄清正名通知、容错纠错案例和廉洁文化作品。',
  intro: '一次搜索下列各网站发布的全部内容。结果注明来自哪个网站，也可以只看其中一个网站。',
  members: '参与联合搜索的网站',
  link: (count: number) => `同时搜索本站和其他 ${count} 个网站（联合搜索）`,
  memberLabel: '网站',
  allMembers: '全部网站',
  thisSite: (name: string) => `本站（${name}）`,
  from: (site: string) => `来自：${site}`,
  unreachable: (sites: string) => `以下网站暂时无法访问，本次搜索不含其内容：${sites}`,
  noscript: '联合搜索需要浏览器启用 JavaScript。也可以直接访问下列各网站：',
} as const;

export const SEARCH = {
  /** Value of the 类别 filter for glossary-term pages (the entry kinds use their list labels). */
  glossaryKind: '术语解释',
  failed: '搜索失败',
  caseFilterFailed: '案例筛选失败',
  title: '站内搜索',
  description: '按关键词搜索澄清正名通知、容错纠错案例、廉洁文化作品和术语解释，可按类别、机关、地区、年份等筛选。',
  intro: '输入关键词，如化名（姓加“某”）、地名、机关名称或案例中的一句话。两个字也可以搜索。',
  queryLabel: '搜索关键词',
  submit: '搜索',
  filtersLegend: '筛选条件',
  filterAny: '不限',
  sortLabel: '排序',
  sortRelevance: '按相关程度',
  sortDate: '按日期（新到旧）',
  clearFilters: '清除筛选',
  loading: '正在搜索…',
  loadMore: '显示更多结果',
  count: (n: number) => `找到 ${n} 条结果`,
  countMore: (n: number) => `已找到 ${n} 条结果，还可以显示更多`,
  countQuery: (q: string, n: number) => `“${q}”共找到 ${n} 条结果`,
  countQueryMore: (q: string, n: number) => `“${q}”已找到 ${n} 条结果，还可以显示更多`,
  noResults: (q: string) => `没有找到包含“${q}”的内容。`,
  noResultsFiltered: '在当前筛选条件下没有内容，可以清除部分筛选后再试。',
  tryHint: '可以换一个词，或少写几个字。试试：',
  suggestions: ['澄清', '容错', '回访', '不予问责', '乡村振兴'],
  startHint: '请输入关键词。常用的搜索：',
  unavailable: '搜索暂时无法使用。您可以从栏目列表浏览全部内容。',
  noscript: '搜索需要浏览器启用 JavaScript。不启用也可以浏览全部内容：',
  noscriptCases: '按情形、认定结果、年份和地区分类浏览',
  resultKind: '类别',
  resultDate: '日期',
  resultOrgan: '发布机关',
  resultsLabel: '搜索结果',
  // Case library (/cases/ and the static facet pages)
  facetNavLabel: {
    scenario: '按情形浏览',
    decision: '按认定结果浏览',
    year: '按年份浏览',
    region: '按地区浏览',
  },
  facetName: {
    scenario: '容错情形',
    decision: '认定结果',
    year: '年份',
    region: '地区',
  },
  facetHeading: '分类浏览',
  facetCount: (n: number) => `${n} 个`,
  facetPageTitle: (facet: string, value: string) => `${facet}：${value}`,
  facetPageLead: (n: number) => `共 ${n} 个容错纠错案例。`,
  facetAll: '全部案例',
  panelLegend: '筛选案例',
  panelApply: '筛选',
  panelReset: '显示全部',
  panelCount: (n: number) => `符合条件的案例共 ${n} 个`,
  panelNone: '没有符合全部条件的案例，请减少筛选条件。',
} as const;

/** Build-log text of the search index (a separate export: the browser bundles only SEARCH). */
export const SEARCH_INDEX = {
  failed: (step: string, errors: string) => `搜索索引（Pagefind）${step}失败：${errors}`,
  steps: { create: '创建', add: '读取页面', write: '写入' },
  noIndex: '搜索索引（Pagefind）创建失败：未返回索引',
  noPages: '搜索索引（Pagefind）没有找到可索引的页面：条目页应带有 <main data-pagefind-body>',
  crashed: (message: string) => `搜索索引（Pagefind）生成失败：${message}`,
  built: (pages: number, indexed: number, files: number, kb: string, seconds: string) =>
    `搜索索引已生成：读取 ${pages} 个页面，收录 ${indexed} 个，${files} 个文件，共 ${kb} KB（${seconds} 秒）`,
  reused: (indexed: number, files: number, kb: string, seconds: string) =>
    `搜索索引沿用上次构建：可检索页面没有变化，收录 ${indexed} 个，${files} 个文件，共 ${kb} KB（${seconds} 秒）`,
} as const;
