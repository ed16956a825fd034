/**
 * A core area (FoU Jämt): its goals, the overarching activities under the plan's own
 * introduction (or a generic lead-in when it has none), and the table of prioritised
 * activities. The table has no visible caption: it would repeat the section's heading just
 * above it and the column heading; its frame is named after the section for assistive technology.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import { nestedListItems } from '../../derive/list-parts';
import type { Part } from '../../derive/presentation';
import { markdownCell, row } from '../../derive/table-parts';
import { CORE_AREA } from '../../shared/words-sv';

export type CoreAreaView = BlockView<'coreArea'>;

export const deriveCoreArea: BlockDeriver<'coreArea', CoreAreaView> = (block, ctx) => {
  const parts: Part[] = [
    { kind: 'leadIn', text: CORE_AREA.goals },
    { kind: 'list', items: block.goals.map((goal) => ({ text: { text: goal, markdown: true } })) },
  ];
  // The plan's introduction is kept even without activities; the generic lead-in only introduces a list.
  if (block.goalsIntro || block.activities.length) parts.push({ kind: 'leadIn', text: block.goalsIntro ?? CORE_AREA.activities });
  if (block.activities.length) parts.push({ kind: 'list', items: nestedListItems(block.activities) });
  if (block.prioritised?.length) {
    parts.push({
      kind: 'table',
      name: CORE_AREA.prioritisedName(ctx.section.title),
      columns: [{ header: CORE_AREA.activity, weight: 2 }, { header: CORE_AREA.prioritised, weight: 3 }],
      groups: [{ rows: block.prioritised.map((entry) => row('line', [markdownCell(entry.activity, { header: true }), { lines: [], list: nestedListItems(entry.items) }])) }],
      footer: [],
    });
  }
  return { type: 'coreArea', parts };
};
