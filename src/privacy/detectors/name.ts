/**
 * Full personal names, wherever they stand. Every position where a surname begins (compound
 * first: 欧阳, 上官 …) opens a candidate of surname + one or two characters, and the candidate is
 * scored on three kinds of evidence:
 *
 *   1. the characters: how often each one appears in given names against ordinary text
 *      (names/given-names.ts: 婷, 翊 score high; 的, 是 score low; rare characters such as 彧, 翀
 *      count as name characters);
 *   2. the words: a candidate that is an ordinary word or place (高明, 常年, 江山, 金华), whose
 *      surname belongs to the word before it (经常 → 常年), or whose last character starts the
 *      word after it (张明确 → 明确) loses heavily (names/lexicon.ts);
 *   3. the context: cue words before (被举报人, 信访人, 申请人, 联系人, 签名, 其妻, 之子, 村民 …),
 *      titles and verbs after (书记, 同志, 女士; 称, 反映, 多次 …), list separators, quotes and
 *      table cells around it; a place or unit suffix after it (江山市, 方正县) rules it out.
 *
 * A two-character name (张伟) needs more context than a three-character one, because so many
 * ordinary words are two characters. Aliases (李某, 曹某某, 张某甲, 欧阳某), surname + title
 * (张书记) and historical figures in a historical sentence (〔宋〕包拯, 明代于谦) are never
 * reported. The thresholds were set on tests/privacy/corpus/ and are measured by
 * `npm run privacy:eval`; src/privacy/README.md lists what the detector still cannot see.
 */
import {
  canBeGivenNameChar,
  endsInSurname,
  givenNameCharScore,
  isCompoundSurname,
  isCommonTextChar,
  isHistoricalFigure,
  isIdiom,
  isNotAGivenName,
  isSingleSurname,
  isSurnameWord,
  startsPredicate,
  startsWithNameChar,
} from '../../names/index.ts';
import type { RawMatch } from '../types.ts';

/** Words after which the next characters are a person: 被举报人王建国, 其妻亓秀梅, 签名：仉国强. */
const PERSON_CUES = [
  '被举报人',
  '被反映人',
  '被检举人',
  '被控告人',
  '被调查人',
  '被审查调查人',
  '被审查人',
  '被问责人',
  '被申诉人',
  '被处分人',
  '举报人',
  '检举人',
  '控告人',
  '反映人',
  '信访人',
  '来访人',
  '上访人',
  '申请人',
  '申诉人',
  '当事人',
  '联系人',
  '经办人',
  '负责人',
  '法定代表人',
  '法人代表',
  '委托人',
  '代理人',
  '证明人',
  '担保人',
  '承包人',
  '户主',
  '犯罪嫌疑人',
  '嫌疑人',
  '被告人',
  '被告',
  '原告',
  '证人',
  '受害人',
  '被害人',
  '收款人',
  '付款人',
  '领款人',
  '签收人',
  '记录人',
  '见证人',
  '姓名',
  '名叫',
  '叫做',
  '签名',
  '签字',
  '落款',
  '署名',
  '化名',
  '本人',
  '其妻',
  '其夫',
  '其父',
  '其母',
  '其子',
  '其女',
  '其兄',
  '其弟',
  '其姐',
  '其妹',
  '其岳父',
  '其岳母',
  '其婆婆',
  '其公公',
  '之妻',
  '之夫',
  '之父',
  '之母',
  '之子',
  '之女',
  '妻子',
  '丈夫',
  '儿子',
  '女儿',
  '父亲',
  '母亲',
  '哥哥',
  '弟弟',
  '妻弟',
  '妻兄',
  '妻妹',
  '妻姐',
  '小舅子',
  '小姨子',
  '大舅哥',
  '连襟',
  '姐夫',
  '妹夫',
  '嫂子',
  '弟媳',
  '侄女',
  '外甥女',
  '孙子',
  '孙女',
  '儿媳妇',
  '公公',
  '婆婆',
  '老伴',
  '前妻',
  '前夫',
  '情妇',
  '特定关系人',
  '姐姐',
  '妹妹',
  '女婿',
  '儿媳',
  '侄子',
  '外甥',
  '配偶',
  '亲属',
  '亲戚',
  '表弟',
  '表哥',
  '堂弟',
  '堂兄',
  '岳父',
  '岳母',
  '同学',
  '朋友',
  '老乡',
  '邻居',
  '对象',
  '谈话对象',
  '回访对象',
  '调查对象',
  '走访对象',
  '联名人',
  '联名',
  '参会人员',
  '出席人员',
  '列席人员',
  '参加人员',
  '到会人员',
  '受送达人',
  '收件人',
  '寄件人',
  '送达人',
  '被回访人',
  '谈话人',
  '被谈话人',
  '询问人',
  '被询问人',
  '审核人',
  '审批人',
  '复核人',
  '核查人',
  '调查人',
  '承办人',
  '办理人',
  '填表人',
  '报告人',
  '借款人',
  '出借人',
  '转账人',
  '对方户名',
  '户名',
  '账户名',
  '开户人',
  '持卡人',
  '发件人',
  '投诉人',
  '来信人',
  // Bylines and credits of public prose: 记者张晓梅 通讯员李刚, 作者：马骏, 责任编辑：周宁.
  '记者',
  '本报记者',
  '特约记者',
  '见习记者',
  '通讯员',
  '特约通讯员',
  '实习生',
  '作者',
  '编辑',
  '责任编辑',
  '责编',
  '主编',
  '审核',
  '审校',
  '校对',
  '签发',
  '摄影',
  '摄像',
  '采写',
  '撰稿',
  '撰文',
  '整理',
  '值班',
  '监制',
  '制图',
  '配音',
  '主持人',
  '获奖者',
];
/** Verbs whose object is usually a person: 收受褚某所送, 联系陈某, 给予王某处分. */
const PERSON_VERBS = [
  '收受',
  '接受',
  '联系',
  '找到',
  '通知',
  '委托',
  '安排',
  '指使',
  '授意',
  '告诉',
  '转给',
  '送给',
  '交给',
  '借给',
  '介绍',
  '推荐',
  '任命',
  '提拔',
  '约谈',
  '给予',
  '询问',
  '走访',
  '回访',
  '看望',
  '慰问',
  '举报',
  '控告',
  '检举',
  '认识',
  '见过',
  '找过',
  '收到',
  '收取',
  '谈话',
  '问询',
  '传唤',
  '处分',
  '表扬',
  '批评',
  '嘱咐',
  '叮嘱',
  '感谢',
];

