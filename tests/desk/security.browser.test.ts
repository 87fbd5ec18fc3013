/**
 * The desk's security rules over HTTP (sessions, cookies, CSRF, roles, rate limit, CSP) and bad
 * input in Chromium (a broken Word file, a duplicate id, an entry failing validation, two people
 * saving the same entry).
 */
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../src/desk/auth/index.ts';
import { createDesk } from '../../src/desk/http/server.ts';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { logIn, PASSWORD, PROJECT_ROOT, startDesk, type TestDesk } from './helpers.ts';

let desk: TestDesk;
let chromium: TestBrowser;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  desk = await startDesk({ git: false });
  desk.desk.db.addUser('editor2', '编辑丁', ['editor'], hashPassword(PASSWORD));
  chromium = await launchBrowser();
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await chromium?.close();
  await desk?.cleanup();
});

/** A logged-in HTTP client: its session cookie and the CSRF token of its pages. */
async function session(login: string, password = PASSWORD): Promise<{ cookie: string; csrf: string; response: Response }> {
  const first = await fetch(`${desk.url}/login`);
  const loginCookie = first.headers.getSetCookie()[0]!.split(';')[0]!;
  const token = /name="_csrf" value="([^"]+)"/.exec(await first.text())![1]!;
  const response = await fetch(`${desk.url}/login`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: loginCookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, login, password }),
  });
  const cookie =
    response.headers
      .getSetCookie()
      .find((value) => value.startsWith('mj_desk='))
      ?.split(';')[0] ?? '';
  const page = cookie ? await (await fetch(`${desk.url}/`, { headers: { cookie } })).text() : '';
  return { cookie, csrf: /name="csrf-token" content="([^"]+)"/.exec(page)?.[1] ?? '', response };
}

