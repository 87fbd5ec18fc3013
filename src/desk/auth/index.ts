/**
 * Accounts and sessions: scrypt password hashes compared in constant time, random session tokens
 * stored only as their hash (a copied database opens no session), a CSRF token per session, and a
 * login rate limit per login name and per address.
 */
import { createHash, randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import type { DeskDb, UserRow } from '../db/index.ts';

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 } as const;
/** Eight hours: a working day. The cookie and the stored session expire together. */
export const SESSION_SECONDS = 8 * 60 * 60;
export const MIN_PASSWORD = 10;

/** `scrypt$N$r$p$salt$hash`, parameters stored so they can be raised later without breaking old hashes. */
export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password.normalize('NFC'), salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(password.normalize('NFC'), Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return timingSafeEqual(actual, expected);
}

/** A hash to compare against when the login does not exist, so a wrong name costs as long as a wrong password. */
const DUMMY_HASH = hashPassword(randomBytes(12).toString('hex'));

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Constant-time string comparison for tokens (false on different lengths). */
export function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

export interface Session {
  user: UserRow;
  csrf: string;
  tokenHash: string;
}

/** Checks a login and password; the user on success. */
export function authenticate(db: DeskDb, login: string, password: string): UserRow | undefined {
  const user = db.user(login);
  const ok = verifyPassword(password, user?.password ?? DUMMY_HASH);
  return user && ok ? user : undefined;
}

/** Opens a session: the token goes to the cookie, only its hash to the database. */
export function openSession(db: DeskDb, login: string, nowMs = Date.now()): { token: string; csrf: string } {
  const token = randomBytes(32).toString('base64url');
  const csrf = randomBytes(24).toString('base64url');
  db.addSession(tokenHash(token), login, csrf, nowMs + SESSION_SECONDS * 1000);
  return { token, csrf };
}

/** The session a cookie token opens, if it exists and has not expired. */
export function sessionFor(db: DeskDb, token: string | undefined, nowMs = Date.now()): Session | undefined {
  if (!token) return undefined;
  const hash = tokenHash(token);
  const row = db.session(hash);
  if (!row || row.expiresAt <= nowMs) return undefined;
  const user = db.user(row.login);
  return user ? { user, csrf: row.csrf, tokenHash: hash } : undefined;
}

/**
 * Failed logins per key (a login name, an address) in a sliding window. In memory: a restart
 * forgets it, which an attacker cannot trigger from the login page.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  readonly maxFailures: number;
  readonly windowMs: number;

  constructor(maxFailures = 5, windowMs = 15 * 60 * 1000) {
    this.maxFailures = maxFailures;
    this.windowMs = windowMs;
  }

  private recent(key: string, nowMs: number): number[] {
    const kept = (this.failures.get(key) ?? []).filter((at) => nowMs - at < this.windowMs);
    this.failures.set(key, kept);
    return kept;
  }

  /** Whether any of `keys` has used up its attempts. */
  blocked(keys: readonly string[], nowMs = Date.now()): boolean {
    return keys.some((key) => this.recent(key, nowMs).length >= this.maxFailures);
  }

  fail(keys: readonly string[], nowMs = Date.now()): void {
    for (const key of keys) this.recent(key, nowMs).push(nowMs);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
