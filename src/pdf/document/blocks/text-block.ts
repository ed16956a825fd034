import type { TextBlock } from '../../../../schemas';
import { markdownItems, type FlowItem, type RenderContext } from '../items';
import { CONTENT_WIDTH } from '../../engine/theme';

export function textBlockItems(block: TextBlock, ctx: RenderContext): FlowItem[] {
  return markdownItems(ctx, block.markdown, ctx.parent, CONTENT_WIDTH);
}
