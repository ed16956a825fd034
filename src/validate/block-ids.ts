/**
 * The ids a block writes into the plan that become HTML ids on the plan's page (and PDF
 * destinations). The check claims them (unique in the plan, link targets resolve) and
 * derive reserves them before it makes anchors, so both read this one list.
 *
 * Kept here rather than in src/blocks/<type>/: validate is the earliest layer both users
 * import, a block folder's files belong to later stages, and each entry is one line.
 */
import type { Block, BlockType, GoalModelGoal } from '../../schemas';
import type { PathSegment } from '../load/field-path';

type BlockOf<K extends BlockType> = Extract<Block, { type: K }>;

export interface DeclaredId {
  id: string;
  /** Where the id is written, below the block: ['id'] or ['goals', 2, 'id']. */
  at: PathSegment[];
  /** True when text may link to it with `[](#id)` (figures and tables); other ids only name the element. */
  linkable: boolean;
}

const none = (): DeclaredId[] => [];
const ownId = (linkable: boolean) => (block: { id?: string }): DeclaredId[] => (block.id ? [{ id: block.id, at: ['id'], linkable }] : []);
const goalIds = (block: { goals: readonly { id: string }[] }): DeclaredId[] =>
  block.goals.map((goal, i) => ({ id: goal.id, at: ['goals', i, 'id'], linkable: false }));

/** Every goal, indicator and activity of a goal model, depth first in the order written. */
function goalModelIds(block: { goals: readonly GoalModelGoal[] }): DeclaredId[] {
  const out: DeclaredId[] = [];
  const walk = (goals: readonly GoalModelGoal[], at: PathSegment[]) => goals.forEach((goal, g) => {
    out.push({ id: goal.id, at: [...at, g, 'id'], linkable: false });
    (goal.indicators ?? []).forEach((indicator, i) => out.push({ id: indicator.id, at: [...at, g, 'indicators', i, 'id'], linkable: false }));
    (goal.activities ?? []).forEach((activity, a) => out.push({ id: activity.id, at: [...at, g, 'activities', a, 'id'], linkable: false }));
    walk(goal.goals ?? [], [...at, g, 'goals']);
  });
  walk(block.goals, ['goals']);
  return out;
}

/** A block type's ids; the `satisfies` makes a block type without an entry a compile error. */
export const BLOCK_IDS = {
  text: none,
  figure: ownId(true),
  table: ownId(true),
  coreArea: none,
  strategicGoals: goalIds,
  goalTable: none,
  programLogic: none,
  resultGoals: goalIds,
  assignmentTable: none,
  actionPlan: none,
  fundedRoles: none,
  // The events' ids name calendar events (arshjul.ics), not elements; claimed here so that
  // the check keeps them unique in the plan like every other id.
  wheel: (block) => [...ownId(false)(block), ...block.events.flatMap((event, i) => (event.id ? [{ id: event.id, at: ['events', i, 'id'], linkable: false }] : []))],
  budget: ownId(false),
  carriedOverFunds: none,
  areaBudget: none,
  staff: none,
  budgetTable: ownId(false),
  goalModel: goalModelIds,
} satisfies { [K in BlockType]: (block: BlockOf<K>) => DeclaredId[] };

/** The ids `block` declares, in the order they are written. */
export function declaredIds(block: Block): DeclaredId[] {
  return (BLOCK_IDS[block.type] as (block: Block) => DeclaredId[])(block);
}
