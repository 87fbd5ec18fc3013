/**
 * 修订: a published entry is reopened as a revision and goes through 送审, 审核 and 签发 again,
 * while the published version stays in content/ (and on the site) until the revision is signed;
 * the audit log records the revision, and the signed revision replaces the page.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deskInChromium, type TestDesk, waitForBuildDone } from './helpers.ts';

let desk: TestDesk;
const as = deskInChromium((started) => (desk = started));

const POEM = 'culture/published-poem.md';
const file = () => readFileSync(join(desk.contentDir, POEM), 'utf8');

describe('revising a published entry', () => {
  let entryUrl: string;
  let published: string;

  it('an editor opens a published entry as a revision: back to 草稿, the published file untouched', async () => {
    // The poem as the desk published it earlier (the fixture's file is the published version).
    published = file();
    const entry = desk.desk.db.addEntry('culture', 'published-poem', published.replace('status: published', 'status: draft'), 'editor');
    desk.desk.db.setState(entry.key, 'published');
    const editor = await as('editor');
    entryUrl = `${desk.url}/entries/${entry.key}`;
    await editor.goto(entryUrl);
    expect(await editor.locator('.meta .state').textContent()).toBe('已发布');
    await editor.getByRole('button', { name: '修订' }).click();
    await editor.waitForURL(/m=revised/);
    expect(await editor.locator('.meta .state').textContent()).toBe('草稿');
    expect(await editor.getByRole('note').textContent()).toContain('网站上仍是已发布的版本');
    await editor.locator('#f-annotation').fill('借石灰经烈火焚烧而本色不改，比喻为官清白、不惧磨难，诗注标记松风。');
    await editor.getByRole('button', { name: '保存' }).click();
    await editor.waitForURL(/m=saved/);
    await editor.getByRole('button', { name: '送审' }).click();
    await editor.waitForURL(/m=submitted/);
    // Saved and submitted, and still the published text in content/ (and so on the site).
    expect(file()).toBe(published);
    await editor.goto(desk.url);
    expect(await editor.locator('tbody tr', { hasText: '石灰吟' }).textContent()).toContain('待审核（修订中）');
  });

  it('a reviewer passes it and a signer publishes it: the revision replaces the page, and 历史 shows 修订', async () => {
    const reviewer = await as('reviewer');
    await reviewer.goto(entryUrl);
    await reviewer.getByRole('button', { name: '审核通过' }).click();
    await reviewer.waitForURL(/m=passed/);
    expect(file()).toBe(published);
    const signer = await as('signer');
    await signer.goto(entryUrl);
    await signer.getByRole('button', { name: '签发并发布' }).click();
    await signer.waitForURL(/\/builds/);
    await desk.desk.queue.idle();
    expect(desk.desk.db.builds().at(-1)!.state).toBe('done');
    expect(file()).toContain('诗注标记松风');
    expect(file()).toMatch(/^status: published$/m);
    const page = readFileSync(join(desk.outDir, 'culture/published-poem/index.html'), 'utf8');
    expect(page).toContain('诗注标记松风');
    expect(page).not.toContain('诗注标记竹影');
    const entry = desk.desk.db.entryBySlug('culture', 'published-poem')!;
    expect(entry.state).toBe('published');
    expect(entry.revising).toBe(false);
    expect(desk.desk.db.auditRows(entry.key).map((row) => `${row.action}:${row.fromState}→${row.toState}`)).toEqual([
      'revise:published→draft',
      'save:draft→draft',
      'submit:draft→review',
      'pass:review→approved',
      'publish:approved→published',
    ]);
    const log = spawnSync('git', ['log', '-1', '--format=%an%n%B'], { cwd: desk.contentDir, encoding: 'utf8' }).stdout;
    expect(log).toContain('签发丙');
    expect(log).toContain('修订');
    await waitForBuildDone(signer);
    await signer.goto(`${entryUrl}/history`);
    expect(await signer.locator('table.history').textContent()).toContain('修订');
  }, 300_000);
});
