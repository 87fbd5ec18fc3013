/** Minimal valid front matter for each kind; tests copy and break one field at a time. */
export const validClarification = () => ({
  title: '关于对某村党支部书记柏某有关问题的澄清说明',
  date: '2024-03-12',
  organ: 'yunxi-district',
  summary: '经核查，反映柏某优亲厚友的问题失实，予以澄清。',
  status: 'published',
  docNumber: '芸纪澄〔2024〕3号',
  subject: { type: '个人', alias: '柏某', role: '某村党支部书记', tier: '村（社区）' } as {
    type: string;
    alias: string;
    role: string;
    tier?: string;
  },
  allegations: [{ summary: '反映其在安置分房中优亲厚友', finding: '失实' }],
  realNameReport: true,
  reporterFeedback: true,
  methods: ['会议', '公开栏'],
  scope: '在该村党员大会上通报，并在村务公开栏张贴',
  postingPlaces: [{ id: 'test-village-board', name: '某村村务公开栏' }],
  consent: true,
  delivery: { date: '2024-03-14', copyTo: ['其所在镇党委'] },
  followUps: [{ date: '2024-04-02', method: '谈心谈话', internalNote: '了解近期工作安排。' }],
  falseAccusation: { action: '移送', organ: '某区公安分局', date: '2024-03-10' } as {
    action: string;
    organ: string;
    date: string;
    result?: string;
  },
});

export const validCase = () => ({
  title: '某镇污水管网改造未批先建问题的容错认定',
  date: '2024-05-20',
  organ: 'yingzhou-city',
  summary: '为赶在汛期前完工先行开工，事后补办手续，免予问责。',
  status: 'published',
  series: 'yingzhou-guiding-cases',
  number: 1,
  batch: 1,
  keywords: ['未批先建', '重点工程'],
  gist: '为公共利益抢抓工期、事后及时补正程序且未谋私利的，可以容错。',
  scenario: '重点项目推进',
  decision: '免予问责',
  assessment: {
    motive: { finding: '出于公共利益。', meets: true },
    procedure: { finding: '经集体研究。', meets: true },
    outcome: { finding: '未造成损失。', meets: true },
    integrity: { finding: '未谋私利。', meets: true },
  },
  process: [
    { stage: '启动实施', date: '2024-03-01' },
    { stage: '调查核实', date: '2024-03-10' },
    { stage: '研究认定', date: '2024-04-02' },
  ],
  basis: [{ title: '《中国共产党问责条例》', article: '第十八条' }],
  sector: '城乡建设',
});

export const validCulture = () => ({
  title: '石灰吟',
  date: '2024-01-05',
  organ: 'yingzhou-city',
  summary: '以石灰自喻，表达清白做人的志向。',
  status: 'published',
  form: '诗词',
  author: { name: '于谦', dynasty: '明' },
  publicNames: ['于谦'],
  annotation: '借石灰经烈火焚烧而不改本色，喻为官清白。',
});
