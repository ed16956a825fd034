/**
 * The plan's open data as plain rows (issue 22): activities, goals and indicators, and
 * budget lines, one table each, with Swedish column headers and every cell already text.
 * The CSV files beside each plan (src/site/open-data/) only serialize these; the columns
 * are documented in docs/oppna-data.md.
 *
 * Values: Markdown becomes plain text (paragraphs on lines of their own), numbers are
 * written without thousands separators and with a decimal comma ("1234,5", what Excel in
 * a Swedish locale reads as a number), dates and years as ISO 8601 (docs/beslut.md).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { Block, NestedItem, Section } from '../../schemas';
import type { GoalModelGoal } from '../../schemas/goal-model';
import { valueHeader } from '../blocks/budget-table/derive';
import { parseMarkdown } from '../markdown/parse-markdown';
import { decimalOf } from '../shared/exact-decimal';
import { joinValues, OPEN_DATA } from '../shared/words-sv';
import { headingText, type DerivedPlan, type DerivedSection } from './derive-plan';

export interface OpenDataTable {
  /** Column headers, in order. */
  columns: readonly string[];
  /** Each row has one text per column ('' when the plan gives nothing). */
  rows: string[][];
}

export interface OpenDataRows {
  activities: OpenDataTable;
  goals: OpenDataTable;
  budget: OpenDataTable;
}

const C = OPEN_DATA.columns;

export const ACTIVITY_COLUMNS = [C.section, C.block, C.id, C.belongsTo, C.activity, C.purpose, C.measure, C.responsible, C.timeline, C.status] as const;
export const GOAL_COLUMNS = [
  C.section, C.block, C.kind, C.id, C.belongsTo, C.level, C.perspective, C.text, C.description, C.agenda2030,
  C.unit, C.baseline, C.baselineYear, C.targetYear, C.target, C.direction, C.frequency, C.source, C.responsible,
] as const;
export const BUDGET_COLUMNS = [C.section, C.block, C.blockId, C.table, C.group, C.side, C.lineId, C.line, C.column, C.year, C.amount, C.unit, C.note] as const;

type Row<Columns extends readonly string[]> = Partial<Record<Columns[number], string>>;

/** A number as open data: no thousands separator, decimal comma, never an exponent ("-1234,5"). */
export function openDataNumber(value: number): string {
  return decimalOf(value).replace('.', ',');
}

/** Markdown as plain text: the words of each paragraph, heading or table cell, one per line. */
export function markdownPlainText(markdown: string): string {
  const tree: Root = parseMarkdown(markdown);
  const lines: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      lines.push(toString(node).trim());
      return SKIP;
    }
    return undefined;
  });
  return lines.filter(Boolean).join('\n');
}

/** Depth first, every bullet of a nested list with its own text. */
function* nestedItems(items: readonly NestedItem[]): Generator<string> {
  for (const item of items) {
    if (typeof item === 'string') yield item;
    else {
      yield item.text;
      yield* nestedItems(item.items);
    }
  }
}

/** Every section with its blocks as written, in document order, beside its derived heading. */
function* sectionsWithBlocks(written: readonly Section[], derived: readonly DerivedSection[]): Generator<{ heading: string; blocks: readonly Block[] }> {
  for (const [index, section] of written.entries()) {
    const view = derived[index]!;
    yield { heading: headingText(view), blocks: section.blocks ?? [] };
    yield* sectionsWithBlocks(section.sections ?? [], view.sections);
  }
}

function table<Columns extends readonly string[]>(columns: Columns, rows: Row<Columns>[]): OpenDataTable {
  return { columns, rows: rows.map((row) => columns.map((column) => row[column as Columns[number]] ?? '')) };
}

const sumText = (values: readonly string[]) => joinValues(values);

