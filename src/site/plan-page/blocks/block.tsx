/**
 * The site's renderer of every block type. Blocks in the presentation model are their
 * parts (part-renderers.tsx); a wrapper here only adds layout. The `satisfies` makes a
 * block type without an entry a compile error.
 */
import type { BlockType } from '../../../../schemas';
import type { DerivedBlock, DerivedBlockOf, DerivedSection } from '../../../derive/derive-plan';
import { OPEN_DATA } from '../../../shared/words-sv';
import type { PlanView } from '../../plan-view';
import type { Child } from '../html';
import { renderParts } from '../part-renderers';
import type { PartContext } from '../parts/part-context';

type SiteBlockRenderer<K extends BlockType> = (block: DerivedBlockOf<K>, ctx: PartContext) => Child;

const parts = (block: { parts: DerivedBlockOf<'budget'>['parts'] }, ctx: PartContext) => renderParts(block.parts, ctx);

export const SITE_BLOCKS = {
  text: parts,
  figure: parts,
  table: parts,
  coreArea: (block, ctx) => <div class="karnomrade">{parts(block, ctx)}</div>,
  strategicGoals: parts,
  goalTable: parts,
  programLogic: parts,
  resultGoals: (block, ctx) => <div class="resultatmal">{parts(block, ctx)}</div>,
  assignmentTable: parts,
  actionPlan: parts,
  fundedRoles: parts,
  // The plan's calendar (arshjul.ics) under each wheel, when the plan has one.
  wheel: (block, ctx) => (
    <div class="hjulblock" id={block.anchor}>
      {parts(block, ctx)}
      {ctx.view.links.calendar ? <p class="prenumerera"><a href={ctx.view.links.calendar} type="text/calendar">{OPEN_DATA.subscribe}</a> <span class="prenumerera-typ">({OPEN_DATA.subscribeHint})</span></p> : null}
    </div>
  ),
  // Costs and revenues side by side where there is room.
  budget: (block, ctx) => <div class="budget" id={block.anchor}>{parts(block, ctx)}</div>,
  carriedOverFunds: parts,
  areaBudget: (block, ctx) => <div class="omradesbudget">{parts(block, ctx)}</div>,
  staff: parts,
  budgetTable: (block, ctx) => <div class="budgettabell" id={block.anchor}>{parts(block, ctx)}</div>,
  goalModel: parts,
} satisfies { [K in BlockType]: SiteBlockRenderer<K> };

/** One block of a section, by its type. */
export function block(block: DerivedBlock, section: DerivedSection, view: PlanView): Child {
  return (SITE_BLOCKS[block.type] as SiteBlockRenderer<BlockType>)(block as never, { view, section });
}
