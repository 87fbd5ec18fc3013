/**
 * `npm run init` on a copy of the project: it asks through a pipe (as a terminal would), writes a
 * minimal valid content folder and the organ's configuration, and the copy then builds an empty
 * site of its own: no sample entry, no demo mark, the organ's address in every link. The sample
 * site the tests use (demo/content/) is untouched, so `npm test` does not depend on content/.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject, NODE_BIN, PROJECT_ROOT } from '../helpers/build-site.ts';
import { filesContaining } from '../helpers/site-files.ts';

const ASTRO_BIN = join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs');
let work: string;
let project: string;
const init = (args: string[], input = '') =>
  spawnSync(NODE_BIN, ['scripts/init.ts', ...args], { cwd: project, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
/** The environment a plain `npm run build` has: none of the tests' overrides. */
const plainEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', MINGJING_NOW: '2026-11-01' };
  for (const key of ['MINGJING_CONTENT_DIR', 'MINGJING_SITE', 'MINGJING_HOST_ORGAN', 'MINGJING_DEMO', 'MINGJING_BASE']) delete env[key];
  env['MINGJING_CACHE_DIR'] = join(work, 'cache');
  return env;
};

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-init-'));
  project = join(work, 'project');
  mkdirSync(project);
  copyProject(project);
  cpSync(join(PROJECT_ROOT, 'scripts'), join(project, 'scripts'), { recursive: true });
  cpSync(join(PROJECT_ROOT, 'demo'), join(project, 'demo'), { recursive: true });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run init', () => {
  it('starts from the sample site: demo content, demo marks, an example domain', () => {
    const config = JSON.parse(readFileSync(join(project, 'mingjing.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ demo: true, contentDir: 'demo/content', site: 'https://mingjing.example.org' });
    expect(existsSync(join(project, 'content'))).toBe(false);
  });

  it('refuses bad answers with the reason, and stops in Chinese when the pipe ends early', () => {
    const result = init([], 'Bad Id\nqinghe-county\n');
    expect(result.stdout).toContain('编号只能由小写字母');
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('输入已结束');
    expect(existsSync(join(project, 'content'))).toBe(false);
    expect(init(['--id', 'x', '--level', '村']).stderr).toContain('级别应为以下之一');
  });

  it('asks through a pipe, writes content/ and the configuration, and leaves demo/ alone', () => {
    const answers = [
      'qinghe-county',
      '中共清河县纪律检查委员会　清河县监察委员会',
      '县',
      '清河县',
      '清河清风',
      'https://jw.qinghe.gov.cn/',
    ];
    const result = init([], `${answers.join('\n')}\n`);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('已写入 content/ 和 mingjing.config.json');
    const config = JSON.parse(readFileSync(join(project, 'mingjing.config.json'), 'utf8')) as Record<string, unknown>;
    expect(config).toMatchObject({ siteName: '清河清风', hostOrgan: 'qinghe-county', site: 'https://jw.qinghe.gov.cn', base: '/' });
    expect(config).not.toHaveProperty('demo');
    expect(config).not.toHaveProperty('contentDir');
    expect(readFileSync(join(project, 'content/organs.yaml'), 'utf8')).toContain('id: qinghe-county');
    expect(readdirSync(join(project, 'content')).sort()).toEqual([
      'cases',
      'clarifications',
      'culture',
      'glossary.yaml',
      'organs.yaml',
      'series.yaml',
      'stats.yaml',
    ]);
    expect(existsSync(join(project, 'demo/content/clarifications'))).toBe(true);
    // Run again, it touches nothing: the organ's content is never overwritten.
    writeFileSync(join(project, 'content/clarifications/mine.md'), '---\ntitle: x\n---\n');
    const again = init(['--id', 'other', '--name', 'x', '--level', '县', '--region', 'x', '--site-name', 'x', '--url', 'https://x.gov.cn']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('已有内容，未做任何改动');
    rmSync(join(project, 'content/clarifications/mine.md'));
  });

  it('leaves a project that validates and builds its own empty site: no sample, no demo mark, its own address', () => {
    const validate = spawnSync(NODE_BIN, ['scripts/validate.ts'], { cwd: project, encoding: 'utf8', env: plainEnv() });
    expect(validate.status, validate.stdout + validate.stderr).toBe(0);
    const dist = join(project, 'dist');
    const build = spawnSync(NODE_BIN, [ASTRO_BIN, 'build'], {
      cwd: project,
      encoding: 'utf8',
      env: plainEnv(),
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(build.status, build.stdout + build.stderr).toBe(0);
    expect(build.stdout + build.stderr).not.toContain('保留的示例域名');
    const home = readFileSync(join(dist, 'index.html'), 'utf8');
    expect(home).toContain('清河清风');
    expect(home).toContain('https://jw.qinghe.gov.cn/');
    expect(home).not.toContain('data-demo-banner');
    for (const sample of ['潆州', '霁岚', '演示站点', '样例·请勿张贴', 'example.org'])
      expect(filesContaining(dist, sample), sample).toEqual([]);
  });
});
