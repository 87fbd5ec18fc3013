/**
 * Publication: 签发并发布 and 撤回 become jobs in a queue that one worker runs one at a time, so two
 * signatures never interleave their builds. A job writes the entry into `content/` with its new
 * status, runs the site build as `npm run build` does (a child `astro build`), and only when the
 * build passed commits the file to git (the signer as author, the workflow in the message) and
 * moves the entry on. A failed build puts the file back as it was: the site (whose build swaps
 * `dist/` atomically) and `content/` are both left unchanged, and the log the signer sees is masked.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { maskSensitiveText } from '../../privacy/index.ts';
import { DESK, DESK_ACTIONS, DESK_KINDS, DESK_STATES } from '../../strings/desk.ts';
import type { BuildRow, DeskDb, EntryRow } from '../db/index.ts';
import { setHeaderField, splitSource } from '../forms/source.ts';

export interface PublishOptions {
  projectRoot: string;
  contentDir: string;
  /** Where the site is built (`astro build --outDir`). */
  outDir: string;
  /** Extra environment for the build (tests fix the clock and the host organ). */
  buildEnv?: Record<string, string>;
  /** Today, YYYY-MM-DD: scheduled jobs run from their day on. */
  today?: () => string;
}

/** Keeps the last lines of a growing log: progress for the page, bounded in the database. */
const MAX_LOG = 20_000;

function git(cwd: string, args: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  return spawnSync('git', args, { cwd, encoding: 'utf8', env });
}

/** Whether `dir` is inside a git work tree. */
export function inGitRepository(dir: string): boolean {
  return git(dir, ['rev-parse', '--is-inside-work-tree']).stdout.trim() === 'true';
}

/** Commits one file in `dir`'s repository with `name` as author and committer; whether it worked. */
export function commitFile(dir: string, file: string | readonly string[], name: string, login: string, message: string): boolean {
  if (!inGitRepository(dir)) return false;
  const files = typeof file === 'string' ? [file] : [...file];
  const email = `${login}@desk.invalid`;
  const env = { ...process.env, GIT_AUTHOR_NAME: name, GIT_AUTHOR_EMAIL: email, GIT_COMMITTER_NAME: name, GIT_COMMITTER_EMAIL: email };
  return git(dir, ['add', '--', ...files], env).status === 0 && git(dir, ['commit', '-q', '-m', message, '--', ...files], env).status === 0;
}

/** The image a 廉洁文化 entry names (image.src), when it lies in content/culture/: committed with the entry. */
function imageOf(contentDir: string, entry: EntryRow, text: string): string[] {
  if (entry.kind !== 'culture') return [];
  const src = (splitSource(text).data['image'] as { src?: unknown } | undefined)?.src;
  if (typeof src !== 'string' || !/^images\/[a-z0-9-]+\.(?:png|jpg|webp|svg)$/.test(src)) return [];
  const file = join(contentDir, 'culture', src);
  return existsSync(file) ? [file] : [];
}

/** The commit message: what, which entry, and every workflow step with who and when (logins only). */
export function commitMessage(db: DeskDb, entry: EntryRow, action: BuildRow['action']): string {
  const steps = db
    .auditRows(entry.key)
    .filter((row) => row.toState)
    .map(
      (row) =>
        `${row.at} ${row.actor} ${DESK_ACTIONS[row.action as keyof typeof DESK_ACTIONS] ?? row.action} → ${DESK_STATES[row.toState as keyof typeof DESK_STATES] ?? row.toState}`,
    )
    .join('\n');
  return DESK.git.message(DESK_KINDS[entry.kind], entry.slug, DESK_ACTIONS[action], steps);
}

/** The one build worker of a desk process. */
export class PublishQueue {
  private running = false;

  private readonly db: DeskDb;
  private readonly options: PublishOptions;

  constructor(db: DeskDb, options: PublishOptions) {
    this.db = db;
    this.options = options;
  }

  private timer: NodeJS.Timeout | undefined;

  private today(): string {
    return this.options.today?.() ?? new Date().toISOString().slice(0, 10);
  }

