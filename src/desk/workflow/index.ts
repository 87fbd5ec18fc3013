/**
 * The workflow (采编审发): which step may follow which, who may take it, and the rule that nobody
 * reviews or signs an entry they wrote or last changed. Pure functions: the routes ask `check`
 * before every step and the tests walk the whole table.
 *
 *   草稿 ─送审→ 待审核 ─审核通过→ 待签发 ─签发并发布→ 已发布 ─撤回→ 已撤回
 *                 └─退回→ 已退回 ─送审→ 待审核
 *   已发布 ─修订→ 草稿 (the published version stays on the site until the revision is signed)
 */
import { DESK, DESK_ACTIONS, DESK_STATES, type DeskRole, type DeskState } from '../../strings/desk.ts';

export type StepName = 'save' | 'resolve' | 'submit' | 'return' | 'pass' | 'publish' | 'withdraw' | 'revise';

interface Step {
  from: readonly DeskState[];
  /** The state after the step; publishing and withdrawing reach it only once the build succeeded. */
  to?: DeskState;
  role: DeskRole;
  /** The author and the last editor may not take this step (four-eyes rule). */
  independent: boolean;
}

export const STEPS: Record<StepName, Step> = {
  save: { from: ['draft', 'returned'], role: 'editor', independent: false },
  resolve: { from: ['draft', 'returned'], role: 'editor', independent: false },
  submit: { from: ['draft', 'returned'], to: 'review', role: 'editor', independent: false },
  return: { from: ['review'], to: 'returned', role: 'reviewer', independent: true },
  pass: { from: ['review'], to: 'approved', role: 'reviewer', independent: true },
  publish: { from: ['approved'], to: 'published', role: 'signer', independent: true },
  withdraw: { from: ['published'], to: 'withdrawn', role: 'signer', independent: true },
  // 修订: an editor reopens a published entry; it goes through 送审, 审核 and 签发 again.
  revise: { from: ['published'], to: 'draft', role: 'editor', independent: false },
};

export interface Actor {
  login: string;
  roles: readonly DeskRole[];
}

export interface EntryState {
  state: DeskState;
  author: string;
  lastEditor: string;
}

/** Why `actor` may not take `step` on `entry` now, in the words shown to them; undefined when they may. */
export function refusal(step: StepName, actor: Actor, entry: EntryState): string | undefined {
  const rule = STEPS[step];
  if (!actor.roles.includes(rule.role)) return DESK.errors.forbidden;
  if (!rule.from.includes(entry.state)) return DESK.errors.wrongState(DESK_STATES[entry.state], DESK_ACTIONS[step]);
  if (rule.independent && (actor.login === entry.author || actor.login === entry.lastEditor)) return DESK.errors.selfReview;
  return undefined;
}

/** The steps `actor` may take on `entry` now: the buttons the entry page shows. */
export function allowedSteps(actor: Actor, entry: EntryState): StepName[] {
  return (Object.keys(STEPS) as StepName[]).filter((step) => refusal(step, actor, entry) === undefined);
}
