/** The desk's store: entries with a version check, and an audit log nothing can rewrite. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contentHash, DeskDb } from '../../src/desk/db/index.ts';

let dir: string;
let db: DeskDb;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mingjing-desk-db-'));
  db = DeskDb.open(dir);
  db.addUser('ed', '编辑甲', ['editor'], 'hash');
});

afterEach(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the audit log', () => {
  it('records who, which entry, the transition and the hash of the content version', () => {
    const entry = db.addEntry('clarifications', 'a', '---\ntitle: 甲\n---\n正文', 'ed');
    db.audit('ed', 'submit', entry, 'draft', 'review');
    const [row] = db.auditRows(entry.key);
    expect(row).toMatchObject({ actor: 'ed', entry: 'clarifications/a', action: 'submit', fromState: 'draft', toState: 'review' });
    expect(row!.contentHash).toBe(contentHash(entry.source));
    expect(row!.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses UPDATE and DELETE, even by hand in SQL', () => {
    db.audit('ed', 'login');
    expect(() => db.db.exec("UPDATE audit SET actor = 'someone-else'")).toThrow(/append-only/);
    expect(() => db.db.exec('DELETE FROM audit')).toThrow(/append-only/);
    expect(db.auditRows()).toHaveLength(1);
    expect(db.auditRows()[0]!.actor).toBe('ed');
  });

  it('keeps its triggers when the database is opened again', () => {
    db.audit('ed', 'login');
    db.close();
    db = DeskDb.open(dir);
    expect(() => db.db.exec('DELETE FROM audit')).toThrow(/append-only/);
  });

  it('rolls a workflow step back with its audit row when the step fails', () => {
    const entry = db.addEntry('culture', 'b', 'x', 'ed');
    expect(() =>
      db.transaction(() => {
        db.setState(entry.key, 'review');
        db.audit('ed', 'submit', entry, 'draft', 'review');
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(db.entry(entry.key)!.state).toBe('draft');
    expect(db.auditRows(entry.key)).toHaveLength(0);
  });
});

describe('entries', () => {
  it('saves only over the version the editor loaded: the second of two concurrent saves is refused', () => {
    const entry = db.addEntry('clarifications', 'c', 'v1', 'ed');
    expect(db.saveEntry(entry.key, 1, 'first', 'ed')).toBe(true);
    expect(db.saveEntry(entry.key, 1, 'second', 'ed')).toBe(false);
    expect(db.entry(entry.key)).toMatchObject({ source: 'first', version: 2 });
  });

  it('refuses a second entry with the same kind and id', () => {
    db.addEntry('cases', 'same', 'x', 'ed');
    expect(() => db.addEntry('cases', 'same', 'y', 'ed')).toThrow(/UNIQUE/);
    expect(() => db.addEntry('culture', 'same', 'y', 'ed')).not.toThrow();
  });
});

describe('the build queue', () => {
  it('marks builds a stopped process left running as interrupted, and leaves queued ones queued', () => {
    const entry = db.addEntry('culture', 'd', 'x', 'ed');
    const running = db.addBuild(entry.key, 'publish', 'ed');
    db.updateBuild(running.id, 'running', 'astro build …');
    const queued = db.addBuild(entry.key, 'publish', 'ed');
    db.close();
    db = DeskDb.open(dir);
    expect(db.interruptStaleBuilds().map((build) => build.id)).toEqual([running.id]);
    expect(db.build(running.id)!.state).toBe('interrupted');
    expect(db.nextQueuedBuild('2026-11-01')!.id).toBe(queued.id);
  });

  it('holds a scheduled job back until its day', () => {
    const entry = db.addEntry('culture', 'e', 'x', 'ed');
    const scheduled = db.addBuild(entry.key, 'publish', 'ed', '2026-12-01');
    expect(db.nextQueuedBuild('2026-11-30')).toBeUndefined();
    expect(db.nextQueuedBuild('2026-12-01')!.id).toBe(scheduled.id);
    expect(db.build(scheduled.id)!.notBefore).toBe('2026-12-01');
  });
});
