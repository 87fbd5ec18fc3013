/**
 * What a browser actually receives from the repository's nginx configuration: the security
 * headers on every page, the per-path CSP, caching, types, compression, the 404 page, trailing
 * slash redirects, the base path, HSTS over TLS, and an access log with nothing personal.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { get as httpGet, type IncomingHttpHeaders } from 'node:http';
import { get as httpsGet } from 'node:https';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHE_CONTROL, HSTS, SECURITY_HEADERS } from '../../src/deploy/nginx.ts';
import { serveWithNginx, type NginxServer } from '../helpers/nginx.ts';
import { listFiles } from '../helpers/site-files.ts';

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One raw GET: no redirect followed, no body decoded, so the test sees the bytes as sent. */
function fetchRaw(url: string, headers: Record<string, string> = {}): Promise<Reply> {
  const get = url.startsWith('https:') ? httpsGet : httpGet;
  return new Promise((done, fail) => {
    get(url, { headers, rejectUnauthorized: false }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => done({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

let dist: string;
let base: string;
let siteUrl: string;
let files: string[];
beforeAll(() => {
  dist = inject('sampleSiteDir');
  base = inject('sampleBase');
  siteUrl = inject('sampleSiteUrl');
  files = listFiles(dist);
});

const scriptSrc = (csp: string) => /script-src ([^;]+)/.exec(csp)?.[1];
const metaCsp = (file: string) =>
  /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(join(dist, file), 'utf8'))?.[1] ?? '';
const pageUrl = (file: string) => `${siteUrl}${file.replace(/(^|\/)index\.html$/, '$1')}`;

function expectSecurityHeaders(reply: Reply, what: string) {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(reply.headers[name.toLowerCase()], `${what}: ${name}`).toBe(value);
  expect(reply.headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
  // Plain HTTP: a browser would ignore HSTS, and nginx sends none.
  expect(reply.headers['strict-transport-security'], what).toBeUndefined();
}

describe('nginx serving the built site', () => {
  it('sends every page with the security headers, the page’s own CSP, a short cache and UTF-8', async () => {
    const pages = files.filter((file) => file.endsWith('.html') && file !== '404.html');
    expect(pages.length).toBeGreaterThan(100);
    let wasmPages = 0;
    for (const file of pages) {
      const reply = await fetchRaw(pageUrl(file));
      expect(reply.status, file).toBe(200);
      expect(reply.headers['content-type'], file).toBe('text/html; charset=utf-8');
      expectSecurityHeaders(reply, file);
      expect(reply.headers['cache-control'], file).toBe(CACHE_CONTROL.revalidate);
      // The header's policy is the page's own: WebAssembly exactly where the page allows it.
      expect(scriptSrc(String(reply.headers['content-security-policy'])), file).toBe(scriptSrc(metaCsp(file)));
      if (String(reply.headers['content-security-policy']).includes('wasm-unsafe-eval')) wasmPages += 1;
    }
    expect(wasmPages).toBe(2);
  });

  it('compresses text, and never Pagefind’s already compressed files or images', async () => {
    const gzip = { 'Accept-Encoding': 'gzip' };
    // The largest of each: nginx leaves files under gzip_min_length alone.
    const largest = (ext: string) =>
      files
        .filter((file) => file.startsWith('_astro/') && file.endsWith(ext))
        .sort((a, b) => statSync(join(dist, b)).size - statSync(join(dist, a)).size)[0]!;
    const [css, js] = [largest('.css'), largest('.js')];
    for (const file of ['index.html', css, js, 'data/cases.json', 'data/cases.csv', 'rss.xml']) {
      const reply = await fetchRaw(`${siteUrl}${file.replace(/index\.html$/, '')}`, gzip);
      expect(reply.headers['content-encoding'], file).toBe('gzip');
      expect(reply.headers['vary'], file).toContain('Accept-Encoding');
    }
    const fragment = files.find((file) => file.startsWith('pagefind/fragment/'))!;
    for (const file of [fragment, 'cards/site/og.png'])
      expect((await fetchRaw(`${siteUrl}${file}`, gzip)).headers['content-encoding'], file).toBeUndefined();
  });

  it('caches hashed files for a year, cards for an hour, and revalidates the rest', async () => {
    const cases: [file: string, type: string, cache: string][] = [
      [files.find((file) => file.startsWith('_astro/') && file.endsWith('.css'))!, 'text/css; charset=utf-8', CACHE_CONTROL.immutable],
      [
        files.find((file) => file.startsWith('_astro/') && file.endsWith('.js'))!,
        'text/javascript; charset=utf-8',
        CACHE_CONTROL.immutable,
      ],
      [files.find((file) => file.startsWith('pagefind/fragment/'))!, 'application/octet-stream', CACHE_CONTROL.immutable],
      [files.find((file) => file.startsWith('pagefind/index/'))!, 'application/octet-stream', CACHE_CONTROL.immutable],
      [files.find((file) => /^pagefind\/[^/]+\.pf_meta$/.test(file))!, 'application/octet-stream', CACHE_CONTROL.immutable],
      [files.find((file) => /^pagefind\/wasm\.[^/]+\.pagefind$/.test(file))!, 'application/octet-stream', CACHE_CONTROL.revalidate],
      ['pagefind/pagefind.js', 'text/javascript; charset=utf-8', CACHE_CONTROL.revalidate],
      ['pagefind/pagefind-entry.json', 'application/json; charset=utf-8', CACHE_CONTROL.revalidate],
      ['cards/site/og.png', 'image/png', CACHE_CONTROL.cards],
      ['favicon.svg', 'image/svg+xml; charset=utf-8', CACHE_CONTROL.revalidate],
      ['data/cases.csv', 'text/csv; charset=utf-8', CACHE_CONTROL.revalidate],
      ['rss.xml', 'application/xml; charset=utf-8', CACHE_CONTROL.revalidate],
      ['sitemap-index.xml', 'application/xml; charset=utf-8', CACHE_CONTROL.revalidate],
    ];
    for (const [file, type, cache] of cases) {
      const reply = await fetchRaw(`${siteUrl}${file}`);
      expect(reply.status, file).toBe(200);
      expect(reply.headers['content-type'], file).toBe(type);
      expect(reply.headers['cache-control'], file).toBe(cache);
      expectSecurityHeaders(reply, file);
    }
  });

  it('lets Pagefind’s worker compile WebAssembly, under its own script’s policy', async () => {
    const reply = await fetchRaw(`${siteUrl}pagefind/pagefind-worker.js`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-security-policy']).toContain("'wasm-unsafe-eval'");
    expect((await fetchRaw(`${siteUrl}pagefind/pagefind.js`)).headers['content-security-policy']).not.toContain('wasm-unsafe-eval');
  });

  it('answers a missing page with the site’s 404 page and a 404 status', async () => {
    const reply = await fetchRaw(`${siteUrl}no-such-page/`);
    expect(reply.status).toBe(404);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.body.toString('utf8')).toContain('页面不存在');
    expectSecurityHeaders(reply, '404');
  });

  it('redirects a folder asked for without its slash, on the same host and port', async () => {
    const reply = await fetchRaw(`${siteUrl}cases`);
    expect(reply.status).toBe(301);
    expect(reply.headers['location']).toBe(`${base}cases/`);
    expectSecurityHeaders(reply, 'redirect');
  });

  it('serves the site only under its base path', async () => {
    const origin = new URL(siteUrl).origin;
    if (base === '/') {
      expect((await fetchRaw(`${origin}/`)).status).toBe(200);
      return;
    }
    expect((await fetchRaw(`${origin}/`)).status).toBe(404);
    expect((await fetchRaw(`${origin}/cases/`)).status).toBe(404);
    const bare = await fetchRaw(`${origin}${base.replace(/\/$/, '')}`);
    expect(bare.status).toBe(301);
    expect(bare.headers['location']).toBe(base);
  });
});

describe('nginx over TLS', () => {
  let work: string;
  let server: NginxServer;
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'mingjing-tls-'));
    const [certificate, key] = [join(work, 'cert.pem'), join(work, 'key.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '2', '-keyout', key, '-out', certificate],
      {
        stdio: 'ignore',
      },
    );
    server = await serveWithNginx(dist, { base, tls: { certificate, key } });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('adds HSTS to every response', async () => {
    for (const path of ['', 'search/', 'cards/site/og.png', 'no-such-page/']) {
      const reply = await fetchRaw(`${server.url}${path}`);
      expect(reply.headers['strict-transport-security'], path).toBe(HSTS);
      expect(reply.headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
    }
  });

  it('logs neither the reader’s address nor what they searched for', async () => {
    await fetchRaw(`${server.url}search/?q=${encodeURIComponent('柏某')}`, { 'User-Agent': 'reader-agent-marker' });
    // nginx writes the log line when the response is done; give it a moment.
    await new Promise((done) => setTimeout(done, 200));
    const log = readFileSync(join(server.prefix, 'logs/access.log'), 'utf8');
    expect(log).toContain(`"GET ${base}search/index.html"`);
    expect(log).not.toContain('127.0.0.1');
    expect(log).not.toContain('q=');
    expect(log).not.toContain('reader-agent-marker');
  });
});
