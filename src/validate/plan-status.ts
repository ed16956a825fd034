/**
 * A plan's decisions and the status that follows from them, decided once for the check
 * (status contradicting the decisions) and for derive (sentences, UTKAST, the start page).
 *
 * - `decisions` lists the decisions; the plan is fastställd when every decision about the
 *   whole plan (one without `subject`) is taken, otherwise utkast.
 * - `approval` is the older form of one decision about the whole plan: taken, unless the
 *   plan says `status: utkast` (then it is the decision to come, as before).
 * - Without either, the status is what the plan says, or not stated at all.
 */
import type { Plan } from '../../schemas';

export type PlanStatus = NonNullable<Plan['status']>;
export type Decision = NonNullable<Plan['decisions']>[number];

/** The plan's decisions in the order written, the `approval` shorthand as one decision. */
export function planDecisions(plan: Pick<Plan, 'status' | 'approval' | 'decisions'>): Decision[] {
  if (plan.decisions) return plan.decisions;
  if (!plan.approval) return [];
  return [{ ...plan.approval, state: plan.status === 'utkast' ? 'planerat' : 'fattat' }];
}

/** Decisions about the whole plan, which decide its status (a budget's own decision does not). */
export const adoptingDecisions = (decisions: readonly Decision[]) => decisions.filter((d) => d.subject === undefined);

/** The status the decisions give, or undefined when no decision is about the whole plan. */
export function statusFromDecisions(decisions: readonly Decision[]): PlanStatus | undefined {
  const adopting = adoptingDecisions(decisions);
  if (adopting.length === 0) return undefined;
  return adopting.every((d) => d.state === 'fattat') ? 'fastställd' : 'utkast';
}

/** The plan's status: from its decisions when they decide it, else as written; undefined = not stated. */
export function planStatus(plan: Pick<Plan, 'status' | 'approval' | 'decisions'>): PlanStatus | undefined {
  return statusFromDecisions(planDecisions(plan)) ?? plan.status;
}
