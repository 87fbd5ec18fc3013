/**
 * The desk's database: one SQLite file (Node 24's built-in `node:sqlite`) holding users, sessions,
 * entries under edit with their workflow state, comments, the build queue and the audit log.
 *
 * The audit log is append-only by construction: triggers abort every UPDATE and DELETE on it, so
 * not even a bug in the desk (or a hand with the sqlite3 shell that forgets the triggers) can
 * rewrite history without dropping them first. It holds logins, entry numbers, actions, states and
 * hashes: never a title, a body or a comment, which may carry personal data.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { EntryKind } from '../../schemas/vocabulary.ts';
import type { DeskAction, DeskRole, DeskState } from '../../strings/desk.ts';

const SCHEMA = `
PRAGMA journal_mode = WAL;
PRAGMA foreign_keys = ON;
CREATE TABLE IF NOT EXISTS users (
  login TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  roles TEXT NOT NULL,
  password TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sessions (
  token_hash TEXT PRIMARY KEY,
  login TEXT NOT NULL REFERENCES users(login),
  csrf TEXT NOT NULL,
  expires_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS entries (
  key INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  slug TEXT NOT NULL,
  source TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  state TEXT NOT NULL DEFAULT 'draft',
  author TEXT NOT NULL,
  last_editor TEXT NOT NULL,
  resolutions TEXT NOT NULL DEFAULT '[]',
  consent TEXT,
  revising INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (kind, slug)
);
CREATE TABLE IF NOT EXISTS comments (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entry_key INTEGER NOT NULL REFERENCES entries(key),
  login TEXT NOT NULL,
  text TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS builds (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entry_key INTEGER NOT NULL REFERENCES entries(key),
  action TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'queued',
  requested_by TEXT NOT NULL,
  log TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  finished_at TEXT,
  not_before TEXT
);
CREATE TABLE IF NOT EXISTS settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  entry_key INTEGER,
  entry TEXT,
  action TEXT NOT NULL,
  from_state TEXT,
  to_state TEXT,
  content_hash TEXT
);
CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
`;

export interface UserRow {
  login: string;
  name: string;
  roles: DeskRole[];
  password: string;
}

export interface EntryRow {
  key: number;
  kind: EntryKind;
  slug: string;
  source: string;
  version: number;
  state: DeskState;
  author: string;
  lastEditor: string;
  resolutions: Resolution[];
  consent: Consent | undefined;
  /**
   * A revision (修订) of a published entry is under way: the entry is back in the workflow while
   * the published version stays in `content/` and on the site until the revision is signed.
   */
  revising: boolean;
  createdAt: string;
  updatedAt: string;
}

/** How one privacy finding was settled: masked value only, and who did it. */
export interface Resolution {
  kind: string;
  masked: string;
  how: 'alias' | 'notName' | 'publicName' | 'imported';
  /** The alias or replacement written (an alias is not personal data), or the public-name reason. */
  detail: string;
  /**
   * For an alias: a keyed hash of the name it replaced (HMAC with this desk's secret), so the same
   * person met again in the entry is offered the same alias. Not reversible without the database.
   */
  nameKey?: string;
  /** The finding was one of the gate's uncertain candidates (可能是人名), not a finding it reports. */
  uncertain?: boolean;
  by: string;
  at: string;
}

/** The 本人同意 record a notice needs before it is signed. */
export interface Consent {
  confirmedBy: string;
  date: string;
  form: string;
  recordedBy: string;
}

export interface AuditRow {
  id: number;
  at: string;
  actor: string;
  entryKey: number | null;
  entry: string | null;
  action: DeskAction | string;
  fromState: string | null;
  toState: string | null;
  contentHash: string | null;
}

export interface BuildRow {
  id: number;
  entryKey: number;
  action: 'publish' | 'withdraw';
  state: 'queued' | 'running' | 'done' | 'failed' | 'interrupted';
  requestedBy: string;
  log: string;
  createdAt: string;
  finishedAt: string | null;
  /** Scheduled publication: the job waits until this day (YYYY-MM-DD). */
  notBefore: string | null;
}

/** SHA-256 of a content version, the audit log's fingerprint of what was acted on. */
export function contentHash(source: string): string {
  return createHash('sha256').update(source).digest('hex');
}

const now = () => new Date().toISOString();
type Row = Record<string, unknown>;

function entryFrom(row: Row): EntryRow {
  return {
    key: Number(row['key']),
    kind: row['kind'] as EntryKind,
    slug: String(row['slug']),
    source: String(row['source']),
    version: Number(row['version']),
    state: row['state'] as DeskState,
    author: String(row['author']),
    lastEditor: String(row['last_editor']),
    resolutions: JSON.parse(String(row['resolutions'])) as Resolution[],
    consent: row['consent'] ? (JSON.parse(String(row['consent'])) as Consent) : undefined,
    revising: Number(row['revising'] ?? 0) === 1,
    createdAt: String(row['created_at']),
    updatedAt: String(row['updated_at']),
  };
}

