/**
 * A synthetic content folder of any size, for measuring builds and search at scale
 * (`npm run bench`, `scripts/generate-synthetic-site.ts`, `scripts/measure-search.ts`).
 *
 * Everything is invented and anonymized: people appear only as aliases (李某, 张某某), places are
 * fictional, there are no phone numbers, addresses, plates or ids — the folder passes the privacy
 * gate like real content must. Text is assembled from phrase banks with a seeded generator, so
 * the same (entries, seed) always gives the same folder, and the vocabulary is varied enough for
 * Chinese segmentation and the search index to behave as on a real site.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import {
  ACCOUNTABLE_DECISIONS,
  CASE_DECISIONS,
  CASE_SCENARIOS,
  CASE_STAGES,
  DECISION_ARTICLE,
  type EntryKind,
} from '../schemas/vocabulary.ts';
import { seededRandom } from './random.ts';

export interface SyntheticContentSummary {
  dir: string;
  entries: Record<EntryKind, number>;
  organs: number;
  glossaryTerms: number;
}

/** Share of each kind in a synthetic site: notices are the bulk, as on a real site. */
export const SYNTHETIC_MIX: Record<EntryKind, number> = { clarifications: 0.45, cases: 0.3, culture: 0.25 };

const COUNTIES = [
  { id: 'qinghe-county', name: '青禾县', towns: ['石桥镇', '白沙镇', '云岭乡', '杏林镇'] },
  { id: 'wangjiang-district', name: '望江区', towns: ['柳岸街道', '枫林街道', '江湾街道', '新港街道'] },
  { id: 'songling-county', name: '松岭县', towns: ['竹溪镇', '松风乡', '麦田镇', '青岩镇'] },
  { id: 'huaiyang-district', name: '淮阳区', towns: ['东关街道', '桂园街道', '荷塘街道', '北湖街道'] },
];
const CITY = { id: 'synth-city', name: '澄州市' };
/** 石桥镇 → 某镇: a named town beside an alias would identify the person (privacy/detectors/reidentify.ts). */
const anonymousTown = (town: string) => (town.endsWith('街道') ? '某街道' : `某${town.slice(-1)}`);

const SURNAMES = [
  ...'李王张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文',
];
const SUFFIXES = ['某', '某某', '某甲', '某乙'];
/** Posts, with their 干部管理权限: a township's deputy head is 县管, its office staff 乡镇（街道）所属. */
const ROLES = [
  ['村党支部书记', '村（社区）'],
  ['村委会主任', '村（社区）'],
  ['村务监督委员会主任', '村（社区）'],
  ['社区居委会副主任', '村（社区）'],
  ['镇农业农村办公室主任', '乡镇（街道）所属'],
  ['街道城市管理科科长', '乡镇（街道）所属'],
  ['镇自然资源所所长', '乡镇（街道）所属'],
  ['街道社会事务办工作人员', '乡镇（街道）所属'],
  ['县直部门副局长', '县管'],
  ['副镇长', '县管'],
  ['街道党工委副书记', '县管'],
  ['乡镇卫生院院长', '县管'],
  ['县直部门局长', '市管'],
  ['副县长', '市管'],
] as const;
/** Organisations that can be clarified, by kind. */
const ORGANIZATIONS = [
  ['某村党支部', '党组织'],
  ['某社区党委', '党组织'],
  ['某镇某站所', '单位'],
  ['某区某局某中心', '单位'],
  ['某村股份经济合作社', '集体'],
  ['某村村民委员会', '集体'],
] as const;
const VISIT_METHODS = ['谈心谈话', '实地走访', '电话回访', '单位走访'];
const TOPICS = [
  '低保对象审核',
  '危房改造补助发放',
  '征地补偿款分配',
  '村级工程发包',
  '集体资产出租',
  '土地经营权流转',
  '农机购置补贴',
  '高标准农田建设',
  '老旧小区改造',
  '物业专项维修资金使用',
  '河道清淤整治',
  '乡村道路硬化',
  '学校食堂采购',
  '医保报销审核',
  '困难群众临时救助',
  '安置房分配',
  '防汛物资采购',
  '集体经济合作社分红',
  '垃圾分类设施建设',
  '公益性岗位招聘',
  '产业扶持资金申报',
  '农村饮水工程',
  '宅基地审批',
  '殡葬改革补助',
];
const MISDEEDS = [
  '优亲厚友，为亲属违规办理',
  '收受相关人员所送礼品礼金',
  '违规插手并指定施工单位',
  '虚报冒领相关资金',
  '利用职务便利为他人谋取利益',
  '公车私用，节假日驾驶公车办私事',
  '违规接受管理服务对象宴请',
  '在审批中故意刁难群众',
  '挪用集体资金用于个人开支',
  '隐瞒不报个人有关事项',
];
const CHECKS = [
  '调取了相关台账、会议记录和资金拨付凭证',
  '逐户走访了相关群众和村民代表',
  '与经办人员和监督委员会成员分别谈话核实',
  '比对了银行流水与合同约定',
  '查阅了评审打分表和公示材料',
  '实地查看了项目现场并听取监理单位意见',
  '调阅了监控录像和车辆使用登记',
  '核对了申报材料和审核流程',
];
const FINDINGS = [
  '相关程序均按规定公开进行，未发现其干预',
  '资金全部按标准直接发放到户，不存在截留',
  '施工单位经公开比选产生，与其无利益关联',
  '所反映的宴请实为工作例会后的统一工作餐，费用按规定结算',
  '其亲属符合条件且经集体评议公示，未发现违规',
  '车辆使用均有登记审批，用途均为公务',
  '相关款项已全部入账，去向清楚',
  '审批时限符合规定，未发现刁难情形',
];
/**
 * Scopes with the methods they imply (channels follow the notice: content/publication.ts). Most
 * are on the website, so benchmarks still measure a site of about the requested size.
 */
