/**
 * Two clean builds of the same content with the same clock are byte-identical: what was
 * published can be rebuilt and compared later, and a deployment diff shows only real changes.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { buildSite } from '../helpers/build-site.ts';
import { folderFingerprint, listFiles } from '../helpers/site-files.ts';

const FIXTURE = resolve(import.meta.dirname, '../fixtures/site');
const work = mkdtempSync(join(tmpdir(), 'mingjing-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

it('builds byte-identical output twice from clean caches', () => {
  const outputs = ['a', 'b'].map((name) => {
    const outDir = join(work, name, 'dist');
    const result = buildSite({ contentDir: FIXTURE, outDir });
    if (result.status !== 0) throw new Error(result.output);
    return outDir;
  });
  const [first, second] = outputs as [string, string];
  expect(listFiles(second)).toEqual(listFiles(first));
  expect(folderFingerprint(second) === folderFingerprint(first)).toBe(true);
  // Two cold builds with cards: minutes on a busy two-core machine.
}, 600_000);
