/**
 * A desk for tests: a temporary git repository holding a copy of the fixture content, a temporary
 * data folder and output folder, three users, the server on a free port. The raw values the tests
 * type are invented.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchBrowser, type TestBrowser } from '../helpers/browser.ts';
import { hashPassword, type LoginLimiter } from '../../src/desk/auth/index.ts';
import { createDesk, type Desk } from '../../src/desk/http/server.ts';
import type { DeskRole } from '../../src/strings/desk.ts';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');
export const PASSWORD = 'correct-horse-42';

export interface TestDesk {
  desk: Desk;
  url: string;
  contentDir: string;
  outDir: string;
  dataDir: string;
  cleanup(): Promise<void>;
}

export const USERS: Record<string, { name: string; roles: DeskRole[] }> = {
  // The editor also holds 签发, so the tests can show that an author cannot sign their own entry.
  editor: { name: '编辑甲', roles: ['editor', 'signer'] },
  reviewer: { name: '审核乙', roles: ['reviewer'] },
  signer: { name: '签发丙', roles: ['signer', 'admin'] },
};

export async function startDesk(options: { git?: boolean; limiter?: LoginLimiter } = {}): Promise<TestDesk> {
  const root = mkdtempSync(join(tmpdir(), 'mingjing-desk-'));
  const contentDir = join(root, 'content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/site'), contentDir, { recursive: true });
  if (options.git ?? true) {
    const git = (...args: string[]) => spawnSync('git', args, { cwd: contentDir, encoding: 'utf8' });
    git('init', '-q');
    git('add', '-A');
    git('-c', 'user.name=fixture', '-c', 'user.email=fixture@example.invalid', 'commit', '-qm', 'fixture');
  }
  const outDir = join(root, 'out');
  const dataDir = join(root, 'data');
  const desk = createDesk({
    projectRoot: PROJECT_ROOT,
    contentDir,
    dataDir,
    outDir,
    env: {
      MINGJING_NOW: '2026-11-01',
      MINGJING_HOST_ORGAN: 'test-city',
      MINGJING_SITE: 'https://mingjing.test',
      MINGJING_CACHE_DIR: join(root, 'cache'),
    },
    ...(options.limiter ? { limiter: options.limiter } : {}),
  });
  for (const [login, user] of Object.entries(USERS)) desk.db.addUser(login, user.name, user.roles, hashPassword(PASSWORD));
  await new Promise<void>((done) => desk.server.listen(0, '127.0.0.1', () => done()));
  const { port } = desk.server.address() as AddressInfo;
  return {
    desk,
    url: `http://127.0.0.1:${port}`,
    contentDir,
    outDir,
    dataDir,
    cleanup: async () => {
      await desk.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export { docx } from '../helpers/docx.ts';

/** Logs in through the login form, by the labels outside checks use. */
export async function logIn(page: Page, url: string, login: string, password = PASSWORD): Promise<void> {
  await page.goto(`${url}/login`);
  await page.getByLabel('登录名').fill(login);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/**
 * A desk and Chromium for a test file: started before its tests, closed after them. `onStart`
 * receives the desk; the returned `as(login)` opens a page logged in as `login`, in a browser
 * context of its own (one person each).
 */
export function deskInChromium(onStart: (desk: TestDesk) => void): (login: string) => Promise<Page> {
  let desk: TestDesk | undefined;
  let chromium: TestBrowser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    desk = await startDesk();
    onStart(desk);
    chromium = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await chromium?.close();
    await desk?.cleanup();
  });
  return async (login) => {
    const context = await chromium!.browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    await logIn(page, desk!.url, login);
    return page;
  };
}

/** Waits until the queue page shows its newest build done: it reloads itself while a build runs, so any load may show it. */
export async function waitForBuildDone(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .locator('.build-state')
          .first()
          .textContent({ timeout: 5_000 })
          .catch(() => ''),
      { timeout: 30_000, interval: 500 },
    )
    .toContain('已完成');
}