const SCOPES: readonly (readonly [scope: string, methods: readonly string[]])[] = [
  ['在本单位干部职工大会上通报，并在区纪委监委网站公开发布', ['会议', '网站']],
  ['在区纪委监委网站公开发布', ['网站']],
  ['向本人送达书面澄清通知，并在区纪委监委网站公开发布', ['书面', '网站']],
  ['在镇村务公开栏张贴七日，并在区纪委监委网站公开发布', ['公开栏', '网站']],
  ['在区纪委监委网站公开发布，并在全区通报', ['网站', '通报']],
  ['在镇村务公开栏张贴七日', ['公开栏']],
  ['在所在村党员大会上通报', ['会议']],
  ['向所在单位党组织书面通报', ['书面', '通报']],
];
const SECTORS = ['城乡建设', '农业农村', '生态环境', '市场监管', '教育', '卫生健康', '应急管理', '自然资源', '交通运输', '民政'];
const CASE_ACTIONS = [
  '为赶在汛期前完工，先行开工并同步补办手续',
  '在政策尚无明确规定的情况下探索新的审批方式',
  '为稳定企业生产，临时调整了专项资金拨付顺序',
  '在突发险情中紧急调用物资并事后补签合同',
  '为推进项目落地，简化了部分内部审批环节',
  '沿用多年形成的惯例处理历史遗留问题',
  '在试点中放宽了部分申报条件',
  '为解决群众急难愁盼，先行垫付了维修费用',
];
const CASE_LESSONS = [
  '容错的前提是出于公心、程序基本规范、及时纠偏',
  '改革探索要同步建立风险防控措施',
  '事前备案能够为担当作为提供保障，但备案不等于免责',
  '紧急情况下的程序简化必须事后及时补正',
  '触及负面清单的，不论初衷如何一律不予容错',
  '对主动挽回损失的干部应依规依纪依法从轻处理',
];
const STORY_SUBJECTS = [
  '一篮鸡蛋',
  '一张收条',
  '一封家书',
  '一本旧账',
  '一把雨伞',
  '一袋新米',
  '一盏油灯',
  '一块匾额',
  '一支钢笔',
  '一双布鞋',
];
const VIRTUES = ['清白', '俭朴', '公道', '诚信', '守法', '勤勉', '廉洁', '担当', '自律', '奉公'];
const CULTURE_FORMS = ['廉洁故事', '家风家训', '警示教育', '回访教育', '三句半', '活动'] as const;

