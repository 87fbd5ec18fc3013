/**
 * nginx's logs, written by the real nginx with the deploy configuration: neither the access log
 * nor the error log (the server's and nginx's own) may hold the reader's address, the query
 * string or a path the site does not have, whatever the request does: a page with a query, a
 * missing page, a forbidden folder, a file nginx may not read, a malformed request.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveWithNginx, type NginxServer } from '../helpers/nginx.ts';

const NAME = '蒋文涛';
const ID = '330106198807214517';
const QUERY = `q=${NAME}&id=${ID}`;
const FORBIDDEN = [NAME, encodeURIComponent(NAME), ID, '127.0.0.1', 'q=', 'client:', 'request:', 'reader-agent-marker'];

let dist: string;
let server: NginxServer;
const logs: Record<string, string> = {};

/** Sends `head` as it is, bytes and all, and resolves with the status line. */
function rawRequest(port: number, head: string): Promise<string> {
  return new Promise((done, fail) => {
    const socket = connect(port, '127.0.0.1');
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (reply += chunk));
    socket.on('error', fail);
    socket.on('close', () => done(reply.split('\r\n')[0] ?? ''));
    socket.write(Buffer.from(head, 'utf8'));
  });
}

const get = (path: string) =>
  rawRequest(server.port, `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: reader-agent-marker\r\nConnection: close\r\n\r\n`);

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'mingjing-nginx-logs-'));
  // nginx's workers run as nobody when the tests run as root: the site must be world-readable.
  chmodSync(dist, 0o755);
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>首页</title>');
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>未找到</title>');
  mkdirSync(join(dist, 'x'));
  writeFileSync(join(dist, 'x', 'index.html'), '<!doctype html><title>x</title>');
  // A folder without index.html: nginx refuses to list it and logs that at level `error`.
  mkdirSync(join(dist, 'empty'));
  // A file nginx may not open (permission denied): logged at level `error`, with the client and the request line.
  writeFileSync(join(dist, 'locked.html'), 'x');
  chmodSync(join(dist, 'locked.html'), 0o000);
  server = await serveWithNginx(dist);

  const statuses = [
    await get(`/x/?${QUERY}`),
    await get(`/x/?${encodeURI(QUERY)}`),
    await get(`/x?${encodeURI(QUERY)}`),
    await get(`/${ID}/${encodeURIComponent(NAME)}?${encodeURI(QUERY)}`),
    await get(`/empty/?${encodeURI(QUERY)}`),
    await get(`/locked.html?${encodeURI(QUERY)}`),
    await rawRequest(server.port, `BREW /x/?${QUERY} HTTP/1.1\r\n\r\n`),
    await rawRequest(server.port, `GET /x/?${encodeURI(QUERY)} HTTP/9.9\r\n\r\n`),
  ];
  expect(statuses.map((line) => line.split(' ')[1])).toEqual(['200', '200', '301', '404', '403', '403', '400', '505']);
  // nginx writes a log line when its response is done; stop it so every line is flushed.
  const prefix = server.prefix;
  const read = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) read(path);
      else if (name.endsWith('.log')) logs[path.slice(prefix.length + 1)] = readFileSync(path, 'utf8');
    }
  };
  await new Promise((done) => setTimeout(done, 200));
  read(prefix);
});
afterAll(async () => {
  await server?.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('nginx logs', () => {
  it('writes the access log, the server’s error log and nginx’s own', () => {
    expect(Object.keys(logs).sort()).toEqual(['error.log', 'logs/access.log', 'logs/error.log']);
  });

  it.each(FORBIDDEN)('has no %s in any log', (value) => {
    for (const [file, text] of Object.entries(logs)) expect(text, file).not.toContain(value);
  });

  it('logs a served page by its path and status, a missing one without its path', () => {
    const lines = logs['logs/access.log']!.trim().split('\n');
    expect(lines.filter((line) => line.includes('"GET /x/index.html" 200'))).toHaveLength(2);
    expect(lines.some((line) => line.includes('"GET /x" 301'))).toBe(true);
    expect(lines.some((line) => line.includes('"GET -" 404'))).toBe(true);
    expect(lines.some((line) => line.includes('"GET -" 403'))).toBe(true);
    expect(lines).toHaveLength(8);
  });

  it('keeps both error logs empty of request lines', () => {
    expect(logs['logs/error.log']).toBe('');
    expect(logs['error.log']).toBe('');
  });
});
