/**
 * A digest of the code a cache's results depend on, so that a cache is never read by code other
 * than the code that wrote it: the source gate's and the output check's clean caches
 * (privacy/clean-cache.ts) and the validation cache (content/validation-cache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const fingerprints = new Map<string, string>();

/**
 * sha256 over every `.ts` file under `folders` (paths and bytes, in a stable order) and the
 * `files` named, all relative to `projectRoot`, after `salt`. Computed once per process. Without
 * any source file (they always ship with the project) it is unique to the process, so nothing is
 * ever taken from a cache.
 */
export function sourceFingerprint(projectRoot: string, folders: readonly string[], files: readonly string[] = [], salt = ''): string {
  const memo = [projectRoot, salt, ...folders, '', ...files].join('\0');
  const known = fingerprints.get(memo);
  if (known) return known;
  const hash = createHash('sha256').update(salt);
  let sources = 0;
  for (const folder of folders) {
    const dir = join(projectRoot, folder);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((item) => item.isFile() && item.name.endsWith('.ts'))
      .map((item) => join(item.parentPath, item.name))
      .sort();
    for (const file of names) {
      hash.update(file.slice(projectRoot.length)).update('\0').update(readFileSync(file)).update('\0');
      sources += 1;
    }
  }
  for (const file of files) if (existsSync(join(projectRoot, file))) hash.update(readFileSync(join(projectRoot, file)));
  if (sources === 0) hash.update(`${process.pid}:${performance.now()}:${Math.random()}`);
  const fingerprint = hash.digest('hex');
  fingerprints.set(memo, fingerprint);
  return fingerprint;
}
