/**
 * A PDF worker process of the render pool (tinypool calls the default export, up to two
 * plans at a time). Plans are rendered one after another, in the order received; the next
 * plan renders while the previous PDF is still being written, so the process does not wait
 * for the file system between plans.
 */
import { readPlanModel } from '../../incremental/read-model';
import { renderPlanDocuments, writePlanDocuments } from './plan-documents';
import type { RenderReply, RenderTask } from './render-pool';

let rendering: Promise<unknown> = Promise.resolve();

export default async function renderTask({ plan, contentRoot, file, source }: RenderTask): Promise<RenderReply & { pid: number }> {
  // The plan's PDF and its follow-ups' (plan-documents.ts), written beside `file`.
  const turn = rendering.then(async () => renderPlanDocuments('modelFile' in plan ? await readPlanModel(plan.modelFile) : plan, contentRoot, { source }));
  rendering = turn.catch(() => undefined);
  await writePlanDocuments(file, await turn);
  return { rssKb: process.resourceUsage().maxRSS, pid: process.pid };
}

// The build stopped or was killed: never outlive it.
process.on('disconnect', () => process.exit(1));