/** Group words often followed by a name (村民王建国), and as often by an ordinary word (群众冷暖). */
const GROUP_CUES = [
  '村民',
  '居民',
  '群众',
  '党员',
  '职工',
  '员工',
  '干部',
  '村干部',
  '同事',
  '老人',
  '学生',
  '老板',
  '商户',
  '业主',
  '农户',
  '租户',
  '网格员',
  '工作人员',
  '驾驶员',
  '司机',
  '承包商',
  '供应商',
  '开发商',
  '商人',
  '包工头',
  '法人',
  '中介',
  '五保户',
  '低保户',
  '贫困户',
  '困难户',
  '村民代表',
  '党员代表',
  '老党员',
  '摊贩',
  '船主',
  '车主',
  '房东',
];

/** Titles that stand after (张伟书记) or before (书记张伟) a name, and forms of address after it. */
const TITLES = [
  '书记',
  '副书记',
  '主任',
  '副主任',
  '法官',
  '民警',
  '警官',
  '辅警',
  '检察官',
  '局长',
  '副局长',
  '科长',
  '副科长',
  '处长',
  '部长',
  '厅长',
  '县长',
  '副县长',
  '市长',
  '副市长',
  '区长',
  '副区长',
  '镇长',
  '副镇长',
  '乡长',
  '副乡长',
  '村长',
  '主席',
  '组长',
  '队长',
  '站长',
  '所长',
  '院长',
  '校长',
  '经理',
  '会计',
  '出纳',
  '支书',
  '委员',
  '老师',
  '教师',
  '医生',
  '护士',
  '律师',
  '董事长',
  '总经理',
  '厂长',
  '主管',
  '行长',
  '社长',
  '馆长',
  '班长',
  '网格员',
  '监委委员',
  '院士',
  '教授',
  '研究员',
  '政委',
  '指导员',
  '教导员',
  '主治医师',
  '护士长',
  '理事长',
  '秘书长',
  '会长',
];
/**
 * Posts and trades that stand before a name in news prose (消防员钱斌, 院士何建国, 媒体人). Only
 * before: after a name most of them start another word (群众和村民代表, 专家组).
 */
const POSTS_BEFORE = [
  '第一书记',
  '党委书记',
  '院士',
  '教授',
  '副教授',
  '研究员',
  '工程师',
  '消防员',
  '指导员',
  '教导员',
  '政委',
  '队员',
  '战士',
  '助理',
  '医师',
  '主治医师',
  '护士长',
  '村医',
  '乡村医生',
  '媒体人',
  '志愿者',
  '调解员',
  '书记员',
  '审判员',
  '检察员',
  '审判长',
  '快递员',
  '环卫工',
  '农民工',
  '代表',
  '专家',
  '科员',
  '主持人',
  '理事长',
  '秘书长',
  '会长',
  '总监',
  '董事',
  '监事',
  '所长',
  '馆员',
  '宣传员',
  '信息员',
  '联络员',
  '巡河员',
  '护林员',
  '安全员',
  '民兵',
  '村主任',
  '村支书',
  '组长',
  '副组长',
  '常委',
  '纪委书记',
  '监委主任',
  '领导',
  '市领导',
  '县领导',
  '区领导',
  '省领导',
];
const ADDRESS_FORMS = ['同志', '先生', '女士', '师傅', '小姐', '阿姨', '大爷', '大妈', '大姐', '大哥'];
/** Words after a name that are weaker evidence than a title: 张伟本人, 张伟一家, 张伟等人. */
const KIN_AFTER = [
  '老人',
  '夫妇',
  '夫妻',
  '一家',
  '等人',
  '本人',
  '家属',
  '父子',
  '母子',
  '父女',
  '母女',
  '兄弟',
  '姐妹',
  '家人',
  '亲属',
  '家庭',
  '之子',
  '之女',
  '之妻',
  '之夫',
  '之父',
  '之母',
  '名下',
  '两名',
  '两位',
  '二人',
  '三名',
  '三位',
  '四名',
  '几位',
];

/**
 * Surnames that are far more often an ordinary character (于是, 和谐, 时间, 从严, 东湖, 经查):
 * a candidate starting with one needs more evidence.
 */
const FUNCTION_CHAR_SURNAMES = new Set([
  ...'于和时从能都有后相公东国文年法福爱言商向常全平安明成那通边双家经应解干计元终居步满益所别充却仰毋廉强连',
]);

