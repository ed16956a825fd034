/**
 * What `npm run new --fran` does to each block type when last year's plan becomes next
 * year's draft. Block types that change have a src/blocks/<type>/roll-forward.ts; the rest
 * say `unchanged` here, so a new block type is a compile error until someone decides.
 */
import type { YAMLMap } from 'yaml';
import type { BlockType } from '../../schemas';
import { rollActionPlanForward } from '../blocks/action-plan/roll-forward';
import { rollAreaBudgetForward } from '../blocks/area-budget/roll-forward';
import { rollBudgetForward } from '../blocks/budget/roll-forward';
import { rollStaffForward } from '../blocks/staff/roll-forward';
import { rollWheelForward } from '../blocks/wheel/roll-forward';
import type { BlockRollForward } from './roll-forward-tools';

export type { BlockRollForward } from './roll-forward-tools';

/** The block holds nothing tied to the year: it is copied as written. */
export const unchanged: BlockRollForward = () => {};

export const BLOCK_ROLL_FORWARD = {
  text: unchanged,
  figure: unchanged,
  table: unchanged,
  coreArea: unchanged,
  strategicGoals: unchanged,
  goalTable: unchanged,
  programLogic: unchanged,
  resultGoals: unchanged,
  assignmentTable: unchanged,
  actionPlan: rollActionPlanForward,
  fundedRoles: unchanged,
  wheel: rollWheelForward,
  budget: rollBudgetForward,
  carriedOverFunds: unchanged,
  areaBudget: rollAreaBudgetForward,
  staff: rollStaffForward,
  // Figures belong to their years: shifting column years would put last year's numbers
  // under next year's headings, so the author rewrites the columns (docs/beslut.md).
  budgetTable: unchanged,
  goalModel: unchanged,
} satisfies { [K in BlockType]: BlockRollForward };

/** Rolls one YAML map forward if it is a block (its `type` names a block type). */
export function rollBlockForward(map: YAMLMap, years: number): void {
  const type = map.get('type');
  if (typeof type === 'string' && Object.hasOwn(BLOCK_ROLL_FORWARD, type)) BLOCK_ROLL_FORWARD[type as BlockType](map, years);
}
