/**
 * The desk's HTTP server: `node:http`, one handler, nothing else listening. Options come from
 * `npm run desk` (scripts/desk.ts) or from tests, which start it on a free port over a temporary
 * content folder and data folder.
 */
import { createServer, type Server } from 'node:http';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { loadSiteConfig } from '../../lib/node/config.ts';
import { loadDenylist } from '../../privacy/index.ts';
import { DESK } from '../../strings/desk.ts';
import { LoginLimiter } from '../auth/index.ts';
import { DeskDb, type BuildRow } from '../db/index.ts';
import { PublishQueue } from '../publish/index.ts';
import { SitePreview } from '../preview/index.ts';
import { handle, type DeskContext } from './routes.ts';
import { send } from './request.ts';

export interface DeskOptions {
  projectRoot: string;
  contentDir: string;
  dataDir: string;
  /** Where 签发并发布 builds the site (default `<projectRoot>/dist`). */
  outDir?: string;
  /** Extra environment for builds and for the site configuration (MINGJING_NOW, MINGJING_HOST_ORGAN …). */
  env?: Record<string, string>;
  /** Set the Secure flag on cookies: the desk is reached over TLS (behind nginx). */
  secureCookies?: boolean;
  /** Behind nginx: the client address for the login rate limit comes from X-Real-IP. */
  trustProxy?: boolean;
  /** One line per request (method, path, status) on stdout; paths carry entry numbers only. */
  log?: (line: string) => void;
  limiter?: LoginLimiter;
  /** Start the preview's Vite server at once, so the first preview is fast (`npm run desk` does). */
  warmPreview?: boolean;
}

export interface Desk {
  server: Server;
  db: DeskDb;
  queue: PublishQueue;
  /** Builds the previous process left running when it stopped. */
  interrupted: BuildRow[];
  close(): Promise<void>;
}

/** Refuses a data folder inside the built site: the desk's database must never be published. */
export function dataInsideOutput(dataDir: string, outDir: string): boolean {
  const path = relative(resolve(outDir), resolve(dataDir));
  return path === '' || (!path.startsWith('..') && !isAbsolute(path));
}

export function createDesk(options: DeskOptions): Desk {
  const outDir = options.outDir ?? join(options.projectRoot, 'dist');
  if (dataInsideOutput(options.dataDir, outDir)) throw new Error(DESK.cli.dataInDist);
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, MINGJING_CONTENT_DIR: options.contentDir };
  const config = loadSiteConfig(env, options.projectRoot);
  const db = DeskDb.open(options.dataDir);
  const interrupted = db.interruptStaleBuilds();
  const today = () => env['MINGJING_NOW'] ?? new Date().toISOString().slice(0, 10);
  const queue = new PublishQueue(db, {
    today,
    projectRoot: options.projectRoot,
    contentDir: options.contentDir,
    outDir,
    buildEnv: options.env ?? {},
  });
  const preview = new SitePreview(options.projectRoot, options.dataDir);
  if (options.warmPreview) preview.warm();
  const ctx: DeskContext = {
    db,
    queue,
    limiter: options.limiter ?? new LoginLimiter(),
    projectRoot: options.projectRoot,
    contentDir: options.contentDir,
    today,
    hostOrgan: config.hostOrgan,
    secureCookies: options.secureCookies ?? false,
    trustProxy: options.trustProxy ?? false,
    assetsDir: join(import.meta.dirname, '../views/assets'),
    denylist: loadDenylist(env),
    preview,
  };
  const server = createServer((req, res) => {
    res.on('finish', () => options.log?.(`${req.method} ${(req.url ?? '').split('?')[0]} ${res.statusCode}`));
    handle(ctx, req, res).catch(() => {
      // The error may quote content: it is not logged, only counted by the status.
      if (!res.headersSent) send(res, 500, DESK.errors.badRequest, 'text/plain; charset=utf-8');
      else res.end();
    });
  });
  // Queued jobs of a previous run go on; interrupted ones wait for the signer to retry.
  queue.start();
  return {
    server,
    db,
    queue,
    interrupted,
    close: async () => {
      await new Promise<void>((done) => server.close(() => done()));
      queue.stop();
      await queue.idle();
      await preview.close();
      db.close();
    },
  };
}
