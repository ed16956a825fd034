/**
 * The deriver of every block type. The `satisfies` makes a block type without a deriver a
 * compile error; the site's and the PDF's part renderers are checked the same way
 * (src/site/plan-page/part-renderers.tsx, src/pdf/document/part-renderers.ts).
 */
import type { BlockType } from '../../schemas';
import { deriveAreaBudget } from '../blocks/area-budget/derive';
import { deriveBudget } from '../blocks/budget/derive';
import { deriveCarriedOverFunds } from '../blocks/carried-over-funds/derive';
import { deriveCoreArea } from '../blocks/core-area/derive';
import { deriveResultGoals } from '../blocks/result-goals/derive';
import { deriveStaff } from '../blocks/staff/derive';
import { deriveStrategicGoals } from '../blocks/strategic-goals/derive';
import { deriveTable } from '../blocks/table/derive';
import { deriveText } from '../blocks/text/derive';
import type { BlockDeriver, BlockOf, DeriveContext } from './block-deriver';
import { FIGURE } from '../shared/words-sv';
import type { PublishedImage } from '../shared/published-image';

/**
 * Blocks not yet moved to the presentation model keep their written form; the renderers
 * still draw them from it. (Migration aid: each entry is replaced by its block's deriver.)
 */
type Legacy = { anchor?: string; label?: string; published?: PublishedImage };
const asWritten = <K extends BlockType>() => (block: BlockOf<K>) => block as BlockOf<K> & Legacy;

function legacyFigure(block: BlockOf<'figure'>, ctx: DeriveContext): BlockOf<'figure'> & { anchor: string; label: string; published?: PublishedImage } {
  const label = FIGURE.label(ctx.nextFigureNumber());
  ctx.addReference(block.id, { anchor: block.id, label });
  ctx.recordLabel(block.id, label);
  const published = block.image && !block.missing ? ctx.images.get(block.image) : undefined;
  return { ...block, anchor: block.id, label, ...(published ? { published } : {}) };
}

export const BLOCK_DERIVERS = {
  text: deriveText,
  figure: legacyFigure,
  table: deriveTable,
  coreArea: deriveCoreArea,
  strategicGoals: deriveStrategicGoals,
  goalTable: asWritten<'goalTable'>(),
  programLogic: asWritten<'programLogic'>(),
  resultGoals: deriveResultGoals,
  assignmentTable: asWritten<'assignmentTable'>(),
  actionPlan: asWritten<'actionPlan'>(),
  fundedRoles: asWritten<'fundedRoles'>(),
  wheel: asWritten<'wheel'>(),
  budget: deriveBudget,
  carriedOverFunds: deriveCarriedOverFunds,
  areaBudget: deriveAreaBudget,
  staff: deriveStaff,
} satisfies { [K in BlockType]: BlockDeriver<K, { type: K }> };

/** A block in the derived model, by type: `DerivedBlockOf<'budget'>` is a BudgetView. */
export type DerivedBlockOf<K extends BlockType> = ReturnType<(typeof BLOCK_DERIVERS)[K]>;
export type DerivedBlock = { [K in BlockType]: DerivedBlockOf<K> }[BlockType];

export function deriveBlock<K extends BlockType>(block: BlockOf<K>, ctx: DeriveContext): DerivedBlockOf<K> {
  const derive = BLOCK_DERIVERS[block.type] as unknown as (block: BlockOf<K>, ctx: DeriveContext) => DerivedBlockOf<K>;
  return derive(block, ctx);
}
