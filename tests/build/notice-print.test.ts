/**
 * A notice on paper, printed by Chromium from a fixture site built with notices of known length:
 *
 * - the 版头 follows GB/T 9704: issuer, then the 文号 centred under it, then the red line, then
 *   the title (on the 大字版 and on the notice page alike);
 * - a 大字版 notice of up to 600 characters fits one A4 page;
 * - a longer one continues, and no printed page holds fewer than three lines of it;
 * - the 落款 is the issuer and the date; a seal is printed only for an organ whose seal image
 *   the configuration gives, and never a blank "盖章处" box.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printToPdf } from '../../src/print/pdf.ts';
import { serveStatic, type StaticServer } from '../../src/deploy/static-server.ts';
import { buildSite, PROJECT_ROOT } from '../helpers/build-site.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { pageCount, pageSizes, A4 } from '../helpers/pdf.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const OUT = resolve(PROJECT_ROOT, 'test-results/notice-print');
const squash = (text: string) => text.replace(/\s+/g, '');

/** Plain sentences of a notice, cycled to fill a body of an exact length. */
const SENTENCES = [
  '经调阅有关会议记录、审批材料和资金支付凭证，并与经办人员逐一谈话核实，',
  '相关事项均按规定程序办理，经集体研究决定并在规定范围内公示，',
  '未发现被反映人员违规插手或者打招呼的情况，也未发现其从中谋取利益。',
  '核查组还实地查看了项目现场，比对了合同约定与实际完成的工程量，',
  '结算金额与审计结果一致，资金拨付进度符合合同约定。',
];
/** A body of `length` characters (whitespace not counted) in `paragraphs` paragraphs, each ending in 。 */
function bodyOf(length: number, paragraphs: number): string {
  const text = Array.from({ length: Math.ceil(length / 20) }, (_, i) => SENTENCES[i % SENTENCES.length]!)
    .join('')
    .slice(0, length);
  const chars = [...text];
  const size = Math.ceil(chars.length / paragraphs);
  return Array.from({ length: paragraphs }, (_, i) => chars.slice(i * size, (i + 1) * size).join(''))
    .map((paragraph) => `${paragraph.slice(0, -1)}。`)
    .join('\n\n');
}

const NOTICES = [
  // The longest notice still set at 16 pt (DENSE_FROM in BoardNotice.astro is 360), in many short paragraphs.
  { id: 'length-359', length: 359, paragraphs: 6, organ: 'test-county' },
  { id: 'length-430', length: 430, paragraphs: 5, organ: 'test-county' },
  { id: 'length-600', length: 600, paragraphs: 6, organ: 'test-county' },
  { id: 'length-600-city', length: 600, paragraphs: 4, organ: 'test-city' },
  { id: 'length-1300', length: 1300, paragraphs: 9, organ: 'test-county' },
];
const TITLE = '关于对某镇干部周某被反映在补助发放中优亲厚友等问题的澄清说明';
/** A joint issuer's full name, as long as real ones: the 落款 must not squeeze the rest of its row. */
const COUNTY = '中共测试县纪律检查委员会 测试县监察委员会';

