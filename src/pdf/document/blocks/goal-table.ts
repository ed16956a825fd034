/** "Mål (område) | Mätetal | Målvärde | Aktiviteter": a goal spans its measures (FoUrum). */
import type { GoalTable, Plan, Section } from '../../../../schemas';
import { markdownCell } from '../cells';
import type { FlowItem, RenderContext } from '../items';
import { drawTable, runsCell, type TableCell } from '../../engine/tables';

function strategicGoalTitle(plan: Plan, id: string): string | undefined {
  const walk = (sections: readonly Section[]): string | undefined => {
    for (const section of sections) {
      for (const block of section.blocks ?? []) {
        if (block.type === 'strategicGoals') {
          const index = block.goals.findIndex((g) => g.id === id);
          if (index >= 0) return `Strategiskt mål ${index + 1}: ${block.goals[index]!.title}`;
        }
      }
      const found = walk(section.sections ?? []);
      if (found) return found;
    }
    return undefined;
  };
  return walk(plan.sections);
}

export function goalTableItems(block: GoalTable, ctx: RenderContext): FlowItem[] {
  const rows: TableCell[][] = [];
  for (const goal of block.goals) {
    goal.measures.forEach((measure, i) => {
      const cells: TableCell[] = [];
      if (i === 0) cells.push(markdownCell(ctx, goal.goal, { rowSpan: goal.measures.length }));
      cells.push(markdownCell(ctx, measure.measure), runsCell(measure.target ?? ''), markdownCell(ctx, measure.activities));
      rows.push(cells);
    });
  }
  const title = block.strategicGoal ? strategicGoalTitle(ctx.plan.plan, block.strategicGoal) : undefined;
  return [{
    startHeight: 70,
    draw: (flow) => drawTable(flow, {
      columns: [
        { title: 'Mål (område)', weight: 3 }, { title: 'Mätetal', weight: 3 },
        { title: 'Målvärde', weight: 1.3 }, { title: 'Aktiviteter', weight: 3 },
      ],
      rows,
      caption: title ? [{ text: title, style: 'bold' }] : undefined,
    }, ctx.parent),
  }];
}
