/**
 * The gate's and the output check's memory of clean texts: hashes only, keyed by everything that
 * decides a finding (text, vouched-for names, deny-list, the detectors' own source), so a cached
 * "clean" can never hide what a changed rule or list would now find.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectorFingerprint, openCleanCache } from '../../src/privacy/clean-cache.ts';
import { runPrivacyGate } from '../../src/privacy/gate.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'mingjing-clean-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const CLEAN = { file: 'content/clarifications/a.md', source: '经核查，反映李某的问题失实，予以澄清。', publicNames: [] };
const LEAK = { file: 'content/clarifications/b.md', source: '经核查，信访人手机13812345678。', publicNames: [] };

describe('openCleanCache', () => {
  it('keeps what a run recorded, and only that, by hash', () => {
    const file = join(work, 'a.txt');
    const first = openCleanCache(file, 'salt');
    const one = first.keyOf('第一段');
    const two = first.keyOf('第二段');
    first.add(one);
    first.add(two);
    first.save();
    expect(readFileSync(file, 'utf8')).toMatch(/^([0-9a-f]{64}\n){2}$/u);
    const second = openCleanCache(file, 'salt');
    expect(second.has(one) && second.has(two)).toBe(true);
    second.add(one);
    second.save();
    // What the second run did not see again is gone.
    expect(openCleanCache(file, 'salt').has(two)).toBe(false);
  });

  it('gives other keys under another salt', () => {
    expect(openCleanCache(undefined, 'a').keyOf('同一段')).not.toBe(openCleanCache(undefined, 'b').keyOf('同一段'));
  });
});

describe('detectorFingerprint', () => {
  it('changes when a detector source changes', () => {
    const copy = (name: string) => {
      const root = join(work, name);
      mkdirSync(join(root, 'src'), { recursive: true });
      for (const folder of ['privacy', 'names']) cpSync(join(ROOT, 'src', folder), join(root, 'src', folder), { recursive: true });
      return root;
    };
    const same = copy('same');
    const changed = copy('changed');
    writeFileSync(
      join(changed, 'src/privacy/detectors/name.ts'),
      `${readFileSync(join(changed, 'src/privacy/detectors/name.ts'), 'utf8')}\n// a new rule\n`,
    );
    expect(detectorFingerprint(same)).toBe(detectorFingerprint(ROOT));
    expect(detectorFingerprint(changed)).not.toBe(detectorFingerprint(ROOT));
  });
});

describe('runPrivacyGate with a cache', () => {
  const cache = { file: join(work, 'gate.txt'), projectRoot: ROOT };

  it('remembers clean texts only, and finds a leak on every run', () => {
    for (let run = 0; run < 2; run++) {
      expect(runPrivacyGate([CLEAN, LEAK], { cache }).map((finding) => [finding.file, finding.kind])).toEqual([[LEAK.file, 'mobile']]);
      const lines = readFileSync(cache.file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(1);
      // Hashes only: nothing of the text is kept.
      expect(lines[0]).toMatch(/^[0-9a-f]{64}$/u);
    }
  });

  it('scans a remembered text again when the deny-list names someone in it', () => {
    const text = { file: 'content/culture/c.md', source: '据王小二反映，村里修了路。', publicNames: ['王小二'] };
    expect(runPrivacyGate([text], { cache })).toEqual([]);
    expect(runPrivacyGate([text], { cache, denylist: ['王小二'] }).map((finding) => finding.kind)).toEqual(['denylist']);
  });

  it('scans a remembered text again when a vouched-for name is withdrawn', () => {
    const vouched = { file: 'content/culture/d.md', source: '县委书记王建国在会上宣读了通知。', publicNames: ['王建国'] };
    expect(runPrivacyGate([vouched], { cache })).toEqual([]);
    expect(runPrivacyGate([{ ...vouched, publicNames: [] }], { cache }).map((finding) => finding.kind)).toEqual(['name']);
  });
});
