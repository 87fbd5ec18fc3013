/** `npm run serve:nginx`: a daemon with a pid file, stopped with --stop; without nginx, one line and out. */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { NODE_BIN, PROJECT_ROOT } from '../helpers/build-site.ts';
import { freePort } from '../helpers/nginx.ts';

const serve = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(NODE_BIN, ['scripts/serve-nginx.ts', ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 30_000,
  });
const status = (url: string) =>
  new Promise<number>((done) => {
    get(url, (response) => {
      response.resume();
      done(response.statusCode ?? 0);
    }).on('error', () => done(0));
  });

describe('npm run serve:nginx', () => {
  it('runs nginx as a daemon with a pid file on the given port, and --stop stops it', async () => {
    const port = await freePort();
    const started = serve(['--daemon', '--port', String(port), '--dist', inject('sampleSiteDir'), '--base', inject('sampleBase')]);
    expect(started.status, started.stderr).toBe(0);
    const pidFile = join(PROJECT_ROOT, '.mingjing/nginx', String(port), 'nginx.pid');
    expect(existsSync(pidFile)).toBe(true);
    expect(Number(readFileSync(pidFile, 'utf8'))).toBeGreaterThan(0);
    expect(await status(`http://127.0.0.1:${port}${inject('sampleBase')}`)).toBe(200);
    const stopped = serve(['--stop', '--port', String(port)]);
    expect(stopped.status).toBe(0);
    expect(stopped.stdout).toContain(`已停止端口 ${port}`);
    // nginx removes its pid file once it has stopped.
    for (let i = 0; i < 50 && existsSync(pidFile); i++) await new Promise((done) => setTimeout(done, 100));
    expect(await status(`http://127.0.0.1:${port}/`)).toBe(0);
  });

  it('stops at once, naming the apt-get line, when nginx is not installed', () => {
    const result = serve([], { NGINX: '/nonexistent/nginx' });
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('apt-get install -y --no-install-recommends nginx');
  });

  it('refuses a port that is no port', () => {
    const result = serve(['--port', 'eighty']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('端口');
  });
});
