/** The public nginx configuration never reaches the desk; the desk's own sample configuration does. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderNginxConfig } from '../../src/deploy/nginx.ts';
import { PROJECT_ROOT } from './helpers.ts';

describe('deployment', () => {
  it('the public configuration proxies nothing, so the desk is never served with the site', () => {
    const configs = [
      readFileSync(join(PROJECT_ROOT, 'deploy/nginx/mingjing.conf'), 'utf8'),
      renderNginxConfig({ root: '/var/www/mingjing', base: '/', listen: '443', tls: { certificate: '/c.pem', key: '/k.pem' } }),
    ];
    for (const config of configs) {
      expect(config).not.toMatch(/proxy_pass|fastcgi_pass|uwsgi_pass|4322/);
    }
  });

  it('the desk sample configuration proxies to the loopback desk over TLS only, and the unit marks cookies Secure', () => {
    const nginx = readFileSync(join(PROJECT_ROOT, 'deploy/desk/mingjing-desk.nginx.conf'), 'utf8');
    expect(nginx).toContain('proxy_pass http://127.0.0.1:4322;');
    expect(nginx).toMatch(/listen 443 ssl;/);
    expect(nginx).toMatch(/return 301 https:/);
    const unit = readFileSync(join(PROJECT_ROOT, 'deploy/desk/mingjing-desk.service'), 'utf8');
    expect(unit).toMatch(/ExecStart=.*scripts\/desk\.ts --host 127\.0\.0\.1 --port 4322 .*--secure-cookies/);
  });
});
