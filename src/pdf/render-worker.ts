/** Worker process of the render pool: renders one plan per message and writes it atomically. */
import { readPlanModel } from '../incremental/read-model';
import type { PdfJob } from './render-all';
import type { Reply } from './render-pool';
import { renderPlanPdf } from './render-plan';
import { writeFileAtomic } from './write-atomic';

const reply = (message: Reply) => process.send!(message);
const rssKb = () => process.resourceUsage().maxRSS;

process.on('message', async ({ plan, contentRoot, file }: { plan: PdfJob; contentRoot: string; file: string }) => {
  try {
    const model = 'modelFile' in plan ? await readPlanModel(plan.modelFile) : plan;
    await writeFileAtomic(file, await renderPlanPdf(model, contentRoot));
    reply({ ok: true, rssKb: rssKb() });
  } catch (error) {
    reply({ ok: false, error: error instanceof Error ? error.message : String(error), rssKb: rssKb() });
  }
});
// The build stopped or was killed: never outlive it.
process.on('disconnect', () => process.exit(1));
