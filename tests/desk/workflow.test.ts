/** The workflow table: who may take which step from which state, and the four-eyes rule. */
import { describe, expect, it } from 'vitest';
import { allowedSteps, refusal, STEPS, type StepName } from '../../src/desk/workflow/index.ts';
import type { DeskState } from '../../src/strings/desk.ts';

const editor = { login: 'ed', roles: ['editor'] as const };
const reviewer = { login: 'rv', roles: ['reviewer'] as const };
const signer = { login: 'sg', roles: ['signer'] as const };
const all = { login: 'boss', roles: ['editor', 'reviewer', 'signer', 'admin'] as const };
const entry = (state: DeskState, author = 'ed', lastEditor = author) => ({ state, author, lastEditor });

describe('the workflow', () => {
  it('walks 草稿 → 待审核 → 已退回 → 待审核 → 待签发 → 已发布 → 已撤回 with the right roles', () => {
    expect(allowedSteps(editor, entry('draft'))).toEqual(['save', 'resolve', 'submit']);
    expect(allowedSteps(reviewer, entry('review'))).toEqual(['return', 'pass']);
    expect(allowedSteps(editor, entry('returned'))).toEqual(['save', 'resolve', 'submit']);
    expect(allowedSteps(signer, entry('approved'))).toEqual(['publish']);
    expect(allowedSteps(signer, entry('published'))).toEqual(['withdraw']);
    expect(allowedSteps(signer, entry('withdrawn'))).toEqual([]);
    expect(STEPS.submit.to).toBe('review');
    expect(STEPS.return.to).toBe('returned');
    expect(STEPS.pass.to).toBe('approved');
  });

  it('refuses a step to a role that does not hold it, naming why', () => {
    expect(refusal('pass', editor, entry('review'))).toBe('你没有执行此操作的权限。');
    expect(refusal('publish', reviewer, entry('approved'))).toBe('你没有执行此操作的权限。');
    expect(refusal('submit', signer, entry('draft'))).toBe('你没有执行此操作的权限。');
  });

  it('refuses a step from the wrong state', () => {
    expect(refusal('publish', signer, entry('review'))).toBe('稿件当前为“待审核”，不能“签发并发布”。');
    expect(refusal('save', editor, entry('review'))).toBe('稿件当前为“待审核”，不能“保存”。');
    expect(refusal('withdraw', signer, entry('approved'))).toContain('不能“撤回”');
  });

  it('lets nobody review or sign an entry they wrote or last changed, whatever roles they hold', () => {
    const steps: StepName[] = ['return', 'pass'];
    for (const step of steps) {
      expect(refusal(step, all, entry('review', 'boss', 'ed'))).toBe('撰稿人或最后修改人不能审核或签发自己的稿件。');
      expect(refusal(step, all, entry('review', 'ed', 'boss'))).toBe('撰稿人或最后修改人不能审核或签发自己的稿件。');
      expect(refusal(step, all, entry('review', 'ed', 'ed'))).toBeUndefined();
    }
    expect(refusal('publish', all, entry('approved', 'boss', 'ed'))).toBeDefined();
    expect(refusal('publish', all, entry('approved', 'ed', 'boss'))).toBeDefined();
    expect(allowedSteps(all, entry('approved', 'ed', 'rv'))).toEqual(['publish']);
  });
});