/** What stands after a name: verbs and particles of a subject (张伟称, 张伟多次, 张伟、…). */
const AFTER_VERBS = [
  '称',
  '说',
  '讲',
  '道',
  '表示',
  '反映',
  '举报',
  '投诉',
  '控告',
  '检举',
  '承认',
  '认为',
  '提出',
  '介绍',
  '回忆',
  '坦言',
  '指出',
  '声称',
  '交代',
  '供述',
  '证实',
  '证明',
  '陈述',
  '辩称',
  '要求',
  '申请',
  '请求',
  '多次',
  '曾',
  '曾经',
  '于',
  '在',
  '到',
  '向',
  '因',
  '系',
  '为',
  '是',
  '的',
  '和',
  '与',
  '及',
  '或',
  '将',
  '把',
  '被',
  '不',
  '也',
  '还',
  '又',
  '已',
  '均',
  '都',
  '各',
  '等',
  '来',
  '去',
  '自',
  '从',
  '对',
  '让',
  '给',
  '拒',
  '签',
  '收',
  '送',
  '领',
  '找',
  '借',
  '欠',
  '拿',
  '分别',
  '一直',
  '先后',
  '现年',
  '今年',
  '男',
  '女',
  '作为',
  '担任',
  '任',
  '明知',
  '私自',
  '个人',
  '名下',
  '家中',
  '二人',
  '两人',
  '三人',
  '四人',
  '夫妇',
  '岁',
  '同',
  '即',
  '并',
  '便',
  '就',
  '才',
  '却',
  '亦',
  '只',
  '共',
  '一起',
  '一同',
  '擅自',
  '未',
  '没有',
  '没',
  '主动',
  '带领',
  '负责',
  '涉嫌',
  '违规',
  '利用',
  '通过',
  '经',
  '据',
  '已经',
  '随后',
  '后来',
  '时任',
  '现任',
  '曾任',
  '原任',
  '有',
  '每',
  '带',
  '拿',
  '交',
  '写',
  '填',
  '打',
  '开',
  '买',
  '卖',
  '提',
  '报',
  '办',
  '做',
  '看',
  '听',
  '问',
  '答',
  '想',
  '要',
  '能',
  '会',
  '可',
  '应',
  '需',
  '得',
  '叫',
  '请',
  '使',
  '由',
  '以',
  '用',
  '持',
  '接',
  '当',
  '当时',
  '当天',
  '近日',
  '近期',
  '日前',
  '此前',
  '目前',
  '现在',
  '前往',
  '赶到',
  '来到',
  '回到',
  '找到',
  '出席',
  '参加',
  '主持',
  '讲话',
  '强调',
  '带队',
  '陪同',
  '调研',
  '慰问',
  '看望',
  '签发',
  '审签',
  '批示',
  '汇报',
  '所',
  '列席',
  '签字',
  '按',
  '收到',
  '收受',
  '挪用',
  '侵占',
  '虚报',
  '冒领',
  '截留',
  '索要',
  '接受',
  '家住',
  '住在',
  '住',
  '转账',
  '汇款',
  '借款',
  '交来',
  '缴纳',
  '退缴',
  '开车',
  '驾驶',
];

/** Speech and report verbs after a name in news prose: 顾晨说, 邝华表示, 他告诉记者. */
const SPEECH_AFTER = [
  '说',
  '表示',
  '介绍',
  '告诉',
  '坦言',
  '回忆',
  '感慨',
  '笑着说',
  '直言',
  '说道',
  '谈到',
  '认为',
  '指出',
  '强调',
  '透露',
  '解释',
  '补充',
  '称',
];

/** Characters that never start a sentence fragment inside a word: before a name they are a boundary. */
const LEFT_FUNCTION_CHARS = new Set([...'与和及同对向由给让被把找问据经请即或跟约令派叫称将替帮为有是了过']);

/** A place or unit suffix right after a candidate makes it a place name: 江山市, 方正县, 金华路. */
const PLACE_SUFFIXES = [
  '市',
  '县',
  '区',
  '镇',
  '乡',
  '村',
  '省',
  '州',
  '路',
  '街',
  '巷',
  '弄',
  '湾',
  '岛',
  '港',
  '桥',
  '局',
  '委',
  '厅',
  '部',
  '院',
  '所',
  '站',
  '队',
  '厂',
  '店',
  '馆',
  '园',
  '寺',
  '庙',
  '河',
  '江',
  '湖',
  '山',
  '峰',
  '洲',
  '塘',
  '坝',
  '屯',
  '寨',
  '堡',
  '街道',
  '社区',
  '小区',
  '公司',
  '集团',
  '中心',
  '大学',
  '中学',
  '小学',
  '医院',
  '银行',
  '学校',
  '片区',
  '新区',
  '大道',
  '广场',
  '花园',
  '苑',
  '府',
  '阁',
  '楼',
  '殿',
  '堂',
  '门',
  '关',
  '口',
  '岭',
  '溪',
  '湾',
  '坊',
  '里',
  '庄',
  '城',
  '窑',
  '矿',
  '场',
  '台',
  '亭',
  '宫',
  '陵',
  '墓',
  '祠',
  '渡',
  '码头',
  '水库',
  '景区',
  '板块',
  '系统',
  '领域',
  '行业',
  '牌',
  '号',
  '式',
  '型',
  '版',
  '族',
  '氏',
  '姓',
  '家族',
  '时期',
  '年间',
  '朝',
  '代',
  '年',
  '月',
  '日',
];

/** Temple and posthumous titles after a dynasty name: 唐太宗, 宋仁宗, 汉武帝 are emperors, not names. */
const IMPERIAL_TITLES = /^(?:太祖|太宗|高祖|高宗|世祖|世宗|仁宗|神宗|英宗|宪宗|孝宗|光宗|理宗|圣祖|武帝|文帝|景帝|明帝|宣帝|元帝|光武帝)/u;

/** Administrative and unit characters, and 者 and 们, that never end a given name: 方正县 is a county, not 方 + 正县; 有为者 is a phrase. */
const UNIT_CHARS = new Set([...'市县区镇乡村省州路街巷弄局委厅部院所站队厂店馆寺庙者们']);

