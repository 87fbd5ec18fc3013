import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentRelease, prepareStaging, releasesDir, swapStagingIntoPlace } from '../../src/integrations/atomic-output.ts';
import { BuildTransaction } from '../../src/integrations/build-transaction.ts';

let root: string;
let dist: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-atomic-'));
  dist = join(root, 'dist');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

function publish(text: string): string {
  const staging = prepareStaging(dist);
  writeFileSync(join(staging, 'index.html'), text);
  swapStagingIntoPlace(staging, dist);
  return staging;
}

describe('the swap into dist/', () => {
  it('makes dist a link to a complete release, replaced by one rename', () => {
    publish('one');
    expect(lstatSync(dist).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('one');
    const first = currentRelease(dist);
    publish('two');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('two');
    expect(currentRelease(dist)).not.toBe(first);
  });

  it('moves a plain dist/ folder from before releases aside, once', () => {
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'old');
    publish('new');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('new');
  });

  it('at every moment of a crash leaves a complete dist/: the link is never missing', () => {
    publish('one');
    // A build killed after it staged its release and before its swap.
    const dead = prepareStaging(dist);
    writeFileSync(join(dead, 'index.html'), 'half');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('one');
    // The next build removes the dead build's release before it starts (its process is gone: here, the same pid).
    const next = prepareStaging(dist);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(next)).toBe(true);
  });
});

describe('the build transaction', () => {
  it('writes caches only on commit, and on abort removes the staging release and the content store', () => {
    const cache = join(root, 'cache');
    mkdirSync(cache);
    writeFileSync(join(cache, 'data-store.json'), '{"rendered":"x"}');
    const staging = prepareStaging(dist);
    const transaction = new BuildTransaction(cache, staging);
    transaction.begin();
    let saved = false;
    let undone = false;
    transaction.onCommit(() => (saved = true));
    transaction.onAbort(() => (undone = true));
    transaction.abort();
    expect({ saved, undone }).toEqual({ saved: false, undone: true });
    expect(existsSync(staging)).toBe(false);
    expect(existsSync(join(cache, 'data-store.json'))).toBe(false);
    expect(readdirSync(cache)).toEqual([]);
  });

  it('after a build that died, empties every cache before the next one reads anything', () => {
    const cache = join(root, 'cache');
    const dead = new BuildTransaction(cache, prepareStaging(dist));
    dead.begin();
    for (const name of ['mingjing-gate.txt', 'data-store.json']) writeFileSync(join(cache, name), 'x');
    mkdirSync(join(cache, 'mingjing-cards'));
    writeFileSync(join(cache, 'mingjing-cards', 'a.png'), 'x');
    // No commit, no abort: the process was killed. The next build:
    const next = new BuildTransaction(cache, prepareStaging(dist));
    next.begin();
    expect(readdirSync(cache)).toEqual(['mingjing-build-pending']);
    let saved = false;
    next.onCommit(() => (saved = true));
    next.commit();
    expect(saved).toBe(true);
    expect(readdirSync(cache)).toEqual([]);
    expect(releasesDir(dist)).toBe(`${dist}.releases`);
  });
});
