/** Label and value pairs as one paragraph, a line each: the label in bold; a paragraph's gap after it. */
import type { FactsPart } from '../../../derive/presentation';
import { paragraphRows } from '../../engine/prose';
import type { Run } from '../../engine/text-layout';
import { BODY, CONTENT_WIDTH, PARAGRAPH_GAP } from '../../engine/theme';
import { rowsItem, type FlowItem, type RenderContext } from '../items';

export function factsPartItems(part: FactsPart, ctx: RenderContext): FlowItem[] {
  const runs: Run[] = part.facts.flatMap((fact, i) => [
    ...(i > 0 ? [{ text: '\n', style: 'regular' as const }] : []),
    { text: `${fact.label}: `, style: 'bold' as const },
    { text: fact.value, style: 'regular' as const },
  ]);
  const p = ctx.parent.child('P');
  return [rowsItem([...paragraphRows(runs, p, { x: 0, width: CONTENT_WIDTH, style: BODY }), { height: PARAGRAPH_GAP, items: [] }])];
}
