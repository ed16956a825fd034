/**
 * What in a plan can be followed up (issue 21), with the ids a follow-up file refers to:
 *
 * - goals: a goal model's goals (every level), strategic goals and result goals;
 * - indicators: a goal model's indicators;
 * - activities: a goal model's activities (they have ids; an action plan's and a goal
 *   table's activities have none and cannot be referred to);
 * - budget lines: the lines of budget tables (`budgetTable`), each by its line id.
 *
 * Read once by the follow-up check, the follow-up's derivation and the scaffold.
 */
import type { BudgetTable, GoalModelActivity, GoalModelGoal, GoalModelIndicator, Plan } from '../../schemas';
import type { PathSegment } from '../load/field-path';
import { blocksOf } from './walk-plan';

export interface FollowableGoal {
  id: string;
  /** The goal as the plan writes it (Markdown in a goal model). */
  title: string;
  kind: 'goalModel' | 'strategicGoals' | 'resultGoals';
  /** "Mål 1.2": the goal's position in its block, 1-based per level. */
  number: string;
  /** The goal's level name in a goal model ("Nämndens mål"), when it has one. */
  level?: string;
  /** The goal's perspective (area), or its parent's when it names none. */
  perspective?: string;
  /** The ids of the goal's own indicators and activities (a goal model's). */
  indicators: string[];
  activities: string[];
  /** The parent goal's id, for a goal model's sub-goals. */
  parent?: string;
  at: PathSegment[];
}

export interface FollowableIndicator { id: string; goalId: string; indicator: GoalModelIndicator; at: PathSegment[] }
export interface FollowableActivity { id: string; goalId: string; activity: GoalModelActivity; at: PathSegment[] }
export interface FollowableBudgetLine { id: string; label: string; tableIndex: number; groupTitle?: string; at: PathSegment[] }
export interface FollowableBudgetTable { table: BudgetTable; index: number; lines: string[]; at: PathSegment[] }

export interface FollowableItems {
  goals: FollowableGoal[];
  indicators: FollowableIndicator[];
  activities: FollowableActivity[];
  budgetLines: FollowableBudgetLine[];
  budgetTables: FollowableBudgetTable[];
}

export function followableItems(plan: Plan): FollowableItems {
  const items: FollowableItems = { goals: [], indicators: [], activities: [], budgetLines: [], budgetTables: [] };
  for (const { block, path } of blocksOf(plan)) {
    if (block.type === 'goalModel') {
      const walk = (goals: readonly GoalModelGoal[], depth: number, prefix: string, parent: FollowableGoal | undefined, at: PathSegment[]) => goals.forEach((goal, g) => {
        const here = [...at, g];
        const number = prefix ? `${prefix}.${g + 1}` : String(g + 1);
        const perspective = goal.perspective ?? parent?.perspective;
        const followable: FollowableGoal = {
          id: goal.id, title: goal.title, kind: 'goalModel', number, level: block.levels[depth], ...(perspective !== undefined ? { perspective } : {}),
          indicators: (goal.indicators ?? []).map((i) => i.id), activities: (goal.activities ?? []).map((a) => a.id), ...(parent ? { parent: parent.id } : {}), at: here,
        };
        items.goals.push(followable);
        (goal.indicators ?? []).forEach((indicator, i) => items.indicators.push({ id: indicator.id, goalId: goal.id, indicator, at: [...here, 'indicators', i] }));
        (goal.activities ?? []).forEach((activity, a) => items.activities.push({ id: activity.id, goalId: goal.id, activity, at: [...here, 'activities', a] }));
        walk(goal.goals ?? [], depth + 1, number, followable, [...here, 'goals']);
      });
      walk(block.goals, 0, '', undefined, [...path, 'goals']);
    } else if (block.type === 'strategicGoals' || block.type === 'resultGoals') {
      block.goals.forEach((goal, g) => items.goals.push({
        id: goal.id, title: goal.title, kind: block.type, number: String(g + 1), indicators: [], activities: [], at: [...path, 'goals', g],
      }));
    } else if (block.type === 'budgetTable') {
      const index = items.budgetTables.length;
      const lines: string[] = [];
      block.groups.forEach((group, g) => group.lines.forEach((line, l) => {
        lines.push(line.id);
        items.budgetLines.push({ id: line.id, label: line.label, tableIndex: index, groupTitle: group.title, at: [...path, 'groups', g, 'lines', l] });
      }));
      block.lines.forEach((line, l) => {
        lines.push(line.id);
        items.budgetLines.push({ id: line.id, label: line.label, tableIndex: index, at: [...path, 'lines', l] });
      });
      items.budgetTables.push({ table: block, index, lines, at: path });
    }
  }
  return items;
}

/** The budget column an outcome is compared with: the table's budget for the year, else its only budget column. */
export function budgetColumnFor(table: BudgetTable, year: number): string | undefined {
  const budgets = table.columns.flatMap((c) => ('kind' in c && c.kind === 'budget' ? [c] : []));
  return (budgets.find((c) => c.year === year) ?? (budgets.length === 1 && budgets[0]!.year === undefined ? budgets[0] : undefined))?.id;
}
