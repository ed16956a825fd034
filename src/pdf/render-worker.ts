/** Worker thread: renders its share of plans and writes each PDF atomically. */
import { parentPort, workerData } from 'node:worker_threads';
import type { DerivedPlan } from '../derive/derive-plan';
import { pdfPath } from './render-all';
import { renderPlanPdf } from './render-plan';
import { writeFileAtomic } from './write-atomic';

const { plans, outDir, contentRoot } = workerData as { plans: DerivedPlan[]; outDir: string; contentRoot: string };
try {
  for (const plan of plans) await writeFileAtomic(pdfPath(outDir, plan.id), await renderPlanPdf(plan, contentRoot));
  parentPort!.postMessage({ ok: true });
} catch (error) {
  parentPort!.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
}
