/**
 * The editorial desk's words (编辑台): page titles, buttons, states, messages. The accessible names
 * of buttons and fields are a contract: the browser tests and outside checks find them by these
 * exact words (issue 21), so change one only together with its tests.
 */
import type { EntryKind } from '../schemas/vocabulary.ts';

/** Workflow states, as stored in the desk's database. */
export type DeskState = 'draft' | 'review' | 'returned' | 'approved' | 'published' | 'withdrawn';
export type DeskRole = 'editor' | 'reviewer' | 'signer' | 'admin';
export type DeskAction =
  | 'create'
  | 'import'
  | 'save'
  | 'resolve'
  | 'submit'
  | 'return'
  | 'pass'
  | 'publish'
  | 'withdraw'
  | 'publish-failed'
  | 'schedule'
  | 'revise'
  | 'image';

export const DESK_STATES: Record<DeskState, string> = {
  draft: '草稿',
  review: '待审核',
  returned: '已退回',
  approved: '待签发',
  published: '已发布',
  withdrawn: '已撤回',
};

export const DESK_ROLES: Record<DeskRole, string> = { editor: '编辑', reviewer: '审核', signer: '签发', admin: '管理员' };

export const DESK_KINDS: Record<EntryKind, string> = { clarifications: '澄清正名', cases: '容错纠错案例', culture: '廉洁文化' };

export const DESK_ACTIONS: Record<DeskAction, string> = {
  create: '新建',
  import: '导入',
  save: '保存',
  resolve: '隐私处理',
  submit: '送审',
  return: '退回',
  pass: '审核通过',
  publish: '签发并发布',
  withdraw: '撤回',
  'publish-failed': '发布未成功',
  schedule: '定时签发',
  revise: '修订',
  image: '放置图片',
};

/** Top-level fields the content strings (strings/content.ts FIELDS) do not name as a whole. */
export const DESK_FIELD_LABELS: Record<string, string> = {
  subject: '澄清对象',
  allegations: '被澄清的问题',
  delivery: '通知书送达',
  falseAccusation: '诬告陷害处理',
  number: '案例编号',
  process: '办理流程',
  filing: '事前容错备案',
  author: '作者',
  image: '图片',
  body: '正文',
};

