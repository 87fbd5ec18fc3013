/**
 * The output check lets the footer's configured lines through (the organ's own address and
 * filing numbers, on its authority), and only those exact lines: the same address written in an
 * entry elsewhere on the page is still reported.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuiltSite } from '../../src/privacy/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'mingjing-vouched-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const CONTACT = '地址：测试市府前路1号';
const namesFor = () => ({ publicNames: [], notNames: [] });

describe('vouched-for footer lines', () => {
  it('are not findings where they stand whole, and the same data elsewhere still is', () => {
    writeFileSync(join(dir, 'index.html'), `<main><p>正文。</p></main><footer><span>${CONTACT}</span></footer>`);
    expect(checkBuiltSite(dir, { namesFor }).findings.map((finding) => finding.kind)).toEqual(['address']);
    expect(checkBuiltSite(dir, { namesFor, vouchedTexts: [CONTACT] }).findings).toEqual([]);
    writeFileSync(join(dir, 'index.html'), `<main><p>他住在府前路1号。</p></main><footer><span>${CONTACT}</span></footer>`);
    expect(checkBuiltSite(dir, { namesFor, vouchedTexts: [CONTACT] }).findings.map((finding) => finding.kind)).toEqual(['address']);
  });
});
