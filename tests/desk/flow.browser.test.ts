/**
 * The whole desk in Chromium with three people: an editor imports a Word notice, resolves every
 * privacy finding and submits; a reviewer returns it with a comment; the editor fixes it and
 * submits again; the reviewer passes it; the author cannot sign; a signer publishes; the entry is
 * in content/ and in git, the rebuilt site shows it, and 历史 shows every step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { deskInChromium, docx, type TestDesk, waitForBuildDone } from './helpers.ts';

/** An invented raw notice: real-looking names and a phone number the import must take out. */
const RAW_NOTICE = [
  '关于对青禾镇干部韩立森被反映问题的澄清说明',
  '近期，区纪委监委收到反映青禾镇农业服务中心干部韩立森在农机补助发放中优亲厚友的问题。',
  '经核查，该问题失实。韩立森同志手机13912345678。',
  '特此澄清。',
];
const RAW_VALUES = ['韩立森', '13912345678', '青禾镇', '孟庆祥'];
const SLUG = 'han-clarified';

let desk: TestDesk;
const as = deskInChromium((started) => (desk = started));

const state = (page: Page) => page.locator('.meta .state');

describe('the editorial desk, end to end', () => {
  let editor: Page;
  let reviewer: Page;
  let signer: Page;
  let entryUrl: string;

  it('an editor imports a Word draft: names and numbers are replaced and every replacement is listed', async () => {
    editor = await as('editor');
    expect(await editor.getByRole('heading', { name: '稿件' }).count()).toBe(1);
    const importForm = editor.locator('form[action="/import"]');
    await importForm.locator('input[type=file]').setInputFiles({
      name: '澄清通知.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: await docx(RAW_NOTICE),
    });
    await importForm.getByLabel(/编号/).fill(SLUG);
    await importForm.getByRole('button', { name: '导入' }).click();
    await editor.waitForURL(/\/entries\/\d+/);
    entryUrl = editor.url().replace(/\?.*$/, '');
    expect(await state(editor).textContent()).toBe('草稿');
    const panel = editor.getByRole('region', { name: '隐私检查' });
    const resolved = await panel.locator('.resolved').textContent();
    expect(resolved).toContain('韩** ：'.replace(' ', ''));
    expect(resolved).toContain('导入时替换为 韩某');
    expect(resolved).toContain('139****5678');
    const html = await editor.content();
    for (const value of RAW_VALUES) expect(html).not.toContain(value);
  });

  it('as the editor types, a name is marked in place before saving (desk.js, live check)', async () => {
    expect(await editor.locator('#highlighted mark.finding').count()).toBe(0);
    await editor.locator('#body').pressSequentially('联系人：孟庆祥。', { delay: 5 });
    await editor.locator('#highlighted mark.finding').first().waitFor({ timeout: 10_000 });
    expect(await editor.locator('#highlighted mark.finding').first().textContent()).toBe('孟庆祥');
    // Nothing was saved: the stored draft has no finding.
    await editor.goto(entryUrl);
    expect(await editor.getByRole('region', { name: '隐私检查' }).locator('.findings').count()).toBe(0);
  });

  it('the editor adds a contact, an official and a brand in 源文件; 送审 is refused while findings are open', async () => {
    await editor.getByRole('tab', { name: '源文件' }).click();
    const source = editor.getByLabel(/源文件/);
    const text = await source.inputValue();
    await source.fill(
      text
        .replace('consent: false', 'consent: true')
        .replace('特此澄清。', '联系人：孟庆祥。区委书记林雪松出席会议。由石磊负责。\n特此澄清。'),
    );
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.waitForURL(/m=saved/);
    const panel = editor.getByRole('region', { name: '隐私检查' });
    expect(await panel.locator('.findings > li').count()).toBe(3);
    await editor.getByRole('button', { name: '送审' }).click();
    expect(await editor.getByRole('alert').textContent()).toContain('隐私检查还有 3 项未处理，不能送审');
    expect(await state(editor).textContent()).toBe('草稿');
  });

  it('each finding is resolved from the panel: 替换为化名, 公开人物 with a reason, 不是人名', async () => {
    const panel = () => editor.getByRole('region', { name: '隐私检查' });
    await panel().locator('li', { hasText: '孟**' }).getByRole('button', { name: '替换为化名' }).click();
    await editor.waitForURL(/m=resolved/);
    const official = panel().locator('li', { hasText: '林**' });
    await official.getByLabel(/公开理由/).fill('依法公开的任职信息');
    await official.getByRole('button', { name: '公开人物' }).click();
    await editor.waitForURL(/m=resolved/);
    await panel().locator('li', { hasText: '石*' }).getByRole('button', { name: '不是人名' }).click();
    await editor.waitForURL(/m=resolved/);
    expect(await panel().locator('.findings').count()).toBe(0);
    const resolved = await panel().locator('.resolved').textContent();
    expect(resolved).toContain('替换为化名 孟某（editor');
    expect(resolved).toContain('公开人物，理由：依法公开的任职信息（editor');
    expect(resolved).toContain('确认不是人名（editor');
    await editor.getByRole('tab', { name: '源文件' }).click();
    const text = await editor.getByLabel(/源文件/).inputValue();
    expect(text).toContain('联系人：孟某。');
    expect(text).toMatch(/publicNames: \[林雪松\]/);
    expect(text).toMatch(/notNames: \[石磊\]/);
    await editor.getByRole('button', { name: '送审' }).click();
    await editor.waitForURL(/m=submitted/);
    expect(await state(editor).textContent()).toBe('待审核');
  });

  it('a reviewer sees who resolved what, and returns the entry with a comment', async () => {
    reviewer = await as('reviewer');
    await reviewer.goto(entryUrl);
    expect(await reviewer.getByRole('region', { name: '隐私检查' }).locator('.resolved').textContent()).toContain('（editor');
    expect(await reviewer.getByRole('button', { name: '保存' }).count()).toBe(0);
    await reviewer.getByRole('button', { name: '退回' }).click();
    // The comment is required: the browser does not send the form without it.
    expect(await state(reviewer).textContent()).toBe('待审核');
    await reviewer.getByLabel('意见').fill('请写明澄清范围。');
    await reviewer.getByRole('button', { name: '退回' }).click();
    await reviewer.waitForURL(/m=returned/);
    expect(await state(reviewer).textContent()).toBe('已退回');
  });

  it('the editor reads the comment, fixes the form field and submits again; the reviewer passes', async () => {
    await editor.goto(entryUrl);
    expect(await editor.locator('main').textContent()).toContain('请写明澄清范围。');
    // Channels follow the notice: published on the website only when its methods and scope say so.
    await editor.getByLabel('澄清范围 *').fill('在该镇机关干部大会上通报澄清，并在县纪委监委网站发布');
    await editor.getByRole('checkbox', { name: '网站' }).check();
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.waitForURL(/m=saved/);
    await editor.getByRole('button', { name: '送审' }).click();
    await editor.waitForURL(/m=submitted/);
    await reviewer.goto(entryUrl);
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.waitForURL(/m=passed/);
    expect(await state(reviewer).textContent()).toBe('待签发');
  });

  it('the author holds 签发 but cannot sign: no button, and the server refuses a forged request', async () => {
    await editor.goto(entryUrl);
    expect(await editor.getByRole('button', { name: '签发并发布' }).count()).toBe(0);
    const csrf = await editor.locator('meta[name="csrf-token"]').getAttribute('content');
    const version = await editor.locator('input[name=version]').first().inputValue();
    const response = await editor.request.post(`${entryUrl}/publish`, {
      form: { _csrf: csrf!, version, consentBy: '办案人员', consentDate: '2026-10-30', consentForm: '书面' },
    });
    expect(response.status()).toBe(403);
    expect(await response.text()).toContain('撰稿人或最后修改人不能审核或签发自己的稿件');
  });

  it('a signer publishes with the consent record; the build runs in the queue', async () => {
    signer = await as('signer');
    await signer.goto(entryUrl);
    await signer.getByLabel('确认本人同意的工作人员').fill('案件监督管理室');
    await signer.getByLabel('确认日期').fill('2026-10-30');
    await signer.getByLabel('确认方式').selectOption('书面');
    await signer.getByRole('button', { name: '签发并发布' }).click();
    await signer.waitForURL(/\/builds$/);
    await desk.desk.queue.idle();
    await waitForBuildDone(signer);
    await signer.goto(entryUrl);
    expect(await state(signer).textContent()).toBe('已发布');
  }, 300_000);

  it('the entry is in content/ and in git with the signer as author, and the built site shows it', () => {
    const file = join(desk.contentDir, 'clarifications', `${SLUG}.md`);
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/^status: published/m);
    for (const value of RAW_VALUES) expect(text).not.toContain(value);
    const log = spawnSync('git', ['log', '-1', '--format=%an%n%B', '--', `clarifications/${SLUG}.md`], {
      cwd: desk.contentDir,
      encoding: 'utf8',
    }).stdout;
    expect(log).toContain('签发丙');
    expect(log).toContain('签发并发布：澄清正名 han-clarified');
    expect(log).toMatch(/editor 送审 → 待审核/);
    expect(log).toMatch(/reviewer 退回 → 已退回/);
    expect(log).toMatch(/reviewer 审核通过 → 待签发/);
    const page = join(desk.outDir, 'clarifications', SLUG, 'index.html');
    expect(existsSync(page)).toBe(true);
    expect(readFileSync(page, 'utf8')).toContain('关于对某镇干部韩某被反映问题的澄清说明');
  });

  it('历史 shows every step with who, the states and a content hash, and exports as CSV without personal data', async () => {
    await signer.goto(entryUrl);
    await signer.getByRole('tab', { name: '历史' }).click();
    const rows = await signer.locator('table.history tbody tr').allTextContents();
    const actions = rows.map((row) => row.replace(/\s+/g, ' '));
    const expected = ['导入', '保存', '隐私处理', '隐私处理', '隐私处理', '送审', '退回', '保存', '送审', '审核通过', '签发并发布'];
    expect(actions).toHaveLength(expected.length);
    expected.forEach((action, index) => expect(actions[index]).toContain(action));
    expect(actions.at(-1)).toContain('signer');
    expect(actions.at(-1)).toContain('已发布');
    const csv = await (await signer.request.get(`${entryUrl}/history.csv`)).text();
    expect(csv.trim().split('\r\n')).toHaveLength(expected.length + 1);
    expect(csv).toMatch(/,publish,approved,published,[0-9a-f]{64}/);
    for (const value of [...RAW_VALUES, '林雪松', '石磊', '请写明澄清范围']) expect(csv).not.toContain(value);
  });

  it('the signer withdraws it with a reason: status withdrawn in content/ and git, the page gone from the rebuilt site', async () => {
    await signer.goto(entryUrl);
    await signer.getByLabel('撤回理由').fill('本人申请撤下。');
    await signer.getByRole('button', { name: '撤回' }).click();
    await signer.waitForURL(/\/builds$/);
    await desk.desk.queue.idle();
    await waitForBuildDone(signer);
    await signer.goto(entryUrl);
    expect(await state(signer).textContent()).toBe('已撤回');
    const text = readFileSync(join(desk.contentDir, 'clarifications', `${SLUG}.md`), 'utf8');
    expect(text).toMatch(/^status: withdrawn/m);
    const log = spawnSync('git', ['log', '-1', '--format=%an%n%B'], { cwd: desk.contentDir, encoding: 'utf8' }).stdout;
    expect(log).toContain('撤回：澄清正名 han-clarified');
    expect(existsSync(join(desk.outDir, 'clarifications', SLUG, 'index.html'))).toBe(false);
    const rows = desk.desk.db.auditRows().filter((row) => row.entry === `clarifications/${SLUG}`);
    expect(rows.at(-1)).toMatchObject({ actor: 'signer', action: 'withdraw', fromState: 'published', toState: 'withdrawn' });
  }, 300_000);
});
