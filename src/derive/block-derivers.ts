/**
 * The deriver of every block type. The `satisfies` makes a block type without a deriver a
 * compile error; the site's and the PDF's part renderers are checked the same way
 * (src/site/plan-page/part-renderers.tsx, src/pdf/document/part-renderers.ts).
 */
import type { BlockType } from '../../schemas';
import { deriveBudget } from '../blocks/budget/derive';
import { deriveCarriedOverFunds } from '../blocks/carried-over-funds/derive';
import { deriveFigure } from '../blocks/figure/derive';
import { deriveStaff } from '../blocks/staff/derive';
import { deriveWheel } from '../blocks/wheel/derive';
import { deriveGoalTable } from '../blocks/goal-table/derive';
import { deriveProgramLogic } from '../blocks/program-logic/derive';
import { deriveAssignmentTable } from '../blocks/assignment-table/derive';
import { deriveActionPlan } from '../blocks/action-plan/derive';
import { deriveFundedRoles } from '../blocks/funded-roles/derive';
import type { BlockDeriver, BlockOf, DeriveContext } from './block-deriver';
import { TABLE } from '../shared/words-sv';
import type { PublishedImage } from '../shared/published-image';

/**
 * Blocks not yet moved to the presentation model keep their written form; the renderers
 * still draw them from it. (Migration aid: each entry is replaced by its block's deriver.)
 */
type Legacy = { anchor?: string; label?: string; published?: PublishedImage };
const asWritten = <K extends BlockType>() => (block: BlockOf<K>) => block as BlockOf<K> & Legacy;

function legacyTable(block: BlockOf<'table'>, ctx: DeriveContext): BlockOf<'table'> & { anchor: string; label: string } {
  const n = ctx.nextTableNumber();
  const label = TABLE.label(n);
  const anchor = block.id ?? ctx.slug(`tabell-${n}`);
  if (block.id) ctx.addReference(block.id, { anchor, label });
  ctx.recordLabel(anchor, label);
  return { ...block, anchor, label };
}

export const BLOCK_DERIVERS = {
  text: asWritten<'text'>(),
  figure: deriveFigure,
  table: legacyTable,
  coreArea: asWritten<'coreArea'>(),
  strategicGoals: asWritten<'strategicGoals'>(),
  goalTable: deriveGoalTable,
  programLogic: deriveProgramLogic,
  resultGoals: asWritten<'resultGoals'>(),
  assignmentTable: deriveAssignmentTable,
  actionPlan: deriveActionPlan,
  fundedRoles: deriveFundedRoles,
  wheel: deriveWheel,
  budget: deriveBudget,
  carriedOverFunds: deriveCarriedOverFunds,
  areaBudget: asWritten<'areaBudget'>(),
  staff: deriveStaff,
} satisfies { [K in BlockType]: BlockDeriver<K, { type: K }> };

/** A block in the derived model, by type: `DerivedBlockOf<'budget'>` is a BudgetView. */
export type DerivedBlockOf<K extends BlockType> = ReturnType<(typeof BLOCK_DERIVERS)[K]>;
export type DerivedBlock = { [K in BlockType]: DerivedBlockOf<K> }[BlockType];

export function deriveBlock<K extends BlockType>(block: BlockOf<K>, ctx: DeriveContext): DerivedBlockOf<K> {
  const derive = BLOCK_DERIVERS[block.type] as unknown as (block: BlockOf<K>, ctx: DeriveContext) => DerivedBlockOf<K>;
  return derive(block, ctx);
}
