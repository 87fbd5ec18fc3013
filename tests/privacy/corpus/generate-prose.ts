/**
 * Writes the prose corpora (`node tests/privacy/corpus/generate-prose.ts`): prose-corpus.jsonl,
 * which the name detector is tuned on, and prose-holdout.jsonl, which nobody tunes on. Both are
 * written in the patterns that public Chinese prose uses for people (issue 19): bylines and
 * credits, a post before the name, the name before a verb, lists, a space or middle dot inside a
 * name, a name followed by a unit word, and names that are also words; and clean look-alikes of
 * each pattern. The patterns were studied on stored public web pages (news, government, courts);
 * no sentence and no name of them is kept here: every template is written anew and every name is
 * invented by combining a surname with given-name characters.
 *
 * The held-out file uses other templates (every third one of each pattern), other given-name
 * characters and another random seed, so a rule tuned to one file is measured on the other.
 * Every row is tagged with its pattern (`pattern`). Deterministic: the same script writes the same files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

type Fill = Record<string, string>;
interface Row {
  id: string;
  pattern: string;
  text: string;
  leaks: Array<{ kind: 'name'; value: string }>;
}

/** A small seeded generator (mulberry32), so the corpus is reproducible. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON_SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];
/** Surnames in common use that are rare as characters or were missing from older lists. */
const RARE_SURNAMES = [...'俎操镡亓仉訾禤阚蔺邝眭逢綦隗冼揭缑佘鄢昝郦宓靳甘闵祁冉'];
const COMPOUND = ['欧阳', '司马', '上官', '诸葛', '闾丘', '司徒', '皇甫', '令狐', '慕容', '东方', '夏侯', '尉迟'];

/** Given-name characters, split so that the held-out file meets characters the tuned one never saw. */
const GIVEN_TUNE = [...'伟芳娜敏静丽强磊洋艳勇斐杰航涛超明霞秀英华慧建国兰平刚桂志红玉萍鹏辉晶云飞斌宇浩凯琳雪梅晨欣怡婷鑫瑶颖悦'];
const GIVEN_HOLD = [...'锐雯昊峻岚彬璐蕾哲翔珊倩琦蓓璇晗骁湛瀚珂昕晖喆骞珩堃樾钊淼宸朔芸蔚岑'];

/** Invented names that are also ordinary words, used only where the context is personal. */
const WORD_NAMES_TUNE = ['马力', '高山', '方圆', '江涛', '金鑫', '白云', '常青', '黎明'];
const WORD_NAMES_HOLD = ['向阳', '石磊', '夏天', '田野', '文静', '安宁'];

const PLACES = ['青溪镇', '白沙村', '东湖街道', '临江县', '石塘村', '云岭乡', '杨柳社区', '南湾村', '北关街道', '梅岭镇', '双河乡', '红星村'];
const UNITS = ['区纪委监委', '县市场监管局', '镇卫生院', '县农业农村局', '市消防救援支队', '县人民医院', '区教育局', '镇人民政府', '县自然资源局', '市应急管理局', '县供电公司', '区人民法院'];
const TOPICS = ['基层减负', '耕地保护', '乡村振兴', '作风建设', '安全生产', '农村集体“三资”管理', '民生实事', '森林防火', '营商环境', '医保基金监管'];
const QUOTES = ['把群众的事当成自己的事', '只要大家信得过，再苦也值', '这件事必须查清楚', '澄清了事实，我心里的石头落地了', '干事的人不能让他寒心', '有了这份通知，心里踏实多了'];