const post = (path: string, cookie: string, form: Record<string, string>) =>
  fetch(`${desk.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form),
  });

describe('sessions and cookies', () => {
  it('sends anyone without a session to the login page, and refuses their POSTs', async () => {
    const page = await fetch(`${desk.url}/`, { redirect: 'manual' });
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toBe('/login');
    expect((await post('/entries', '', { kind: 'culture', slug: 'x' })).status).toBe(401);
    expect((await fetch(`${desk.url}/audit.csv`, { redirect: 'manual' })).status).toBe(303);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie that expires', async () => {
    const { response } = await session('editor');
    const cookie = response.headers.getSetCookie().find((value) => value.startsWith('mj_desk='))!;
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Strict/);
    expect(cookie).toMatch(/; Max-Age=28800/);
    expect(cookie).toMatch(/; Path=\//);
  });

  it('serves every page under a strict CSP with no inline script, and the script as a file', async () => {
    const response = await fetch(`${desk.url}/login`);
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    const html = await response.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/);
    expect((await fetch(`${desk.url}/assets/desk.js`)).headers.get('content-type')).toContain('javascript');
  });

  it('refuses a login without the login form token (login CSRF)', async () => {
    const response = await fetch(`${desk.url}/login`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ login: 'editor', password: PASSWORD }),
    });
    expect(response.status).toBe(403);
    expect(response.headers.getSetCookie().some((value) => value.startsWith('mj_desk='))).toBe(false);
  });

  it('logs out: the old cookie opens nothing', async () => {
    const { cookie, csrf } = await session('reviewer');
    expect((await post('/logout', cookie, { _csrf: csrf })).status).toBe(303);
    expect((await fetch(`${desk.url}/`, { redirect: 'manual', headers: { cookie } })).status).toBe(303);
  });
});

describe('CSRF and roles, enforced on the server', () => {
  it('refuses a POST without the session CSRF token, or with another session’s', async () => {
    const editor = await session('editor');
    const other = await session('editor2');
    for (const token of ['', 'forged', other.csrf]) {
      const response = await post('/entries', editor.cookie, { _csrf: token, kind: 'culture', slug: 'csrf-test' });
      expect(response.status).toBe(403);
      expect(await response.text()).toContain('表单已过期或来源不明');
    }
    expect(desk.desk.db.entryBySlug('culture', 'csrf-test')).toBeUndefined();
  });

  it('refuses steps a role does not hold, whatever the page shows', async () => {
    const reviewer = await session('reviewer');
    expect((await post('/entries', reviewer.cookie, { _csrf: reviewer.csrf, kind: 'culture', slug: 'by-reviewer' })).status).toBe(403);
    const editor = await session('editor2');
    expect(
      (await post('/users', editor.cookie, { _csrf: editor.csrf, login: 'mallory', roles: 'admin', password: 'long-enough-1' })).status,
    ).toBe(403);
    expect(desk.desk.db.user('mallory')).toBeUndefined();
    const created = await post('/entries', editor.cookie, { _csrf: editor.csrf, kind: 'culture', slug: 'role-test' });
    expect(created.status).toBe(303);
    const key = desk.desk.db.entryBySlug('culture', 'role-test')!.key;
    expect((await post(`/entries/${key}/pass`, editor.cookie, { _csrf: editor.csrf, version: '1' })).status).toBe(403);
    expect(desk.desk.db.entry(key)!.state).toBe('draft');
  });

  it('an administrator adds an account on 用户管理; a weak password or a taken login is refused', async () => {
    const admin = await session('signer');
    const page = await (await fetch(`${desk.url}/users`, { headers: { cookie: admin.cookie } })).text();
    expect(page).toContain('添加用户');
    const short = await post('/users', admin.cookie, { _csrf: admin.csrf, login: 'newcomer', roles: 'editor', password: 'short' });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain('密码至少 10 位');
    const taken = await post('/users', admin.cookie, { _csrf: admin.csrf, login: 'editor', roles: 'editor', password: 'long-enough-1' });
    expect(await taken.text()).toContain('用户“editor”已存在');
    expect(
      (
        await post('/users', admin.cookie, {
          _csrf: admin.csrf,
          login: 'newcomer',
          name: '编辑戊',
          roles: 'reviewer',
          password: 'long-enough-1',
        })
      ).status,
    ).toBe(303);
    expect(desk.desk.db.user('newcomer')).toMatchObject({ name: '编辑戊', roles: ['reviewer'] });
    expect((await session('newcomer', 'long-enough-1')).cookie).not.toBe('');
  });

  it('offers a name met again the alias it was given before, and a new person of the same surname the next one', async () => {
    const editor = await session('editor2');
    await post('/entries', editor.cookie, { _csrf: editor.csrf, kind: 'culture', slug: 'alias-test' });
    const entry = desk.desk.db.entryBySlug('culture', 'alias-test')!;
    const withName = entry.source.replace(/\n\n[^]*$/, '\n\n联系人：孟庆祥。\n');
    expect(desk.desk.db.saveEntry(entry.key, entry.version, withName, 'editor2')).toBe(true);
    const resolved = await post(`/entries/${entry.key}/privacy`, editor.cookie, {
      _csrf: editor.csrf,
      version: '2',
      index: '0',
      how: 'alias',
    });
    expect(resolved.status).toBe(303);
    const after = desk.desk.db.entry(entry.key)!;
    expect(after.source).toContain('联系人：孟某。');
    expect(JSON.stringify(after.resolutions)).not.toContain('孟庆祥');
    desk.desk.db.saveEntry(
      entry.key,
      after.version,
      after.source.replace('联系人：孟某。', '联系人：孟某。另一联系人：孟建国。联系人：孟庆祥。'),
      'editor2',
    );
    const page = await (await fetch(`${desk.url}/entries/${entry.key}`, { headers: { cookie: editor.cookie } })).text();
    const suggestions = [...page.matchAll(/建议化名：([^<]+)</g)].map((match) => match[1]);
    expect(suggestions).toEqual(['孟某某', '孟某']);
  });

  it('counts the address nginx passes only with trustProxy: a client cannot claim another address to dodge the limit', async () => {
    const { LoginLimiter } = await import('../../src/desk/auth/index.ts');
    for (const trustProxy of [false, true]) {
      const limiter = new LoginLimiter(2, 60_000);
      const behind = createDesk({
        projectRoot: PROJECT_ROOT,
        contentDir: desk.contentDir,
        dataDir: `${desk.dataDir}-${trustProxy}`,
        outDir: desk.outDir,
        limiter,
        trustProxy,
      });
      await new Promise<void>((done) => behind.server.listen(0, '127.0.0.1', () => done()));
      const url = `http://127.0.0.1:${(behind.server.address() as { port: number }).port}`;
      const attempt = async (address: string) => {
        const first = await fetch(`${url}/login`);
        const token = /name="_csrf" value="([^"]+)"/.exec(await first.text())![1]!;
        return (
          await fetch(`${url}/login`, {
            method: 'POST',
            headers: {
              'x-real-ip': address,
              cookie: first.headers.getSetCookie()[0]!.split(';')[0]!,
              'content-type': 'application/x-www-form-urlencoded',
            },
            body: new URLSearchParams({ _csrf: token, login: `someone-${address}`, password: 'wrong-password' }),
          })
        ).status;
      };
      await attempt('10.0.0.1');
      await attempt('10.0.0.2');
      // Two failures from "different" addresses: one real address without trust, two with it.
      expect(await attempt('10.0.0.3')).toBe(trustProxy ? 401 : 429);
      await behind.close();
    }
  });

  it('a signer schedules a publication for a later day: it waits in the queue, marked with its day', async () => {
    const editor = await session('editor2');
    await post('/entries', editor.cookie, { _csrf: editor.csrf, kind: 'culture', slug: 'scheduled-poem' });
    const entry = desk.desk.db.entryBySlug('culture', 'scheduled-poem')!;
    desk.desk.db.setState(entry.key, 'approved');
    const signer = await session('signer');
    const response = await post(`/entries/${entry.key}/publish`, signer.cookie, {
      _csrf: signer.csrf,
      version: String(entry.version),
      publishOn: '2026-12-25',
    });
    expect(response.status).toBe(303);
    await desk.desk.queue.idle();
    const build = desk.desk.db.builds().find((row) => row.entryKey === entry.key)!;
    expect(build).toMatchObject({ state: 'queued', notBefore: '2026-12-25' });
    expect(desk.desk.db.entry(entry.key)!.state).toBe('approved');
    const page = await (await fetch(`${desk.url}/builds`, { headers: { cookie: signer.cookie } })).text();
    expect(page).toContain('定时：2026-12-25 发布');
    expect(desk.desk.db.auditRows(entry.key).at(-1)).toMatchObject({ actor: 'signer', action: 'schedule' });
    // Signed once: a second signature is refused while the first waits.
    expect(
      (await post(`/entries/${entry.key}/publish`, signer.cookie, { _csrf: signer.csrf, version: String(entry.version) })).status,
    ).toBe(409);
  });

  it('refuses to sign a notice without the consent record, or while its header says consent: false', async () => {
    const editor = await session('editor2');
    await post('/entries', editor.cookie, { _csrf: editor.csrf, kind: 'clarifications', slug: 'no-consent' });
    const entry = desk.desk.db.entryBySlug('clarifications', 'no-consent')!;
    desk.desk.db.setState(entry.key, 'approved');
    const signer = await session('signer');
    const bare = await post(`/entries/${entry.key}/publish`, signer.cookie, { _csrf: signer.csrf, version: String(entry.version) });
    expect(bare.status).toBe(400);
    expect(await bare.text()).toContain('澄清正名签发前须填写本人同意记录');
    const recorded = await post(`/entries/${entry.key}/publish`, signer.cookie, {
      _csrf: signer.csrf,
      version: String(entry.version),
      consentBy: '案件监督管理室',
      consentDate: '2026-10-30',
      consentForm: '书面',
    });
    expect(recorded.status).toBe(400);
    expect(await recorded.text()).toContain('consent（本人（单位）同意公开）须为 true');
    expect(desk.desk.db.builds().some((build) => build.entryKey === entry.key)).toBe(false);
  });

  it('refuses a data folder inside the built site', () => {
    expect(() =>
      createDesk({ projectRoot: PROJECT_ROOT, contentDir: desk.contentDir, dataDir: `${desk.outDir}/desk`, outDir: desk.outDir }),
    ).toThrow('数据文件夹不能放在 dist/ 中');
  });
});