function goalModelRows(block: Extract<Block, { type: 'goalModel' }>, section: string) {
  const goals: Row<typeof GOAL_COLUMNS>[] = [];
  const activities: Row<typeof ACTIVITY_COLUMNS>[] = [];
  const base = { [C.section]: section, [C.block]: OPEN_DATA.blocks.goalModel };
  const walk = (list: readonly GoalModelGoal[], depth: number, parent: string | undefined) => {
    for (const goal of list) {
      const title = markdownPlainText(goal.title);
      goals.push({
        ...base, [C.kind]: OPEN_DATA.kinds.goal, [C.id]: goal.id, [C.belongsTo]: parent ?? '', [C.level]: block.levels[depth] ?? '',
        [C.perspective]: goal.perspective ?? '', [C.text]: title, [C.responsible]: goal.responsible ?? '',
      });
      for (const indicator of goal.indicators ?? []) {
        const source = indicator.source;
        const common: Row<typeof GOAL_COLUMNS> = {
          ...base, [C.kind]: OPEN_DATA.kinds.indicator, [C.id]: indicator.id, [C.belongsTo]: goal.id, [C.level]: block.levels[depth] ?? '',
          [C.perspective]: goal.perspective ?? '', [C.text]: indicator.name, [C.unit]: indicator.unit ?? '',
          [C.baseline]: indicator.baseline ? openDataNumber(indicator.baseline.value) : '',
          [C.baselineYear]: indicator.baseline ? String(indicator.baseline.year) : '',
          [C.direction]: indicator.direction ?? '', [C.frequency]: indicator.frequency ?? '',
          [C.source]: !source ? '' : 'kolada' in source ? OPEN_DATA.source.kolada(source.kolada) : 'survey' in source ? OPEN_DATA.source.survey(source.survey) : OPEN_DATA.source.register(source.register),
          [C.responsible]: indicator.responsible ?? '',
        };
        // One row per target year (long format); an indicator without targets has one row.
        const targets = Object.entries(indicator.targets ?? {}).sort(([a], [b]) => Number(a) - Number(b));
        if (targets.length === 0) goals.push(common);
        for (const [year, value] of targets) goals.push({ ...common, [C.targetYear]: year, [C.target]: openDataNumber(value) });
      }
      for (const activity of goal.activities ?? []) {
        activities.push({
          ...base, [C.id]: activity.id, [C.belongsTo]: goal.id, [C.activity]: markdownPlainText(activity.text),
          [C.responsible]: activity.responsible ?? '', [C.status]: activity.status ?? '',
        });
      }
      walk(goal.goals ?? [], depth + 1, goal.id);
    }
  };
  walk(block.goals, 0, undefined);
  return { goals, activities };
}

/**
 * Activities, goals and indicators, and budget lines of every block that has them, in
 * document order. Staff, funded roles, figures, tables and text blocks give no rows.
 */
