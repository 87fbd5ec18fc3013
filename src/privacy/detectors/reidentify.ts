/**
 * Re-identification (`reidentify`): an alias does not anonymise a person whose unit is spelled
 * out. 石塘村党支部书记李某 names the one secretary of one village, and 澄江区市场监管局副局长陈某某
 * one of two or three deputy heads of one bureau: everyone who knows the unit knows the person.
 * Following the Supreme People's Court's 2016 provisions on publishing judgments online (delete
 * the information from which a person can be identified), a finding is raised when an alias is
 * paired, in the same clause, with
 *   - a named unit below county level (a village, community, township, street, school, hospital,
 *     station …), or
 *   - any named unit plus a post that one person holds (局长, 校长, 院长, 书记, 会计 …).
 * "Named" means the unit's own name is written out; 某街道某村党支部书记李某 and 某区某局副局长陈某某
 * are how it should read. A front-matter `role:` line is checked the same way, because every page
 * prints the role beside the alias. The limits are in src/privacy/README.md.
 */
import { leadingSurname } from '../../names/index.ts';
import type { RawMatch } from '../types.ts';

/** Units below county level: naming one of them is enough to point at its few people. */
const LOCAL_UNITS = [
  '街道',
  '社区',
  '小区',
  '村',
  '组',
  '镇',
  '乡',
  '学校',
  '小学',
  '中学',
  '幼儿园',
  '医院',
  '卫生院',
  '卫生室',
  '派出所',
  '司法所',
  '财政所',
  '供电所',
  '站',
  '所',
  '中队',
  '大队',
  '支行',
  '分理处',
  '营业所',
  '合作社',
  '公司',
  '厂',
  '店',
  '农场',
  '林场',
  '茶场',
  '渔场',
  '牧场',
  '队',
  '科',
  '股',
  '门诊部',
  '病区',
  '车间',
  '班',
  '年级',
];
/** County-level departments and areas: naming one identifies a person only together with a one-holder post. */
const DEPARTMENT_UNITS = [
  '局',
  '委员会',
  '委',
  '办公室',
  '办',
  '厅',
  '处',
  '中心',
  '法院',
  '检察院',
  '集团',
  '银行',
  '分行',
  '区',
  '县',
  '市',
  '州',
  '省',
  '旗',
];
/** Units that carry no name of their own (村党支部): the unit above them decides. */
const GENERIC_UNITS = [
  '党支部',
  '党总支',
  '党委',
  '党工委',
  '党组',
  '支部',
  '村委会',
  '居委会',
  '村民委员会',
  '居民委员会',
  '纪委',
  '监委',
  '纪工委',
  '工会',
  '团委',
  '妇联',
  '监委会',
  '村监委会',
];

/** Posts that one person (or two or three) holds in a unit. */
const SINGLE_POSTS = [
  '党支部书记',
  '党委书记',
  '党总支书记',
  '党工委书记',
  '书记',
  '副书记',
  '主任',
  '副主任',
  '局长',
  '副局长',
  '科长',
  '副科长',
  '股长',
  '所长',
  '副所长',
  '站长',
  '副站长',
  '院长',
  '副院长',
  '校长',
  '副校长',
  '园长',
  '镇长',
  '副镇长',
  '乡长',
  '副乡长',
  '区长',
  '副区长',
  '县长',
  '副县长',
  '市长',
  '副市长',
  '村长',
  '支书',
  '会计',
  '出纳',
  '报账员',
  '行长',
  '副行长',
  '经理',
  '总经理',
  '副经理',
  '董事长',
  '厂长',
  '副厂长',
  '队长',
  '副队长',
  '组长',
  '部长',
  '副部长',
  '处长',
  '副处长',
  '主席',
  '副主席',
  '主管',
  '馆长',
  '社长',
  '网格长',
  '护士长',
  '教导主任',
  '班主任',
  '负责人',
  '法定代表人',
  '总务主任',
  '教务主任',
  '政教主任',
  '德育主任',
  '办公室主任',
  '文书',
  '中队长',
  '大队长',
  '统计员',
  '保管员',
  '护林员',
  '所长助理',
  '理事长',
  '监事长',
];
/** Other posts: many people hold them, so only a local unit makes them identifying. */
const OTHER_POSTS = [
  '干部',
  '工作人员',
  '职工',
  '员工',
  '村民',
  '居民',
  '党员',
  '教师',
  '老师',
  '医生',
  '护士',
  '民警',
  '辅警',
  '法官',
  '检察官',
  '科员',
  '委员',
  '网格员',
  '村干部',
  '社工',
];

