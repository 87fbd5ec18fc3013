/**
 * The output check knows a file it found clean by its identity (inode, size, modification time),
 * so the cards and the search index, hard-linked from their caches into each new release, are not
 * read again; a file written anew, or rewritten in place, is read.
 */
import { copyFileSync, linkSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkBuiltSite } from '../../src/privacy/output-check.ts';

const PROJECT_ROOT = join(import.meta.dirname, '../..');
const CLEAN = '<!doctype html><html lang="zh-CN"><body><p>经核查，反映的问题失实，特此澄清。</p></body></html>';
// The same length in bytes, with an invented name and an ID number in it.
const LEAK = CLEAN.replace('经核查，反映的问题失实', '被反映人欧阳正清，330106198807214517');

let root: string;
let cacheFile: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-identity-'));
  cacheFile = join(root, 'clean.txt');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const release = (name: string) => {
  const dir = join(root, name, 'cards', 'n');
  mkdirSync(dir, { recursive: true });
  return dir;
};
const check = (name: string) => {
  const result = checkBuiltSite(join(root, name), {
    namesFor: () => ({ publicNames: [], notNames: [] }),
    cacheFile,
    projectRoot: PROJECT_ROOT,
  });
  result.cache.save();
  return result;
};

it('does not read a file linked unchanged into the next release, and reads one copied or rewritten', () => {
  const cached = join(root, 'card.html');
  writeFileSync(cached, CLEAN);
  linkSync(cached, join(release('r1'), 'og.html'));
  expect(check('r1')).toMatchObject({ findings: [], filesChecked: 1, filesByIdentity: 0 });

  // The next build links the same cached file: known by its identity, not read.
  linkSync(cached, join(release('r2'), 'og.html'));
  expect(check('r2')).toMatchObject({ findings: [], filesChecked: 0, filesFromCache: 1, filesByIdentity: 1 });

  // A copy is a new inode: read, and found clean by its content.
  copyFileSync(cached, join(release('r3'), 'og.html'));
  expect(check('r3')).toMatchObject({ findings: [], filesChecked: 0, filesFromCache: 1, filesByIdentity: 0 });

  // The cached file rewritten in place, same size: a new modification time, so read, and the leak found.
  expect(Buffer.byteLength(LEAK)).not.toBe(0);
  writeFileSync(cached, LEAK);
  linkSync(cached, join(release('r4'), 'og.html'));
  const leaked = check('r4');
  expect(leaked.filesByIdentity).toBe(0);
  expect(leaked.findings.map((finding) => finding.kind)).toEqual(expect.arrayContaining(['name', 'id-card']));
});

it('does not carry an identity from one path to another', () => {
  const cached = join(root, 'card.html');
  writeFileSync(cached, CLEAN);
  linkSync(cached, join(release('r1'), 'og.html'));
  check('r1');
  linkSync(cached, join(release('r2'), 'poster.html'));
  expect(check('r2')).toMatchObject({ filesByIdentity: 0, filesFromCache: 1 });
});
