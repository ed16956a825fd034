/**
 * "Mål (område) | Mätetal | Målvärde | Aktiviteter" (FoUrum): a goal spans its measures.
 * The caption names the strategic goal the table belongs to, with its number as printed.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import { markdownCell, row, textCell } from '../../derive/table-parts';
import { GOAL_TABLE } from '../../shared/words-sv';

export const deriveGoalTable: BlockDeriver<'goalTable', BlockView<'goalTable'>> = (block, ctx) => {
  const strategic = ctx.lookups.strategicGoal(block.strategicGoal);
  const caption = strategic ? GOAL_TABLE.strategicGoal(strategic.number, strategic.goal.title) : GOAL_TABLE.caption;
  return {
    type: 'goalTable',
    parts: [{
      kind: 'table',
      name: caption,
      caption: { text: caption },
      columns: [
        { header: GOAL_TABLE.goal, weight: 3 }, { header: GOAL_TABLE.measure, weight: 3 },
        { header: GOAL_TABLE.target, weight: 1.3 }, { header: GOAL_TABLE.activities, weight: 3 },
      ],
      groups: block.goals.map((goal) => ({
        rows: goal.measures.map((measure, i) => row('line', [
          ...(i === 0 ? [markdownCell(goal.goal, { header: true, rowSpan: goal.measures.length })] : []),
          markdownCell(measure.measure),
          textCell(measure.target ?? '', { emptyLabel: GOAL_TABLE.noTarget, noWrap: true }),
          markdownCell(measure.activities),
        ])),
      })),
      footer: [],
      variant: 'maltabell',
    }],
  };
};