export function openDataRows(derived: DerivedPlan): OpenDataRows {
  const activities: Row<typeof ACTIVITY_COLUMNS>[] = [];
  const goals: Row<typeof GOAL_COLUMNS>[] = [];
  const budget: Row<typeof BUDGET_COLUMNS>[] = [];

  for (const { heading, blocks } of sectionsWithBlocks(derived.plan.sections, derived.sections)) {
    for (const block of blocks) {
      if (!(block.type in OPEN_DATA.blocks)) continue;
      const base = { [C.section]: heading, [C.block]: OPEN_DATA.blocks[block.type as keyof typeof OPEN_DATA.blocks] };
      switch (block.type) {
        case 'actionPlan': {
          for (const activity of block.activities) {
            activities.push({
              ...base, [C.belongsTo]: block.goalArea, [C.activity]: markdownPlainText(activity.activity),
              [C.purpose]: markdownPlainText(activity.purpose), [C.measure]: markdownPlainText(activity.measure),
              [C.responsible]: sumText(activity.responsible), [C.timeline]: activity.timeline, [C.status]: activity.status ?? '',
            });
          }
          break;
        }
        case 'goalModel': {
          const rows = goalModelRows(block, heading);
          goals.push(...rows.goals);
          activities.push(...rows.activities);
          break;
        }
        case 'coreArea': {
          for (const goal of block.goals) goals.push({ ...base, [C.kind]: OPEN_DATA.kinds.goal, [C.text]: markdownPlainText(goal) });
          for (const item of nestedItems(block.activities)) activities.push({ ...base, [C.activity]: markdownPlainText(item) });
          for (const entry of block.prioritised ?? []) {
            const parent = markdownPlainText(entry.activity);
            for (const item of nestedItems(entry.items)) activities.push({ ...base, [C.belongsTo]: parent, [C.activity]: markdownPlainText(item) });
          }
          break;
        }
        case 'strategicGoals': {
          for (const goal of block.goals) {
            goals.push({ ...base, [C.kind]: OPEN_DATA.kinds.strategicGoal, [C.id]: goal.id, [C.text]: goal.title, [C.agenda2030]: (goal.agenda2030 ?? []).join(', ') });
          }
          break;
        }
        case 'goalTable': {
          for (const goal of block.goals) {
            const goalText = markdownPlainText(goal.goal);
            goals.push({ ...base, [C.kind]: OPEN_DATA.kinds.goal, [C.belongsTo]: block.strategicGoal ?? '', [C.text]: goalText });
            for (const measure of goal.measures) {
              const measureText = markdownPlainText(measure.measure);
              goals.push({ ...base, [C.kind]: OPEN_DATA.kinds.measure, [C.belongsTo]: goalText, [C.text]: measureText, [C.target]: measure.target ?? '' });
              if (measure.activities) activities.push({ ...base, [C.belongsTo]: goalText, [C.activity]: markdownPlainText(measure.activities), [C.measure]: measureText });
            }
          }
          break;
        }
        case 'resultGoals': {
          goals.push({ ...base, [C.kind]: OPEN_DATA.kinds.impactGoal, [C.text]: markdownPlainText(block.impactGoal) });
          for (const goal of block.goals) {
            goals.push({ ...base, [C.kind]: OPEN_DATA.kinds.resultGoal, [C.id]: goal.id, [C.text]: goal.title, [C.description]: markdownPlainText(goal.description) });
          }
          break;
        }
        case 'programLogic': {
          for (const group of block.groups) {
            for (const assignment of group.assignments) {
              const parent = assignment.assignment.map(markdownPlainText).join('\n');
              for (const activity of assignment.activities) activities.push({ ...base, [C.belongsTo]: parent, [C.activity]: markdownPlainText(activity) });
            }
          }
          break;
        }
        case 'assignmentTable': {
          for (const row of block.rows) {
            for (const activity of row.activities) {
              activities.push({ ...base, [C.id]: '', [C.belongsTo]: row.assignment, [C.activity]: markdownPlainText(activity), [C.responsible]: sumText(row.responsible) });
            }
          }
          break;
        }
        case 'budget': {
          const sides = [[block.costs, OPEN_DATA.sides.costs], [block.revenues, OPEN_DATA.sides.revenues]] as const;
          for (const [groups, side] of sides) {
            for (const group of groups) {
              for (const line of group.lines) {
                budget.push({
                  ...base, [C.blockId]: block.id ?? '', [C.group]: group.title ?? '', [C.side]: side, [C.line]: line.label,
                  [C.year]: block.year !== undefined ? String(block.year) : '', [C.amount]: openDataNumber(line.amount), [C.unit]: 'kr', [C.note]: line.note ?? '',
                });
              }
            }
          }
          break;
        }
        case 'carriedOverFunds': {
          for (const line of block.lines) {
            budget.push({ ...base, [C.table]: block.title, [C.line]: line.label, [C.column]: block.asOf ?? '', [C.amount]: openDataNumber(line.amount), [C.unit]: 'kr', [C.note]: line.note ?? '' });
          }
          break;
        }
        case 'areaBudget': {
          if (block.amount !== undefined) {
            budget.push({
              ...base, [C.line]: heading, [C.year]: String(block.year), [C.amount]: openDataNumber(block.amount), [C.unit]: 'kr',
              [C.note]: block.approximate ? OPEN_DATA.approximately : '',
            });
          }
          break;
        }
        case 'budgetTable': {
          const valueColumns = block.columns.filter((column) => 'kind' in column);
          const lines = [...block.groups.flatMap((group) => group.lines.map((line) => ({ line, group }))), ...block.lines.map((line) => ({ line, group: undefined }))];
          for (const { line, group } of lines) {
            const side = line.side ?? group?.side;
            for (const column of valueColumns) {
              const value = line.values[column.id];
              if (value === undefined) continue;
              budget.push({
                ...base, [C.blockId]: block.id ?? '', [C.table]: block.title, [C.group]: group?.title ?? '',
                [C.side]: side === 'kostnader' ? OPEN_DATA.sides.costs : side === 'intakter' ? OPEN_DATA.sides.revenues : '',
                [C.lineId]: line.id, [C.line]: line.label, [C.column]: valueHeader(column), [C.year]: column.year !== undefined ? String(column.year) : '',
                [C.amount]: openDataNumber(value), [C.unit]: block.unit, [C.note]: line.note ?? '',
              });
            }
          }
          break;
        }
        default:
          break;
      }
    }
  }

  return { activities: table(ACTIVITY_COLUMNS, activities), goals: table(GOAL_COLUMNS, goals), budget: table(BUDGET_COLUMNS, budget) };
}
