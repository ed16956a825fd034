/**
 * What each block type publishes in plan.json under `computed`. The `satisfies` makes a
 * block type without an entry a compile error: a block that computes sums says so here, the
 * others say `nothingComputed`.
 */
import type { BlockType } from '../../schemas';
import { budgetComputed } from '../blocks/budget/computed';
import { budgetTableComputed } from '../blocks/budget-table/computed';
import { carriedOverFundsComputed } from '../blocks/carried-over-funds/computed';
import { figureComputed } from '../blocks/figure/computed';
import { staffComputed } from '../blocks/staff/computed';
import type { DerivedBlock } from './block-derivers';
import { nothingComputed, type BlockComputed, type BlockComputedHook } from './computed-numbers';

export const BLOCK_COMPUTED = {
  text: nothingComputed,
  figure: figureComputed,
  table: nothingComputed,
  coreArea: nothingComputed,
  strategicGoals: nothingComputed,
  goalTable: nothingComputed,
  programLogic: nothingComputed,
  resultGoals: nothingComputed,
  assignmentTable: nothingComputed,
  actionPlan: nothingComputed,
  fundedRoles: nothingComputed,
  wheel: nothingComputed,
  budget: budgetComputed,
  carriedOverFunds: carriedOverFundsComputed,
  areaBudget: nothingComputed,
  staff: staffComputed,
  budgetTable: budgetTableComputed,
  goalModel: nothingComputed,
} satisfies { [K in BlockType]: BlockComputedHook<K> };

/** The numbers `block` publishes, if any. */
export function blockComputed(block: DerivedBlock): BlockComputed | undefined {
  return (BLOCK_COMPUTED[block.type] as (block: DerivedBlock) => BlockComputed | undefined)(block);
}
