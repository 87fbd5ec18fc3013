/**
 * The redaction assistant: `redactText` on its own, then `npm run redact` as an editor runs it on
 * plain text, Markdown and Word files. Every name, number and address here is invented.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { docx } from '../helpers/docx.ts';
import { describe, expect, it } from 'vitest';
import { acceptMarks, readLetter, redactText } from '../../src/privacy/redact.ts';
import { clarificationSchema } from '../../src/schemas/clarification.ts';
import { scanText } from '../../src/privacy/scan.ts';

const RAW_NOTICE = [
  '关于对蒋文涛同志被反映问题的澄清正名通知书',
  '',
  '蒋文涛同志：',
  '2024年3月，我委收到实名举报，举报人蒋丽华（身份证号330206198001011230，手机13812345678）反映你在云岙镇石塘村党支部书记任上，为亲属蒋国栋违规办理低保。举报人家住澄江区解放北路88号3幢2单元301室。',
  '经核查，蒋国栋符合低保条件，相关程序合规，该问题失实。蒋文涛同志在旧村改造中依规履职。',
  '特此通知。抄送：云岙镇党委。联系人：褚文彧，电话0574-87654321，卡号6222 0212 3456 7890 128，车牌浙B·D12345。',
].join('\n');
const RAW_VALUES = [
  '蒋文涛',
  '蒋丽华',
  '蒋国栋',
  '褚文彧',
  '330206198001011230',
  '13812345678',
  '解放北路88号',
  '0574-87654321',
  '6222 0212 3456 7890 128',
  '浙B·D12345',
  '石塘村',
  '云岙镇',
];

describe('redactText', () => {
  const result = redactText(RAW_NOTICE);

  it('gives each person one alias throughout: 姓某, then 姓某某, then 姓某甲', () => {
    expect(result.text).toContain('关于对蒋某同志');
    expect(result.text).toContain('蒋某同志：');
    expect(result.text).toContain('举报人蒋某某');
    expect(result.text).toContain('为亲属蒋某甲违规办理低保');
    expect(result.text).toContain('经核查，蒋某甲符合低保条件');
    expect(result.text).toContain('蒋某同志在旧村改造中');
    expect(result.text).toContain('联系人：褚某');
  });

  it('removes numbers, cuts addresses to the district and generalises named places', () => {
    expect(result.text).toContain('身份证号（略）');
    expect(result.text).toContain('手机（略）');
    expect(result.text).toContain('举报人家住澄江区。');
    expect(result.text).toContain('在某镇某村党支部书记任上');
    expect(result.text).toContain('抄送：某镇党委');
    for (const raw of RAW_VALUES) expect(result.text).not.toContain(raw);
  });

  it('lists every replacement masked, and leaves nothing for the gate', () => {
    const rows = result.replacements.map((r) => `${r.masked} → ${r.replacement} ×${r.count}`);
    expect(rows).toContain('蒋** → 蒋某 ×3');
    expect(rows).toContain('蒋** → 蒋某某 ×1');
    expect(rows).toContain('蒋** → 蒋某甲 ×2');
    expect(rows).toContain('3302**********1230 → （略） ×1');
    for (const raw of RAW_VALUES) expect(JSON.stringify(result.replacements)).not.toContain(raw);
    expect(result.remaining).toEqual([]);
    expect(scanText(result.text, 'draft.md')).toEqual([]);
  });

  it('marks every replacement 〖…〗 and keeps every character outside the marks byte for byte', () => {
    expect(result.marked).toContain('关于对〖蒋某〗同志');
    expect(result.marked).toContain('手机〖（略）〗');
    expect(result.marked).toContain('在〖某镇某〗村党支部书记任上');
    expect(result.marked).toContain('举报人家住澄江区〖〗。');
    expect(acceptMarks(result.marked)).toBe(result.text);
    // What stands outside the marks is the source itself, in order.
    let at = 0;
    for (const piece of result.marked.split(/〖[^〖〗]*〗/u)) {
      const found = RAW_NOTICE.indexOf(piece, at);
      expect(found, piece).toBeGreaterThanOrEqual(0);
      at = found + piece.length;
    }
  });

  it('reads a verb or conjunction before a generic unit as no place, and never swallows the words after an alias', () => {
    const source = [
      '陈美华同志：',
      '区纪委监委会同县农业农村局开展核查，调取了审计报告和村卫生室的台账，随后通过镇级平台公开了结果。',
      '经查，陈美华系经镇卫生院正式聘用的人员。信访人韦晓东对结果无异议，和韦晓东同来的还有其妻。',
    ].join('\n');
    const redacted = redactText(source);
    expect(redacted.text).toContain('区纪委监委会同县农业农村局开展核查');
    expect(redacted.text).toContain('审计报告和村卫生室的台账');
    expect(redacted.text).toContain('随后通过镇级平台公开了结果');
    expect(redacted.text).toContain('陈某系经镇卫生院正式聘用');
    expect(redacted.text).toContain('和韦某同来的');
    expect(redacted.replacements.map((r) => r.kind)).toEqual(['name', 'name']);
    // Its own draft passes the scan that produced it: 和韦某 is no name 和韦.
    expect(redacted.remaining).toEqual([]);
    expect(scanText(redacted.marked, 'draft.md')).toEqual([]);
  });

  it('still generalises a named place after such a word', () => {
    const redacted = redactText('陈美华同志：\n区纪委监委会同云岙镇党委开展核查，在和平村召开澄清会。');
    expect(redacted.text).toContain('会同某镇党委');
    expect(redacted.text).toContain('在某村召开澄清会');
  });

  it('keeps a clean text as it was', () => {
    const clean = '经核查，反映某村党支部书记李某的问题失实。如有异议，请拨打12388。';
    expect(redactText(clean)).toEqual({ text: clean, marked: clean, replacements: [], remaining: [] });
  });
});

const LETTER = [
  '关于对陈某同志被反映问题的澄清正名通知书',
  '明纪澄〔2024〕3号',
  '〖陈某〗同志：',
  '2024年3月，区纪委监委收到实名举报，反映你存在以下问题：一是违规发放补贴；二是在镇卫生院采购中收受好处。经查，所反映问题均不属实。',
  '特此通知。',
  '明溪区纪委监委',
  '2024年5月8日',
].join('\n');

describe('readLetter', () => {
  const letter = readLetter(LETTER);

  it('drops the 文号, the 主送 and the 落款, and keeps the rest of the body', () => {
    expect(letter.title).toBe('关于对陈某同志被反映问题的澄清正名通知书');
    expect(letter.dropped).toEqual(['docNumber', 'addressee', 'signature']);
    expect(letter.body).not.toContain('〔2024〕');
    expect(letter.body).not.toContain('同志：');
    expect(letter.body).not.toContain('明溪区纪委监委');
    expect(letter.body.startsWith('2024年3月，区纪委监委收到实名举报')).toBe(true);
    expect(letter.body.endsWith('特此通知。')).toBe(true);
  });

  it('reads the date of the letter, the alias, 实名举报 and the allegations as items', () => {
    expect(letter.date).toBe('2024-05-08');
    expect(letter.alias).toBe('陈某');
    expect(letter.realNameReport).toBe(true);
    expect(letter.allegations).toEqual(['违规发放补贴', '在镇卫生院采购中收受好处']);
  });

  it('reads a date in Chinese numerals, an allegation after 反映, and an anonymous report', () => {
    const other = readLetter(
      '蒋某某同志：\n我委收到反映，称你在某镇某村任上为亲属蒋某甲违规办理低保。经核查，该问题失实。\n某区纪委监委\n二〇二四年十二月二十日',
    );
    expect(other.title).toBeUndefined();
    expect(other.date).toBe('2024-12-20');
    expect(other.alias).toBe('蒋某某');
    expect(other.realNameReport).toBe(false);
    expect(other.allegations).toEqual(['反映其在某镇某村任上为亲属蒋某甲违规办理低保']);
  });

  it('leaves a letter without those parts as it is', () => {
    const body = '经核查，反映某村党支部书记李某的问题失实。';
    expect(readLetter(body)).toMatchObject({ title: undefined, body, dropped: [], date: undefined, alias: '李某', allegations: [] });
  });
});

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(script: string, args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      NODE,
      [join(ROOT, 'scripts', script), ...args],
      { cwd: ROOT, env: { PATH: process.env['PATH'] ?? '', MINGJING_NOW: '2026-11-01' }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : -1) : 0, stdout, stderr });
      },
    );
  });
}

function expectNothingRaw(result: Run): void {
  for (const raw of RAW_VALUES) {
    expect(result.stdout).not.toContain(raw);
    expect(result.stderr).not.toContain(raw);
  }
}

/** A Word document with one paragraph per line, written to `file`. */
async function writeDocx(file: string, lines: readonly string[]): Promise<void> {
  writeFileSync(file, await docx(lines));
}

