/**
 * Runs Debian's nginx on a built site with the deploy configuration (src/deploy/nginx.ts), in a
 * folder of its own: configuration, pid file, logs and temp files under `prefix`, so it needs
 * no root and touches nothing of the system's nginx. Used by `npm run serve:nginx` and the tests.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { renderStandaloneNginxConfig } from './nginx.ts';
import { findExecutable, isExecutable, SYSTEM_PACKAGES } from './system-packages.ts';

export interface NginxRun {
  /** The built site (dist/). */
  dist: string;
  base: string;
  port: number;
  /** Folder for the configuration, pid file, logs and temp files. */
  prefix: string;
  tls?: { certificate: string; key: string } | undefined;
  /** A portal's member origins (its CSP lets search read them). */
  connect?: readonly string[] | undefined;
}

/** nginx: `$NGINX` when set (an nginx installed elsewhere), else Debian's, looked up on PATH and in /usr/sbin. */
export function findNginx(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env['NGINX'];
  if (chosen) return isExecutable(chosen) ? chosen : undefined;
  return findExecutable(SYSTEM_PACKAGES.nginx.commands, env);
}

/** Writes the configuration for `run` and checks it with `nginx -t`; returns the config file. */
export function prepareNginx(nginx: string, run: NginxRun, foreground: boolean): string {
  const prefix = resolve(run.prefix);
  for (const dir of ['temp', 'logs']) mkdirSync(join(prefix, dir), { recursive: true });
  const file = join(prefix, 'nginx.conf');
  writeFileSync(
    file,
    renderStandaloneNginxConfig({
      root: resolve(run.dist),
      base: run.base,
      listen: `127.0.0.1:${run.port}`,
      tls: run.tls,
      connect: run.connect,
      accessLog: join(prefix, 'logs/access.log'),
      errorLog: join(prefix, 'logs/error.log'),
      prefix,
      foreground,
    }),
  );
  const test = spawnSync(nginx, ['-t', '-q', '-p', prefix, '-c', file], { encoding: 'utf8' });
  if (test.status !== 0) throw new Error((test.stderr || test.stdout).trim());
  return file;
}

/** Starts nginx in the foreground as a child process; resolves once it accepts connections. */
export async function startNginx(nginx: string, run: NginxRun): Promise<ChildProcess> {
  const file = prepareNginx(nginx, run, true);
  const child = spawn(nginx, ['-p', resolve(run.prefix), '-c', file], { stdio: ['ignore', 'inherit', 'inherit'] });
  await waitForPort(run.port, child);
  return child;
}

/** Starts nginx as a daemon writing `<prefix>/nginx.pid`; resolves once it accepts connections. */
export async function startNginxDaemon(nginx: string, run: NginxRun): Promise<string> {
  const file = prepareNginx(nginx, run, false);
  const started = spawnSync(nginx, ['-p', resolve(run.prefix), '-c', file], { encoding: 'utf8' });
  if (started.status !== 0) throw new Error((started.stderr || started.stdout).trim());
  await waitForPort(run.port);
  return join(resolve(run.prefix), 'nginx.pid');
}

/** Stops the daemon of `prefix`; false when none is running. */
export function stopNginxDaemon(nginx: string, prefix: string): boolean {
  const pidFile = join(resolve(prefix), 'nginx.pid');
  if (!existsSync(pidFile)) return false;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const stopped = spawnSync(nginx, ['-p', resolve(prefix), '-c', join(resolve(prefix), 'nginx.conf'), '-s', 'stop'], { encoding: 'utf8' });
  if (stopped.status !== 0) process.kill(pid, 'SIGTERM');
  return true;
}

/** Resolves when something listens on the port; rejects if `child` exits first or after 10 s. */
function waitForPort(port: number, child?: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  return new Promise((done, fail) => {
    let exited = false;
    child?.once('exit', (code) => {
      exited = true;
      fail(new Error(`nginx exited with code ${code}`));
    });
    const attempt = () => {
      if (exited) return;
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        done();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) fail(new Error(`nothing listens on 127.0.0.1:${port}`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}
