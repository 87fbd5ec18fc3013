/**
 * The desk's pages for every kind: a guiding case and a poem created from the list, their forms
 * generated from the schemas (selects, dates, YAML blocks), a broken YAML block refused beside its
 * field, and axe (WCAG 2.2 AA) over every page an editor, reviewer or signer meets.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { logIn, startDesk, type TestDesk } from './helpers.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let desk: TestDesk;
let chromium: TestBrowser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  desk = await startDesk({ git: false });
  chromium = await launchBrowser();
  context = await chromium.browser.newContext({ bypassCSP: true });
  page = await context.newPage();
  await logIn(page, desk.url, 'editor');
});

afterAll(async () => {
  await context?.close();
  await chromium?.close();
  await desk?.cleanup();
});

async function create(kind: string, slug: string, title: string): Promise<string> {
  await page.goto(desk.url);
  const form = page.locator('form[action="/entries"]');
  await form.getByLabel('类别').selectOption({ label: kind });
  await form.getByLabel(/编号/).fill(slug);
  await form.getByLabel('标题').fill(title);
  await form.getByRole('button', { name: '新建' }).click();
  await page.waitForURL(/m=created/);
  return page.url().replace(/\?.*$/, '');
}

/** Files under `dir` whose bytes contain `text`. */
function filesHolding(dir: string, text: string): string[] {
  const found: string[] = [];
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    if (statSync(path).isFile() && readFileSync(path).includes(Buffer.from(text))) found.push(name);
  }
  return found;
}

async function violations(): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