interface Organ {
  id: string;
  name: string;
  shortName: string;
  level: string;
  parent?: string;
  region: string;
}

function organsFor(): Organ[] {
  const organs: Organ[] = [
    {
      id: CITY.id,
      name: `中共${CITY.name}纪律检查委员会\u3000${CITY.name}监察委员会`,
      shortName: `${CITY.name}纪委监委`,
      level: '市',
      region: CITY.name,
    },
  ];
  for (const county of COUNTIES) {
    organs.push({
      id: county.id,
      name: `中共${county.name}纪律检查委员会\u3000${county.name}监察委员会`,
      shortName: `${county.name}纪委监委`,
      level: '县',
      parent: CITY.id,
      region: county.name,
    });
    county.towns.forEach((town, index) => {
      const kind = town.endsWith('街道') ? '纪律检查工作委员会' : '纪律检查委员会';
      organs.push({
        id: `${county.id}-t${index + 1}`,
        name: `中共${county.name}${town}${kind}`,
        shortName: `${town}${town.endsWith('街道') ? '纪工委' : '纪委'}`,
        level: '乡镇',
        parent: county.id,
        region: county.name,
      });
    });
  }
  return organs;
}

const GLOSSARY = [
  {
    id: 'clarification',
    term: '澄清正名',
    aliases: ['澄清'],
    definition: '对经核查失实的检举控告，在一定范围内公开说明真相、消除不良影响。',
    related: ['follow-up'],
  },
  {
    id: 'follow-up',
    term: '澄清回访',
    aliases: ['回访'],
    definition: '澄清后通过谈心谈话、走访等方式再次了解澄清对象的工作状况；公开的只是回访的时间和方式。',
    related: ['clarification'],
  },
  {
    id: 'fault-tolerance',
    term: '容错纠错',
    aliases: ['容错'],
    definition: '综合初衷动机、决策程序、结果挽回和廉洁纪律，对干部失误依规作出不予、免予、从轻或减轻问责的认定。',
    related: ['negative-list'],
  },
  {
    id: 'negative-list',
    term: '负面清单',
    aliases: ['不予容错情形'],
    definition: '明确不适用容错的情形，触及任何一项的一律不予容错。',
    related: ['fault-tolerance'],
  },
];

function frontMatter(data: Record<string, unknown>, body: string): string {
  return `---\n${yaml.dump(data, { lineWidth: -1, quotingType: '"' })}---\n\n${body.trim()}\n`;
}

/**
 * Writes a complete content folder to `dir` (replacing what is there): organs, glossary and
 * stats data files and `entries` published entries spread over the three kinds
 * (`SYNTHETIC_MIX`). The same `entries` and `seed` always write the same files.
 */
