/** The numbers planverk computes for a plan, published beside the model in plan.json. */
import { blockComputed } from '../derive/block-computed';
import type { BlockNumbers, ComputedList } from '../derive/computed-numbers';
import type { DerivedPlan } from '../derive/derive-plan';
import { walkSections } from '../derive/derive-plan';

export type ComputedNumbers = {
  toc: DerivedPlan['toc'];
  /** The plan's status as it follows from its decisions (or as written); null when not stated. */
  status: NonNullable<DerivedPlan['front']['status']> | null;
  /** Every decision worded, in the plan's order (the plan's own `decisions`/`approval` stand beside it). */
  decisions: DerivedPlan['front']['decisions'];
  /** Figure and table numbers by anchor: { "figur-arshjul": "Figur 1" }. */
  labels: Record<string, string>;
} & { [L in ComputedList]: ({ path: string } & BlockNumbers[L])[] };

/** Each block type's numbers come from its derived view (src/derive/block-computed.ts); nothing is recomputed here. */
export function planComputedNumbers(derived: DerivedPlan): ComputedNumbers {
  const computed: ComputedNumbers = { toc: derived.toc, status: derived.front.status ?? null, decisions: derived.front.decisions, labels: derived.labels, budgets: [], carriedOverFunds: [], staff: [], images: [], budgetTables: [] };
  for (const section of walkSections(derived.sections)) {
    section.blocks.forEach((block, index) => {
      const numbers = blockComputed(block);
      if (numbers) (computed[numbers.list] as { path: string }[]).push({ path: `${section.fieldPath}.blocks[${index}]`, ...numbers.numbers });
    });
  }
  return computed;
}

/** The text of `/<plan-id>/plan.json`: the validated model plus every number planverk computes. */
export function planJsonText(derived: DerivedPlan): string {
  return JSON.stringify({ id: derived.id, ...derived.plan, computed: planComputedNumbers(derived) }, null, 2);
}
