/**
 * A worker thread of the plan-page pool (plan-page-bodies.ts): one plan's page or plan.json
 * per message. Given a folder for plan.json, it writes each page's plan.json there itself.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readPlanModel } from '../../incremental/read-model';
import { planJsonText, writePlanJson } from '../../site/plan-json';
import { planPage } from '../../site/plan-page/plan-body';
import type { PageJob, PageReply, PageWorkerData } from './plan-page-bodies';

const { links, planJsonDir } = workerData as PageWorkerData;

parentPort!.on('message', (job: PageJob) => {
  void (async () => {
    let reply: PageReply;
    try {
      const derived = 'model' in job.source ? job.source.model : await readPlanModel(job.source.file);
      if (job.kind === 'page' && planJsonDir) writePlanJson(planJsonDir, derived);
      reply = { kind: job.kind, id: job.id, result: job.kind === 'page' ? planPage(derived, links) : planJsonText(derived) };
    } catch (error) {
      reply = { kind: job.kind, id: job.id, error: error instanceof Error ? error.message : String(error) };
    }
    parentPort!.postMessage(reply);
  })();
});