function buildFrom(row: Row): BuildRow {
  return {
    id: Number(row['id']),
    entryKey: Number(row['entry_key']),
    action: row['action'] as BuildRow['action'],
    state: row['state'] as BuildRow['state'],
    requestedBy: String(row['requested_by']),
    log: String(row['log']),
    createdAt: String(row['created_at']),
    finishedAt: row['finished_at'] === null ? null : String(row['finished_at']),
    notBefore: row['not_before'] === null || row['not_before'] === undefined ? null : String(row['not_before']),
  };
}

/** The desk's store. Every method is synchronous: SQLite answers in microseconds, and one process owns the file. */
export class DeskDb {
  readonly db: DatabaseSync;

  constructor(file: string) {
    this.db = new DatabaseSync(file);
    this.db.exec(SCHEMA);
    // Databases made before scheduled publication lack the column.
    const columns = (this.db.prepare('PRAGMA table_info(builds)').all() as Row[]).map((row) => String(row['name']));
    if (!columns.includes('not_before')) this.db.exec('ALTER TABLE builds ADD COLUMN not_before TEXT');
    // …and before revisions of published entries.
    const entryColumns = (this.db.prepare('PRAGMA table_info(entries)').all() as Row[]).map((row) => String(row['name']));
    if (!entryColumns.includes('revising')) this.db.exec('ALTER TABLE entries ADD COLUMN revising INTEGER NOT NULL DEFAULT 0');
  }

  /** Opens (creating) `<dir>/desk.sqlite`. */
  static open(dir: string): DeskDb {
    mkdirSync(dir, { recursive: true });
    return new DeskDb(join(dir, 'desk.sqlite'));
  }

  /** This desk's random secret, made on first use; keys the name hashes of resolutions. */
  secret(): string {
    const row = this.db.prepare("SELECT value FROM settings WHERE key = 'secret'").get() as Row | undefined;
    if (row) return String(row['value']);
    const secret = randomBytes(32).toString('hex');
    this.db.prepare("INSERT INTO settings (key, value) VALUES ('secret', ?)").run(secret);
    return secret;
  }

  close(): void {
    this.db.close();
  }

  /** Runs `work` in one transaction: a workflow step and its audit row land together or not at all. */
  transaction<T>(work: () => T): T {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      const result = work();
      this.db.exec('COMMIT');
      return result;
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  // users
  addUser(login: string, name: string, roles: readonly DeskRole[], passwordHash: string): void {
    this.db
      .prepare('INSERT INTO users (login, name, roles, password, created_at) VALUES (?, ?, ?, ?, ?)')
      .run(login, name, roles.join(','), passwordHash, now());
  }

  user(login: string): UserRow | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE login = ?').get(login) as Row | undefined;
    return row
      ? {
          login: String(row['login']),
          name: String(row['name']),
          roles: String(row['roles']).split(',') as DeskRole[],
          password: String(row['password']),
        }
      : undefined;
  }

  users(): UserRow[] {
    return (this.db.prepare('SELECT login FROM users ORDER BY login').all() as Row[]).map((row) => this.user(String(row['login']))!);
  }

  // sessions
  addSession(tokenHash: string, login: string, csrf: string, expiresAt: number): void {
    this.db
      .prepare('INSERT INTO sessions (token_hash, login, csrf, expires_at) VALUES (?, ?, ?, ?)')
      .run(tokenHash, login, csrf, expiresAt);
  }

  session(tokenHash: string): { login: string; csrf: string; expiresAt: number } | undefined {
    const row = this.db.prepare('SELECT * FROM sessions WHERE token_hash = ?').get(tokenHash) as Row | undefined;
    return row ? { login: String(row['login']), csrf: String(row['csrf']), expiresAt: Number(row['expires_at']) } : undefined;
  }

  deleteSession(tokenHash: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ? OR expires_at < ?').run(tokenHash, Date.now());
  }

