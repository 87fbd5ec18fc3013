/**
 * The desk's cache of the content folder (src/desk/gate/content-cache.ts): a page view reads and
 * validates nothing again, and any change to a file in `content/`, made by the desk or outside
 * it, is seen on the next view.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentCache, folderSignature } from '../../src/desk/gate/content-cache.ts';
import { problemsOf, rawEntryOf } from '../../src/desk/gate/index.ts';
import { PROJECT_ROOT } from './helpers.ts';

let root: string;
let contentDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mingjing-desk-cache-'));
  contentDir = join(root, 'content');
  cpSync(join(PROJECT_ROOT, 'tests/fixtures/site'), contentDir, { recursive: true });
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

const draft = (organ: string) => `---
title: 关于某村干部被反映问题的澄清说明
date: 2026-05-02
organ: ${organ}
summary: 经核查，反映问题失实，予以澄清。
status: draft
subject:
  type: 个人
  alias: 吴某
  role: 某村村委会委员
  tier: 村（社区）
allegations:
  - summary: 反映其在低保评定中优亲厚友
    finding: 失实
methods: [会议]
scope: 在村民代表会议上通报
consent: true
---

经核查，该问题失实，特此澄清。
`;

describe('the content cache', () => {
  it('reads and validates the folder once for repeated views of the same text', () => {
    const cache = new ContentCache(contentDir, root);
    const entry = rawEntryOf(draft('test-county'), 'clarifications', 'new-notice', contentDir, root);
    const first = cache.validate(entry);
    const second = cache.validate(entry);
    expect(second).toBe(first);
    expect(cache.counts).toEqual({ reads: 1, validations: 1 });
    // A new text of the entry is validated again, against the folder already read.
    cache.validate(rawEntryOf(draft('test-city'), 'clarifications', 'new-notice', contentDir, root));
    expect(cache.counts).toEqual({ reads: 1, validations: 2 });
  });

  it('never changes the folder it keeps when an entry stands in for a file', () => {
    const cache = new ContentCache(contentDir, root);
    const before = cache.raw().entries.length;
    cache.validate(rawEntryOf(draft('test-county'), 'clarifications', 'new-notice', contentDir, root));
    expect(cache.raw().entries.length).toBe(before);
  });

  it('sees a change made outside the desk: an organ removed makes the entry invalid, and restored valid again', () => {
    const source = draft('test-county');
    expect(problemsOf(source, 'clarifications', 'outside', contentDir, root)).toEqual([]);
    const organs = join(contentDir, 'organs.yaml');
    const text = readFileSync(organs, 'utf8');
    writeFileSync(organs, text.replace(/- id: test-county[\s\S]*?region: 测试县\n/, ''));
    const problems = problemsOf(source, 'clarifications', 'outside', contentDir, root);
    expect(problems.map((problem) => problem.field)).toContain('organ');
    writeFileSync(organs, text);
    expect(problemsOf(source, 'clarifications', 'outside', contentDir, root)).toEqual([]);
  });

  it('sees a file added and a file removed outside the desk', () => {
    const cache = new ContentCache(contentDir, root);
    const ids = () => cache.raw().entries.map((entry) => entry.id);
    expect(ids()).not.toContain('added-outside');
    const file = join(contentDir, 'clarifications', 'added-outside.md');
    writeFileSync(file, draft('test-county'));
    expect(ids()).toContain('added-outside');
    unlinkSync(file);
    expect(ids()).not.toContain('added-outside');
    expect(cache.counts.reads).toBe(3);
  });

  it('changes its signature when a file keeps its size but changes its time', () => {
    const file = join(contentDir, 'clarifications', 'draft-notice.md');
    const signature = folderSignature(contentDir);
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('某', '甲').replace('甲', '某'));
    utimesSync(file, new Date('2030-01-01'), new Date('2030-01-01'));
    expect(folderSignature(contentDir)).not.toBe(signature);
  });
});
