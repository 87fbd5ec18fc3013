/**
 * `npm run serve:nginx`: serves the built site with Debian's nginx and the deploy configuration
 * (deploy/nginx/), on 127.0.0.1:$PORT (default 8080), in the foreground or as a daemon;
 * `-- --stop` stops the daemon. Without nginx it stops at once, naming the apt-get line to run.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { findNginx, startNginx, startNginxDaemon, stopNginxDaemon } from '../src/deploy/run-nginx.ts';
import { aptInstallCommand, SYSTEM_PACKAGES } from '../src/deploy/system-packages.ts';
import { loadSiteConfig } from '../src/lib/node/config.ts';
import { CLI } from '../src/strings/cli.ts';
import { memberOrigins } from '../src/lib/shared/csp.ts';

const fail = (message: string, code = 1): never => {
  process.stderr.write(`${CLI.errorPrefix}${message}\n`);
  process.exit(code);
};

let values: {
  port?: string | undefined;
  dist?: string | undefined;
  base?: string | undefined;
  daemon?: boolean | undefined;
  stop?: boolean | undefined;
  help?: boolean | undefined;
};
try {
  ({ values } = parseArgs({
    options: {
      port: { type: 'string' },
      dist: { type: 'string' },
      base: { type: 'string' },
      daemon: { type: 'boolean' },
      stop: { type: 'boolean' },
      help: { type: 'boolean' },
    },
  }));
} catch (error) {
  fail(`${(error as Error).message}\n${CLI.nginx.usage}`, 2);
}
if (values!.help) {
  process.stdout.write(`${CLI.nginx.usage}\n`);
  process.exit(0);
}
const nginx = findNginx() ?? fail(CLI.nginx.missing(aptInstallCommand([SYSTEM_PACKAGES.nginx])));
const portText = values!.port ?? process.env['PORT'] ?? '8080';
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(CLI.nginx.badPort(portText), 2);
const prefix = resolve('.mingjing/nginx', String(port));

if (values!.stop) {
  process.stdout.write(`${stopNginxDaemon(nginx, prefix) ? CLI.nginx.stopped(port) : CLI.nginx.notRunning(port)}\n`);
  process.exit(0);
}

const config = loadSiteConfig();
const dist = resolve(values!.dist ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) fail(CLI.nginx.noSite(dist));
const base = values!.base ?? config.base;
const url = `http://127.0.0.1:${port}${base}`;
const run = { dist, base, port, prefix, connect: memberOrigins(config.portal.map((member) => member.url)) };
try {
  if (values!.daemon) {
    process.stdout.write(`${CLI.nginx.daemon(url, await startNginxDaemon(nginx, run), port)}\n`);
  } else {
    const child = await startNginx(nginx, run);
    process.stdout.write(`${CLI.nginx.serving(url)}\n`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill('SIGQUIT'));
    child.on('exit', (code) => process.exit(code ?? 0));
  }
} catch (error) {
  fail(CLI.nginx.invalid((error as Error).message));
}