describe('npm run redact', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mingjing-redact-'));

  it.each(['txt', 'md', 'docx'])('turns a raw .%s notice into a draft that passes the gate, printing nothing raw', async (extension) => {
    const input = join(dir, `notice-${extension}.${extension}`);
    if (extension === 'docx') await writeDocx(input, RAW_NOTICE.split('\n'));
    else writeFileSync(input, extension === 'md' ? `---\ntitle: 原始通知 蒋文涛\n---\n${RAW_NOTICE}` : RAW_NOTICE);
    const result = await run('redact.ts', [input]);
    expect(result.code, result.stderr).toBe(0);
    expectNothingRaw(result);
    expect(result.stdout).toContain('蒋** → 蒋某（name，3 处）');
    const draft = readFileSync(join(dir, `notice-${extension}.draft.md`), 'utf8');
    expect(draft).toMatch(/^---\ntitle: "关于对蒋某同志被反映问题的澄清正名通知书"\n/);
    expect(draft).toMatch(/^status: draft\b/m);
    expect(draft).toContain('举报人〖蒋某某〗');
    expect(draft).toMatch(/^ {2}alias: 蒋某 /m);
    expect(draft).toMatch(/^realNameReport: true$/m);
    expect(draft).toContain('  - summary: "反映其在某镇某村党支部书记任上，为亲属蒋某甲违规办理低保"');
    expect(draft).not.toContain('蒋某同志：');
    for (const raw of RAW_VALUES) expect(draft).not.toContain(raw);
    const scan = await run('scan.ts', [join(dir, `notice-${extension}.draft.md`)]);
    expect(scan.code, scan.stdout).toBe(0);
  });

  it('takes the date from the 落款, drops 文号 and 落款, and validates once the marks are accepted', async () => {
    const input = join(dir, 'signed.docx');
    await writeDocx(input, [
      '关于对蒋文涛同志被反映问题的澄清正名通知书',
      '明纪澄〔2024〕3号',
      ...RAW_NOTICE.split('\n').slice(2),
      '明溪区纪委监委',
      '2024年5月8日',
    ]);
    const made = await run('redact.ts', [input]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('已从正文中去掉：文号、主送、落款');
    const file = join(dir, 'signed.draft.md');
    const draft = readFileSync(file, 'utf8');
    expect(draft).toMatch(/^date: 2024-05-08$/m);
    expect(draft).not.toContain('明纪澄〔2024〕3号');
    expect(draft).not.toMatch(/明溪区纪委监委\n2024年5月8日/);
    const accepted = await run('redact.ts', ['--accept', file]);
    expect(accepted.code, accepted.stdout).toBe(0);
    const reviewed = readFileSync(file, 'utf8');
    expect(reviewed).not.toMatch(/[〖〗]/u);
    expect(reviewed).toContain('举报人蒋某某');
    const header = yaml.load(reviewed.split('\n---\n')[0]!.replace(/^---\n/, ''));
    expect(clarificationSchema.safeParse(header).success).toBe(true);
    expect((await run('scan.ts', [file])).code).toBe(0);
    // A second --accept finds nothing to accept and says so.
    const again = await run('redact.ts', ['--accept', file]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('草稿中没有〖〗标记');
  });

  it('writes to --out, and refuses to overwrite an existing draft without --force', async () => {
    const input = join(dir, 'again.txt');
    const out = join(dir, 'chosen.md');
    writeFileSync(input, RAW_NOTICE);
    expect((await run('redact.ts', [input, '--out', out])).code).toBe(0);
    writeFileSync(out, '编辑已经改过的草稿');
    const refused = await run('redact.ts', [input, '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`草稿文件已存在，未覆盖：${out}`);
    expect(readFileSync(out, 'utf8')).toBe('编辑已经改过的草稿');
    expect((await run('redact.ts', [input, '--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('举报人〖蒋某某〗');
  });

  it('rejects an unknown extension, a missing file and a broken Word file, naming the file and writing nothing', async () => {
    const pdf = join(dir, 'notice.pdf');
    writeFileSync(pdf, RAW_NOTICE);
    const broken = join(dir, 'broken.docx');
    writeFileSync(broken, `不是 Word 文件：${RAW_NOTICE}`);
    for (const [file, message] of [
      [pdf, `不支持的文件类型：${pdf}`],
      [join(dir, 'absent.txt'), `找不到文件：${join(dir, 'absent.txt')}`],
      [broken, `无法读取文件：${broken}`],
    ] as const) {
      const result = await run('redact.ts', [file]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(message);
      expectNothingRaw(result);
    }
    expect(existsSync(join(dir, 'notice.draft.md'))).toBe(false);
    expect(existsSync(join(dir, 'broken.draft.md'))).toBe(false);
  });

  it('prints its usage and exits 2 without a file', async () => {
    const result = await run('redact.ts', []);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('用法：npm run redact');
  });
});
