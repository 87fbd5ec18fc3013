/**
 * The nginx configuration: the checked-in deploy/nginx/mingjing.conf is exactly what the
 * renderer writes (so the tests test what organs deploy), and every variant passes `nginx -t`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_DEPLOY, renderNginxConfig, renderStandaloneNginxConfig } from '../../src/deploy/nginx.ts';
import { findNginx } from '../../src/deploy/run-nginx.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mingjing-nginx-conf-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('deploy/nginx/mingjing.conf', () => {
  it('is what `npm run nginx:config` writes: regenerate it, never edit it', () => {
    expect(readFileSync(join(ROOT, 'deploy/nginx/mingjing.conf'), 'utf8')).toBe(renderNginxConfig(DEFAULT_DEPLOY));
  });

  it('sets every header at server level, none in a location (a location’s add_header would drop them)', () => {
    const text = renderNginxConfig({ ...DEFAULT_DEPLOY, base: '/sub/' });
    const locations = [...text.matchAll(/location [^{]+\{([^}]*)\}/g)].map((m) => m[1]!);
    expect(locations.length).toBeGreaterThan(1);
    for (const body of locations) expect(body).not.toContain('add_header');
    for (const header of [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'Strict-Transport-Security',
      'Cache-Control',
    ])
      expect(text).toContain(`add_header ${header} `);
  });

  it("names a portal's member origins in connect-src on the portal page and Pagefind's worker only", () => {
    const members = ['https://qh.example.gov.cn', 'https://sl.example.gov.cn'];
    const text = renderNginxConfig({ ...DEFAULT_DEPLOY, base: '/sub/', connect: members });
    const policies = [...text.matchAll(/^ {4}("[^"]*"|default) "([^"]*connect-src[^"]*)";$/gmu)].map((m) => ({
      where: m[1]!,
      policy: m[2]!,
    }));
    expect(policies).toHaveLength(3); // every other page; the search pages; the portal page and the worker
    for (const { where, policy } of policies) {
      const withMembers = where.includes('portal');
      expect(where.includes('pagefind-worker'), where).toBe(withMembers);
      for (const origin of members) expect(policy.includes(` ${origin}`), `${where}: ${origin}`).toBe(withMembers);
    }
    expect(text).toContain('"~^/sub/pagefind/" "*";');
    expect(text).toContain('add_header Access-Control-Allow-Origin $mingjing_cors always;');
  });

  it('refuses a base path that does not start and end with a slash', () => {
    expect(() => renderNginxConfig({ ...DEFAULT_DEPLOY, base: 'sub' })).toThrow(/base/);
    expect(() => renderNginxConfig({ ...DEFAULT_DEPLOY, base: '/sub' })).toThrow(/base/);
  });

  it.each(['/', '/mingjing/', '/a/b/'])('passes nginx -t at base %s', (base) => {
    const nginx = findNginx();
    expect(nginx, 'nginx is installed').toBeDefined();
    const prefix = join(work, base.replace(/\//g, '_'));
    mkdirSync(join(prefix, 'temp'), { recursive: true });
    const file = join(prefix, 'nginx.conf');
    writeFileSync(
      file,
      renderStandaloneNginxConfig({
        root: ROOT,
        base,
        listen: '127.0.0.1:1',
        prefix,
        foreground: true,
        accessLog: join(prefix, 'access.log'),
      }),
    );
    const result = spawnSync(nginx!, ['-t', '-q', '-p', prefix, '-c', file], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