/** Dynasty marks before an author (（明）于谦, 〔宋〕包拯, 明代于谦, 唐·白居易). */
const DYNASTIES =
  '先秦|春秋|战国|秦|西汉|东汉|汉|三国|魏|蜀|吴|西晋|东晋|晋|南北朝|南朝|北朝|隋|唐|五代|北宋|南宋|宋|辽|金|元|明|清|近代|现代|当代|民国';
const DYNASTY_MARK = new RegExp(`(?:[(（〔\\[【](?:${DYNASTIES})[)）〕\\]】]|(?:${DYNASTIES})(?:代|朝)|(?:${DYNASTIES})\\s?[·・])\\s?$`);
/** Words that make a sentence clearly about history: there, a known historical figure is no finding. */
const HISTORICAL_CONTEXT = new RegExp(
  `(?:${DYNASTIES})(?:代|朝|末|初|时期|年间)|古代|古人|历史上|史称|诗人|词人|名臣|清官|廉吏|先贤|典故|宰相|知府|知县|御史|皇帝|传为佳话|千古|〔|（(?:${DYNASTIES})）`,
);

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/u;
/** Punctuation and layout that end a word: a name may stand right after or before them. */
const BOUNDARY = /[\s，。；：！？、“”‘’「」『』《》〈〉（）()[\]【】|,.;:!?"'*#>~—…·\-_/\\0-9A-Za-z]/u;
const QUOTES_OPEN = /[“‘「『"]/u;
const QUOTES_CLOSE = /[”’」』"]/u;

const longestFirst = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length);
const CUE_BEFORE = new RegExp(`(?:${longestFirst(PERSON_CUES).join('|')})[\\s:：]{0,2}(?:为|是|系|叫)?[\\s:：]{0,2}$`);
const GROUP_BEFORE = new RegExp(`(?:${longestFirst(GROUP_CUES).join('|')})[\\s:：]{0,2}$`);
const VERB_BEFORE = new RegExp(`(?:${longestFirst(PERSON_VERBS).join('|')})$`);
/** 村书记——郗立同: a post, then the person after a dash. */
const TITLE_BEFORE = new RegExp(`(?:${longestFirst([...TITLES, ...POSTS_BEFORE]).join('|')})(?:[\\s:：]|——|—)?$`);
const TITLE_AFTER = new RegExp(`^\\s?(?:常务|代理|原|时任)?(?:${longestFirst([...TITLES, ...ADDRESS_FORMS]).join('|')})`);
const KIN_AFTER_RE = new RegExp(`^(?:${longestFirst(KIN_AFTER).join('|')})`);
const VERB_AFTER = new RegExp(`^(?:${longestFirst(AFTER_VERBS).join('|')})`);
const SPEECH_AFTER_RE = new RegExp(`^(?:${longestFirst(SPEECH_AFTER).join('|')})`);
/** A photo or drawing credit after a name: （王芳 摄）, 孙丽摄, 赵强/图, 马骏 供图, 王芳（右一）, 王芳(右). */
/** Byline words that also stand as a sentence's subject: 记者从…获悉, 通讯员在…看到. */
const BYLINE_SUBJECT = /(?:记者|通讯员|作者|编辑|实习生)$/u;
/** A unit word after a name: 蒋文涛所在街道, 祁岚所在支部, 戴平所属网格. */
const UNIT_AFTER = /^(?:家)?(?:所在|所属|所任职|所供职|就职的|任职的)/u;
const CREDIT_AFTER =
  /^(?:\s*(?:[/／|｜]\s*)?摄(?:影)?(?=$|[\s）)（(，。；、|/,;])|(?:\s+|\s*[/／|｜]\s*)(?:图|供图|绘|文)(?=$|[\s）)（(，。；、|/,;])|[（(](?:(?:[左右前后]|从左至右|左起|右起)?[一二三四五六七八九]|[左右中])[)）])/u;
/** A credit mark before a name: 文/马骏, 图｜王芳, ■吴迪, 图为王芳, and a headline's credit (…“二重奏”/王芳). */
const CREDIT_BEFORE = /(?:(?:^|[\s（(])(?:文|图|摄|摄影|文图|图文)\s*[/／|｜]|[■□▲●]|(?:^|[\s。；）);])图为|[”」』》][/／])\s*$/u;
const PLACE_AFTER = new RegExp(`^(?:${longestFirst(PLACE_SUFFIXES).join('|')})`);
/** Surname + title (张书记, 王主任) or surname + address form (林先生) names no one in full. */
const TITLE_RIGHT_AFTER_SURNAME = new RegExp(`^(?:${longestFirst([...TITLES, ...ADDRESS_FORMS]).join('|')})`);
/** 王总, 李工, 张老, 张家, 陈氏: a surname with one of these is a form of address, unless a second given character follows (张家明). */
const ADDRESS_SUFFIX_CHARS = new Set([...'老总工家']);

/** Scores, in the units of names/given-names.ts. A candidate is a name at MIN_SCORE or more. */
const MIN_SCORE = 3;
const SCORE = {
  twoCharBase: -2,
  compoundBase: 0.5,
  functionCharSurname: -1.5,
  rareSurname: 1.5,
  cue: 5,
  credit: 5,
  title: 3.5,
  group: 3,
  personVerb: 2,
  speaker: 2,
  boundary: 1,
  functionChar: 1,
  glued: -2,
  leftWord: -6,
  titleAfter: 4,
  kinAfter: 2.5,
  verbAfter: 1.5,
  speechAfter: 3,
  subject: 1.5,
  listSeparator: 1,
  quoted: 0.5,
  tableCell: 1,
  place: -6,
  rightWord: -3,
  ordinaryWord: -5,
  wordAsName: -2,
  ordinaryPrefix: -2,
  notGivenName: -4,
} as const;

interface Candidate {
  start: number;
  end: number;
  surnameLength: number;
  score: number;
}

const isBoundary = (ch: string | undefined) => ch === undefined || BOUNDARY.test(ch) || !CJK.test(ch);

function leftScore(text: string, start: number): number {
  const before = text.slice(Math.max(0, start - 12), start);
  // 记者从县里获悉, 作者对此: a reporter or author is also a sentence's subject, and a surname that is
  // a preposition (从, 于, 向, 对 …) then starts the predicate, not a name.
  if (BYLINE_SUBJECT.test(before) && FUNCTION_CHAR_SURNAMES.has(text[start]!)) return SCORE.glued;
  if (CUE_BEFORE.test(before) || CREDIT_BEFORE.test(before)) return SCORE.cue;
  if (TITLE_BEFORE.test(before)) return SCORE.title;
  if (GROUP_BEFORE.test(before)) return SCORE.group;
  if (VERB_BEFORE.test(before)) return SCORE.personVerb;
  const prev = text[start - 1];
  if (isBoundary(prev)) return SCORE.boundary;
  // The surname may belong to the word before it: 经常年 is 经常 + 年, 对于谦 is 对于 + 谦.
  if (endsInSurname(`${prev}${text[start]}`)) return SCORE.leftWord;
  return LEFT_FUNCTION_CHARS.has(prev!) ? SCORE.functionChar : SCORE.glued;
}

function rightScore(text: string, end: number, candidate: string, given: string, left: number): number {
  // After a cue or a post (网格员范晨挨家挨户), the name's end is unsure but not doubtful: the
  // readings of two and three characters compete on their characters alone.
  const glued = left >= SCORE.title ? 0 : SCORE.glued;
  const after = text.slice(end, end + 6);
  // 钟骞（组长）: a title in brackets after a name.
  if (/^[（(]/u.test(after) && TITLE_AFTER.test(after.slice(1))) return SCORE.titleAfter;
  if (TITLE_AFTER.test(after)) {
    // 王书记和李主任: the title belongs to 李 (李主任), so 和李 is no name.
    return given.length === 1 && isSingleSurname(given) && FUNCTION_CHAR_SURNAMES.has(candidate[0]!) ? SCORE.place : SCORE.titleAfter;
  }
  if (CREDIT_AFTER.test(after) || UNIT_AFTER.test(after)) return SCORE.credit;
  // 古荔树下，/ 老槐树旁。: a locative closing a phrase follows a thing or a place, not a person.
  if (/^[下上旁边前后里中内外][，。、；：！？,;:!?]/u.test(after)) return SCORE.place;
  if (KIN_AFTER_RE.test(after)) return SCORE.kinAfter;
  // 谭华站在, 祁岚所在: a suffix character that starts a verb (站在, 所在) is no place.
  if (placeAfter(after) || isSurnameWord(candidate + (text[end] ?? ''))) return SCORE.place;
  // 田华表示: a two-character speech verb is read first, though 华表 is a word too.
  if (/^[\u3400-\u9fff]{2}/u.test(after) && SPEECH_AFTER_RE.test(after) && !/^[说称]/u.test(after)) return SCORE.speechAfter;
  let score = 0;
  // The last character may start the next word: 张明确 is 张 + 明确, not the person 张明.
  // 林飞参与: a predicate word right after the name wins over 飞参.
  if (startsWithNameChar(`${given.at(-1)}${text[end] ?? ''}`) && !startsPredicate(after.slice(0, 2))) score += SCORE.rightWord;
  if (SPEECH_AFTER_RE.test(after)) return score + SCORE.speechAfter;
  // A verb, adverb or preposition (jieba's tags, names/data/lexicon.ts) starts the predicate: 周飞操心的事.
  if (VERB_AFTER.test(after) || startsPredicate(after.slice(0, 2))) return score + SCORE.verbAfter;
  // 云溪“清白传家”, 明纪澄〔2024〕: a word before a quotation or a 文号 bracket is a modifier, not a name.
  if (/^[“‘「『〔]/u.test(after)) return score + SCORE.glued;
  // 网格员钱斌全力以赴: after a post, a four-character idiom after the name is a word of its own.
  if (isBoundary(text[end]) || (left >= SCORE.title && isIdiom(after.slice(0, 4)))) return score + SCORE.boundary;
  return score + glued;
}

/** A predicate starts at `after`: a two-character verb, adverb, preposition or time word, or a frequent one-character verb. */
const predicateAfter = (after: string) => startsPredicate(after.slice(0, 2)) || startsPredicate(after.slice(0, 1));

/** What stands right after a person, never after a word: 马力说, 高山所反映, 方圆表示. */
const PERSON_AFTER = /^(?:所[在属反举说讲做作提述称写涉]|说|表示|称)/u;

/**
 * An ordinary word read as a name (记者高山, （方圆 摄）, 被举报人马力所反映): after a cue or a post
 * and delimited on its right by a boundary or a person's word, or before a credit. 当事人宣布,
 * 当事人代理律师 stay words.
 */
function wordAsName(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 6);
  if (CREDIT_AFTER.test(after)) return true;
  return leftScore(text, start) >= SCORE.title && (isBoundary(text[end]) || PERSON_AFTER.test(after));
}

/** Classical particles: two of them around a candidate make the sentence 文言 (菊之爱，陶后鲜有闻). */
const CLASSICAL = /[之也者矣乎焉哉兮噫]/gu;

/** A place or unit suffix follows, not a verb that starts with one (谭华站在, 祁岚所在, 马力所反映). */
const placeAfter = (after: string) => PLACE_AFTER.test(after) && !/^(?:站[在着起]|所[在属反举说讲做作提述称写涉])/u.test(after);

/** Where a clause opens: the start of the text or a line, or after a clause mark or a closing quote (full-width marks arrive folded to ASCII). */
const CLAUSE_OPEN = /[\n，。；：！？”」』）),;:!?]/u;

/**
 * The subject of a clause: a candidate that opens a clause and is followed by its predicate
 * (黎强在演练中…, “…。”田华表示, 周飞操心的事) is a person far more often than a word is.
 */
function subjectScore(text: string, start: number, end: number): number {
  const prev = text[start - 1];
  if (prev !== undefined && !CLAUSE_OPEN.test(prev)) return 0;
  if ((text.slice(Math.max(0, start - 12), end + 12).match(CLASSICAL) ?? []).length >= 2) return 0;
  const after = text.slice(end, end + 6);
  if (placeAfter(after)) return 0;
  return SPEECH_AFTER_RE.test(after) || VERB_AFTER.test(after) || predicateAfter(after) ? SCORE.subject : 0;
}

function layoutScore(text: string, start: number, end: number): number {
  let score = 0;
  const prev = text[start - 1];
  const next = text[end];
  if (prev === '、' || next === '、' || next === '等') score += SCORE.listSeparator;
  if (prev !== undefined && next !== undefined && QUOTES_OPEN.test(prev) && QUOTES_CLOSE.test(next)) score += SCORE.quoted;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  // A speaker or field label at the start of a line: 扈某某：…, in chat transcripts and forms.
  if (/^[ \t]*$/u.test(text.slice(lineStart, start)) && /^[:：]/u.test(text.slice(end))) score += SCORE.speaker;
  // A cell of tab-separated data pasted from a spreadsheet.
  if (prev === '\t' || next === '\t') score += SCORE.tableCell;
  const lineEnd = text.indexOf('\n', end);
  const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
  if (line.trimStart().startsWith('|') && /\|\s*$/.test(text.slice(lineStart, start)) && /^\s*\|/.test(text.slice(end)))
    score += SCORE.tableCell;
  return score;
}

/** Scores every reading of the characters at `start` as a name; none when they cannot be one. */
function candidatesAt(text: string, start: number): Candidate[] {
  const out: Candidate[] = [];
  // 有容乃大, 梅兰竹菊: a surname character inside a four-character idiom starts no name.
  for (let from = Math.max(0, start - 2); from <= start; from++) if (isIdiom(text.slice(from, from + 4))) return out;
  // 2021年纳入, 3月, 5号: a surname character right after a number is a unit.
  if (
    /[0-9０-９零〇一二三四五六七八九十百千万]/u.test(text[start - 1] ?? '') &&
    /[年月日号时分秒元岁名户人次万亿届期批楼层]/u.test(text[start]!)
  )
    return out;
  // 以廉为荣, 以清为美: the slogan pattern 以X为Y holds no name.
  if (/^以.为./u.test(text.slice(start - 1, start + 3))) return out;
  const surnames = [2, 1].filter((n) => (n === 2 ? isCompoundSurname(text.slice(start, start + 2)) : isSingleSurname(text[start] ?? '')));
  for (const surnameLength of surnames) {
    const rest = text.slice(start + surnameLength, start + surnameLength + 3);
    if (IMPERIAL_TITLES.test(rest)) return [];
    // An alias (李某, 张某甲), a surname with a title (张书记, 林先生) or a clan word (颜氏家训,
    // 王姓男子) is not a full name; nor is a reduplicated word (萧萧, 常常).
    if (rest.startsWith('某') || /^[氏姓]/.test(rest) || rest[0] === text[start] || TITLE_RIGHT_AFTER_SURNAME.test(rest)) return [];
    // 祁 晖, 冯·喆, 祁\u3000晖: a two-character name padded to the width of three, or written with a dot.
    const padded = paddedName(text, start, surnameLength);
    if (padded) out.push(padded);
    for (const givenLength of ADDRESS_SUFFIX_CHARS.has(rest[0] ?? '') ? [2] : [2, 1]) {
      const given = rest.slice(0, givenLength);
      if ([...given].length !== givenLength || ![...given].every(canBeGivenNameChar)) continue;
      const end = start + surnameLength + givenLength;
      const candidate = text.slice(start, end);
      if ([...given].some((ch) => UNIT_CHARS.has(ch))) continue;
      // 居民楼里, 办公楼上: a single locative after the surname character is a place word.
      if (givenLength === 1 && /[里上下内外旁边]/u.test(given)) continue;
      // 和李主任: a surname inside the candidate takes the title after it (李主任), so no name starts at 和;
      // 刘芳副主任: a title starting inside the candidate (副主任) is not part of the name.
      if (
        [...given].some(
          (ch, k) =>
            k < givenLength - 1 && isSingleSurname(ch) && TITLE_RIGHT_AFTER_SURNAME.test(text.slice(start + surnameLength + k + 1)),
        )
      )
        continue;
      if (givenLength === 2 && TITLE_AFTER.test(text.slice(start + surnameLength + 1))) continue;
      // 主任和李局长: a conjunction followed by a surname joins two people; it is inside no name.
      if (givenLength === 2 && /[和与及或同跟]/u.test(given[0]!) && isSingleSurname(given[1]!)) continue;
      let score = surnameLength === 2 ? SCORE.compoundBase : givenLength === 1 ? SCORE.twoCharBase : 0;
      if (surnameLength === 1 && FUNCTION_CHAR_SURNAMES.has(text[start]!)) score += SCORE.functionCharSurname;
      // 亓, 訾, 仉: a surname that is rare as a character is almost always a surname.
      else if (surnameLength === 1 && !isCommonTextChar(text[start]!)) score += SCORE.rareSurname;
      for (const ch of given) score += givenNameCharScore(ch);
      // 记者高山, 村民马力, （方圆 摄）: a word after a cue or a post, or before a credit, is a person
      // named like a word; elsewhere it is the word.
      if (isSurnameWord(candidate)) score += wordAsName(text, start, end) ? SCORE.wordAsName : SCORE.ordinaryWord;
      // 高明的, 干劲旺: the first two characters are a word.
      // 关于崇尚, 当事人宣布, 当事人代理律师: a verb or preposition (jieba's tags) spelled by the
      // surname and the next character.
      else if (surnameLength === 1 && startsPredicate(candidate.slice(0, 2))) score += SCORE.rightWord;
      else if (givenLength === 2 && isSurnameWord(candidate.slice(0, surnameLength + 1))) {
        score += SCORE.ordinaryPrefix;
        // 宁波为干事, 鲜明为敢于, 关爱烈属: a word and then a verb or preposition that opens the predicate.
        if (VERB_AFTER.test(given[1]!) || startsPredicate(given[1]!) || startsPredicate(text.slice(end - 1, end + 1)))
          score += SCORE.rightWord;
      }
      // 强台风, 从春节, 方承诺: surname character + an ordinary word that no one is named.
      if (givenLength === 2 && isNotAGivenName(given)) score += SCORE.notGivenName;
      // 祁岚正在训练: the last character and the next one are a predicate word (正在), so the name ends before.
      if (givenLength === 2 && startsPredicate(text.slice(end - 1, end + 1))) score += SCORE.rightWord;
      // 亓玥未参与: a last character that is itself a verb or adverb and rare in names starts the predicate.
      if (givenLength === 2 && givenNameCharScore(given[1]!) <= 0 && (VERB_AFTER.test(given[1]!) || startsPredicate(given[1]!)))
        score += SCORE.rightWord;
      const left = leftScore(text, start);
      // 华夏大地处处: a candidate that opens with a word is no clause's subject.
      // 毋贻来者羞: a surname that is mostly a function word needs more than a clause's start.
      const subject =
        (givenLength === 2 && isSurnameWord(candidate.slice(0, surnameLength + 1))) ||
        (surnameLength === 1 && FUNCTION_CHAR_SURNAMES.has(text[start]!))
          ? 0
          : subjectScore(text, start, end);
      score += left + rightScore(text, end, candidate, given, left) + layoutScore(text, start, end) + subject;
      out.push({ start, end, surnameLength, score });
    }
  }
  return out;
}

/** A space, a full-width space or a middle dot inside a name. */
const INNER_SEPARATOR = /^[ \u3000·・•]$/u;

/**
 * Surname, one separator, one given character, standing alone between boundaries (记者 祁 晖 报道,
 * （冯·喆 摄）). Scored like a two-character name; a dot between two words of a foreign name
 * (马克·吐温) never qualifies, because the surname must stand alone before the separator.
 */
function paddedName(text: string, start: number, surnameLength: number): Candidate | undefined {
  const at = start + surnameLength;
  const given = text[at + 1] ?? '';
  if (!INNER_SEPARATOR.test(text[at] ?? '') || !canBeGivenNameChar(given)) return undefined;
  const prev = text[start - 1];
  const next = text[at + 2];
  if (prev !== undefined && /[·・•]/u.test(prev)) return undefined;
  if (next !== undefined && /[·・•]/u.test(next)) return undefined;
  // Glued to the words around it only with a dot (干部冯·喆说); a space between two words of
  // prose (改革 开放) is no name.
  const dotted = /[·・•]/u.test(text[at]!);
  if (!dotted && (!isBoundary(prev) || !isBoundary(next)) && leftScore(text, start) < SCORE.group) return undefined;
  // Two single characters in a row of spaced characters (清 廉 家 风) are a spaced-out slogan.
  if (/^[ \u3000][\u3400-\u9fff](?:[ \u3000]|$)/u.test(text.slice(at + 2, at + 5)) && !isSingleSurname(text[at + 3] ?? ''))
    return undefined;
  if (prev === ' ' || prev === '\u3000') {
    const before = text[start - 2];
    if (before !== undefined && CJK.test(before) && (text[start - 3] === ' ' || text[start - 3] === '\u3000')) return undefined;
  }
  const end = at + 2;
  let score = SCORE.twoCharBase + givenNameCharScore(given);
  if (surnameLength === 1 && FUNCTION_CHAR_SURNAMES.has(text[start]!)) score += SCORE.functionCharSurname;
  else if (surnameLength === 1 && !isCommonTextChar(text[start]!)) score += SCORE.rareSurname;
  const left = leftScore(text, start);
  score += left + rightScore(text, end, text.slice(start, end), given, left) + layoutScore(text, start, end);
  return { start, end, surnameLength, score };
}

/** Inside a title mark: 《于忠肃集》, 《包公传》 name a published work, not a person in a notice. */
function inTitleMarks(text: string, candidate: Candidate): boolean {
  const open = text.lastIndexOf('《', candidate.start);
  if (open < 0 || text.lastIndexOf('》', candidate.start) > open) return false;
  const close = text.indexOf('》', candidate.end - 1);
  return close >= 0 && close - open <= 30 && !text.slice(open, close).includes('\n');
}

/** A historical figure in a sentence about history, or any name right after a dynasty mark. */
function isHistorical(text: string, candidate: Candidate): boolean {
  if (inTitleMarks(text, candidate)) return true;
  if (DYNASTY_MARK.test(text.slice(Math.max(0, candidate.start - 8), candidate.start))) return true;
  const name = text.slice(candidate.start, candidate.end);
  if (!isHistoricalFigure(name)) return false;
  const sentenceStart = Math.max(0, ...['。', '！', '？', '\n'].map((mark) => text.lastIndexOf(mark, candidate.start - 1) + 1));
  const ends = ['。', '！', '？', '\n'].map((mark) => text.indexOf(mark, candidate.end)).filter((at) => at >= 0);
  const sentence = text.slice(sentenceStart, ends.length > 0 ? Math.min(...ends) : undefined);
  return HISTORICAL_CONTEXT.test(sentence);
}

/** Separators of a list of names: 张伟、刘秀梅 / 晏春华, a full-width space, 冉光荣 / 张伟，刘芳. */
const LIST_SEPARATOR = /^[、，, \u3000]$/u;
/** One list mark, or up to three spaces (记者 郑晓川  田昌岳), between `from` and `to`. */
function separatedOnly(text: string, from: number, to: number): boolean {
  if (to <= from || to - from > 3) return false;
  const between = text.slice(from, to);
  return between.length === 1 ? LIST_SEPARATOR.test(between) : /^[ \u3000]+$/u.test(between);
}

/** A weaker candidate is accepted beside an accepted name, in a list: 程锐、苏畅、魏嵘. */
const LIST_MIN_SCORE = -0.5;

/** Every reading considered at each position with its score, for the person tuning the detector. */
export function explainNames(text: string): Array<{ value: string; score: number }> {
  const out: Array<{ value: string; score: number }> = [];
  for (let start = 0; start < text.length; start++)
    for (const c of candidatesAt(text, start)) out.push({ value: text.slice(c.start, c.end), score: c.score });
  return out;
}

/** Every full personal name in `text`, one match per name, in text order. */
export function detectNames(text: string): RawMatch[] {
  const best: Candidate[] = [];
  for (let start = 0; start < text.length; start++) {
    const top = candidatesAt(text, start).sort((a, b) => b.score - a.score || b.end - a.end)[0];
    if (top && top.score >= LIST_MIN_SCORE && !isHistorical(text, top)) best.push(top);
  }
  const accepted = pickNonOverlapping(best.filter((c) => c.score >= MIN_SCORE));
  // Names come in lists: a weaker candidate separated by one list mark from an accepted name is
  // one too. Repeat until the list is read through in both directions.
  for (let grew = true; grew;) {
    grew = false;
    for (const c of best) {
      if (accepted.some((a) => a.start < c.end && c.start < a.end)) continue;
      const beside = accepted.some((a) => separatedOnly(text, a.end, c.start) || separatedOnly(text, c.end, a.start));
      if (beside) {
        accepted.push(c);
        accepted.sort((a, b) => a.start - b.start);
        grew = true;
      }
    }
  }
  return withRepeats(text, accepted).map((c) => ({ start: c.start, end: c.end, kind: 'name', value: text.slice(c.start, c.end) }));
}

/**
 * Below the gate's threshold, but not by much: readings the gate lets through because reporting
 * them would stop builds on ordinary words (a scoring mistake costs a build), yet an editor should
 * look at once. The desk shows them as 可能是人名 (src/desk/gate); the build never reads them.
 * Decision: two points under MIN_SCORE, a title or a verb of speech short of a name. Set on the
 * sample site (demo/content/): 32 readings in its 49 entries, most of them poets and words an editor
 * dismisses with one click, where every surname-led pair would be thousands.
 */
const UNCERTAIN_MIN_SCORE = MIN_SCORE - 2;

/** The name detector's near misses (UNCERTAIN_MIN_SCORE), one per span, strongest first where they overlap. */
export function detectNameCandidates(text: string): RawMatch[] {
  const near: Candidate[] = [];
  for (let start = 0; start < text.length; start++) {
    const top = candidatesAt(text, start).sort((a, b) => b.score - a.score || b.end - a.end)[0];
    if (top && top.score >= UNCERTAIN_MIN_SCORE && top.score < MIN_SCORE && !isHistorical(text, top)) near.push(top);
  }
  return pickNonOverlapping(near).map((c) => ({ start: c.start, end: c.end, kind: 'name', value: text.slice(c.start, c.end) }));
}

/**
 * A person named once is named again: every other occurrence of an accepted name in the same text
 * is one too (祁岚参与过…, 这是祁岚的心愿), unless a place or unit suffix follows it there or the
 * characters around it belong to a longer word.
 */
function withRepeats(text: string, accepted: Candidate[]): Candidate[] {
  const values = new Set(accepted.map((c) => text.slice(c.start, c.end)));
  const out = [...accepted];
  for (const value of values) {
    for (let at = text.indexOf(value); at >= 0; at = text.indexOf(value, at + 1)) {
      const end = at + value.length;
      if (out.some((c) => c.start < end && at < c.end)) continue;
      if (placeAfter(text.slice(end, end + 4))) continue;
      const prev = text[at - 1];
      if (prev !== undefined && !isBoundary(prev) && endsInSurname(`${prev}${text[at]}`)) continue;
      out.push({ start: at, end, surnameLength: 0, score: MIN_SCORE });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Keeps the strongest of overlapping readings (张伟、李: 伟 cannot start a name inside 张伟). */
function pickNonOverlapping(candidates: readonly Candidate[]): Candidate[] {
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const previous = kept.at(-1);
    if (previous && c.start < previous.end) {
      if (c.score > previous.score) kept[kept.length - 1] = c;
      continue;
    }
    kept.push(c);
  }
  return kept;
}