export async function generateSyntheticContent(dir: string, entries: number, seed = 1): Promise<SyntheticContentSummary> {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = (year: number) => `${year}-${pad(between(1, 12))}-${pad(between(1, 28))}`;
  const later = (iso: string, days: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  const alias = () => `${pick(SURNAMES)}${pick(SUFFIXES)}`;

  rmSync(dir, { recursive: true, force: true });
  for (const kind of ['clarifications', 'cases', 'culture']) mkdirSync(join(dir, kind), { recursive: true });
  const organs = organsFor();
  const issuing = organs;
  writeFileSync(join(dir, 'organs.yaml'), `# 合成数据：机关与地名均为虚构。\n${yaml.dump(organs, { lineWidth: -1 })}`);
  writeFileSync(
    join(dir, 'glossary.yaml'),
    yaml.dump(
      GLOSSARY.map((term) => ({ ...term, source: '合成数据' })),
      { lineWidth: -1 },
    ),
  );
  // The city's rows carry its own figures; the counties' rows disclose some figures and leave
  // others out, so a roll-up and 未公开 are exercised at scale as in real data.
  const statsRows = [2024, 2025].flatMap((year) => [
    {
      id: `synth-city-${year}`,
      year,
      organ: CITY.id,
      clarifiedPersons: { value: between(50, 300), unit: '人' },
      clarifiedOrganizations: { value: between(5, 30), unit: '个' },
      falseAccusationCases: { value: between(1, 20), unit: '件' },
      toleranceDecisions: { value: between(5, 60), unit: '项' },
      source: { outlet: '合成数据', date: `${year + 1}-01`, counts: `全市各级纪检监察机关 ${year} 年全年（合成数据，仅用于性能测量）` },
    },
    ...COUNTIES.map((county) => ({
      id: `synth-${county.id}-${year}`,
      year,
      organ: county.id,
      clarifiedPersons: { value: between(5, 40), unit: '人' },
      ...(random() < 0.5 ? { followUpVisits: { value: between(5, 80), unit: '人次' } } : {}),
      ...(random() < 0.5 ? { toleranceFilings: { value: between(1, 15), unit: '项' } } : {}),
      source: { outlet: '合成数据', date: `${year + 1}-02`, counts: `${county.name}纪委监委 ${year} 年全年（合成数据）` },
    })),
  ]);
  writeFileSync(join(dir, 'stats.yaml'), yaml.dump(statsRows, { lineWidth: -1 }));
  // One series of guiding cases per city or county organ, two batches a year.
  const seriesIssuers = [CITY, ...COUNTIES];
  const batchDates = [2019, 2020, 2021, 2022, 2023, 2024, 2025].flatMap((year) => [`${year}-06-28`, `${year}-12-20`]);
  writeFileSync(
    join(dir, 'series.yaml'),
    yaml.dump(
      seriesIssuers.map((issuer) => ({
        id: `${issuer.id}-cases`,
        issuer: issuer.id,
        title: `${issuer.name}容错纠错指导性案例`,
        effect: '参照',
        effectNote: '办理同类事项时参照执行（合成数据）。',
        batches: batchDates.map((date, index) => ({ number: index + 1, date })),
      })),
      { lineWidth: -1 },
    ),
  );
  // Cases are numbered once all are drawn: numbers rise with the batch date within a series.
  const pendingCases: { id: string; data: Record<string, unknown> & { series: string; date: string }; body: string }[] = [];

  const counts: Record<EntryKind, number> = { clarifications: 0, cases: 0, culture: 0 };
  for (let n = 1; n <= entries; n++) {
    const roll = random();
    const kind: EntryKind =
      roll < SYNTHETIC_MIX.clarifications
        ? 'clarifications'
        : roll < SYNTHETIC_MIX.clarifications + SYNTHETIC_MIX.cases
          ? 'cases'
          : 'culture';
    counts[kind] += 1;
    const organ = pick(issuing);
    const county = COUNTIES.find((c) => organ.id.startsWith(c.id)) ?? pick(COUNTIES);
    const town = pick(county.towns);
    const date = day(between(2019, 2025));
    const id = `${kind === 'clarifications' ? 'notice' : kind === 'cases' ? 'case' : 'culture'}-${String(n).padStart(5, '0')}`;
    let file: string;

    if (kind === 'clarifications') {
      const person = random() < 0.85;
      const who = person ? alias() : pick(ORGANIZATIONS)[0];
      const [role, tier] = pick(ROLES);
      const topics = [pick(TOPICS), pick(TOPICS)];
      const allegations = topics.map((topic) => ({ summary: `反映其在${topic}中${pick(MISDEEDS)}`, finding: '失实' }));
      const [scope, methods] = pick(SCOPES);
      const data = {
        title: person ? `关于对${anonymousTown(town)}某单位${role}${who}被反映问题的澄清说明` : `关于对${who}被反映问题的澄清说明`,
        date,
        organ: organ.id,
        summary: `经核查，反映${who}在${topics[0]}等工作中存在问题的举报不属实，予以澄清正名。`,
        tags: [topics[0], '澄清正名'],
        status: 'published',
        docNumber: `${county.name.slice(0, 2)}纪澄〔${date.slice(0, 4)}〕${between(1, 40)}号`,
        subject: person
          ? { type: '个人', alias: who, role: `某${role}`, tier }
          : { type: pick(ORGANIZATIONS.filter(([name]) => name === who))[1], alias: who, role: '被反映单位' },
        allegations,
        realNameReport: random() < 0.5,
        reporterFeedback: true,
        methods,
        scope,
        ...(methods.includes('公开栏')
          ? { postingPlaces: [{ id: `${county.id}-board-${between(1, 5)}`, name: `${county.name}某镇某村村务公开栏` }] }
          : {}),
        consent: true,
        delivery: { date: later(date, between(1, 5)), copyTo: ['所在单位党组织'] },
        // Internal notes are written as editors write them; the pipeline must strip every one.
        followUps: [
          { date: later(date, between(10, 40)), method: pick(VISIT_METHODS), internalNote: `了解${topics[0]}工作推进情况。` },
          ...(random() < 0.6
            ? [{ date: later(date, between(150, 200)), method: pick(VISIT_METHODS), internalNote: '向所在单位了解近期工作情况。' }]
            : []),
        ],
        ...(random() < 0.15
          ? {
              falseAccusation: {
                action: random() < 0.5 ? '移送' : '查处',
                organ: `${county.name}纪委监委`,
                // Handled before the notice: a later handling would be a supplement of its own.
                date: later(date, -between(1, 20)),
              },
            }
          : {}),
      };
      const paragraphs = allegations.map(
        (allegation, index) =>
          `${['一', '二', '三'][index]}、关于${allegation.summary.replace(/^反映其/, '反映' + who)}的问题。经查，${organ.shortName}${pick(CHECKS)}，${pick(FINDINGS)}。该问题失实。`,
      );
      file = frontMatter(
        data,
        `近期，${organ.shortName}收到反映${anonymousTown(town)}${who}有关问题的来信。经按规定程序核查，现将有关情况说明如下：\n\n${paragraphs.join('\n\n')}\n\n经征得本人同意，现予以澄清。欢迎群众继续通过正规渠道如实反映问题，对捏造事实、诬告陷害的，将依规依纪依法严肃处理。`,
      );
    } else if (kind === 'cases') {
      const issuer = seriesIssuers.find((candidate) => candidate.id === county.id) ?? CITY;
      const batch = between(1, batchDates.length);
      const date = batchDates[batch - 1]!;
      const who = alias();
      const scenario = pick(CASE_SCENARIOS);
      const decision = pick(CASE_DECISIONS);
      const action = pick(CASE_ACTIONS);
      const sector = pick(SECTORS);
      const topic = pick(TOPICS);
      const lesson = pick(CASE_LESSONS);
      const tolerated = decision !== '不予容错';
      const stages = CASE_STAGES.filter((_, index) => index === 0 || random() < 0.85);
      let stageDate = later(date, -between(200, 300));
      const process = stages.map((stage) => {
        stageDate = later(stageDate, between(7, 30));
        return { stage, date: stageDate, note: `${stage}：${organ.shortName}按程序办理。` };
      });
      const data = {
        title: `${town}在${topic}中${action.slice(0, 12)}问题的${decision === '不予容错' ? '不予容错' : decision}认定`,
        date,
        organ: issuer.id,
        summary: `${town}在${topic}中${action}，经综合分析初衷动机、决策程序、结果挽回和廉洁纪律，认定为${decision}。`,
        status: 'published',
        series: `${issuer.id}-cases`,
        batch,
        keywords: [...new Set([topic, scenario, decision, sector])].slice(0, 7),
        gist: `${lesson}；${tolerated ? '出于公心且及时纠偏的，可以依规容错' : '以发展为名行谋私之实的，不予容错'}。`,
        scenario,
        decision,
        assessment: {
          motive: { finding: tolerated ? `出发点是推进${topic}，没有私心。` : `以推进${topic}为名，实为照顾关联企业。`, meets: tolerated },
          procedure: {
            finding: `经班子集体研究，但${random() < 0.5 ? '部分环节未按规定报批' : '事前进行了容错备案'}。`,
            meets: random() < 0.6,
          },
          outcome: { finding: `损失已${tolerated ? '大部分挽回' : '无法挽回'}，${topic}按计划推进。`, meets: tolerated },
          integrity: { finding: tolerated ? '未发现谋取私利。' : '存在利益输送。', meets: tolerated },
        },
        exclusions: tolerated ? [] : ['谋取私利', '明知故犯'],
        // 问责方式 of 《问责条例》 art. 8 where the decision holds someone to account (content/case-law.ts).
        accountability: ACCOUNTABLE_DECISIONS.includes(decision) ? [{ target: '领导干部', measure: '诫勉' }] : [],
        filing: { registered: random() < 0.4 },
        process,
        basis: [{ title: '《中国共产党问责条例》', article: DECISION_ARTICLE[decision] ?? '第七条' }],
        sector,
        aftermath: `${town}建立了${topic}事前风险评估机制。`,
      };
      const body = [
        `## 基本情况\n\n${date.slice(0, 4)}年，${town}在${topic}工作中，${action}。分管干部${who}在推进过程中，${pick(['因时间紧迫', '因政策衔接不畅', '因群众诉求集中', '因施工条件变化'])}，导致${pick(['费用超出预算', '部分手续滞后', '工期延误', '个别群众不满'])}。`,
        `## 核查认定\n\n${organ.shortName}${pick(CHECKS)}，认为：${data.assessment.motive.finding}${data.assessment.procedure.finding}${data.assessment.outcome.finding}${data.assessment.integrity.finding}`,
        `## 处理结果\n\n经集体研究，依据有关规定，对${who}作出${decision}的认定${ACCOUNTABLE_DECISIONS.includes(decision) ? '，予以诫勉' : ''}，并督促相关单位完善制度。`,
        `## 典型意义\n\n${lesson}。本案对${sector}领域类似问题的处理具有参考意义，体现了“三个区分开来”的要求。`,
      ].join('\n\n');
      pendingCases.push({ id, data, body });
      continue;
    } else {
      const form = pick(CULTURE_FORMS);
      const subject = pick(STORY_SUBJECTS);
      const virtue = pick(VIRTUES);
      const data = {
        title: `${town}${form === '活动' ? '廉洁文化活动' : form}：${subject}里的${virtue}`,
        date,
        organ: organ.id,
        summary: `${town}${form}作品，讲述${subject}背后的${virtue}故事，适合在村社文化礼堂和公开栏张贴。`,
        tags: [form, virtue],
        status: 'published',
        form,
        source: `${town}廉洁文化征集活动（合成数据）`,
        audience: [pick(['党员干部', '家庭', '青少年', '社区居民'])],
        printable: random() < 0.5,
      };
      const body = [
        `老支书常说，${virtue}二字，写起来容易，做起来难。${town}有一户人家，至今保存着${subject}。`,
        `那年${pick(TOPICS)}，有人送来好处，他婉言谢绝，只留下一句话：公家的事，不能掺私心。`,
        `如今，这个故事被编进了${town}的${form}，在${pick(['文化礼堂', '村史馆', '社区书屋', '廉洁文化长廊'])}里讲给后人听，提醒大家守住${virtue}、${pick(VIRTUES)}的底线。`,
      ].join('\n\n');
      file = frontMatter(data, body);
    }
    writeFileSync(join(dir, kind, `${id}.md`), file);
  }
  const bySeries = Map.groupBy(pendingCases, (item) => item.data.series);
  for (const members of bySeries.values()) {
    members.sort((a, b) => a.data.date.localeCompare(b.data.date) || a.id.localeCompare(b.id));
    members.forEach((item, index) =>
      writeFileSync(join(dir, 'cases', `${item.id}.md`), frontMatter({ ...item.data, number: index + 1 }, item.body)),
    );
  }
  return { dir, entries: counts, organs: organs.length, glossaryTerms: GLOSSARY.length };
}