  /** Queues a job (with `notBefore`, for that day) and starts the worker if idle. Returns the job and how many run before it. */
  enqueue(entryKey: number, action: BuildRow['action'], login: string, notBefore?: string): { build: BuildRow; ahead: number } {
    const ahead = this.db.builds().filter((build) => (build.state === 'queued' && !build.notBefore) || build.state === 'running').length;
    const build = this.db.addBuild(entryKey, action, login, notBefore);
    void this.drain();
    return { build, ahead };
  }

  /** Runs what a previous process left queued, and every minute whatever scheduled job fell due. */
  start(): void {
    void this.drain();
    this.timer ??= setInterval(() => void this.drain(), 60_000).unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Resolves when no due job is queued or running (tests and shutdown wait on it). */
  async idle(): Promise<void> {
    while (this.running || this.db.nextQueuedBuild(this.today())) await new Promise((done) => setTimeout(done, 100));
  }

  private async drain(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let job = this.db.nextQueuedBuild(this.today()); job; job = this.db.nextQueuedBuild(this.today())) await this.run(job);
    } finally {
      this.running = false;
    }
  }

  private async run(job: BuildRow): Promise<void> {
    const entry = this.db.entry(job.entryKey);
    if (!entry) return this.db.updateBuild(job.id, 'failed', '');
    let log = '';
    const append = (text: string) => {
      log = (log + maskSensitiveText(text)).slice(-MAX_LOG);
      this.db.updateBuild(job.id, 'running', log);
    };
    this.db.updateBuild(job.id, 'running', '');
    const target = join(this.options.contentDir, entry.kind, `${entry.slug}.md`);
    const before = existsSync(target) ? readFileSync(target, 'utf8') : undefined;
    const status = job.action === 'publish' ? 'published' : 'withdrawn';
    const text = setHeaderField(job.action === 'withdraw' && before !== undefined ? before : entry.source, 'status', status);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);

    const code = await this.build(append);
    const from = entry.state;
    if (code !== 0) {
      // Put content/ back: the site was not rebuilt, so nothing changed for readers.
      if (before === undefined) rmSync(target, { force: true });
      else writeFileSync(target, before);
      this.db.transaction(() => {
        this.db.updateBuild(job.id, 'failed', log);
        this.db.audit(job.requestedBy, 'publish-failed', entry, from, from);
      });
      return;
    }
    const to = job.action === 'publish' ? 'published' : 'withdrawn';
    this.db.transaction(() => {
      this.db.setState(entry.key, to);
      // A signed revision has replaced the published version: the revision is over.
      if (job.action === 'publish') this.db.setRevising(entry.key, false);
      this.db.audit(job.requestedBy, job.action, { ...entry, source: text }, from, to);
    });
    append(this.commit(entry, job, [target, ...(job.action === 'publish' ? imageOf(this.options.contentDir, entry, text) : [])]));
    this.db.updateBuild(job.id, 'done', log);
  }

  /** `astro build` in a child process; its output is the job's progress. */
  private build(append: (text: string) => void): Promise<number> {
    const { projectRoot, contentDir, outDir, buildEnv } = this.options;
    const node = resolve(projectRoot, 'node_modules/.bin/node');
    const astro = resolve(projectRoot, 'node_modules/astro/bin/astro.mjs');
    return new Promise((done) => {
      const child = spawn(existsSync(node) ? node : process.execPath, [astro, 'build', '--outDir', outDir], {
        cwd: projectRoot,
        env: {
          ...process.env,
          ASTRO_TELEMETRY_DISABLED: '1',
          NO_COLOR: '1',
          FORCE_COLOR: '0',
          MINGJING_CONTENT_DIR: contentDir,
          ...buildEnv,
        },
      });
      child.stdout.setEncoding('utf8').on('data', append);
      child.stderr.setEncoding('utf8').on('data', append);
      child.on('error', (error) => {
        append(String(error.message));
        done(1);
      });
      child.on('close', (code) => done(code ?? 1));
    });
  }

  /** Commits the entry file when content/ is a git repository; returns a line for the log. */
  private commit(entry: EntryRow, job: BuildRow, target: readonly string[]): string {
    if (!inGitRepository(this.options.contentDir)) return '';
    const name = this.db.user(job.requestedBy)?.name ?? job.requestedBy;
    return commitFile(this.options.contentDir, target, name, job.requestedBy, commitMessage(this.db, entry, job.action))
      ? '\ngit commit ✓\n'
      : '\ngit commit ✗\n';
  }
}