const longestFirst = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
const POST_AT_END = new RegExp(`(?:${longestFirst([...SINGLE_POSTS, ...OTHER_POSTS]).join('|')})$`);
const UNIT_AT_END = new RegExp(`(?:${longestFirst([...LOCAL_UNITS, ...DEPARTMENT_UNITS, ...GENERIC_UNITS]).join('|')})$`);
/** Words that end in a unit character but are no unit: 农村, 城乡, 城市, 市场 (市 + 场), 小组, 辖区. */
const NOT_UNITS = new Set([
  '农村',
  '乡村',
  '城乡',
  '城市',
  '都市',
  '乡镇',
  '城镇',
  '集镇',
  '小组',
  '党组',
  '辖区',
  '地区',
  '山区',
  '城区',
  '景区',
  '园区',
  '片区',
  '老区',
  '郊区',
  '厂区',
  '矿区',
  '校区',
  '省市',
  '县市',
]);
/** Words that start with a unit character but are no unit: 市场 (澄江区市场监管局), 村民, 区域, 组织. */
const NOT_UNITS_FORWARD = new Set([
  '市场',
  '市民',
  '市政',
  '市容',
  '区域',
  '区位',
  '县域',
  '镇域',
  '村民',
  '村务',
  '村级',
  '村庄',
  '村容',
  '村规',
  '组织',
  '局面',
  '所以',
  '所有',
  '所在',
  '所属',
  '站在',
  '队伍',
  '处理',
  '处置',
  '处分',
  '科技',
  '科学',
  '委员',
  '委托',
  '办理',
  '办事',
  '办学',
  '院子',
  '乡土',
  '乡亲',
  '乡贤',
  '省级',
  '市级',
  '区级',
  '县级',
  '镇级',
  '乡级',
  '社会',
  '场所',
  '店铺',
  '厂房',
  '中心',
  '街道',
]);

/** Characters a unit's name never contains: they belong to the words before it (反映石桥镇, 收到…). */
const NOT_IN_NAMES = /[对向在于据映到的与及为是将把被从由给让请称等、]/u;

/**
 * Verbs and conjunctions that end the words before a place, never its name (issue 19):
 * 区纪委监委会同县农业农村局, 后通过镇级平台, 审计报告和村卫生室, 陈某系经镇卫生院. A two-character one
 * ends the run anywhere in it; a one-character one only after the run's first character, because
 * a place may begin with it (和平村, 同心县).
 */
const BEFORE_PLACE_WORDS = /会同|通过|经过|联合|协同|配合|会商|商请|督促|指导|责成|要求|组织|前往|来到|深入|走访|系经/gu;
const BEFORE_PLACE_CHARS = /[和与及经系并同向对由从给到赴]/u;

/**
 * How many characters at the start of a place's run (`name`) belong to the words before it. The
 * one-character words count only for place names (`chars`): a unit's name may hold them
 * (自然资源和规划局, 股份经济合作社).
 */
export function wordsBeforePlace(name: string, chars = true, before = ''): number {
  let cut = 0;
  // A two-character word may begin on the character before the run (会同云岙镇: the run is 同云岙).
  for (const m of `${before}${name}`.matchAll(BEFORE_PLACE_WORDS)) cut = Math.max(cut, m.index + m[0].length - before.length);
  if (chars) for (let k = Math.max(1, cut); k < name.length; k++) if (BEFORE_PLACE_CHARS.test(name[k]!)) cut = k + 1;
  return cut;
}

