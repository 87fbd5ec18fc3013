/**
 * A build that takes unchanged entries from the validation cache (and cards, clean-text hashes
 * and the search index from theirs) writes exactly the bytes of the cold build before it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { folderFingerprint, listFiles } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const work = mkdtempSync(join(tmpdir(), 'mingjing-warm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('rebuilds byte-identical output from the caches of the first build', () => {
  const outDir = join(work, 'dist');
  const build = () => {
    const result = buildSite({ contentDir: FIXTURE, outDir });
    if (result.status !== 0) throw new Error(result.output);
    const report = JSON.parse(readFileSync(`${outDir}.cache/mingjing-build-report.json`, 'utf8')) as { counts: Record<string, number> };
    return { files: listFiles(outDir), fingerprint: folderFingerprint(outDir), counts: report.counts };
  };
  const cold = build();
  expect(cold.counts['entriesRemembered']).toBe(0);
  const warm = build();
  // The four entries on the website or a board came from the validation cache, unparsed.
  expect(warm.counts['entriesRemembered']).toBe(4);
  // The cards and the search index are the very files of the first build (hard links into their
  // caches): the last output check knows them by inode and reads none of them.
  const late = (name: string, counts: Record<string, number>) => counts[`outputCheckLate.${name}`];
  expect(late('filesByIdentity', cold.counts)).toBe(0);
  expect(late('filesChecked', warm.counts)).toBe(0);
  expect(late('filesByIdentity', warm.counts)).toBeGreaterThan(0);
  expect(late('filesByIdentity', warm.counts)).toBe(late('filesFromCache', warm.counts));
  expect(warm.files).toEqual(cold.files);
  expect(warm.fingerprint === cold.fingerprint).toBe(true);
}, 600_000);
