/** Small bold lead-ins inside a block ("Mål", "Effektmål"): tagged as paragraphs. */
import { rowsItem, type FlowItem } from '../items';
import { paragraphRows } from '../../engine/prose';
import type { StructNode } from '../../engine/tagging';
import { BODY, CONTENT_WIDTH } from '../../engine/theme';

export function leadInItem(text: string, parent: StructNode, gapBefore = 6): FlowItem {
  const p = parent.child('P');
  const rows = paragraphRows([{ text, style: 'bold' }], p, { x: 0, width: CONTENT_WIDTH, style: BODY });
  const item = rowsItem([{ height: gapBefore, items: [] }, ...rows]);
  // A lead-in is kept with the first lines after it.
  return { startHeight: item.startHeight + BODY.leading * 2, draw: item.draw };
}
