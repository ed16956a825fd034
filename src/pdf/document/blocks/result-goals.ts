/** Program logic of FoU Nordväst: one impact goal and numbered result goals. */
import type { ResultGoals } from '../../../../schemas';
import { markdownItems, type FlowItem, type RenderContext } from '../items';
import { CONTENT_WIDTH } from '../../engine/theme';
import { leadInItem } from './heading-text';

export function resultGoalsItems(block: ResultGoals, ctx: RenderContext): FlowItem[] {
  const items: FlowItem[] = [leadInItem('Effektmål', ctx.parent)];
  items.push(...markdownItems(ctx, block.impactGoal, ctx.parent, CONTENT_WIDTH));
  block.goals.forEach((goal, i) => {
    items.push(leadInItem(`Resultatmål ${i + 1}: ${goal.title}`, ctx.parent, 8));
    items.push(...markdownItems(ctx, goal.description, ctx.parent, CONTENT_WIDTH));
  });
  return items;
}
