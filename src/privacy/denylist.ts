/**
 * The deny-list: real names an organ must never publish. It is kept outside the repository
 * (a list of real names in git would itself be the leak), and named by MINGJING_DENYLIST.
 */
import { readFileSync } from 'node:fs';
import { DENYLIST_ENV, denylistMissing } from '../strings/privacy.ts';

/** Parses the file format: one name a line, blank lines and `#` comment lines ignored. */
export function parseDenylist(content: string): string[] {
  const names = content
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  return [...new Set(names)];
}

/**
 * The names of the file MINGJING_DENYLIST points to; `[]` when the variable is unset or empty.
 * A variable pointing at a missing file throws: silently scanning without the list would let
 * exactly the names the organ asked to block through.
 */
export function loadDenylist(env: NodeJS.ProcessEnv = process.env): string[] {
  const path = env[DENYLIST_ENV]?.trim();
  if (!path) return [];
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (cause) {
    throw new Error(denylistMissing(path), { cause });
  }
  return parseDenylist(content);
}