describe('forms from the schemas', () => {
  it('a new guiding case takes the next number of the series, and validates as created', async () => {
    await create('容错纠错案例', 'desk-case', '某镇项目推进中的容错认定');
    expect(await page.getByLabel('案例系列 *').inputValue()).toBe('test-city-cases');
    expect(await page.getByLabel('案例系列 *').locator('option:checked').textContent()).toContain('测试市容错纠错指导性案例');
    expect(await page.getByLabel('案例编号 *').inputValue()).toBe('3');
    expect(await page.getByLabel('批次 *').inputValue()).toBe('2');
    expect(await page.getByLabel('认定结果 *').evaluate((element) => element.tagName)).toBe('SELECT');
    expect(await page.getByLabel('发布日期 *').getAttribute('type')).toBe('date');
    expect(await page.getByLabel(/^办理流程/).inputValue()).toContain('stage:');
    expect(await page.locator('.ok').textContent()).toBe('格式检查通过。');
  });

  it('a broken YAML block is refused beside its field, and nothing is saved', async () => {
    const version = await page.locator('input[name=version]').first().inputValue();
    await page.getByLabel(/^办理流程/).fill('- stage: 启动实施\n  date: [2026');
    await page.getByRole('button', { name: '保存' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('“办理流程”不是有效的 YAML');
    expect(String(desk.desk.db.entryBySlug('cases', 'desk-case')!.version)).toBe(version);
  });

  it('a vocabulary list is a set of checkboxes, and unchecking all of a required one is a problem beside it', async () => {
    await create('澄清正名', 'desk-notice', '关于对某村干部柏某被反映问题的澄清说明');
    const methods = page.locator('.field[data-field="methods"]');
    expect(await methods.getByRole('checkbox').count()).toBe(6);
    await methods.getByLabel('书面').uncheck();
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    expect(await page.locator('.field[data-field="methods"] .problems').textContent()).toContain('methods');
  });
});

describe('the body preview', () => {
  it("renders the saved body through the site's page, in a sandboxed frame where raw HTML cannot act", async () => {
    const entry = await create('廉洁文化', 'desk-preview', '清风');
    await page.getByRole('tab', { name: '源文件' }).click();
    const source = page.getByLabel(/源文件/);
    const text = (await source.inputValue()).replace(
      /\n---\n[^]*$/,
      '\n---\n\n## 小标题\n\n清风**两袖**。<form action="/logout" method="post"><button>点我</button></form><script>parent.document.title="x"</script>\n',
    );
    await source.fill(text);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    const frame = page.frameLocator('iframe.rendered');
    expect(await frame.getByRole('heading', { name: '小标题' }).count()).toBe(1);
    expect(await frame.locator('.prose strong').textContent()).toBe('两袖');
    expect(await page.locator('iframe.rendered').getAttribute('sandbox')).toBe('');
    const response = await page.request.get(`${entry}/preview`);
    expect(response.headers()['content-security-policy']).toMatch(/^sandbox; default-src 'none'/);
    expect(response.headers()['content-security-policy']).not.toContain('script-src');
    // The injected script never ran, and the injected form cannot post from the sandbox.
    expect(await page.title()).not.toBe('x');
    await frame.getByRole('button', { name: '点我' }).click();
    expect(page.url()).toContain('/entries/');
    expect(await page.getByRole('button', { name: '退出' }).count()).toBe(1);
  });
});

describe("the preview through the site's own templates", () => {
  it('shows a notice as the site will: site header, masthead, 落款 and verification QR code, with the gate’s findings masked', async () => {
    const entry = await create('澄清正名', 'desk-site-preview', '关于对某村干部被反映问题的澄清说明');
    await page.getByRole('tab', { name: '源文件' }).click();
    const source = page.getByLabel(/源文件/);
    // An invented full name the gate finds: masked in the preview, said so in a banner.
    const text = (await source.inputValue()).replace(/\n---\n[^]*$/, '\n---\n\n经核查，村民欧阳正清反映的问题失实。特此澄清。\n');
    await source.fill(text);
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    const frame = page.frameLocator('iframe.rendered');
    // The site's header and navigation, the notice's masthead, its 落款 and the QR code of its verification page.
    // The first preview starts Vite cold (a few seconds; more on a loaded machine).
    await frame.locator('header.site-header, body > header').first().waitFor({ timeout: 90_000 });
    expect(await frame.locator('.notice-issuer').textContent()).toContain('测试市纪委监委');
    expect(await frame.locator('.notice-signature').textContent()).toContain('测试市纪委监委');
    expect(await frame.locator('.page-qr svg').count()).toBe(1);
    expect(await frame.getByRole('heading', { level: 1 }).textContent()).toContain('关于对某村干部被反映问题的澄清说明');
    const body = await frame.locator('[data-field="body"]').textContent();
    expect(body).not.toContain('欧阳正清');
    expect(body).toMatch(/欧阳\*+|欧\*+/);
    expect(await frame.getByRole('status').filter({ hasText: '已遮盖' }).count()).toBe(1);
    // The frame runs no script and loads nothing: the site's scripts and stylesheet links are gone, its styles inlined.
    const html = await (await page.request.get(`${entry}/preview`)).text();
    expect(html).not.toMatch(/<script\b/i);
    expect(html).not.toMatch(/<link[^>]*stylesheet/i);
    expect(html).toMatch(/<style>[^<]*\.notice/);
    // Nothing of the preview is written outside the desk's data folder (whose database holds the draft):
    // no file in content/, the output or the build cache holds the name.
    expect(filesHolding(join(desk.contentDir, '..'), '欧阳正清').filter((name) => !name.startsWith('data'))).toEqual([]);
    expect(filesHolding(join(desk.dataDir, 'preview-cache'), '欧阳正清')).toEqual([]);
  }, 150_000);

  it('says what to fix instead of a page while the entry does not validate', async () => {
    await page.getByRole('tab', { name: '源文件' }).click();
    const source = page.getByLabel(/源文件/);
    await source.fill((await source.inputValue()).replace(/^organ: .*$/m, 'organ: no-such-organ'));
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    const frame = page.frameLocator('iframe.rendered');
    expect(await frame.locator('body').textContent()).toContain('页面暂不能生成预览');
    expect(await frame.locator('body').textContent()).toContain('organ');
  });

  it('renders a guiding case and a poem through their own page templates', async () => {
    for (const [kind, slug] of [
      ['容错纠错案例', 'desk-preview-case'],
      ['廉洁文化', 'desk-preview-poem'],
    ] as const) {
      const entry = await create(kind, slug, '预览');
      const html = await (await page.request.get(`${entry}/preview`)).text();
      expect(html).toContain('class="site-header"');
      expect(html).toMatch(/<h1[^>]*>[^<]*预览/);
    }
  });
});

describe('表单 and 源文件 as one types', () => {
  it('the source follows the form, the form follows the source, and a header that does not parse keeps what was typed', async () => {
    const entry = await create('澄清正名', 'desk-sync', '关于对某村干部被反映问题的澄清说明');
    // The tabs switch in place: no page load in between (a marker set on this page survives).
    await page.evaluate(() => ((window as unknown as { deskMarker: number }).deskMarker = 1));
    await page.locator('#f-title').fill('关于对某社区干部被反映问题的澄清说明');
    await page.getByRole('tab', { name: '源文件' }).click();
    const source = page.getByLabel(/源文件/);
    await expect.poll(() => source.inputValue()).toMatch(/^title: 关于对某社区干部被反映问题的澄清说明$/m);
    expect(await page.evaluate(() => (window as unknown as { deskMarker?: number }).deskMarker)).toBe(1);
    expect(page.url()).toBe(`${entry}?tab=source`);

    await source.fill((await source.inputValue()).replace(/^summary: .*$/m, 'summary: 经核查，反映问题失实，予以澄清。'));
    await page.getByRole('tab', { name: '表单' }).click();
    await expect.poll(() => page.locator('#f-summary').inputValue()).toBe('经核查，反映问题失实，予以澄清。');

    // A broken header: the problem shows beside 源文件, in Chinese; the form keeps its values, the box keeps the text.
    await page.getByRole('tab', { name: '源文件' }).click();
    const broken = (await source.inputValue()).replace(/^summary: .*$/m, 'summary: [未闭合');
    await source.fill(broken);
    await expect.poll(() => page.locator('#source-problem').textContent()).toContain('YAML');
    expect(await page.locator('#source-problem').textContent()).toContain('表单保留你之前填的内容');
    expect(await page.locator('#f-summary').inputValue()).toBe('经核查，反映问题失实，予以澄清。');
    expect(await source.inputValue()).toBe(broken);

    // Mended, the form follows again; 保存 keeps the pane typed in last.
    await source.fill(broken.replace('summary: [未闭合', 'summary: 反映问题失实。'));
    await expect.poll(() => page.locator('#f-summary').inputValue()).toBe('反映问题失实。');
    expect(await page.locator('#source-problem').textContent()).toBe('');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    const saved = desk.desk.db.entryBySlug('clarifications', 'desk-sync')!.source;
    expect(saved).toMatch(/^summary: 反映问题失实。$/m);
    expect(saved).toMatch(/^title: 关于对某社区干部被反映问题的澄清说明$/m);
    expect(await violations()).toEqual([]);
  });

  it('a list of checkboxes follows the source', async () => {
    await page.getByRole('tab', { name: '源文件' }).click();
    const source = page.getByLabel(/源文件/);
    // The list may be written either way (the form writes it as a block): replace it whole.
    const text = await source.inputValue();
    expect(text).toMatch(/^methods:/m);
    await source.fill(text.replace(/^methods:.*(?:\n[ \t]+- .*)*/m, 'methods: [会议, 网站]'));
    await page.getByRole('tab', { name: '表单' }).click();
    const methods = page.locator('.field[data-field="methods"]');
    await expect.poll(() => methods.getByLabel('网站').isChecked()).toBe(true);
    expect(await methods.getByLabel('会议').isChecked()).toBe(true);
    expect(await methods.getByLabel('书面').isChecked()).toBe(false);
  });
});

describe('uncertain name candidates', () => {
  it('are highlighted and listed as 可能是人名 with the three actions, and block 送审 until confirmed', async () => {
    await create('澄清正名', 'desk-uncertain', '关于对某村干部被反映问题的澄清说明');
    await page.getByRole('tab', { name: '源文件' }).click();
    const source = page.getByLabel(/源文件/);
    // 向苗圃 reads as surname + given name just under the gate's threshold (here a nursery, 苗圃).
    await source.fill((await source.inputValue()).replace(/\n---\n[^]*$/, '\n---\n\n村里请来向苗圃负责人了解情况。\n'));
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    const panel = page.getByRole('region', { name: '隐私检查' });
    const item = panel.locator('.findings > li', { hasText: '可能是人名' });
    expect(await item.count()).toBe(1);
    for (const name of ['替换为化名', '不是人名', '公开人物']) expect(await item.getByRole('button', { name }).count()).toBe(1);
    expect(await page.locator('#highlighted mark.finding.uncertain').textContent()).toBe('向苗圃');
    expect(await page.locator('#highlighted mark.finding.uncertain').getAttribute('title')).toBe('可能是人名');
    expect(await violations()).toEqual([]);
    await page.getByRole('button', { name: '送审' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('隐私检查还有 1 项未处理（其中 1 项“可能是人名”');
    await item.getByRole('button', { name: '不是人名' }).click();
    await page.waitForURL(/m=resolved/);
    expect(await panel.locator('.findings').count()).toBe(0);
    expect(await panel.locator('.resolved').textContent()).toContain('确认不是人名（editor');
    expect(await panel.locator('.resolved').textContent()).toContain('（可能是人名）');
    await page.getByRole('button', { name: '送审' }).click();
    await page.waitForURL(/m=submitted/);
    expect(await page.locator('.meta .state').textContent()).toBe('待审核');
  });
});

describe('on a phone', () => {
  it('fits the list page into 320 px: the forms one field under another, each entry a card with labelled cells', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(desk.url);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      const cell = page.locator('table.entries tbody tr').first().locator('td[data-label]').first();
      expect(await cell.evaluate((td) => getComputedStyle(td).display)).toBe('block');
      expect(await cell.evaluate((td) => getComputedStyle(td, '::before').content)).toContain('类别');
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});

describe('accessibility', () => {
  it('has no axe violations on the login, list, entry, source, history, queue, data and audit pages', async () => {
    const entry = await create('廉洁文化', 'desk-poem', '清风');
    const paths = [
      '/',
      `${entry.replace(desk.url, '')}`,
      `${entry.replace(desk.url, '')}?tab=source`,
      `${entry.replace(desk.url, '')}/history`,
      '/builds',
      '/data',
      '/audit',
    ];
    for (const path of paths) {
      await page.goto(`${desk.url}${path}`);
      expect(await violations(), path).toEqual([]);
    }
    const anonymous = await context.browser()!.newContext({ bypassCSP: true });
    const login = await anonymous.newPage();
    await login.goto(`${desk.url}/login`);
    await login.evaluate(axeSource);
    const found = await login.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag22aa'] } })).violations.map((v) => v.id);
    });
    expect(found).toEqual([]);
    await anonymous.close();
  });
});