/** The unit suffix that `text` ends with, if it really ends a unit (农村 ends no 村). */
function unitSuffixAtEnd(text: string): string | undefined {
  const suffix = UNIT_AT_END.exec(text)?.[0];
  if (suffix === undefined) return undefined;
  return suffix.length === 1 && NOT_UNITS.has(text.slice(-2)) ? undefined : suffix;
}
const SINGLE = new Set(SINGLE_POSTS);
const LOCAL = new Set(LOCAL_UNITS);

/** What may stand between a unit chain and the alias after it: 李某系…, 陈某某（…）. */
const LINK_AFTER_ALIAS = /^(?:系|是|为|任|担任|时任|现任|原任|原系|作为|[(（])/u;
const CLAUSE_END = /[，。；！？、\n,;!?：:“”"]/u;

interface Unit {
  /** Offsets into the analysed string: the whole unit and its own name. */
  start: number;
  nameStart: number;
  end: number;
  suffix: string;
}

/**
 * Splits the end of `chain` into its post and the units before it, lowest unit first:
 * 云岙镇石塘村党支部书记 → post 书记, units 党支部, 石塘村, 云岙镇.
 */
function parseChain(chain: string): { post: string; units: Unit[] } {
  const post = POST_AT_END.exec(chain)?.[0] ?? '';
  let rest = chain.slice(0, chain.length - post.length);
  const units: Unit[] = [];
  while (rest.length > 0) {
    const suffix = unitSuffixAtEnd(rest);
    if (!suffix) break;
    const suffixStart = rest.length - suffix.length;
    // The unit's own name runs back to the previous unit's suffix.
    let nameStart = suffixStart;
    // Place names are short (石塘村, 澄江区); a unit's name may be long (自然资源和规划局).
    const longest = ['省', '市', '区', '县', '州', '旗', '镇', '乡', '街道', '村', '社区', '组'].includes(suffix) ? 4 : 8;
    const endsUnit = (at: number) => {
      const found = unitSuffixAtEnd(rest.slice(0, at));
      return found !== undefined && !NOT_UNITS_FORWARD.has(`${found.at(-1)}${rest[at] ?? ''}`);
    };
    while (
      nameStart > 0 &&
      !endsUnit(nameStart) &&
      /[\u3400-\u9fff]/u.test(rest[nameStart - 1]!) &&
      !NOT_IN_NAMES.test(rest[nameStart - 1]!) &&
      suffixStart - nameStart < longest
    )
      nameStart--;
    nameStart += wordsBeforePlace(rest.slice(nameStart, suffixStart), longest === 4);
    units.push({ start: nameStart, nameStart, end: rest.length, suffix });
    rest = rest.slice(0, nameStart);
  }
  return { post, units };
}

/** Words before a unit that say when, not which: 原村委会主任, 时任镇长. */
const TIME_WORDS = /^(?:原|前|现|时任|现任|原任|曾任|代理|常务|该|本|其|所在|辖区|当地)+/u;

function ownName(chain: string, unit: Unit): string {
  return chain.slice(unit.nameStart, unit.end - unit.suffix.length).replace(TIME_WORDS, '');
}

/** Names an institution shares with hundreds of others: 中心小学, 第一中学, 人民医院, 实验学校. */
const GENERIC_INSTITUTION_NAME =
  /^(?:第[一二三四五六七八九十百\d]+|镇|乡|村|县|区|市|街道|中心|人民|实验|附属|城关|中医|妇幼|疾控|卫生|公办|民办|市直|县直|区直|机关|职业|技工|高级|初级|中等|普通|农村|城市|综合|社区|乡镇|国有|集体|股份|经济|信用|农业|商业|工业|建筑|物业|劳务|城管|执法|交警|刑侦|治安|消防|环卫|园林|市政|供水|供电|燃气|邮政|骨|内|外|妇|儿|急诊|检验|放射|药|财务|人事|办公|党政|综治|信访|后勤|总务|教务|政教)+$/u;

/** Institutions usually called by a proper name of their own. */
const NAMED_INSTITUTIONS = new Set(['小学', '中学', '学校', '幼儿园', '医院', '卫生院', '卫生室']);

/** Places: a unit with one of these suffixes and a name of its own anchors a chain in the world. */
const PLACES = new Set(['省', '市', '区', '县', '州', '旗', '镇', '乡', '街道', '村', '社区', '小区', '组']);

/**
 * True when a chain (units + post) identifies its holder. The chain must be anchored by a named
 * place (石塘村, 芸溪区: a place word with a name of its own), nothing between that place and the
 * post may be anonymised (某区市场监管局 and 芸溪区某局 are anonymous), and either the unit is
 * below county level or the post is held by one person. Functional names alone (镇农业农村办公室,
 * 区住房和城乡建设局) point at no place.
 */
function identifies(chain: string): { at: number } | undefined {
  const { post, units } = parseChain(chain);
  let anchor: Unit | undefined;
  for (const unit of units) {
    const name = ownName(chain, unit);
    if (name.includes('某')) return undefined;
    // A place with a name, or a school or hospital with a proper name (翠岩小学, not 中心小学);
    // offices named by their work (自然资源所, 城市管理科) need a named place above them.
    // Place names have two characters or more (石塘村); 经村党委书记 is 经 + 村党委书记.
    if (
      (PLACES.has(unit.suffix) && name.length >= 2) ||
      (NAMED_INSTITUTIONS.has(unit.suffix) && name.length > 0 && !GENERIC_INSTITUTION_NAME.test(name))
    ) {
      anchor = unit;
      break;
    }
  }
  if (!anchor) return undefined;
  const below = units.slice(0, units.indexOf(anchor) + 1);
  if (!below.some((unit) => LOCAL.has(unit.suffix)) && !SINGLE.has(post)) return undefined;
  // The finding reaches up over the named units above the anchor (云岙镇 above 石塘村), to the
  // first anonymised one.
  let at = anchor.start;
  for (const unit of units.slice(units.indexOf(anchor) + 1)) {
    const name = ownName(chain, unit);
    if (name.includes('某') || unit.end !== at) break;
    at = unit.start;
  }
  return { at };
}

/** Person aliases in `text`: 李某, 陈某某, 王某甲, 欧阳某. */
function aliases(text: string): Array<{ start: number; end: number }> {
  const found: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/某(?:某|[甲乙丙丁戊己庚辛壬癸])?/gu)) {
    for (const length of [2, 1]) {
      const start = m.index - length;
      // 局长孙某 is 局长 + 孙某, not 局 + 长孙某: a compound surname never swallows the end of a post.
      if (length === 2 && POST_AT_END.test(text.slice(Math.max(0, start - 4), start + 1))) continue;
      if (start >= 0 && leadingSurname(text.slice(start, m.index)) === text.slice(start, m.index)) {
        found.push({ start, end: m.index + m[0].length });
        break;
      }
    }
  }
  return found;
}

