/**
 * Card throughput benchmark.
 *
 *   node scripts/bench-cards.ts --entries 1000 [--concurrency 2] [--keep]
 *
 * Generates N synthetic entries (mixed kinds, Chinese text, deterministic) plus the site card,
 * renders all cards cold (empty cache in a temporary folder), then again warm (everything from
 * the cache), and prints one JSON object:
 *   { entries, cards, cold: { ms, cardsPerSecond, rendered, cpuMsPerCard, cardsPerSecondIdle },
 *     warm: { ms, cardsPerSecond, rendered, cached }, peakRssMB, ... }
 * `cpuMsPerCard` is the CPU time of all threads per card drawn; `cardsPerSecondIdle` what that
 * gives on all cores of this machine with nothing else running (the wall-time figure depends on
 * the neighbours on a shared machine).
 * Peak memory covers every thread of the process (RSS sampling plus the kernel's VmHWM).
 *
 *   node scripts/bench-cards.ts --stages 60
 *
 * instead profiles one card at a time on the main thread, for the first N inputs in both
 * formats: CPU time of satori (tree → SVG), resvg (SVG → pixels), PNG encoding, and the bytes
 * written.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCardFonts } from '../src/cards/fonts.ts';
import { renderAllCards } from '../src/cards/pipeline.ts';
import { encodeCardPng, rasterizeCardSvg, renderCard, renderCardSvg } from '../src/cards/render.ts';
import type { CardInput } from '../src/cards/types.ts';
import { seededRandom } from '../src/bench/random.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    concurrency: { type: 'string' },
    keep: { type: 'boolean', default: false },
    stages: { type: 'string' },
  },
});
const entries = Number(values.entries);
if (!Number.isInteger(entries) || entries < 1) {
  console.error('用法：node scripts/bench-cards.ts --entries <正整数> [--concurrency N] [--keep]');
  process.exit(2);
}
const concurrency = values.concurrency === undefined ? undefined : Number(values.concurrency);

const next = seededRandom(20240312);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '仉', '亓', '蒯', '訾', '欧阳', '司马'];
const PLACES = ['城关镇', '河西街道', '青山乡', '柳林镇', '东湖街道', '石桥镇', '白沙乡', '南河街道'];
const ROLES = ['村党支部书记', '村委会主任', '社区党委书记', '镇党委副书记', '街道办事处副主任', '乡村振兴办主任', '财政所所长'];
const ALLEGATIONS = [
  '在村集体工程发包中收受施工方好处',
  '在低保评定中优亲厚友',
  '违规占用集体土地建房',
  '在征地拆迁补偿中虚报面积',
  '利用职务便利为亲属承揽项目',
  '公款吃喝并报销个人费用',
  '在扶贫项目资金使用中弄虚作假',
];
const SCENARIOS = [
  '老旧小区改造',
  '营商环境优化',
  '高标准农田建设',
  '突发汛情处置',
  '历史遗留土地问题化解',
  '数字化改革试点',
  '集体经济项目推进',
];
const DECISIONS = ['免予问责', '从轻问责', '减轻问责', '不予容错'];
const POEMS = [
  {
    title: '石灰吟',
    author: { name: '于谦', dynasty: '明' },
    lines: ['千锤万凿出深山，', '烈火焚烧若等闲。', '粉骨碎身浑不怕，', '要留清白在人间。'],
  },
  {
    title: '竹石',
    author: { name: '郑燮', dynasty: '清' },
    lines: ['咬定青山不放松，', '立根原在破岩中。', '千磨万击还坚劲，', '任尔东西南北风。'],
  },
  {
    title: '墨梅',
    author: { name: '王冕', dynasty: '元' },
    lines: ['我家洗砚池头树，', '朵朵花开淡墨痕。', '不要人夸好颜色，', '只留清气满乾坤。'],
  },
  {
    title: '书端州郡斋壁',
    author: { name: '包拯', dynasty: '宋' },
    lines: ['清心为治本，', '直道是身谋。', '秀干终成栋，', '精钢不作钩。'],
  },
];
const CULTURE_FORMS = ['家风家训', '廉洁故事', '警示教育', '海报'];

const common = { siteName: '明镜', organName: '某市某区纪委监委' };
function day(index: number): string {
  const month = (index % 12) + 1;
  const date = (index % 28) + 1;
  return `2024-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

function syntheticInput(index: number): CardInput {
  const id = `bench-${String(index).padStart(5, '0')}`;
  const roll = next();
  const place = pick(PLACES);
  if (roll < 0.4) {
    const alias = `${pick(SURNAMES)}某某`;
    const role = `${place}某村${pick(ROLES)}`;
    const count = 1 + Math.floor(next() * 3);
    return {
      ...common,
      kind: 'clarifications',
      id,
      title: `关于为${role}${alias}澄清正名的通报`,
      summary: `经核查，反映${alias}的${count}项问题均失实，依规予以澄清。`,
      date: day(index),
      url: `https://mingjing.example.gov.cn/v/${id}/`,
      docNumber: `某纪澄〔2024〕${index + 1}号`,
      subjectAlias: alias,
      subjectRole: role,
      points: Array.from({ length: count }, () => `其${pick(ALLEGATIONS)}`),
      verificationCode: `MJ${String(index * 7919).padStart(6, '0')}`,
    };
  }
  if (roll < 0.75) {
    const scenario = pick(SCENARIOS);
    return {
      ...common,
      kind: 'cases',
      id,
      title: `${place}在${scenario}中因客观原因出现失误的容错案例（第${index + 1}号）`,
      summary: `${scenario}中出现失误，经综合分析初衷、程序、结果与纪律后作出认定。`,
      date: day(index),
      url: `https://mingjing.example.gov.cn/cases/${id}/`,
      serial: `容错〔2024〕第${index + 1}号`,
      gist: `干部在${scenario}中勇于担当，因政策调整等客观原因出现失误，决策经过集体研究、未谋取私利且主动挽回损失的，可以依规${pick(['免予问责', '从轻问责', '减轻问责'])}；对借改革之名谋取私利的，不予容错。`,
      decision: pick(DECISIONS),
    };
  }
  if (roll < 0.88) {
    const poem = pick(POEMS);
    return {
      ...common,
      kind: 'culture',
      id,
      title: poem.title,
      summary: `${poem.author.name}借物言志，表达清正廉洁、坚守本心的操守。`,
      date: day(index),
      url: `https://mingjing.example.gov.cn/culture/${id}/`,
      form: '诗词',
      author: poem.author,
      lines: poem.lines,
    };
  }
  const form = pick(CULTURE_FORMS);
  return {
    ...common,
    kind: 'culture',
    id,
    title: `${place}${form}：清白传家代代传（之${index + 1}）`,
    summary: `${place}一位老党员把“不拿一分不义之财”写进家训，子孙三代守着这一句话过日子，带动邻里形成崇廉尚洁的好风气。`,
    date: day(index),
    url: `https://mingjing.example.gov.cn/culture/${id}/`,
    form,
  };
}

function vmHwmBytes(): number | undefined {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

const inputs: CardInput[] = [
  {
    ...common,
    kind: 'site',
    id: 'site',
    title: '明镜',
    summary: '澄清正名、容错纠错与廉洁文化的公开平台。',
    date: '2024-01-01',
    url: 'https://mingjing.example.gov.cn/',
  },
  ...Array.from({ length: entries }, (_, index) => syntheticInput(index)),
];
const cards = inputs.length * 2;

if (values.stages !== undefined) {
  const sample = inputs.slice(0, Math.max(1, Number(values.stages)));
  const fonts = await loadCardFonts();
  // One card of each format first, so font parsing (once per worker) is not counted.
  for (const format of ['og', 'poster'] as const) await renderCard(inputs[0]!, format, fonts);
  // CPU time, not wall time: on a shared machine it depends much less on the neighbours.
  const cpuMs = (since: NodeJS.CpuUsage): number => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  const ms = { satori: 0, resvg: 0, png: 0 };
  let bytes = 0;
  for (const input of sample) {
    for (const format of ['og', 'poster'] as const) {
      let started = process.cpuUsage();
      const svg = await renderCardSvg(input, format, fonts);
      ms.satori += cpuMs(started);
      started = process.cpuUsage();
      const raster = rasterizeCardSvg(svg);
      ms.resvg += cpuMs(started);
      started = process.cpuUsage();
      bytes += (await encodeCardPng(raster)).length;
      ms.png += cpuMs(started);
    }
  }
  const count = sample.length * 2;
  const per = (total: number) => Math.round((total / count) * 10) / 10;
  console.log(
    JSON.stringify({
      cards: count,
      perCardCpuMs: { satori: per(ms.satori), resvg: per(ms.resvg), png: per(ms.png) },
      share: Object.fromEntries(
        Object.entries(ms).map(([stage, total]) => [stage, Math.round((total / (ms.satori + ms.resvg + ms.png)) * 100) / 100]),
      ),
      meanPngKB: Math.round(bytes / count / 1024),
    }),
  );
  process.exit(0);
}

const root = mkdtempSync(join(tmpdir(), 'mingjing-bench-cards-'));
try {
  const outDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  const options = { outDir, cacheDir, ...(concurrency !== undefined ? { concurrency } : {}) };
  // CPU time of every thread of the process (process.cpuUsage covers worker threads): on a shared
  // machine wall time depends on the neighbours, CPU time per card much less.
  const cpuBefore = process.cpuUsage();
  const cold = await renderAllCards(inputs, {
    ...options,
    onProgress: (done, total) => {
      if (done % 200 === 0 || done === total) process.stderr.write(`cold ${done}/${total}\n`);
    },
  });
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMsPerCard = (cpu.user + cpu.system) / 1000 / cold.rendered;
  // The cards drawn cold join the cache only on commit (a build commits after its checks pass);
  // without it the warm run would draw everything again.
  cold.commitCache();
  rmSync(outDir, { recursive: true, force: true });
  const warm = await renderAllCards(inputs, options);
  const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
  const perSecond = (count: number, ms: number): number => Math.round((count / (ms / 1000)) * 10) / 10;
  const hwm = vmHwmBytes();
  const maxRss = process.resourceUsage().maxRSS * 1024;
  console.log(
    JSON.stringify(
      {
        entries,
        cards,
        cold: {
          ms: cold.ms,
          cardsPerSecond: perSecond(cold.rendered, cold.ms),
          rendered: cold.rendered,
          mode: cold.mode,
          workers: cold.workers,
          cpuMsPerCard: Math.round(cpuMsPerCard * 10) / 10,
          // What the same run does on this machine's cores when nothing else runs on them.
          cardsPerSecondIdle: Math.round((availableParallelism() * 1000 * 10) / cpuMsPerCard) / 10,
        },
        warm: { ms: warm.ms, cardsPerSecond: perSecond(cards, warm.ms), rendered: warm.rendered, cached: warm.cached },
        peakRssMB: mb(Math.max(cold.peakRssBytes, warm.peakRssBytes, hwm ?? 0, maxRss)),
        sampledPeakRssMB: { cold: mb(cold.peakRssBytes), warm: mb(warm.peakRssBytes) },
        machine: { cores: availableParallelism(), node: process.version },
      },
      null,
      2,
    ),
  );
} finally {
  if (values.keep) console.error(`输出保留在 ${root}`);
  else rmSync(root, { recursive: true, force: true });
}
