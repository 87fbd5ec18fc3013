/**
 * Publication jobs: a failed build leaves content/ and the site as they were and shows a masked
 * log; jobs run one at a time; a desk restarted mid-build reports the interrupted job and the
 * signer can publish again.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeskDb } from '../../src/desk/db/index.ts';
import { PublishQueue } from '../../src/desk/publish/index.ts';
import { hashPassword } from '../../src/desk/auth/index.ts';
import { createDesk } from '../../src/desk/http/server.ts';
import { PASSWORD, PROJECT_ROOT, startDesk, type TestDesk } from './helpers.ts';

const NOTICE = `---
title: 关于对某镇干部韩某被反映问题的澄清说明
date: 2026-10-01
organ: test-county
summary: 经核查，反映韩某的问题失实，予以澄清。
status: draft
docNumber: 测纪澄〔2026〕9号
subject:
  type: 个人
  alias: 韩某
  role: 某镇干部
  tier: 乡镇（街道）所属
allegations:
  - summary: 反映其在补助发放中优亲厚友
    finding: 失实
methods: [会议]
scope: 在该镇机关干部大会上通报
consent: true
---

经核查，反映韩某的问题失实。联系人韩立森。
`;

let desk: TestDesk;
let root: string;

beforeAll(async () => {
  desk = await startDesk({ git: false });
  root = mkdtempSync(join(tmpdir(), 'mingjing-desk-publish-'));
});

afterAll(async () => {
  await desk?.cleanup();
  rmSync(root, { recursive: true, force: true });
});

describe('the publish queue', () => {
  it('runs one build at a time; a failed build puts content/ back, leaves the site alone and logs only masks', async () => {
    const denylist = join(root, 'denylist.txt');
    writeFileSync(denylist, '韩立森\n');
    const db = DeskDb.open(join(root, 'data'));
    db.addUser('sg', '签发丙', ['signer'], 'x');
    const first = db.addEntry('clarifications', 'fails-one', NOTICE, 'ed');
    const second = db.addEntry('clarifications', 'fails-two', NOTICE, 'ed');
    for (const entry of [first, second]) db.setState(entry.key, 'approved');
    const queue = new PublishQueue(db, {
      projectRoot: PROJECT_ROOT,
      contentDir: desk.contentDir,
      outDir: join(root, 'out'),
      buildEnv: {
        MINGJING_NOW: '2026-11-01',
        MINGJING_HOST_ORGAN: 'test-city',
        MINGJING_CACHE_DIR: join(root, 'cache'),
        MINGJING_DENYLIST: denylist,
      },
    });
    const a = queue.enqueue(first.key, 'publish', 'sg');
    const b = queue.enqueue(second.key, 'publish', 'sg');
    expect(a.ahead).toBe(0);
    expect(b.ahead).toBe(1);
    expect(db.build(a.build.id)!.state).toBe('running');
    expect(db.build(b.build.id)!.state).toBe('queued');
    // While the first runs, its file is in content/ and the second's is not yet.
    expect(existsSync(join(desk.contentDir, 'clarifications', 'fails-two.md'))).toBe(false);
    await queue.idle();
    for (const { build } of [a, b]) {
      const done = db.build(build.id)!;
      expect(done.state).toBe('failed');
      expect(done.log).toContain('韩**');
      expect(done.log).not.toContain('韩立森');
    }
    expect(existsSync(join(desk.contentDir, 'clarifications', 'fails-one.md'))).toBe(false);
    expect(existsSync(join(desk.contentDir, 'clarifications', 'fails-two.md'))).toBe(false);
    expect(existsSync(join(root, 'out'))).toBe(false);
    expect(db.entry(first.key)!.state).toBe('approved');
    expect(db.auditRows(first.key).map((row) => row.action)).toEqual(['publish-failed']);
    db.close();
  }, 300_000);

  it('reports a build interrupted by a restart on the queue page, and lets the signer publish again', async () => {
    const dataDir = join(root, 'restart');
    const db = DeskDb.open(dataDir);
    db.addUser('sg', '签发丙', ['signer'], hashPassword(PASSWORD));
    const entry = db.addEntry('culture', 'interrupted', '---\ntitle: 清风\n---\n正文', 'ed');
    db.setState(entry.key, 'approved');
    const build = db.addBuild(entry.key, 'publish', 'sg');
    db.updateBuild(build.id, 'running', '');
    db.close();
    const restarted = createDesk({
      projectRoot: PROJECT_ROOT,
      contentDir: desk.contentDir,
      dataDir,
      outDir: join(root, 'out2'),
      env: { MINGJING_HOST_ORGAN: 'test-city' },
    });
    try {
      expect(restarted.interrupted.map((row) => row.id)).toEqual([build.id]);
      await new Promise<void>((done) => restarted.server.listen(0, '127.0.0.1', () => done()));
      const url = `http://127.0.0.1:${(restarted.server.address() as { port: number }).port}`;
      const login = await fetch(`${url}/login`);
      const token = /name="_csrf" value="([^"]+)"/.exec(await login.text())![1]!;
      const response = await fetch(`${url}/login`, {
        method: 'POST',
        redirect: 'manual',
        headers: { cookie: login.headers.getSetCookie()[0]!.split(';')[0]!, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ _csrf: token, login: 'sg', password: PASSWORD }),
      });
      const cookie = response.headers
        .getSetCookie()
        .find((value) => value.startsWith('mj_desk='))!
        .split(';')[0]!;
      const page = await (await fetch(`${url}/builds`, { headers: { cookie } })).text();
      expect(page).toContain('编辑台重启，发布中断');
      expect(page).toContain('重新签发并发布');
      const entryPage = await (await fetch(`${url}/entries/${entry.key}`, { headers: { cookie } })).text();
      expect(entryPage).toContain('>签发并发布</button>');
    } finally {
      await restarted.close();
    }
  });
});