const pick = <T>(rand: () => number, list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

function nameMaker(rand: () => number, given: readonly string[]) {
  return (length?: 2 | 3 | 4): string => {
    const roll = rand();
    const surname = length === 4 || (length === undefined && roll < 0.08) ? pick(rand, COMPOUND) : roll < 0.22 ? pick(rand, RARE_SURNAMES) : pick(rand, COMMON_SURNAMES);
    const total = length ?? (surname.length === 2 ? (rand() < 0.5 ? 3 : 4) : rand() < 0.45 ? 2 : 3);
    const givenLength = Math.max(1, total - surname.length);
    let out = surname;
    for (let k = 0; k < givenLength; k++) out += pick(rand, given);
    return out;
  };
}

/**
 * Templates: {N1} {N2} … are names, {S1} … a name with a space or dot inside, {P} a place, {U} a
 * unit, {T} a topic, {Q} a quotation, {n} a number. Clean templates have no {N}.
 */
const NAME_TEMPLATES: Record<string, string[]> = {
  byline: [
    '（记者{N1} 通讯员{N2}）{P}围绕{T}开展专项整治，目前已完成第一阶段任务。',
    '本报讯（通讯员 {N1} 记者 {N2}）近日，{U}召开{T}工作推进会。',
    '{P}的志愿者正在为老人测量血压。（{N1} 摄）',
    '{U}干部深入田间了解{T}落实情况。{N1}摄',
    '工作人员在{P}清理河道。（{N1}/图）',
    '作者：{N1}\n来源：{U}\n{T}没有旁观者。',
    '（作者单位：{U}）\n责任编辑：{N1}  审核：{N2}',
    '本报记者 {N1}\n“{Q}。”在{P}，这句话常被提起。',
    '{U}把{T}列入年度重点任务。 记者 {N1} {N2} 报道',
    '文/{N1} 图/{N2}\n清晨的{P}，薄雾还没散去。',
    '新华社北京3月28日电（记者{N1}、{N2}）记者从{U}获悉，{T}取得新进展。',
    '{P}村民在新修的文化广场上排练节目。（通讯员 {N1}）',
    '让{T}落地生根/{N1} {N2}\n{P}地处山区，交通不便。',
    '图为{N1}（右一）在{P}查看灌溉设施。',
    '■{N1}\n{T}是一场持久战，容不得半点松懈。',
    '编辑：{N1}  校对：{N2}  签发：{N3}',
  ],
  post: [
    '{U}党委书记{N1}对此深有感触：“{Q}。”',
    '{U}纪检监察组组长{N1}到{P}督导{T}工作。',
    '消防员{N1}第一个冲进浓烟，把被困老人背了出来。',
    '中国工程院院士{N1}在论坛上作了主旨报告。',
    '省交通运输厅厅长{N1}带队到{P}调研{T}。',
    '党委书记、居委会主任{N1}上任{n}年来，把{P}的旧账一笔笔理清了。',
    '{U}中队队长助理{N1}正在准备野外生存训练的物资。',
    '驻村第一书记{N1}介绍，{P}今年新建了两座蓄水池。',
    '乡村医生{N1}在{P}坚守了{n}年。',
    '网格员{N1}挨家挨户上门宣传{T}政策。',
    '资深媒体人{N1}认为，{T}需要久久为功。',
    '退休教师{N1}义务为留守儿童辅导功课。',
    '{U}党组成员、副局长{N1}主持会议。',
    '派出所所长{N1}带领民警连夜排查。',
    '{P}党支部书记{N1}把群众的意见一条条记在本子上。',
    '主治医师{N1}和同事连续工作了{n}个小时。',
  ],
  verb: [
    '{N1}说，{Q}。',
    '“{Q}。”{N1}表示。',
    '{N1}把名下的承包地流转给了合作社。',
    '{N1}站在田埂上，望着刚刚返青的麦苗。',
    '{N1}今年{n}岁，在{P}经营一家小饭馆。',
    '{N1}告诉记者，{T}让村里的账目清清楚楚。',
    '{N1}回忆道：“那时候，{P}连一条像样的路都没有。”',
    '那天夜里，{N1}接到电话后立即赶往现场。',
    '{N1}笑着说：“{Q}。”',
    '{N1}坦言，刚开始也有顾虑。',
    '由于经验丰富，{N1}在演练中负责组织协调。',
    '{N1}一边整理材料，一边向我们介绍情况。',
    '这次驻训，{N1}操心的事可不少。',
    '18年来，{N1}参与过{n}多次救援。',
    '{N1}没有想到，一封匿名信会让自己陷入风波。',
    '看着新修的水渠，{N1}心里踏实了。',
  ],
  list: [
    '市领导{N1}、{N2}、{N3}出席活动。',
    '摄影：{N1} {N2} {N3}',
    '参加座谈的有{N1}、{N2}和{N3}等{n}名村民代表。',
    '{N1}、{N2}两位老党员主动报名当起了调解员。',
    '获奖名单：{N1}、{N2}、{N3}、{N4}',
    '{N1}、{N2}、{N3}被评为{U}优秀共产党员。',
    '专家组成员{N1}、{N2}对{T}方案进行了评审。',
    '记者 {N1} {N2} {N3}',
    '{U}干部{N1}、{N2}，{P}村民{N3}在仪式上发言。',
    '本期值班：{N1}；编辑：{N2}、{N3}',
    '获评“最美家庭”的有{N1}家庭、{N2}家庭。',
    '{N1}和{N2}是{P}最早种植茶叶的两户。',
  ],
  unit: [
    '{N1}所在街道党工委第一时间召开会议。',
    '{N1}所在村的党支部为他出具了证明。',
    '{N1}所在单位已将澄清材料存入档案。',
    '{N1}所在的社区专门召开了澄清会。',
    '{N1}所在支部组织党员开展谈心谈话。',
    '{N1}所在企业的负责人也到场旁听。',
    '{U}向{N1}所在镇党委反馈了核查结果。',
    '{N1}所在科室的同事都松了一口气。',
    '{N1}所属网格的群众主动为他作证。',
  ],
};

/** A space or a middle dot inside a two-character name: 祁 晖, 冯·喆, 祁\u3000晖. */
const SPACED_TEMPLATES = [
  '记者 {S1} 通讯员 {N2}',
  '（{S1} 摄）',
  '文/{S1}\n{P}的清晨格外安静。',
  '责任编辑：{S1}',
  '本报记者 {S1} 报道',
  '通讯员 {S1} {N2}',
  '{U}干部{S1}说，{Q}。',
  '作者：{S1}（{U}）',
  '采写：{S1}  摄影：{N2}',
];

/** Names that are also words, only where the context makes a person of them. */
const WORD_NAME_TEMPLATES = [
  '记者{W1}从{U}获悉，{T}进展顺利。',
  '{W1}说，{Q}。',
  '（{W1} 摄）',
  '村民{W1}主动退还了多领的补贴。',
  '被举报人{W1}所反映的问题经核查不属实。',
  '责任编辑：{W1}',
  '党支部书记{W1}带头签下承诺书。',
];

/** Clean look-alikes of every pattern: institutional prose, places, slogans, aliases, set phrases. */
const CLEAN_TEMPLATES: Record<string, string[]> = {
  byline: [
    '记者从{U}获悉，{T}工作已完成阶段性任务。',
    '本报讯 近日，{U}召开{T}工作推进会。',
    '{P}一角。（资料图片）',
    '{U}干部深入田间了解{T}落实情况。（图片由{U}提供）',
    '来源：{U}  发布时间：2024年3月{n}日',
    '（作者单位：{U}）',
    '本报记者近日走进{P}，了解{T}的新变化。',
    '新华社北京3月{n}日电 记者从{U}获悉，{T}取得新进展。',
    '图为{P}新修的文化广场。',
    '记者 报道：{P}的{T}经验在全县推广。',
    '（{U}供图）{P}的{T}现场会。',
    '摄影：{U}宣传科  编辑：{U}办公室',
    '{P}的{T}经验被{U}推广。（通讯员供稿）',
  ],
  post: [
    '党委书记要履行{T}第一责任人职责。',
    '纪检监察组组长要把监督挺在前面。',
    '消防员们在{P}开展应急演练。',
    '{U}党委书记带头讲廉政党课。',
    '驻村第一书记要吃住在村，真正沉下去。',
    '乡村医生是守护农民健康的“网底”。',
    '网格员每天要走访{n}户居民。',
    '派出所所长和教导员分片包干。',
    '{U}主要负责人对{T}负总责。',
    '副局长分管{T}和安全生产工作。',
    '{U}党委书记、主任主持召开{T}专题会议。',
    '{P}党支部书记带领党员清理{P}的河道。',
    '{U}纪检监察组组长列席{T}会议。',
  ],
  verb: [
    '会议强调，{T}要常抓不懈。',
    '调查组表示，{Q}。',
    '经核查，反映的问题不属实。',
    '高明区把{T}纳入年度考核。',
    '江山市的做法值得借鉴。',
    '常山县今年新建了{n}座蓄水池。',
    '金华市持续推进{T}。',
    '石门县把{T}列入民生实事。',
    '古荔树下，村民们围坐在一起商量{T}。',
    '群众说，{Q}。',
    '向阳坡上的茶园已经采了头茬茶。',
    '高山流水，{P}风景如画。',
    '{U}说，{T}要抓在日常。',
    '{P}把{T}纳入村规民约，群众说，{Q}。',
    '{U}表示，将持续推进{T}。',
    '近日，{U}到{P}督导{T}，现场解决问题{n}个。',
    '{P}今年新建了{n}座蓄水池，{T}有了新变化。',
  ],
  list: [
    '市、县、乡三级联动，推动{T}落实。',
    '出席活动的有{U}、{U}和{P}的负责同志。',
    '获奖单位：{U}、{U}、{U}',
    '参会人员：各乡镇（街道）纪（工）委书记',
    '{P}、{P}、{P}被评为{T}示范点。',
    '本期值班：{U}办公室',
    '{U}、{U}联合开展{T}专项检查。',
    '{P}、{P}两地共享{T}经验。',
  ],
  unit: [
    '事发地所在街道党工委第一时间召开会议。',
    '被反映人所在单位已将澄清材料存入档案。',
    '当事人所在的社区专门召开了澄清会。',
    '企业所在镇党委听取了核查结果。',
    '李某所在村的党支部为他出具了证明。',
    '王某某所在科室的同事都松了一口气。',
  ],
  alias: [
    '区纪委监委会同县农业农村局开展核查。',
    '{U}随后通过镇级平台公开了结果。',
    '调查组调取了审计报告和村卫生室的台账。',
    '核查组约谈了韦某，并和韦某一起核对了账目。',
    '经查，陈某系经镇卫生院正式聘用的人员。',
    '张某某与李某之间不存在经济往来。',
    '据周某介绍，{T}台账齐全。',
    '{U}会同{U}对{P}的{T}开展回访。',
    '核查组和{P}干部一起走访了{n}户群众。',
    '经查，刘某某系经{U}批准后领取的补助。',
    '举报人反映的问题与事实不符，向某某的名誉应予澄清。',
  ],
  slogan: [
    '以廉为荣，以贪为耻。',
    '风清气正，崇廉尚洁。',
    '严管就是厚爱，信任激励担当。',
    '同心同德，干事创业。',
    '清白传家，耕读继世。',
    '万家灯火，民生为本。',
    '一丝一粒，我之名节。',
    '廉洁从政，从严治家。',
    '金山银山，不如绿水青山。',
    '明德守正，常怀敬畏。',
  ],
  spaced: [
    '列夫·托尔斯泰的小说在图书角很受欢迎。',
    '马克·吐温说过的一句话被写在墙上。',
    '“清 廉 家 风”四个大字格外醒目。',
    '{P} {P} {P}',
    '{U}　{U}',
    '时间：2024年3月{n}日  地点：{U}会议室',
  ],
};

function fillTemplate(template: string, fill: Fill): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => fill[key] ?? '');
}