/** The clause of `text` that ends at `end` (at most 40 characters), without leading punctuation. */
function clauseBefore(text: string, end: number): { start: number; value: string } {
  let start = end;
  while (start > 0 && end - start < 40 && !CLAUSE_END.test(text[start - 1]!)) start--;
  return { start, value: text.slice(start, end) };
}

/** The organ's own posts (区纪委书记) describe the issuer acting in office, not the person clarified. */
const ORGAN_WORDS = /纪委|监委|纪工委|纪检|监察/u;
const POST_ANYWHERE = new RegExp(longestFirst(SINGLE_POSTS).join('|'), 'gu');

/**
 * Every alias paired with a unit and post that identify the person: next to the alias in the same
 * clause, or anywhere in a text that names someone by alias (反映你在云岙镇石塘村党支部书记任上), since
 * the entry pairs them; and the subject's `role:` line.
 */
export function detectReidentification(text: string): RawMatch[] {
  const matches: RawMatch[] = [];
  const push = (start: number, end: number) => {
    if (!matches.some((m) => m.start < end && start < m.end))
      matches.push({ start, end, kind: 'reidentify', value: text.slice(start, end) });
  };
  const found = aliases(text);
  for (const alias of found) {
    const before = clauseBefore(text, alias.start);
    const chain = identifies(before.value);
    if (chain) {
      push(before.start + chain.at, alias.end);
      continue;
    }
    // 李某系云岙镇石塘村党支部书记, 陈某某（澄江区市场监管局副局长）
    const after = text.slice(alias.end, alias.end + 44);
    const link = LINK_AFTER_ALIAS.exec(after)?.[0];
    if (link === undefined) continue;
    let length = link.length;
    while (length < after.length && !CLAUSE_END.test(after[length]!) && !/[)）]/u.test(after[length]!)) length++;
    if (identifies(after.slice(link.length, length))) push(alias.start, alias.end + length);
  }
  // A unit and one-holder post elsewhere in a text that has an alias.
  if (found.length > 0) {
    for (const post of text.matchAll(POST_ANYWHERE)) {
      const end = post.index + post[0].length;
      const before = clauseBefore(text, end);
      const chain = identifies(before.value);
      if (chain && !ORGAN_WORDS.test(before.value.slice(chain.at))) push(before.start + chain.at, end);
    }
  }
  // The `role:` of a notice's subject is printed beside the alias on every page.
  for (const m of text.matchAll(/^([ \t]*role:[ \t]*['"]?)([^'"\n#]+?)['"]?[ \t]*(?:#.*)?$/gmu)) {
    const chain = identifies(m[2]!);
    if (chain) push(m.index + m[1]!.length + chain.at, m.index + m[1]!.length + m[2]!.length);
  }
  return matches.sort((a, b) => a.start - b.start);
}

/** Rewrites the own name of every unit in a finding; the alias, unit words and post stay. */
function rewriteUnitNames(value: string, rewrite: (name: string) => string): string {
  const list = aliases(value);
  const last = list.at(-1);
  const first = list[0];
  let chainStart = 0;
  let chainEnd = value.length;
  if (last && last.end === value.length) chainEnd = last.start;
  else if (first && first.start === 0) chainStart = first.end + (LINK_AFTER_ALIAS.exec(value.slice(first.end))?.[0].length ?? 0);
  const chain = value.slice(chainStart, chainEnd);
  const { post, units } = parseChain(chain);
  let out = chain.slice(0, chain.length - post.length);
  for (const unit of units) {
    const nameEnd = unit.end - unit.suffix.length;
    if (nameEnd > unit.nameStart)
      out = `${out.slice(0, unit.nameStart)}${rewrite(out.slice(unit.nameStart, nameEnd))}${out.slice(nameEnd)}`;
  }
  return `${value.slice(0, chainStart)}${out}${post}${value.slice(chainEnd)}`;
}

/** The finding's excerpt: every unit's own name starred (**镇**村党支部书记李某). */
export const maskReidentification = (value: string) => rewriteUnitNames(value, (name) => '*'.repeat(name.length));

/** What `npm run redact` writes instead: 云岙镇石塘村党支部书记李某 → 某镇某村党支部书记李某. */
export const generaliseReidentification = (value: string) => rewriteUnitNames(value, () => '某');

/** Words before a place word that are no name of a place: 本村, 全镇, 该社区, 乡镇, 农村. */
const NOT_PLACE_NAMES =
  /^(?:全|本|该|各|邻|同|此|其|外|每|乡|城|农|集|小|大|所在|辖区|当地|附近|周边|相关|有关|涉及|上述|以上|下辖|所属)+$/u;

/**
 * Named places below county level anywhere in a text (云岙镇, 石塘村, 桥东街道), as spans of their own
 * names. `npm run redact` generalises them all once a text names people: a place left in another
 * sentence (抄送：云岙镇党委) would undo the generalisation next to the alias.
 */
export function namedLocalPlaces(text: string): Array<{ start: number; end: number; suffix: string }> {
  const spans: Array<{ start: number; end: number; suffix: string }> = [];
  for (const m of text.matchAll(/街道|社区|镇|乡|村/gu)) {
    if (NOT_UNITS.has(text.slice(m.index - 1, m.index + 1)) || NOT_UNITS_FORWARD.has(text.slice(m.index, m.index + 2))) continue;
    let start = m.index;
    while (
      start > 0 &&
      m.index - start < 3 &&
      /[\u3400-\u9fff]/u.test(text[start - 1]!) &&
      !NOT_IN_NAMES.test(text[start - 1]!) &&
      !/[省市区县州镇乡村道某]$/u.test(text.slice(0, start))
    )
      start--;
    start += wordsBeforePlace(text.slice(start, m.index), true, text[start - 1] ?? '');
    const name = text.slice(start, m.index);
    if (name.length >= 2 && !NOT_PLACE_NAMES.test(name)) spans.push({ start, end: m.index, suffix: m[0] });
  }
  return spans;
}

/** What the issuer-aware check reads about a notice (content/pipeline.ts gives it). */
export interface IssuerContext {
  /** The issuing organ's full name, as the notice's 落款 prints it. */
  issuer: string;
  /** The issuing organ's level (organs data): 派驻 for a 派驻纪检监察组. */
  issuerLevel: string;
  docNumber?: string | undefined;
  /** The subject's post, as printed beside the alias (某市直部门副局长). */
  role: string;
  /** Only a person can be singled out by a post. */
  person: boolean;
  /** The site's own organ, where the notice is on the website: its level and whether it issued the notice. */
  host?: { level: string; issued: boolean } | undefined;
}

/** Why a notice's issuer and the subject's post together point at one person. */
export type IssuerReidentification =
  { reason: 'issuerNamesUnit'; unit: string; post: string } | { reason: 'hostIsTheUnit'; place: string; post: string };

/** 驻市自然资源和规划局纪检监察组: the unit a 派驻 group watches, from its name. */
const STATIONED_UNIT = /派驻(.+?)纪检监察组|驻(.+?)纪检监察组|(.+?)纪检监察工委/u;
/** The place word at each organ level a role can name with 某 (某设区市, 某县, 某镇). */
const HOST_PLACE: Record<string, RegExp> = {
  市: /^某(?:设区的?)?市(?!直)/u,
  县: /^某(?:县|区|县级市)(?!直)/u,
  乡镇: /^某(?:镇|乡|街道)/u,
};

/**
 * Issuer-aware re-identification. A 派驻纪检监察组 names in its own name (and its 文号, 驻潆自规纪澄)
 * the unit it watches: 驻市自然资源和规划局纪检监察组 + 某市直部门副局长 is one of that bureau's two or
 * three deputy heads, whatever the 某 hides. And a site that republishes an upper organ's notice
 * about 某设区市人民政府副市长 is itself that city: on its pages the 某 points at home. In both cases a
 * post held by one person (SINGLE_POSTS) singles the subject out; a post many hold (干部, 工作人员)
 * does not, nor does a unit below the watched one that keeps its own 某 (某县某高级中学校长). The fix is a post that does not single anyone out, or issuing the notice in the
 * commission's own name (src/privacy/README.md, "Re-identification").
 */
export function detectIssuerReidentification(context: IssuerContext): IssuerReidentification | undefined {
  if (!context.person) return undefined;
  const post = POST_AT_END.exec(context.role.trim())?.[0];
  if (post === undefined || !SINGLE.has(post)) return undefined;
  const stationed = context.issuerLevel === '派驻' || STATIONED_UNIT.test(context.issuer) || /^驻/u.test(context.docNumber ?? '');
  // 某县某高级中学校长 under 驻县教育局组: the school is still one of several, hidden by its own 某.
  const belowPlace = context.role.trim().replace(/^某(?:设区的?)?(?:省|市|县|区|县级市|镇|乡|街道)/u, '');
  if (stationed && !belowPlace.includes('某')) {
    const m = STATIONED_UNIT.exec(context.issuer);
    const unit = (m?.[1] ?? m?.[2] ?? m?.[3] ?? context.docNumber ?? context.issuer).trim();
    return { reason: 'issuerNamesUnit', unit, post };
  }
  const host = context.host;
  if (host && !host.issued) {
    const place = HOST_PLACE[host.level]?.exec(context.role.trim())?.[0];
    if (place) return { reason: 'hostIsTheUnit', place, post };
  }
  return undefined;
}