describe('bad input, in the browser', () => {
  let page: Page;

  beforeAll(async () => {
    const context = await chromium.browser.newContext();
    contexts.push(context);
    page = await context.newPage();
    await logIn(page, desk.url, 'editor');
  });

  it('a broken Word file is refused with a message, and opens no draft', async () => {
    const form = page.locator('form[action="/import"]');
    await form
      .locator('input[type=file]')
      .setInputFiles({ name: '通知.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('不是 Word 文件，联系人孟庆祥') });
    await form.getByLabel(/编号/).fill('broken-word');
    await form.getByRole('button', { name: '导入' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('无法读取上传的文件');
    expect(desk.desk.db.entryBySlug('clarifications', 'broken-word')).toBeUndefined();
    expect(await page.content()).not.toContain('孟庆祥');
  });

  it('a duplicate id is refused, whether the entry is in content/ or in the desk', async () => {
    const form = page.locator('form[action="/entries"]');
    await form.getByLabel('类别').selectOption({ label: '澄清正名' });
    await form.getByLabel(/编号/).fill('published-notice');
    await form.getByRole('button', { name: '新建' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('编号“published-notice”已被使用');
    await page.goto(desk.url);
    await form.getByLabel('类别').selectOption({ label: '廉洁文化' });
    await form.getByLabel(/编号/).fill('role-test');
    await form.getByRole('button', { name: '新建' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('编号“role-test”已被使用');
  });

  it('an entry failing validation shows each problem beside its field, and 送审 is refused', async () => {
    await page.goto(desk.url);
    const form = page.locator('form[action="/entries"]');
    await form.getByLabel('类别').selectOption({ label: '廉洁文化' });
    await form.getByLabel(/编号/).fill('bad-poem');
    await form.getByLabel('标题').fill('清风');
    await form.getByRole('button', { name: '新建' }).click();
    await page.waitForURL(/m=created/);
    await page.getByLabel('发布机关 *').selectOption('');
    await page.getByLabel('发布日期 *').fill('');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    const organ = page.locator('.field[data-field="organ"] .problems');
    expect(await organ.textContent()).toContain('organ');
    expect(await page.getByLabel('发布机关 *').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field[data-field="date"] .problems').textContent()).toContain('date');
    await page.getByRole('button', { name: '送审' }).click();
    expect(await page.getByRole('alert').textContent()).toMatch(/还有 \d+ 处格式问题，不能送审/);
    expect(await page.locator('.meta .state').textContent()).toBe('草稿');
  });

  it('two people save the same entry: the second save is refused and the first is kept', async () => {
    const key = desk.desk.db.entryBySlug('culture', 'role-test')!.key;
    const other = await chromium.browser.newContext();
    contexts.push(other);
    const second = await other.newPage();
    await logIn(second, desk.url, 'editor2');
    await page.goto(`${desk.url}/entries/${key}?tab=source`);
    await second.goto(`${desk.url}/entries/${key}?tab=source`);
    const mine = await page.getByLabel(/源文件/).inputValue();
    await page.getByLabel(/源文件/).fill(mine.replace(/^title: .*$/m, 'title: 第一人的标题'));
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL(/m=saved/);
    const theirs = await second.getByLabel(/源文件/).inputValue();
    await second.getByLabel(/源文件/).fill(theirs.replace(/^title: .*$/m, 'title: 第二人的标题'));
    await second.getByRole('button', { name: '保存' }).click();
    expect(await second.getByRole('alert').textContent()).toContain('其他人已保存了第');
    // The current version is in the editor; the refused text is kept beside it, read-only.
    expect(await second.getByLabel(/^源文件/).inputValue()).toContain('第一人的标题');
    expect(await second.getByLabel(/你的修改/).inputValue()).toContain('第二人的标题');
    expect(desk.desk.db.entry(key)!.source).toContain('第一人的标题');
    expect(desk.desk.db.entry(key)!.source).not.toContain('第二人的标题');
  });
});

// Last: the limit blocks this address for every login afterwards.
describe('the login rate limit', () => {
  it('rate-limits logins: after five failures even the right password is refused', async () => {
    for (let i = 0; i < 5; i++) expect((await session('signer', 'wrong-password')).response.status).toBe(401);
    const blocked = await session('signer');
    expect(blocked.response.status).toBe(429);
    expect(await blocked.response.text()).toContain('登录失败次数过多');
    expect(blocked.cookie).toBe('');
  });
});