let work: string;
let dist: string;
let server: StaticServer;
let browser: TestBrowser;
const pdfs = new Map<string, string>();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-notice-print-'));
  const content = join(work, 'content');
  cpSync(FIXTURE, content, { recursive: true });
  writeFileSync(
    join(content, 'organs.yaml'),
    readFileSync(join(content, 'organs.yaml'), 'utf8').replace('name: 测试县纪委监委', `name: ${COUNTY}`),
  );
  const template = readFileSync(join(content, 'clarifications/published-notice.md'), 'utf8');
  const [, front] = template.split(/^---$/m);
  NOTICES.forEach((notice, index) => {
    const header = front!
      .replace(/^title: .*$/m, `title: ${TITLE}`)
      .replace(/^organ: .*$/m, `organ: ${notice.organ}`)
      .replace(/^docNumber: .*$/m, `docNumber: 测纪澄〔2026〕${index + 11}号`)
      .replace(/^ {4}internalNote: .*\n/m, '');
    writeFileSync(join(content, 'clarifications', `${notice.id}.md`), `---${header}---\n\n${bodyOf(notice.length, notice.paragraphs)}\n`);
  });
  dist = join(work, 'dist');
  const result = buildSite({ contentDir: content, outDir: dist });
  if (result.status !== 0) throw new Error(result.output);
  server = await serveStatic(dist);
  browser = await launchBrowser();
  for (const notice of NOTICES) {
    const file = join(work, `${notice.id}.pdf`);
    await printToPdf(browser.browser, `${server.url}print/notice/${notice.id}/`, file);
    pdfs.set(notice.id, file);
  }
}, 600_000);
afterAll(async () => {
  // The PDFs stay for people to look at.
  mkdirSync(OUT, { recursive: true });
  for (const [id, file] of pdfs) cpSync(file, join(OUT, `${id}.pdf`));
  await browser?.close();
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

/** The lines of one page as pdftotext reads them, whitespace removed, empty lines dropped. */
const linesOf = (pdf: string, page: number): string[] =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
    .split('\n')
    .map(squash)
    .filter(Boolean);
/** How many lines of a page are lines of the notice's body. */
const bodyLines = (pdf: string, page: number, id: string): number => {
  const body = squash(readFileSync(join(work, 'content/clarifications', `${id}.md`), 'utf8').split(/^---$/m)[2]!);
  return linesOf(pdf, page).filter((line) => line.length >= 4 && body.includes(line)).length;
};

describe('a 大字版 notice on paper', () => {
  it.each(['length-359', 'length-430', 'length-600', 'length-600-city'])('fits one A4 page at up to 600 characters (%s)', (id) => {
    const pdf = pdfs.get(id)!;
    expect(pageCount(pdf)).toBe(1);
    expect(pageSizes(pdf)[0]).toEqual(A4);
  });

  it('continues a longer notice with at least three of its lines on every page, the 落款 never alone', () => {
    const pdf = pdfs.get('length-1300')!;
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThan(1);
    for (let page = 1; page <= pages; page += 1) expect(bodyLines(pdf, page, 'length-1300'), `page ${page}`).toBeGreaterThanOrEqual(3);
    expect(linesOf(pdf, pages).join('')).toContain('2026年3月2日');
  });

  it('sets out the 版头 as GB/T 9704 does: issuer, 文号 under it, then the title', () => {
    // After the running head (the issuer and title in small type at the top of every page).
    const text = linesOf(pdfs.get('length-430')!, 1)
      .join('')
      .replace(`${squash(COUNTY)}${squash(TITLE)}`, '');
    const issuer = text.indexOf(squash(COUNTY));
    const number = text.indexOf(`测纪澄〔2026〕${NOTICES.findIndex((notice) => notice.id === 'length-430') + 11}号`);
    const title = text.indexOf(squash(TITLE));
    expect(issuer).toBeGreaterThan(-1);
    expect(number).toBeGreaterThan(issuer);
    expect(title).toBeGreaterThan(number);
    // In the page itself: the 文号 is inside the masthead whose bottom border is the red line.
    const html = readFileSync(join(dist, 'print/notice/length-430/index.html'), 'utf8');
    expect(html).toMatch(/class="board-masthead"[^>]*>\s*<p class="board-issuer"[^>]*>[^<]+<\/p>\s*<p class="board-doc-number"/);
    const page = readFileSync(join(dist, 'clarifications/length-430/index.html'), 'utf8');
    expect(page).toMatch(/class="notice-masthead"[^>]*>[\s\S]*?data-field="issuer"[\s\S]*?data-field="docNumber"[\s\S]*?<\/div>\s*<h1/);
  });

  it('keeps the verification code whole on paper, beside a long issuer’s 落款', () => {
    for (const notice of NOTICES) {
      const code = /data-board-code[^>]*>([0-9A-Z]{4}-[0-9A-Z]{4})</.exec(
        readFileSync(join(dist, 'print/notice', notice.id, 'index.html'), 'utf8'),
      )![1]!;
      const pdf = pdfs.get(notice.id)!;
      const lines = Array.from({ length: pageCount(pdf) }, (_, i) => linesOf(pdf, i + 1)).flat();
      expect(lines, notice.id).toContain(code);
      // No column squeezed to a character or two a line.
      expect(lines.filter((line) => line.length <= 2).length, notice.id).toBeLessThanOrEqual(2);
    }
  });

  it('prints the 落款 without a blank seal box and without a seal: seals print only in board packs', () => {
    for (const notice of NOTICES) {
      const text = Array.from({ length: pageCount(pdfs.get(notice.id)!) }, (_, i) => linesOf(pdfs.get(notice.id)!, i + 1).join('')).join(
        '',
      );
      expect(text, notice.id).not.toContain('盖章处');
      const html = readFileSync(join(dist, 'print/notice', notice.id, 'index.html'), 'utf8');
      expect(html, notice.id).not.toContain('data-seal');
    }
  });
});
