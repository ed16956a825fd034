/**
 * The site's renderer of every block type. Blocks in the presentation model are their
 * parts (part-renderers.tsx); a wrapper here only adds layout. The `satisfies` makes a
 * block type without an entry a compile error.
 */
import type { BlockType } from '../../../../schemas';
import type { DerivedBlock, DerivedBlockOf, DerivedSection } from '../../../derive/derive-plan';
import { headingLevel, type PlanView } from '../../plan-view';
import type { Child } from '../html';
import { markdownBlock } from '../markdown-nodes';
import { renderParts } from '../part-renderers';
import type { PartContext } from '../parts/part-context';
import { areaBudget } from './area-budget';
import { coreArea } from './core-area';
import { dataTable } from './data-table';
import { resultGoals } from './result-goals';
import { strategicGoals } from './strategic-goals';

type SiteBlockRenderer<K extends BlockType> = (block: DerivedBlockOf<K>, ctx: PartContext) => Child;

const parts = (block: { parts: DerivedBlockOf<'budget'>['parts'] }, ctx: PartContext) => renderParts(block.parts, ctx);

export const SITE_BLOCKS = {
  text: (block, { view, section }) => markdownBlock(block.markdown, view.md, { headingBase: headingLevel(section) }),
  figure: parts,
  table: (block, { view }) => dataTable(block, view),
  coreArea: (block, { view, section }) => coreArea(block, view, section.title),
  strategicGoals: (block) => strategicGoals(block),
  goalTable: parts,
  programLogic: parts,
  resultGoals: (block, { view }) => resultGoals(block, view),
  assignmentTable: parts,
  actionPlan: parts,
  fundedRoles: parts,
  wheel: (block, ctx) => <div class="hjulblock" id={block.anchor}>{parts(block, ctx)}</div>,
  // Costs and revenues side by side where there is room.
  budget: (block, ctx) => <div class="budget" id={block.anchor}>{parts(block, ctx)}</div>,
  carriedOverFunds: parts,
  areaBudget: (block, { view }) => areaBudget(block, view),
  staff: parts,
} satisfies { [K in BlockType]: SiteBlockRenderer<K> };

/** One block of a section, by its type. */
export function block(block: DerivedBlock, section: DerivedSection, view: PlanView): Child {
  return (SITE_BLOCKS[block.type] as SiteBlockRenderer<BlockType>)(block as never, { view, section });
}
