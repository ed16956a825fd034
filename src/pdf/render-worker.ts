/** Worker thread of the render pool: renders one plan per message and writes it atomically. */
import { parentPort } from 'node:worker_threads';
import { readPlanModel } from '../incremental/read-model';
import type { PdfJob } from './render-all';
import { renderPlanPdf } from './render-plan';
import { writeFileAtomic } from './write-atomic';

parentPort!.on('message', async ({ plan, contentRoot, file }: { plan: PdfJob; contentRoot: string; file: string }) => {
  try {
    const model = 'modelFile' in plan ? await readPlanModel(plan.modelFile) : plan;
    await writeFileAtomic(file, await renderPlanPdf(model, contentRoot));
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
