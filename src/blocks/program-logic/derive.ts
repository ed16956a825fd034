/**
 * Program logic (Fyrbodal): resources → assignments → activities → outcomes, the resources
 * spanning every assignment of their group. Several activities or outcomes are a list.
 */
import type { BlockDeriver, BlockView } from '../../derive/block-deriver';
import type { Cell } from '../../derive/presentation';
import { linesCell, row } from '../../derive/table-parts';
import { PROGRAM_LOGIC } from '../../shared/words-sv';

const paragraphs = (texts: readonly string[], options: Omit<Cell, 'lines'> = {}) => linesCell(texts.map((text) => ({ text, markdown: true })), options);
const list = (texts: readonly string[]) => (texts.length > 1 ? linesCell([], { list: texts.map((text) => ({ text: { text, markdown: true as const } })) }) : paragraphs(texts));

export const deriveProgramLogic: BlockDeriver<'programLogic', BlockView<'programLogic'>> = (block) => {
  const headings = { ...PROGRAM_LOGIC.headings, ...block.headings };
  const order = [headings.resources, headings.assignments, headings.activities, headings.outcomes];
  return {
    type: 'programLogic',
    parts: [{
      kind: 'table',
      name: PROGRAM_LOGIC.name,
      caption: { text: PROGRAM_LOGIC.caption(order) },
      columns: [
        { header: headings.resources, weight: 2 }, { header: headings.assignments, weight: 2.4 },
        { header: headings.activities, weight: 3 }, { header: headings.outcomes, weight: 2.4 },
      ],
      groups: block.groups.map((group) => ({
        rows: group.assignments.map((assignment, i) => row('line', [
          ...(i === 0 ? [paragraphs(group.resources, { rowSpan: group.assignments.length })] : []),
          paragraphs(assignment.assignment, { header: true }),
          list(assignment.activities),
          list(assignment.outcomes),
        ])),
      })),
      footer: [],
      variant: 'programlogik',
    }],
  };
};
