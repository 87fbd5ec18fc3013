/** Passwords, sessions and the login rate limit. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  authenticate,
  hashPassword,
  LoginLimiter,
  openSession,
  SESSION_SECONDS,
  sessionFor,
  tokenHash,
  verifyPassword,
} from '../../src/desk/auth/index.ts';
import { DeskDb } from '../../src/desk/db/index.ts';

describe('passwords', () => {
  it('are stored as salted scrypt hashes and verified', () => {
    const stored = hashPassword('correct-horse-42');
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(stored).not.toContain('correct-horse-42');
    expect(hashPassword('correct-horse-42')).not.toBe(stored);
    expect(verifyPassword('correct-horse-42', stored)).toBe(true);
    expect(verifyPassword('correct-horse-43', stored)).toBe(false);
    expect(verifyPassword('correct-horse-42', 'md5$abc')).toBe(false);
  });
});

describe('sessions', () => {
  let dir: string;
  let db: DeskDb;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'mingjing-desk-auth-'));
    db = DeskDb.open(dir);
    db.addUser('ed', '编辑甲', ['editor'], hashPassword('correct-horse-42'));
  });
  afterEach(() => {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('authenticates the right password only, and an unknown login not at all', () => {
    expect(authenticate(db, 'ed', 'correct-horse-42')?.login).toBe('ed');
    expect(authenticate(db, 'ed', 'wrong-password')).toBeUndefined();
    expect(authenticate(db, 'nobody', 'correct-horse-42')).toBeUndefined();
  });

  it('stores only the hash of the token, and the session expires', () => {
    const now = Date.parse('2026-11-01T08:00:00Z');
    const { token, csrf } = openSession(db, 'ed', now);
    expect(db.session(token)).toBeUndefined();
    expect(db.session(tokenHash(token))?.login).toBe('ed');
    expect(sessionFor(db, token, now + 1000)).toMatchObject({ csrf, user: { login: 'ed' } });
    expect(sessionFor(db, token, now + SESSION_SECONDS * 1000)).toBeUndefined();
    expect(sessionFor(db, 'forged', now)).toBeUndefined();
    expect(sessionFor(db, undefined, now)).toBeUndefined();
  });
});

describe('the login rate limit', () => {
  it('blocks a key after five failures in the window, and lets it in again after the window', () => {
    const limiter = new LoginLimiter(5, 60_000);
    const keys = ['login:ed', 'addr:10.0.0.9'];
    for (let i = 0; i < 4; i++) limiter.fail(keys, 1000 + i);
    expect(limiter.blocked(keys, 2000)).toBe(false);
    limiter.fail(keys, 2000);
    expect(limiter.blocked(keys, 2001)).toBe(true);
    // The address stays blocked for another login name too.
    expect(limiter.blocked(['login:other', 'addr:10.0.0.9'], 2001)).toBe(true);
    expect(limiter.blocked(keys, 2000 + 60_000)).toBe(false);
  });
});
