/**
 * The site as a reader's browser gets it: Debian's nginx with the repository's deploy
 * configuration (src/deploy/nginx.ts), on a free port, in a temporary folder of its own.
 */
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findNginx, startNginx } from '../../src/deploy/run-nginx.ts';
import { aptInstallCommand, SYSTEM_PACKAGES } from '../../src/deploy/system-packages.ts';

export interface NginxServer {
  /** The site's address, base path included, with a trailing slash. */
  url: string;
  /** The server's root address (no base path). */
  origin: string;
  port: number;
  /** The folder holding the configuration and logs. */
  prefix: string;
  close(): Promise<void>;
}

/** A port nothing listens on: the OS picks one, we release it for nginx. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? done(address.port) : fail(new Error('no port'))));
    });
  });
}

export async function serveWithNginx(
  dist: string,
  options: { base?: string; tls?: { certificate: string; key: string }; port?: number; connect?: readonly string[] } = {},
): Promise<NginxServer> {
  const nginx = findNginx();
  if (!nginx) throw new Error(`nginx is not installed: ${aptInstallCommand([SYSTEM_PACKAGES.nginx])}`);
  const base = options.base ?? '/';
  const prefix = mkdtempSync(join(tmpdir(), 'mingjing-nginx-'));
  const port = options.port ?? (await freePort());
  const child: ChildProcess = await startNginx(nginx, { dist, base, port, prefix, tls: options.tls, connect: options.connect });
  const origin = `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  return {
    url: `${origin}${base}`,
    origin,
    port,
    prefix,
    close: () =>
      new Promise((done) => {
        child.once('exit', () => {
          rmSync(prefix, { recursive: true, force: true });
          done();
        });
        child.kill('SIGQUIT');
      }),
  };
}
