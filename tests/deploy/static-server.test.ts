/**
 * The static server `npm run pdf` uses: it serves the site, and nothing outside its root, to any
 * request however it is spelt, and a malformed request gets a 400 while the server keeps serving.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveStatic, type StaticServer } from '../../src/deploy/static-server.ts';

const SECRET = 'outside-the-root-marker';
let work: string;
let server: StaticServer;
let port: number;

/** Sends the request line as it is (no client normalises it) and resolves with status and body. */
function raw(target: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('error', fail);
    socket.on('close', () => done({ status: Number(reply.split(' ')[1]), body: reply.split('\r\n\r\n').slice(1).join('\r\n\r\n') }));
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`);
  });
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'mingjing-static-'));
  const root = join(work, 'site');
  mkdirSync(join(root, 'notices'), { recursive: true });
  mkdirSync(join(work, 'outside'));
  writeFileSync(join(work, 'outside', 'secret.html'), SECRET);
  writeFileSync(join(work, 'secret.html'), SECRET);
  writeFileSync(join(root, 'index.html'), 'home');
  writeFileSync(join(root, '404.html'), 'not found');
  writeFileSync(join(root, 'notices', 'index.html'), 'notices');
  writeFileSync(join(root, '..dots.html'), 'dots');
  symlinkSync(join(work, 'outside', 'secret.html'), join(root, 'leak.html'));
  symlinkSync(join(work, 'outside'), join(root, 'leak-folder'));
  symlinkSync(join(root, 'notices', 'index.html'), join(root, 'alias.html'));
  server = await serveStatic(root, '/sub/');
  port = Number(new URL(server.url).port);
});
afterAll(async () => {
  await server?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('serveStatic', () => {
  it('serves pages, folder indexes and the 404 page', async () => {
    expect(await raw('/sub/')).toMatchObject({ status: 200, body: 'home' });
    expect(await raw('/sub/notices/?q=1')).toMatchObject({ status: 200, body: 'notices' });
    expect(await raw('/sub/..dots.html')).toMatchObject({ status: 200, body: 'dots' });
    expect(await raw('/sub/alias.html')).toMatchObject({ status: 200, body: 'notices' });
    expect(await raw('/sub/missing/')).toMatchObject({ status: 404, body: 'not found' });
    expect(await raw('/elsewhere/')).toMatchObject({ status: 404 });
    expect(await raw('/sub/', 'HEAD')).toMatchObject({ status: 200, body: '' });
    expect((await raw('/sub/', 'POST')).status).toBe(405);
  });

  it.each([
    ['/sub/../secret.html', 400],
    ['/sub/../../secret.html', 400],
    ['/sub/%2e%2e/secret.html', 400],
    ['/sub/%2E%2E/%2e%2e/secret.html', 400],
    ['/sub/..%2fsecret.html', 400],
    ['/sub/%2e%2e%2f%2e%2e%2fsecret.html', 400],
    ['/sub/..%5csecret.html', 400],
    ['/sub/leak.html', 403],
    ['/sub/leak-folder/secret.html', 403],
    ['/sub/%E0%A4%A', 400],
    ['/sub/%00', 400],
    ['/sub/index.html%00.png', 400],
    ['/sub/%C0%AE%C0%AE/secret.html', 400],
    ['/sub/%', 400],
    ['/sub/%zz', 400],
    ['*', 400],
  ])('refuses %s with %i and serves nothing outside the root', async (target, status) => {
    const reply = await raw(target);
    expect(reply.status).toBe(status);
    expect(reply.body).not.toContain(SECRET);
  });

  it('survives a malformed request line and keeps serving', async () => {
    const broken = await new Promise<string>((done) => {
      const socket = connect(port, '127.0.0.1');
      let reply = '';
      socket.on('data', (chunk) => (reply += String(chunk)));
      socket.on('close', () => done(reply));
      socket.write('GET /sub/\x01 HTTP/1.1\r\n\x7f\r\n\r\n');
    });
    expect(broken).toMatch(/^HTTP\/1\.1 400/);
    expect(await raw('/sub/')).toMatchObject({ status: 200, body: 'home' });
  });
});
