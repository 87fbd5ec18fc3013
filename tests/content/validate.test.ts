/**
 * Whole-folder validation on small fixture folders written by each test: one message per
 * problem, naming the file and the field, saying what was expected and what was found.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatProblems } from '../../src/content/problems.ts';
import { readContentFolder } from '../../src/content/read.ts';
import { validateContent } from '../../src/content/validate.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
let root: string;
let contentDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-validate-'));
  contentDir = join(root, 'content');
  cpSync(FIXTURE, contentDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const edit = (file: string, change: (source: string) => string) => {
  const path = join(contentDir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
};
const validate = () => validateContent(readContentFolder(contentDir, root));

describe('validateContent', () => {
  it('accepts the fixture site', () => {
    const { problems, content } = validate();
    expect(problems).toEqual([]);
    expect(content.entries).toHaveLength(10);
  });

  it('names the file and the field when a title is missing', () => {
    edit('clarifications/published-notice.md', (s) => s.replace(/^title: .*\n/m, ''));
    const { problems } = validate();
    expect(problems).toEqual([
      { file: 'content/clarifications/published-notice.md', field: 'title', expected: '标题（文字）', found: '缺失（未填写）' },
    ]);
  });

  it('rejects a full name as alias and masks it in the message', () => {
    edit('clarifications/published-notice.md', (s) => s.replace('alias: 周某', 'alias: 李振华'));
    const { problems } = validate();
    expect(problems).toHaveLength(1);
    const report = formatProblems(problems);
    expect(report).toContain('content/clarifications/published-notice.md');
    expect(report).toContain('subject.alias');
    expect(report).toContain('匿名化');
    expect(report).toContain('李**');
    expect(report).not.toContain('李振华');
  });

  it('reports every problem at once, one per field', () => {
    edit('cases/published-case.md', (s) => s.replace('decision: 免予问责', 'decision: 不追究').replace('scenario: 突发事件处置', 'scenario: 抢险'));
    edit('culture/published-poem.md', (s) => s.replace('date: 2026-01-05', 'date: 2026-13-05'));
    const fields = validate().problems.map((p) => `${p.file}#${p.field}`);
    expect(fields.sort()).toEqual([
      'content/cases/published-case.md#decision',
      'content/cases/published-case.md#scenario',
      'content/culture/published-poem.md#date',
    ]);
  });

  it('catches a misspelt field instead of silently dropping it', () => {
    edit('culture/published-poem.md', (s) => s.replace('summary:', 'summery:'));
    const fields = validate().problems.map((p) => p.field);
    expect(fields.sort()).toEqual(['summary', 'summery']);
  });

  it('checks references: organ, organ parent, glossary related', () => {
    edit('clarifications/published-notice.md', (s) => s.replace('organ: test-county', 'organ: nowhere-county'));
    edit('organs.yaml', (s) => s.replace('parent: test-city', 'parent: lost-city'));
    edit('glossary.yaml', (s) => s.replace('related: [huifang]', 'related: [nothing]'));
    const problems = validate().problems;
    expect(problems.map((p) => `${p.file}#${p.field}`).sort()).toEqual([
      'content/clarifications/published-notice.md#organ',
      'content/glossary.yaml#[0].related[0]',
      'content/organs.yaml#[1].parent',
    ]);
    expect(problems.find((p) => p.field === 'organ')?.found).toContain('nowhere-county');
  });

  it('requires the four sections in a case body', () => {
    edit('cases/published-case.md', (s) => s.replace('## 典型意义', '## 启示'));
    const [problem] = validate().problems;
    expect(problem?.field).toBe('正文(body)');
    expect(problem?.found).toBe('缺少 典型意义');
  });

  it('reports broken YAML as a problem of that file, not a crash', () => {
    edit('culture/published-poem.md', (s) => s.replace('title: 石灰吟', 'title: [石灰吟'));
    const [problem] = validate().problems;
    expect(problem?.file).toBe('content/culture/published-poem.md');
    expect(problem?.found).toMatch(/YAML 语法错误/);
  });

  it('reports a missing poster image file', () => {
    writeFileSync(
      join(contentDir, 'culture/poster.md'),
      '---\ntitle: 海报\ndate: 2026-01-01\norgan: test-city\nsummary: 海报。\nform: 海报\nimage:\n  src: images/none.svg\n  alt: 一张海报\n---\n\n正文。\n',
    );
    const [problem] = validate().problems;
    expect(problem).toMatchObject({ file: 'content/culture/poster.md', field: 'image.src' });
  });

  it('masks personal data found in a wrong field', () => {
    edit('clarifications/published-notice.md', (s) => s.replace('date: 2026-03-02', 'date: 13812345678'));
    const report = formatProblems(validate().problems);
    expect(report).toContain('published-notice.md › date');
    expect(report).not.toContain('13812345678');
  });

  it('rejects an evaluation written where only date and method belong', () => {
    edit('clarifications/published-notice.md', (s) => s.replace('    method: 单位走访', '    method: 单位走访\n    summary: 群众评价良好'));
    const [problem] = validate().problems;
    expect(problem).toMatchObject({ file: 'content/clarifications/published-notice.md', field: 'followUps[1].summary' });
  });
});

describe('guiding cases as an issuer’s numbered series', () => {
  const problemsOf = () => validate().problems.map((p) => `${p.file}#${p.field}: ${p.found}`);

  it('names an unknown series', () => {
    edit('cases/published-case.md', (s) => s.replace('series: test-city-cases', 'series: other-cases'));
    expect(problemsOf()).toEqual(['content/cases/published-case.md#series: 未登记的系列 other-cases']);
  });

  it('refuses a case issued by another organ than its series’ issuer', () => {
    edit('cases/published-case.md', (s) => s.replace('organ: test-city', 'organ: test-county'));
    expect(problemsOf()).toEqual(['content/cases/published-case.md#organ: 发布机关为 test-county']);
  });

  it('refuses an unknown batch, and a date other than its batch’s', () => {
    edit('cases/published-case.md', (s) => s.replace('batch: 1', 'batch: 9'));
    expect(problemsOf()).toEqual(['content/cases/published-case.md#batch: 第 9 批']);
    edit('cases/published-case.md', (s) => s.replace('batch: 9', 'batch: 2'));
    expect(problemsOf()).toEqual(['content/cases/published-case.md#date: 2026-02-10']);
  });

  it('refuses numbers that run against the dates, or repeat', () => {
    // The draft (2026-02-11) takes number 1, the published case (2026-02-10) number 2: backwards.
    edit('cases/published-case.md', (s) => s.replace('number: 1', 'number: 2'));
    edit('cases/draft-case.md', (s) => s.replace('number: 2', 'number: 1'));
    expect(problemsOf()).toEqual(['content/cases/published-case.md#number: 第 2 号（2026-02-10）排在第 1 号（2026-02-11）之后']);
    edit('cases/published-case.md', (s) => s.replace('number: 2', 'number: 1'));
    expect(problemsOf()).toEqual(['content/cases/published-case.md#number: 第 1 号与 content/cases/draft-case.md 重复']);
  });
});

describe('the law of a case', () => {
  const problemsOf = () => validate().problems.map((p) => `${p.file}#${p.field}: ${p.expected} / ${p.found}`);
  const lighter = (result: string) =>
    edit('cases/published-case.md', (s) =>
      s
        .replace('decision: 免予问责', 'decision: 从轻问责\naccountability:\n  - target: 领导干部\n    measure: 诫勉')
        .replace('article: 第十七条', 'article: 第十八条')
        .replace('对相关干部免予问责。', result),
    );

  it('accepts a 处理结果 that names the decision and the measure taken', () => {
    lighter('经集体研究，对其从轻问责，予以诫勉。');
    expect(problemsOf()).toEqual([]);
  });

  it('refuses a vague result: "依规依纪追究责任" names no measure', () => {
    lighter('经集体研究，从轻问责，依规依纪追究其责任。');
    expect(problemsOf()).toEqual([
      'content/cases/published-case.md#正文(body): “## 处理结果”写明具体的问责方式“诫勉”，不能只写“依规依纪追究责任” / 处理结果中没有写明“诫勉”的具体内容',
    ]);
  });

  it('refuses a result that does not name the decision', () => {
    edit('cases/published-case.md', (s) => s.replace('对相关干部免予问责。', '对相关干部依规作出处理。'));
    expect(problemsOf()).toEqual(['content/cases/published-case.md#正文(body): “## 处理结果”写明认定结果“免予问责” / 处理结果中没有“免予问责”']);
  });

  it('refuses 批评教育 given as the result of a 问责 decision', () => {
    lighter('经集体研究，从轻问责，予以诫勉，并对其批评教育。');
    expect(problemsOf()).toEqual([
      'content/cases/published-case.md#正文(body): “## 处理结果”不把批评教育作为问责方式（《中国共产党问责条例》第八条没有这一方式） / 处理结果写有“批评教育”',
    ]);
  });

  it('asks a 纪律处分 or an 组织调整 to be named by its kind', () => {
    edit('cases/published-case.md', (s) =>
      s
        .replace('decision: 免予问责', 'decision: 减轻问责\naccountability:\n  - target: 领导干部\n    measure: 纪律处分\n  - target: 领导干部\n    measure: 组织调整或者组织处理')
        .replace('article: 第十七条', 'article: 第十八条')
        .replace('对相关干部免予问责。', '减轻问责，给予纪律处分并作组织调整。'),
    );
    const problems = problemsOf();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain('写明 警告、严重警告、撤销党内职务、留党察看、开除党籍 之一');
    expect(problems[1]).toContain('写明 停职检查、调整职务、责令辞职、降职、免职 之一');
    edit('cases/published-case.md', (s) => s.replace('减轻问责，给予纪律处分并作组织调整。', '减轻问责，给予党内警告处分，调整职务。'));
    expect(problemsOf()).toEqual([]);
  });

  it('refuses art. 3 of 《问责条例》 as a basis, and a basis other than art. 17 for 免予问责', () => {
    edit('cases/published-case.md', (s) => s.replace('article: 第十七条', 'article: 第三条'));
    expect(problemsOf()).toEqual([
      'content/cases/published-case.md#basis[0].article: 具体的认定依据：《中国共产党问责条例》第一条、第二条、第三条是总则（目的、指导思想、原则），不能作为认定依据 / 引用 《中国共产党问责条例》第三条',
    ]);
    edit('cases/published-case.md', (s) => s.replace('article: 第三条', 'article: 第十八条'));
    expect(problemsOf()).toEqual([
      'content/cases/published-case.md#basis[0].article: 认定“免予问责”引用《中国共产党问责条例》时，依据为第十七条 / 引用 《中国共产党问责条例》第十八条',
    ]);
  });

  it('requires art. 18 for 从轻问责', () => {
    lighter('对其从轻问责，予以诫勉。');
    edit('cases/published-case.md', (s) => s.replace('article: 第十八条', 'article: 第七条'));
    expect(problemsOf()).toEqual([
      'content/cases/published-case.md#basis: 认定“从轻问责”须在 basis 中引用《中国共产党问责条例》第十八条 / 没有引用 《中国共产党问责条例》相应条款',
    ]);
  });

  it('keeps a 参照 series’ effect within its issuers’ authority', () => {
    edit('series.yaml', (s) => s.replace('effectNote: 测试市各级纪检监察机关办理', 'effectNote: 测试市各级党组织、纪检监察机关和组织人事部门办理'));
    expect(problemsOf()).toEqual([
      'content/series.yaml#[0].effectNote: 效力说明只对发布机关有权要求的机关作出要求；要求组织人事部门执行的，须在 coIssuers 中列明有相应职权的联合发布机关（如 市委组织部），或删去组织人事部门 / 效力说明要求组织人事部门执行，且未列联合发布机关',
      'content/series.yaml#[0].effectNote: 效力说明只对发布机关有权要求的机关作出要求；要求党组织执行的，须在 coIssuers 中列明有相应职权的联合发布机关（如 中共某市委），或删去党组织 / 效力说明要求党组织执行，且未列联合发布机关',
    ]);
    // A co-issuer with the authority covers its addressees; the 组织部 does not cover 各级党组织.
    edit('series.yaml', (s) => s.replace('  effect: 参照', '  effect: 参照\n  coIssuers: [中共测试市委组织部]'));
    expect(problemsOf()).toHaveLength(1);
    edit('series.yaml', (s) => s.replace('coIssuers: [中共测试市委组织部]', 'coIssuers: [中共测试市委组织部, 中共测试市委]'));
    expect(problemsOf()).toEqual([]);
    // A 参考 series binds no one.
    edit('series.yaml', (s) => s.replace('coIssuers: [中共测试市委组织部, 中共测试市委]', 'coIssuers: []').replace('effect: 参照', 'effect: 参考'));
    expect(problemsOf()).toEqual([]);
  });
});

describe('organs and statistics', () => {
  it('refuses an organ tree with a cycle, once', () => {
    edit('organs.yaml', (s) => s.replace('  region: 测试市', '  parent: test-county\n  region: 测试市'));
    const problems = validate().problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/organs.yaml', field: '[0].parent', found: '循环：test-city → test-county → test-city' });
  });

  it('refuses two rows for one organ and period', () => {
    edit('stats.yaml', (s) => s.replace('- id: test-county-2024\n  year: 2024', '- id: test-county-2024\n  year: 2025'));
    expect(validate().problems).toEqual([{ file: 'content/stats.yaml', field: '[3].organ', expected: '每个机关每个统计期间只有一行', found: '2025已有一行（test-county-2025）' }]);
  });
});

describe('channels follow the notice: scope and methods agree', () => {
  const offline = 'clarifications/offline-notice.md';

  it('refuses 网站 or 公开栏 when the scope is a closed circle, and says why', () => {
    edit(offline, (s) => s.replace('methods: [书面, 会议]', 'methods: [书面, 会议, 网站]'));
    const { problems } = validate();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/${offline}`, field: 'methods' });
    expect(problems[0]!.expected).toContain('澄清范围限于内部或班子范围时，澄清方式不能含“网站”');
    expect(problems[0]!.found).toContain('澄清方式 书面、会议、网站');
  });

  it('refuses a channel the scope does not name, and a scope naming a channel the methods lack', () => {
    edit('clarifications/published-notice.md', (s) => s.replace('，并在县纪委监委网站发布', ''));
    edit(offline, (s) => s.replace('并在所在单位领导班子范围内说明', '并在所在单位公开栏张贴'));
    const { problems } = validate();
    expect(problems.map((p) => `${p.file}:${p.field}:${p.expected}`).sort()).toEqual([
      'content/clarifications/offline-notice.md:methods:澄清范围（scope）写明了公开栏张贴，澄清方式（methods）应含“公开栏”',
      'content/clarifications/published-notice.md:methods:澄清方式含“网站”时，澄清范围（scope）应写明在网站发布',
    ]);
  });

  it('needs a posting place with 公开栏, refuses one without it, and keeps one name per place id', () => {
    edit('clarifications/board-notice.md', (s) => s.replace(/postingPlaces:\n(?: {2}.*\n)+/, ''));
    edit(offline, (s) => s.replace('consent: true', 'postingPlaces:\n  - id: test-village-board\n    name: 另一个公开栏\nconsent: true'));
    expect(validate().problems.map((p) => `${p.file}:${p.field}:${p.expected}`).sort()).toEqual([
      'content/clarifications/board-notice.md:postingPlaces:澄清方式含“公开栏”时，至少列出一个张贴地点（postingPlaces，每项含 id 与 name）',
      'content/clarifications/offline-notice.md:postingPlaces:只有澄清方式含“公开栏”的通知才列张贴地点（postingPlaces）',
    ]);
  });

  it('refuses two names for one posting place id', () => {
    edit('clarifications/published-notice.md', (s) => s.replace('id: test-town-board', 'id: test-village-board'));
    const { problems } = validate();
    expect(problems).toHaveLength(1);
    expect(problems[0]!.field).toMatch(/^postingPlaces\[0\]\.name$/);
    expect(problems[0]!.expected).toContain('张贴地点 test-village-board 的名称与');
  });
});

describe('a notice never calls the reporter a suspect', () => {
  for (const wording of ['举报人涉嫌捏造事实诬告陷害他人', '经查，该举报涉嫌诬告陷害', '其行为有诬告陷害嫌疑']) {
    it(`refuses “${wording}” in the body`, () => {
      edit('clarifications/board-notice.md', (s) => `${s.trimEnd()}${wording}，线索已移送。\n`);
      const { problems } = validate();
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ file: 'content/clarifications/board-notice.md', field: '正文(body)' });
      expect(problems[0]!.expected).toContain('不称举报人涉嫌诬告陷害');
    });
  }

  it('refuses it in the summary too, and lets a neutral statement pass', () => {
    edit('clarifications/board-notice.md', (s) => s.replace('summary: 张贴标记辛', 'summary: 举报人涉嫌诬告，张贴标记辛'));
    expect(validate().problems.map((p) => p.field)).toEqual(['summary']);
    edit('clarifications/board-notice.md', (s) => s.replace('summary: 举报人涉嫌诬告，张贴标记辛', 'summary: 经核查反映失实，张贴标记辛'));
    expect(validate().problems).toEqual([]);
  });
});
