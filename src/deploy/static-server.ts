/**
 * A minimal static file server on 127.0.0.1: serves a built site the way a plain web server
 * would (directory index, 404.html, correct content types) for `npm run pdf`, which must work
 * without nginx.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
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

/**
 * Serves `root` under `base`; a path missing there is looked up in `more` (the board packs beside
 * the site, which are printed with the site's styles and fonts but never published with it).
 */
export async function serveStatic(root: string, base = '/', more: readonly string[] = []): Promise<StaticServer> {
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(base)) {
      response.writeHead(404).end();
      return;
    }
    const resolveIn = (dir: string) => {
      const found = normalize(join(dir, path.slice(base.length)));
      if (!found.startsWith(dir)) return undefined;
      return existsSync(found) && statSync(found).isDirectory() ? join(found, 'index.html') : found;
    };
    let file = resolveIn(root);
    if (file === undefined) {
      response.writeHead(403).end();
      return;
    }
    for (const dir of more) {
      if (existsSync(file)) break;
      file = resolveIn(dir) ?? file;
    }
    let status = 200;
    if (!existsSync(file)) {
      status = 404;
      file = join(root, '404.html');
    }
    const size = statSync(file).size;
    response.writeHead(status, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Content-Length': size });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