function build(part: 'tune' | 'hold', seed: number): Row[] {
  const rand = random(seed);
  const given = part === 'tune' ? GIVEN_TUNE : GIVEN_HOLD;
  const makeName = nameMaker(rand, given);
  const ofPart = <T>(list: readonly T[]) => list.filter((_, k) => (part === 'hold') === (k % 3 === 2));
  const rows: Row[] = [];
  const baseFill = (): Fill => ({ P: pick(rand, PLACES), U: pick(rand, UNITS), T: pick(rand, TOPICS), Q: pick(rand, QUOTES), n: String(3 + Math.floor(rand() * 20)) });
  const add = (pattern: string, template: string, times: number) => {
    for (let k = 0; k < times; k++) {
      const fill = baseFill();
      const leaks: Row['leaks'] = [];
      const used = new Set<string>();
      for (const key of template.match(/\{([NSW]\d)\}/g) ?? []) {
        const slot = key.slice(1, -1);
        let name = '';
        let shown = '';
        for (let tries = 0; tries < 20 && (!name || used.has(name)); tries++) {
          if (slot.startsWith('W')) name = shown = pick(rand, part === 'tune' ? WORD_NAMES_TUNE : WORD_NAMES_HOLD);
          else if (slot.startsWith('S')) {
            name = makeName(2);
            shown = `${name[0]}${pick(rand, [' ', ' ', '\u3000', '·', '・'])}${name.slice(1)}`;
          } else name = shown = makeName();
        }
        used.add(name);
        fill[slot] = shown;
        leaks.push({ kind: 'name', value: shown });
      }
      rows.push({ id: '', pattern, text: fillTemplate(template, fill), leaks });
    }
  };
  const perTemplate = part === 'tune' ? 22 : 14;
  for (const [pattern, templates] of Object.entries(NAME_TEMPLATES)) for (const t of ofPart(templates)) add(pattern, t, perTemplate + (pattern === 'unit' ? 4 : 0));
  for (const t of ofPart(SPACED_TEMPLATES)) add('spaced', t, perTemplate + 4);
  for (const t of ofPart(WORD_NAME_TEMPLATES)) add('word-name', t, perTemplate);
  const cleanTimes = part === 'tune' ? 40 : 30;
  for (const [pattern, templates] of Object.entries(CLEAN_TEMPLATES))
    for (const t of ofPart(templates)) add(`clean-${pattern}`, t, /\{[PUTQn]\}/.test(t) ? cleanTimes : 2);
  // A clean template without slots gives one distinct row however often it is drawn.
  const seen = new Set<string>();
  const unique = rows.filter((row) => (seen.has(row.text) ? false : (seen.add(row.text), true)));
  return unique.map((row, k) => ({ ...row, id: `${part === 'tune' ? 'p' : 'ph'}-${row.pattern}-${String(k + 1).padStart(4, '0')}` }));
}

const dir = import.meta.dirname;
for (const [file, part, seed] of [
  ['prose-corpus.jsonl', 'tune', 19],
  ['prose-holdout.jsonl', 'hold', 1919],
] as const) {
  const rows = build(part, seed);
  writeFileSync(join(dir, file), `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  const named = rows.filter((r) => r.leaks.length > 0).length;
  console.log(`${file}: ${rows.length} rows, ${named} with names, ${rows.length - named} clean`);
}