  // entries
  addEntry(kind: EntryKind, slug: string, source: string, login: string, resolutions: readonly Resolution[] = []): EntryRow {
    const at = now();
    const result = this.db
      .prepare(
        'INSERT INTO entries (kind, slug, source, author, last_editor, resolutions, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(kind, slug, source, login, login, JSON.stringify(resolutions), at, at);
    return this.entry(Number(result.lastInsertRowid))!;
  }

  entry(key: number): EntryRow | undefined {
    const row = this.db.prepare('SELECT * FROM entries WHERE key = ?').get(key) as Row | undefined;
    return row ? entryFrom(row) : undefined;
  }

  entryBySlug(kind: EntryKind, slug: string): EntryRow | undefined {
    const row = this.db.prepare('SELECT * FROM entries WHERE kind = ? AND slug = ?').get(kind, slug) as Row | undefined;
    return row ? entryFrom(row) : undefined;
  }

  entries(): EntryRow[] {
    return (this.db.prepare('SELECT * FROM entries ORDER BY updated_at DESC, key DESC').all() as Row[]).map(entryFrom);
  }

  /**
   * Saves a new version only if the caller edited the current one: the second of two people
   * editing one entry gets `false` instead of silently overwriting the first.
   */
  saveEntry(key: number, expectedVersion: number, source: string, login: string, resolutions?: readonly Resolution[]): boolean {
    const result = this.db
      .prepare(
        'UPDATE entries SET source = ?, version = version + 1, last_editor = ?, updated_at = ?, resolutions = COALESCE(?, resolutions) WHERE key = ? AND version = ?',
      )
      .run(source, login, now(), resolutions ? JSON.stringify(resolutions) : null, key, expectedVersion);
    return Number(result.changes) === 1;
  }

  setState(key: number, state: DeskState): void {
    this.db.prepare('UPDATE entries SET state = ?, updated_at = ? WHERE key = ?').run(state, now(), key);
  }

  /** Marks (or ends) a revision of a published entry (EntryRow.revising). */
  setRevising(key: number, revising: boolean): void {
    this.db.prepare('UPDATE entries SET revising = ? WHERE key = ?').run(revising ? 1 : 0, key);
  }

  setConsent(key: number, consent: Consent): void {
    this.db.prepare('UPDATE entries SET consent = ? WHERE key = ?').run(JSON.stringify(consent), key);
  }

  addComment(key: number, login: string, text: string): void {
    this.db.prepare('INSERT INTO comments (entry_key, login, text, at) VALUES (?, ?, ?, ?)').run(key, login, text, now());
  }

  comments(key: number): { login: string; text: string; at: string }[] {
    return (this.db.prepare('SELECT login, text, at FROM comments WHERE entry_key = ? ORDER BY id').all(key) as Row[]).map((row) => ({
      login: String(row['login']),
      text: String(row['text']),
      at: String(row['at']),
    }));
  }

  // audit
  audit(
    actor: string,
    action: DeskAction | string,
    entry?: { key: number; kind: string; slug: string; source: string },
    fromState?: string,
    toState?: string,
  ): void {
    this.db
      .prepare(
        'INSERT INTO audit (at, actor, entry_key, entry, action, from_state, to_state, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        now(),
        actor,
        entry?.key ?? null,
        entry ? `${entry.kind}/${entry.slug}` : null,
        action,
        fromState ?? null,
        toState ?? null,
        entry ? contentHash(entry.source) : null,
      );
  }

  auditRows(entryKey?: number): AuditRow[] {
    const rows = (
      entryKey === undefined
        ? this.db.prepare('SELECT * FROM audit ORDER BY id').all()
        : this.db.prepare('SELECT * FROM audit WHERE entry_key = ? ORDER BY id').all(entryKey)
    ) as Row[];
    return rows.map((row) => ({
      id: Number(row['id']),
      at: String(row['at']),
      actor: String(row['actor']),
      entryKey: row['entry_key'] === null ? null : Number(row['entry_key']),
      entry: row['entry'] === null ? null : String(row['entry']),
      action: String(row['action']),
      fromState: row['from_state'] === null ? null : String(row['from_state']),
      toState: row['to_state'] === null ? null : String(row['to_state']),
      contentHash: row['content_hash'] === null ? null : String(row['content_hash']),
    }));
  }

  // builds
  addBuild(entryKey: number, action: BuildRow['action'], login: string, notBefore?: string): BuildRow {
    const result = this.db
      .prepare('INSERT INTO builds (entry_key, action, requested_by, created_at, not_before) VALUES (?, ?, ?, ?, ?)')
      .run(entryKey, action, login, now(), notBefore ?? null);
    return this.build(Number(result.lastInsertRowid))!;
  }

  build(id: number): BuildRow | undefined {
    const row = this.db.prepare('SELECT * FROM builds WHERE id = ?').get(id) as Row | undefined;
    return row ? buildFrom(row) : undefined;
  }

  builds(): BuildRow[] {
    return (this.db.prepare('SELECT * FROM builds ORDER BY id DESC').all() as Row[]).map(buildFrom);
  }

  /** The oldest queued job that is due on `today` (jobs scheduled for a later day wait). */
  nextQueuedBuild(today: string): BuildRow | undefined {
    const row = this.db
      .prepare("SELECT * FROM builds WHERE state = 'queued' AND (not_before IS NULL OR not_before <= ?) ORDER BY id LIMIT 1")
      .get(today) as Row | undefined;
    return row ? buildFrom(row) : undefined;
  }

  updateBuild(id: number, state: BuildRow['state'], log: string): void {
    const finished = state === 'done' || state === 'failed' || state === 'interrupted' ? now() : null;
    this.db.prepare('UPDATE builds SET state = ?, log = ?, finished_at = ? WHERE id = ?').run(state, log, finished, id);
  }

  /** Builds a previous process left running: it died mid-build. Marked interrupted, and returned. */
  interruptStaleBuilds(): BuildRow[] {
    const stale = (this.db.prepare("SELECT * FROM builds WHERE state = 'running'").all() as Row[]).map(buildFrom);
    for (const build of stale) this.updateBuild(build.id, 'interrupted', build.log);
    return stale;
  }
}
