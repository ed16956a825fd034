/**
 * The deriver of every block type. The `satisfies` makes a block type without a deriver a
 * compile error; the site's and the PDF's part renderers are checked the same way
 * (src/site/plan-page/part-renderers.tsx, src/pdf/document/part-renderers.ts).
 */
import { typesetPart } from './typeset-parts';
import type { BlockType } from '../../schemas';
import { deriveAreaBudget } from '../blocks/area-budget/derive';
import { deriveBudget } from '../blocks/budget/derive';
import { deriveBudgetTable } from '../blocks/budget-table/derive';
import { deriveCarriedOverFunds } from '../blocks/carried-over-funds/derive';
import { deriveFigure } from '../blocks/figure/derive';
import { deriveStaff } from '../blocks/staff/derive';
import { deriveGoalModel } from '../blocks/goal-model/derive';
import { deriveWheel } from '../blocks/wheel/derive';
import { deriveGoalTable } from '../blocks/goal-table/derive';
import { deriveProgramLogic } from '../blocks/program-logic/derive';
import { deriveAssignmentTable } from '../blocks/assignment-table/derive';
import { deriveActionPlan } from '../blocks/action-plan/derive';
import { deriveFundedRoles } from '../blocks/funded-roles/derive';
import { deriveCoreArea } from '../blocks/core-area/derive';
import { deriveResultGoals } from '../blocks/result-goals/derive';
import { deriveStrategicGoals } from '../blocks/strategic-goals/derive';
import { deriveTable } from '../blocks/table/derive';
import { deriveText } from '../blocks/text/derive';
import { EDITORIAL } from '../shared/words-sv';
import type { BlockDeriver, BlockOf, DeriveContext } from './block-deriver';

export const BLOCK_DERIVERS = {
  text: deriveText,
  figure: deriveFigure,
  table: deriveTable,
  coreArea: deriveCoreArea,
  strategicGoals: deriveStrategicGoals,
  goalTable: deriveGoalTable,
  programLogic: deriveProgramLogic,
  resultGoals: deriveResultGoals,
  assignmentTable: deriveAssignmentTable,
  actionPlan: deriveActionPlan,
  fundedRoles: deriveFundedRoles,
  wheel: deriveWheel,
  budget: deriveBudget,
  carriedOverFunds: deriveCarriedOverFunds,
  areaBudget: deriveAreaBudget,
  staff: deriveStaff,
  budgetTable: deriveBudgetTable,
  goalModel: deriveGoalModel,
} satisfies { [K in BlockType]: BlockDeriver<K, { type: K }> };

/** A block in the derived model, by type: `DerivedBlockOf<'budget'>` is a BudgetView. */
export type DerivedBlockOf<K extends BlockType> = ReturnType<(typeof BLOCK_DERIVERS)[K]>;
export type DerivedBlock = { [K in BlockType]: DerivedBlockOf<K> }[BlockType];

export function deriveBlock<K extends BlockType>(block: BlockOf<K>, ctx: DeriveContext): DerivedBlockOf<K> {
  const derive = BLOCK_DERIVERS[block.type] as unknown as (block: BlockOf<K>, ctx: DeriveContext) => DerivedBlockOf<K>;
  const view = derive(block, ctx);
  // An editorial note (any block type that has the field) follows the block's own parts.
  const note = 'editorialNote' in block ? block.editorialNote : undefined;
  if (note) view.parts.push({ kind: 'editorial', label: EDITORIAL.noteLabel, text: note });
  view.parts = view.parts.map(typesetPart);
  return view;
}
