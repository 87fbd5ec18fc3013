/**
 * A minimal static file server on 127.0.0.1: serves a built site the way a plain web server
 * would (directory index, 404.html, correct content types) for `npm run pdf`, which must work
 * without nginx.
 *
 * It serves nothing outside its root: a path with a `..` segment (written out or percent-encoded)
 * or a NUL byte, or one whose escapes are not valid UTF-8, is answered 400; a file reached through
 * a symlink that leaves the root, 403. Every failure is an HTTP status, never a crash.
 */
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Why a request gets no file: the status to answer with. */
class Refusal {
  readonly status: 400 | 403 | 404 | 405;
  constructor(status: 400 | 403 | 404 | 405) {
    this.status = status;
  }
}

/** The decoded path segments of a request target below `base`; throws a Refusal for anything unsafe. */
function requestSegments(target: string, base: string): string[] {
  const rawPath = target.split(/[?#]/, 1)[0] ?? '';
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    throw new Refusal(400); // a malformed escape (`%E0%A4%A`) or one that is not UTF-8
  }
  if (!path.startsWith('/') || path.includes('\0')) throw new Refusal(400);
  if (!path.startsWith(base)) throw new Refusal(404);
  // Split after decoding, so `%2e%2e`, `%2f` and `..%2f` are seen as the segments they spell.
  const segments = path.slice(base.length).split('/');
  if (segments.some((segment) => segment === '..' || segment.includes('\\'))) throw new Refusal(400);
  return segments.filter((segment) => segment !== '' && segment !== '.');
}

/** `path` as a real path inside `root` (itself a real path), or undefined when it does not exist. */
function realInside(root: string, path: string): string | undefined {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return undefined;
  }
  const rel = relative(root, real);
  if (rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) throw new Refusal(403); // a symlink out of the root
  return real;
}

/** The file a request is answered with, and its status: from `root`, else from the first of `more` that has it. */
function resolveFile(root: string, more: readonly string[], request: IncomingMessage, base: string): { file: string; status: number } {
  if (request.method !== 'GET' && request.method !== 'HEAD') throw new Refusal(405);
  const segments = requestSegments(request.url ?? '/', base);
  for (const dir of [root, ...more]) {
    let file = realInside(dir, join(dir, ...segments));
    if (file && statSync(file).isDirectory()) file = realInside(dir, join(file, 'index.html'));
    if (file && statSync(file).isFile()) return { file, status: 200 };
  }
  const notFound = realInside(root, join(root, '404.html'));
  if (notFound && statSync(notFound).isFile()) return { file: notFound, status: 404 };
  throw new Refusal(404);
}

function answer(root: string, more: readonly string[], base: string, request: IncomingMessage, response: ServerResponse): void {
  let found: { file: string; status: number };
  try {
    found = resolveFile(root, more, request, base);
  } catch (error) {
    response.writeHead(error instanceof Refusal ? error.status : 500).end();
    return;
  }
  const size = statSync(found.file).size;
  response.writeHead(found.status, { 'Content-Type': TYPES[extname(found.file)] ?? 'application/octet-stream', 'Content-Length': size });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(found.file);
  stream.once('error', () => response.destroy());
  stream.pipe(response);
}

/**
 * Serves `root` under `base`; a path missing there is looked up in `more` (the board packs beside
 * the site, which are printed with the site's styles and fonts but never published with it). Each
 * folder keeps its own files: nothing outside one is ever served.
 */
export async function serveStatic(root: string, base = '/', more: readonly string[] = []): Promise<StaticServer> {
  const realRoot = realpathSync(root);
  const realMore = more.filter((dir) => existsSync(dir)).map((dir) => realpathSync(dir));
  const server: Server = createServer((request, response) => {
    try {
      answer(realRoot, realMore, base, request, response);
    } catch {
      // A file removed between two checks: the server keeps running.
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
    }
  });
  // A malformed request line never reaches the handler; answer it and keep serving.
  server.on('clientError', (_error, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
