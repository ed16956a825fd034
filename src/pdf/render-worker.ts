/** Worker thread of the render pool: renders one plan per message and writes it atomically. */
import { parentPort } from 'node:worker_threads';
import type { DerivedPlan } from '../derive/derive-plan';
import { renderPlanPdf } from './render-plan';
import { writeFileAtomic } from './write-atomic';

parentPort!.on('message', async ({ plan, contentRoot, file }: { plan: DerivedPlan; contentRoot: string; file: string }) => {
  try {
    await writeFileAtomic(file, await renderPlanPdf(plan, contentRoot));
    parentPort!.postMessage({ ok: true });
  } catch (error) {
    parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  }
});