export const DESK = {
  appName: '明镜 编辑台',
  nav: { entries: '稿件', data: '机关与批次', audit: '操作记录', users: '用户管理', builds: '发布队列', logout: '退出' },
  login: {
    title: '登录编辑台',
    user: '登录名',
    password: '密码',
    submit: '登录',
    failed: '登录名或密码不正确。',
    limited: (minutes: number) => `登录失败次数过多，请 ${minutes} 分钟后再试。`,
  },
  list: {
    title: '稿件',
    create: '新建',
    import: '导入',
    kind: '类别',
    id: '编号（网址用，小写字母、数字和连字符）',
    titleField: '标题',
    file: 'Word 或文本文件（.docx、.txt）',
    empty: '还没有稿件。',
    columns: { title: '标题', kind: '类别', state: '状态', author: '撰稿', updated: '最后修改' },
  },
  entry: {
    tabForm: '表单',
    tabSource: '源文件',
    tabHistory: '历史',
    state: '状态',
    save: '保存',
    submit: '送审',
    return: '退回',
    pass: '审核通过',
    publish: '签发并发布',
    withdraw: '撤回',
    comment: '意见',
    reason: '撤回理由',
    sourceLabel: '源文件（Markdown，含头信息）',
    revising: '修订中：网站上仍是已发布的版本，修订稿签发后才替换它。',
    reviseHint: '修订会把稿件退回草稿，重新经过送审、审核和签发；在此之前，网站继续显示已发布的版本。',
    revisingMark: '（修订中）',
    sourceProblem: (problem: string) => `头信息（YAML）暂时读不出：${problem}。表单保留你之前填的内容，改正后会自动同步。`,
    unsaved: '你的修改（未保存；上面是对方保存的最新版本，可把需要的部分复制过去再保存）',
    yamlHint: '（YAML 格式，每项以“- ”开头）',
    listHint: '（每行一项）',
    problems: '需要修改的地方',
    problemsNone: '格式检查通过。',
    comments: '审核意见',
    imported: '导入时已替换（原文已打码）',
    author: '撰稿',
    lastEditor: '最后修改',
    version: '版本',
    consentTitle: '本人同意记录（澄清正名签发前必填）',
    consentBy: '确认本人同意的工作人员',
    consentDate: '确认日期',
    consentForm: '确认方式',
    consentForms: ['书面', '当面', '电话'] as const,
    publishOn: '定时发布日期（不填则立即发布）',
    history: '历史',
    historyCsv: '导出 CSV',
    historyColumns: { at: '时间', actor: '操作人', action: '操作', from: '原状态', to: '新状态', hash: '内容指纹' },
    preview: '隐私标注（疑似个人信息已标出）',
    rendered: '网站页面预览（用网站自己的页面模板排版，显示已保存的版本）',
  },
  image: {
    title: '图片（海报、书签）',
    file: '图片文件（PNG、JPEG、WebP 或 SVG）',
    alt: '图片说明（替代文字：写清图上有什么、写了什么字）',
    submit: '放置图片',
    current: (src: string) => `当前图片：${src}`,
    tooLarge: (mb: number) => `图片超过 ${mb} MB，请压缩后再上传。`,
    badType: '这不是可用的图片：请上传 PNG、JPEG、WebP 或 SVG 文件。',
    personal: (masked: string) => `图片中的文字含疑似个人信息（${masked}），未放置。请在绘图软件中改用化名后重新导出。`,
  },
  preview: {
    invalid: (count: number) => `还有 ${count} 处格式问题，页面暂不能生成预览。请先按下列提示修改并保存：`,
    failed: '页面预览暂时无法生成，请稍后刷新；稿件本身不受影响。',
    masked: (count: number) => `预览中已遮盖隐私检查发现的 ${count} 处个人信息；处理后保存即按原文显示。`,
  },
  privacy: {
    title: '隐私检查',
    clean: '未发现个人信息。',
    line: (line: number, column: number) => `第 ${line} 行第 ${column} 字`,
    alias: '替换为化名',
    aliasSuggested: (alias: string) => `建议化名：${alias}`,
    notName: '不是人名',
    publicName: '公开人物',
    publicReason: '公开理由（如：依法公开的任职信息、历史人物）',
    fixByHand: '请在正文或源文件中删改此处。',
    uncertain: '可能是人名',
    uncertainHint: '网站构建不会拦下此处，请确认：是人名就替换为化名，不是就点“不是人名”。',
    uncertainResolved: '（可能是人名）',
    resolved: '已处理',
    resolvedRow: (masked: string, how: string, by: string, at: string) => `${masked}：${how}（${by}，${at}）`,
    how: {
      alias: (alias: string) => `替换为化名 ${alias}`,
      notName: '确认不是人名',
      publicName: (reason: string) => `公开人物，理由：${reason}`,
      imported: (replacement: string) => `导入时替换为 ${replacement}`,
    },
  },
  users: {
    title: '用户管理',
    login: '登录名',
    name: '显示名',
    roles: '角色',
    password: '初始密码（至少 10 位）',
    add: '添加用户',
    columns: { login: '登录名', name: '显示名', roles: '角色' },
  },
  builds: {
    title: '发布队列',
    columns: { id: '序号', entry: '稿件', action: '操作', state: '进度', by: '申请人', log: '构建记录' },
    states: {
      queued: '排队中',
      running: '构建中',
      done: '已完成',
      failed: '失败，站点未改动',
      interrupted: '编辑台重启，发布中断',
    } as Record<string, string>,
    retry: '重新签发并发布',
    scheduled: (day: string) => `定时：${day} 发布`,
    refresh: '构建进行中，本页每 3 秒自动刷新（点此立即刷新）',
    queued: (position: number) => `已加入发布队列，前面还有 ${position} 项。`,
  },
  audit: { title: '操作记录', csv: '导出全部操作记录（CSV）' },
  data: {
    title: '机关与批次',
    organs: '发布机关',
    addOrgan: '添加机关',
    organId: '机关编号（小写字母、数字和连字符）',
    organName: '机关全称',
    organShortName: '简称',
    organLevel: '层级',
    organParent: '上级机关',
    organRegion: '地区',
    series: '案例系列',
    addBatch: '添加批次',
    batchSeries: '系列',
    batchDate: '发布日期',
    batchAdded: (number: number) => `已添加第 ${number} 批。`,
    organAdded: '已添加机关。',
    batches: (count: number) => `共 ${count} 批`,
  },
  notices: {
    saved: '已保存。',
    submitted: '已送审。',
    returned: '已退回撰稿人。',
    passed: '审核通过，等待签发。',
    resolved: '已处理。',
    created: '已新建草稿。',
    revised: '已开始修订。',
    imagePlaced: '图片已清除元数据并放入稿件；签发时与稿件一起发布。',
    imported: '已导入并匿名化，替换处已列在“隐私检查”中，请逐项核对。',
  } as Record<string, string>,
  errors: {
    forbidden: '你没有执行此操作的权限。',
    csrf: '表单已过期或来源不明，请刷新页面后重试。',
    notFound: '找不到此页面或稿件。',
    tooLarge: '上传内容过大（上限 10 MB）。',
    badRequest: '请求格式不正确。',
    selfReview: '撰稿人或最后修改人不能审核或签发自己的稿件。',
    wrongState: (state: string, action: string) => `稿件当前为“${state}”，不能“${action}”。`,
    needComment: '退回时请填写意见。',
    needReason: '请填写理由。',
    unresolved: (count: number, uncertain = 0) =>
      `隐私检查还有 ${count} 项未处理${uncertain > 0 ? `（其中 ${uncertain} 项“可能是人名”，请逐项确认）` : ''}，不能送审。`,
    invalid: (count: number) => `还有 ${count} 处格式问题，不能送审或签发。`,
    noConsent: '澄清正名签发前须填写本人同意记录：确认人、日期和方式。',
    consentFalse: '头信息 consent（本人（单位）同意公开）须为 true 才能签发。',
    staleVersion: (mine: number, current: number) =>
      `保存未成功：你编辑的是第 ${mine} 版，而其他人已保存了第 ${current} 版。为免覆盖对方的修改，请先刷新查看最新内容，再重新修改。`,
    duplicateId: (id: string) => `编号“${id}”已被使用，请换一个。`,
    badId: (id: string) => `编号应为小写字母、数字和连字符，且不能是保留字，实际为“${id}”。`,
    reservedId: (id: string) => `编号“${id}”是保留字，请换一个。`,
    badFile: '无法读取上传的文件：文件可能已损坏，或不是 .docx / .txt 格式。',
    emptyFile: '上传的文件中没有文字。',
    badYaml: (field: string) => `“${field}”不是有效的 YAML，请检查缩进和冒号。`,
    badLogin: '登录名应为字母、数字、点、下划线或连字符。',
    badRoles: '请至少选择一个角色。',
    shortPassword: '密码至少 10 位。',
    userExists: (login: string) => `用户“${login}”已存在。`,
    findingGone: '这一项已不在稿件中（可能已被他人处理），请刷新。',
  },
  cli: {
    usage: [
      '用法：npm run desk -- [--port 4322] [--host 127.0.0.1] [--content content/] [--data .mingjing/desk/] [--out dist/] [--secure-cookies] [--trust-proxy]',
      '      npm run desk -- user add <登录名> --role 编辑[,审核,签发,管理员] [--name 显示名]   （密码从标准输入读取）',
    ].join('\n'),
    listening: (url: string) => `编辑台已启动：${url}`,
    userAdded: (login: string, roles: string) => `已添加用户 ${login}（${roles}）。`,
    unknownRole: (role: string) => `未知角色：${role}（可选：编辑、审核、签发、管理员）`,
    noPassword: '请从标准输入提供密码（至少 10 位）。',
    dataInDist: '数据文件夹不能放在 dist/ 中：网站发布的文件夹绝不能含编辑台的数据。',
    interrupted: (count: number) => `上次关闭时有 ${count} 项发布被中断，请签发人在“发布队列”中重试。`,
  },
  git: {
    message: (kind: string, id: string, action: string, steps: string) => `${action}：${kind} ${id}\n\n${steps}`,
  },
} as const;
